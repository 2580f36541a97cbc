// Parameters of a Cloudinary REST call, as its SDKs send them: query strings and form bodies where
// a list is `key[]=a&key[]=b`, a repeated `key=a&key=b` or a comma list `key=a,b`, and JSON bodies
// with real arrays and booleans. Every accessor turns a wrong value into a 400, never a throw
// that reaches the client as a 500.
import { RestError } from "./errors.js";

export type Params = Record<string, unknown>;

/** Adds one decoded `key=value` pair: `key[]` always makes a list; a key seen twice becomes one. */
function addPair(params: Params, rawKey: string, value: string): void {
  const list = rawKey.endsWith("[]");
  const key = list ? rawKey.slice(0, -2) : rawKey;
  const prev = params[key];
  if (prev === undefined) params[key] = list ? [value] : value;
  else params[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
}

/** Decoded `key=value` pairs (a form body's, a multipart body's fields) as parameters. */
export function paramsOf(pairs: Iterable<[string, string]>): Params {
  const params: Params = Object.create(null);
  for (const [key, value] of pairs) addPair(params, key, value);
  return params;
}

/** `a=1&b[]=x&b[]=y` (a query string or an application/x-www-form-urlencoded body). */
export const parseUrlEncoded = (text: string): Params => paramsOf(new URLSearchParams(text));

const scalar = (name: string, v: unknown): string => {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw new RestError(400, `Invalid value for parameter ${name}`);
};

export function str(p: Params, name: string): string | undefined {
  const v = p[name];
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) {
    if (v.length !== 1) throw new RestError(400, `Parameter ${name} takes one value`);
    return scalar(name, v[0]);
  }
  return scalar(name, v);
}

export function required(p: Params, name: string): string {
  const v = str(p, name);
  if (v === undefined || v === "") throw new RestError(400, `Missing required parameter - ${name}`);
  return v;
}

/** A list: an array (`key[]=`, repeated keys, JSON), or a comma-separated string. */
export function list(p: Params, name: string): string[] | undefined {
  const v = p[name];
  if (v === undefined || v === null) return undefined;
  const items = Array.isArray(v) ? v.map((item) => scalar(name, item)) : scalar(name, v).split(",");
  return items.map((s) => s.trim()).filter((s) => s !== "");
}

export function bool(p: Params, name: string): boolean | undefined {
  const v = str(p, name);
  if (v === undefined || v === "") return undefined;
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  throw new RestError(400, `Invalid boolean for parameter ${name}: ${v}`);
}

export function int(p: Params, name: string): number | undefined {
  const v = str(p, name);
  if (v === undefined || v === "") return undefined;
  if (!/^-?\d{1,15}$/.test(v)) throw new RestError(400, `Invalid integer for parameter ${name}: ${v}`);
  return Number(v);
}

export function float(p: Params, name: string): number | undefined {
  const v = str(p, name);
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new RestError(400, `Invalid number for parameter ${name}: ${v}`);
  return n;
}

/** A JSON value sent as a JSON string (form bodies) or as JSON itself (JSON bodies). */
export function json(p: Params, name: string): unknown {
  const v = p[name];
  if (typeof v !== "string") return v ?? undefined;
  try {
    return JSON.parse(v);
  } catch {
    throw new RestError(400, `Invalid JSON for parameter ${name}`);
  }
}

/** A value of a GraphQL enum, whose names are the Admin API's lowercase values upper-cased. */
export function enumValue<T extends string>(name: string, v: string | undefined, values: readonly T[]): string | undefined {
  if (v === undefined) return undefined;
  if (!(values as readonly string[]).includes(v)) throw new RestError(400, `Invalid ${name}: ${v}`);
  return v.toUpperCase();
}

/** `first` and `after` of a page from `max_results` and `next_cursor` (the same cursors GraphQL hands out). */
export function page(p: Params, cursorName = "next_cursor"): { first?: number; after?: string } {
  return { first: int(p, "max_results"), after: str(p, cursorName) || undefined };
}

/** Splits on `sep` where it is not escaped with a backslash. */
function splitUnescaped(s: string, sep: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\" && i + 1 < s.length) {
      current += s[i] + s[i + 1];
      i++;
    } else if (s[i] === sep) {
      parts.push(current);
      current = "";
    } else current += s[i];
  }
  parts.push(current);
  return parts;
}

const unescape = (s: string) => s.replace(/\\([=|])/g, "$1");

/**
 * Key-value pairs as the SDKs encode context and metadata: `k1=v1|k2=v2` with `\=` and `\|`
 * escaped, and a list value written `k=["a","b"]`; a JSON body may send an object instead.
 */
export function keyValues(p: Params, name: string): { key: string; value: string | string[] }[] | undefined {
  const v = p[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v === "object" && !Array.isArray(v)) {
    return Object.entries(v as Record<string, unknown>).map(([key, value]) => ({
      key,
      value: Array.isArray(value) ? value.map((item) => scalar(name, item)) : scalar(name, value),
    }));
  }
  const text = scalar(name, Array.isArray(v) ? v.join("|") : v);
  if (text === "") return [];
  return splitUnescaped(text, "|").map((pair) => {
    const [rawKey, ...rest] = splitUnescaped(pair, "=");
    if (rest.length === 0) throw new RestError(400, `Invalid ${name}: ${pair} is not key=value`);
    const raw = rest.join("=");
    const listed = /^\[(.*)\]$/.exec(raw);
    const value = listed ? (listed[1] === "" ? [] : listed[1].split(",").map((item) => unescape(item.trim().replace(/^"(.*)"$/, "$1")))) : unescape(raw);
    return { key: unescape(rawKey), value };
  });
}

/** `x,y,w,h|x,y,w,h` (or a JSON array of arrays) as rows of integers. */
export function intRows(p: Params, name: string): number[][] | undefined {
  const v = p[name];
  if (v === undefined || v === null) return undefined;
  const rows = Array.isArray(v) ? v : scalar(name, v) === "" ? [] : scalar(name, v).split("|").map((row) => row.split(","));
  return rows.map((row) => {
    if (!Array.isArray(row)) throw new RestError(400, `Invalid ${name}`);
    return row.map((n) => {
      const i = Number(n);
      if (!Number.isInteger(i)) throw new RestError(400, `Invalid ${name}: ${String(n)} is not an integer`);
      return i;
    });
  });
}

/** A value that may arrive as JSON text (`[...]`, `{...}`) in a query string or form body. */
const maybeJson = (name: string, v: unknown): unknown => (typeof v === "string" && /^\s*[[{]/.test(v) ? json({ [name]: v }, name) : v);

/** `sort_by`: `[{"name":"asc"}]` (JSON bodies or JSON text), or `name` / `name:desc` per entry. */
export function sortBy(p: Params): { field: string; direction: string }[] | undefined {
  const v = maybeJson("sort_by", p.sort_by);
  if (v === undefined || v === null) return undefined;
  const entries = (Array.isArray(v) ? v : [v]).flatMap((entry) => maybeJson("sort_by", entry));
  return entries.map((entry) => {
    if (typeof entry === "string") {
      const [field, direction = "desc"] = entry.split(":");
      return { field, direction: direction.toUpperCase() };
    }
    if (typeof entry === "object" && entry !== null && Object.keys(entry).length === 1) {
      const [[field, direction]] = Object.entries(entry as Record<string, unknown>);
      if (direction === "asc" || direction === "desc") return { field, direction: direction.toUpperCase() };
    }
    throw new RestError(400, "Invalid sort_by: give [{\"field\": \"asc\" | \"desc\"}]");
  });
}
