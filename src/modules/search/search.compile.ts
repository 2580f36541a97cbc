// The compiler: a syntax tree (from an expression or a typed filter) to one SQL condition over
// `"Asset" a` (or `"Folder" f` for folder search). Fields are a table (`FieldSet`): each knows
// which operators it takes and how it reads its values, so a field the reference does not list,
// an operator a field does not take, or a value of the wrong kind is INVALID_EXPRESSION at the
// offset where it was written.
import type { Dialect } from "../../lib/prefix.js";
import { DomainError } from "../../errors/errors.js";
import { metadataTextKey } from "../metadata/index.js";
import { ExpressionError, type GroupNode, type Node, type Op, type Path, type Value } from "./search.parser.js";
import {
  FALSE, TRUE, and, cmp, raw, dateParam, floatParam, intParam, like, likeEscape, not, or, sql, startsWithSql, tokenMatch,
  type CmpOp, type Sql, type TokenIndex,
} from "./search.sql.js";
import { ACCESS_MODES, ASSET_STATUSES, DELIVERY_TYPES, MODERATION_KINDS, RESOURCE_TYPES } from "../../lib/enums.js";
import {
  BACKUP_BYTE_UNITS, BYTE_UNITS, DURATION_UNITS, MAX_DATE, PIXEL_UNITS, PLAIN_NUMBER, addDays, dateKey, parseDate, parseNumber, tokenPattern,
  type UnitSet,
} from "./search.values.js";

export interface CompileEnv {
  dialect: Dialect;
  environmentId: number;
  folderMode: "dynamic" | "fixed";
  /** the instant relative dates (10d, 4w) count back from */
  now: Date;
  /** the statement is a page read in the order of an index (see assetIdIn) */
  walkSortIndex?: boolean;
  /** metadata fields by external id, for metadata.<external_id> */
  metadataFields: Map<string, { id: number; type: string }>;
}

/** How one field compiles. Absent members are operators the field does not take. */
export interface FieldHandler {
  /** `field:v`, `field=v`, `field>v`, ... */
  compare?(op: Op, value: Value): Sql;
  /** `field:[a TO b]` */
  range?(from: Value, to: Value): Sql;
  /** the field name alone: has a value */
  exists?(): Sql;
}

export interface FieldSet {
  /** the handler for a path, null when its root is not a field of this set */
  field(path: Path, env: CompileEnv): FieldHandler | null;
  /** a bare word or phrase */
  term(value: Value, env: CompileEnv): Sql;
}

export function compile(node: Node, fields: FieldSet, env: CompileEnv): Sql {
  switch (node.kind) {
    case "and":
      return and(node.items.map((n) => compile(n, fields, env)));
    case "or":
      return or(node.items.map((n) => compile(n, fields, env)));
    case "not":
      return not(compile(node.item, fields, env));
    case "term":
      return fields.term(node.value, env);
    case "bare": {
      const handler = fields.field(node.path, env);
      // A word that is no field (`shoe`, `file.jpg`), or a field that has no "has a value"
      // meaning (`format` as a word), is a bare term of the same text.
      if (!handler?.exists) return fields.term({ text: node.path.text, quoted: false, prefix: false, pos: node.pos }, env);
      return handler.exists();
    }
    case "compare": {
      const handler = need(fields, node.path, env);
      if (!handler.compare) throw new ExpressionError(`${node.path.text} takes no value; use it alone or in a range`, node.pos);
      if (node.value.prefix && !["public_id", "filename", "asset_folder", "folder", "path"].includes(node.path.segments[0])) {
        throw new ExpressionError(`${node.path.text} does not take a * wildcard (only public_id, filename, asset_folder and folder do)`, node.value.pos + node.value.text.length);
      }
      return handler.compare(node.op, node.value);
    }
    case "range": {
      const handler = need(fields, node.path, env);
      if (!handler.range) throw new ExpressionError(`${node.path.text} does not take a range`, node.pos);
      return handler.range(node.from, node.to);
    }
    case "group":
      return compile(expandGroup(node.group, node.path, node.op), fields, env);
  }
}

/** `field=(a OR b)` is `field=a OR field=b`; `field:(a b)` is `field:a AND field:b`. */
function expandGroup(group: GroupNode, path: Path, op: ":" | "="): Node {
  switch (group.kind) {
    case "and":
    case "or":
      return { kind: group.kind, items: group.items.map((g) => expandGroup(g, path, op)), pos: group.pos };
    case "not":
      return { kind: "not", item: expandGroup(group.item, path, op), pos: group.pos };
    case "value":
      return { kind: "compare", path, op, value: group.value, pos: group.pos };
  }
}

function need(fields: FieldSet, path: Path, env: CompileEnv): FieldHandler {
  const handler = fields.field(path, env);
  if (!handler) throw new ExpressionError(`unknown field ${path.segments[0]}`, path.pos);
  return handler;
}

/**
 * Whether a clause of the tree names status (the default status=active filter applies unless one
 * does, rule 15). `status` alone is no clause: the field has no existence form, so it is a bare
 * word (see compile).
 */
export function mentionsStatus(node: Node | null): boolean {
  if (!node) return false;
  switch (node.kind) {
    case "and":
    case "or":
      return node.items.some(mentionsStatus);
    case "not":
      return mentionsStatus(node.item);
    case "term":
    case "bare":
      return false;
    default:
      return node.path.segments[0] === "status";
  }
}

/** Every metadata external id the tree names, to load their fields in one query before compiling. */
export function metadataIds(node: Node | null, out = new Set<string>()): Set<string> {
  if (!node) return out;
  switch (node.kind) {
    case "and":
    case "or":
      node.items.forEach((n) => metadataIds(n, out));
      break;
    case "not":
      metadataIds(node.item, out);
      break;
    case "term":
      break;
    default:
      if (node.path.segments[0] === "metadata" && node.path.segments.length === 2) out.add(node.path.segments[1]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Handlers by value type, over a column expression

const badOp = (field: string, op: Op, value: Value, takes: string): never => {
  throw new ExpressionError(`${field} does not take ${op}; it takes ${takes}`, value.pos);
};

/** A string matched whole with `=` (case-sensitive) and by tokens with `:`; nullable columns never match when empty. */
export function textField(env: CompileEnv, field: string, column: Sql, options: { nullable?: boolean; prefixWhole?: boolean; index?: TokenIndex } = {}): FieldHandler {
  const guard = (s: Sql) => (options.nullable ? and([sql`${column} IS NOT NULL`, s]) : s);
  return {
    compare(op, value) {
      if (op === "=") {
        if (value.prefix) return guard(startsWithSql(env.dialect, column, value.text));
        return guard(sql`${column} = ${value.text}`);
      }
      if (op !== ":") return badOp(field, op, value, ": (tokens) or = (exact)");
      if (value.prefix && options.prefixWhole) return guard(startsWithSql(env.dialect, column, value.text));
      return guard(tokenMatch(env.dialect, column, tokenPattern(value.text, value.prefix), options.index));
    },
    exists: options.nullable ? () => sql`${column} IS NOT NULL` : undefined,
  };
}

/** One of a fixed list of values (type, status, ...): `:` and `=` both mean equality (rule 11). */
export function fixedField(field: string, column: Sql, values: readonly string[], options: { lowercase?: boolean; nullable?: boolean } = {}): FieldHandler {
  return {
    compare(op, value) {
      if (op !== ":" && op !== "=") return badOp(field, op, value, ": or =");
      const v = options.lowercase ? value.text.toLowerCase() : value.text;
      if (values.length && !values.includes(v)) {
        throw new ExpressionError(`${field} is one of ${values.join(", ")}, not ${JSON.stringify(value.text)}`, value.pos);
      }
      const col = options.lowercase ? sql`lower(${column})` : column;
      return options.nullable ? and([sql`${column} IS NOT NULL`, sql`${col} = ${v}`]) : sql`${col} = ${v}`;
    },
    exists: options.nullable ? () => sql`${column} IS NOT NULL` : undefined,
  };
}

const CMP: Record<string, CmpOp> = { ">": ">", ">=": ">=", "<": "<", "<=": "<=", ":": "=", "=": "=" };

/**
 * A number: equality, comparisons and ranges, with the field's units. Integer columns compare
 * with integers (x > 2.5 is x >= 3), so the parameter keeps the column's type and its index.
 */
export function numberField(env: CompileEnv, field: string, column: Sql, units: UnitSet, options: { integer?: boolean; nullable?: boolean } = {}): FieldHandler {
  const guard = (s: Sql) => (options.nullable ? and([sql`${column} IS NOT NULL`, s]) : s);
  const one = (op: CmpOp, n: number): Sql => {
    if (!options.integer) return cmp(column, op, floatParam(env.dialect, n));
    // Past the 64-bit range (PostgreSQL cannot take it as a BIGINT) every stored value is on one side.
    if (Math.abs(n) >= 2 ** 63) {
      const holds = n > 0 ? op === "<" || op === "<=" : op === ">" || op === ">=";
      return holds ? sql`${column} IS NOT NULL` : FALSE;
    }
    if (Number.isInteger(n)) return cmp(column, op, intParam(env.dialect, n));
    if (op === "=") return FALSE;
    const bound = op === ">" || op === "<=" ? Math.floor(n) : Math.ceil(n);
    const strict: Record<string, CmpOp> = { ">": ">", ">=": ">=", "<": "<", "<=": "<=" };
    return cmp(column, strict[op], intParam(env.dialect, bound));
  };
  return {
    compare(op, value) {
      return guard(one(CMP[op], parseNumber(field, value, units)));
    },
    range(from, to) {
      const [a, b] = [parseNumber(field, from, units), parseNumber(field, to, units)].sort((x, y) => x - y);
      return guard(and([one(">=", a), one("<", b)]));
    },
    exists: options.nullable ? () => sql`${column} IS NOT NULL` : undefined,
  };
}

/** A date-time column: comparisons and ranges of absolute or relative dates; `=` with a plain date means that day. */
export function dateField(env: CompileEnv, field: string, column: Sql, options: { nullable?: boolean } = {}): FieldHandler {
  const guard = (s: Sql) => (options.nullable ? and([sql`${column} IS NOT NULL`, s]) : s);
  const p = (at: Date) => dateParam(env.dialect, at);
  return {
    compare(op, value) {
      const { at, day } = parseDate(field, value, env.now);
      if (op === ":" || op === "=") {
        if (!day) return guard(cmp(column, "=", p(at)));
        // (9999-12-31 has no next day to end at)
        const end = addDays(at, 1);
        return guard(and([cmp(column, ">=", p(at)), ...(end.getTime() <= MAX_DATE ? [cmp(column, "<", p(end))] : [])]));
      }
      return guard(cmp(column, CMP[op], p(at)));
    },
    range(from, to) {
      const [a, b] = [parseDate(field, from, env.now).at, parseDate(field, to, env.now).at].sort((x, y) => x.getTime() - y.getTime());
      return guard(and([cmp(column, ">=", p(a)), cmp(column, "<", p(b))]));
    },
    exists: options.nullable ? () => sql`${column} IS NOT NULL` : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Asset fields (DOMAIN §3.3)

const A = (column: string) => sql([`a."${column}"`]);

const TIER2_ROOTS = new Set([
  "accessibility_analysis", "colors", "face_count", "grayscale", "illustration_score", "image_metadata", "location",
  "quality_analysis", "quality_score", "taken_at", "transparent",
]);

const LAST_UPDATED: Record<string, string> = {
  access_control_updated_at: "accessControlUpdatedAt",
  context_updated_at: "contextUpdatedAt",
  metadata_updated_at: "metadataUpdatedAt",
  public_id_updated_at: "publicIdUpdatedAt",
  tags_updated_at: "tagsUpdatedAt",
  updated_at: "updatedAt",
};


/** moderation_status in search takes three values (DOMAIN Q 49). */
const SEARCH_MODERATION_STATUSES = ["pending", "approved", "rejected"] as const;

/** Fields with no sub-path; `context`, `metadata` and `last_updated` are dotted. */
const PLAIN_ASSET_FIELDS = new Set([
  "access_mode", "asset_id", "asset_folder", "context", "created_at", "uploaded_at", "display_name", "folder", "metadata",
  "moderation_kind", "moderation_status", "public_id", "tags", "type", "resource_type", "aspect_ratio", "bytes", "duration",
  "filename", "format", "width", "height", "pixels", "backup_bytes", "status", "etag", "last_updated",
]);

function modeGate(env: CompileEnv, path: Path): void {
  const root = path.segments[0];
  if (env.folderMode === "fixed" && ["asset_folder", "display_name", "asset_id"].includes(root)) {
    throw new ExpressionError(`${root} is not supported in fixed folder mode`, path.pos);
  }
  if (env.folderMode === "dynamic" && root === "folder") {
    throw new ExpressionError("folder is supported only in fixed folder mode; use asset_folder", path.pos);
  }
}

export const assetFields: FieldSet = {
  field(path, env) {
    const [root, ...rest] = path.segments;
    if (TIER2_ROOTS.has(root)) {
      throw new DomainError("TIER_NOT_AVAILABLE", `${path.text} needs Tier 2 search data (image analysis), which this environment does not have`, ["expression"]);
    }
    if (!PLAIN_ASSET_FIELDS.has(root)) return null;
    modeGate(env, path);
    const dotted = root === "context" || root === "metadata" || root === "last_updated";
    if (!dotted && rest.length) throw new ExpressionError(`${root} has no sub-fields (${path.text})`, path.pos);
    switch (root) {
      case "access_mode":
        return fixedField(root, A("accessMode"), ACCESS_MODES);
      case "asset_id":
        return fixedField(root, A("assetId"), []);
      case "etag":
        return fixedField(root, A("etag"), [], { nullable: true });
      case "type":
        return fixedField(root, A("type"), DELIVERY_TYPES);
      case "resource_type":
        return fixedField(root, A("resourceType"), RESOURCE_TYPES);
      case "status":
        return fixedField(root, A("status"), ASSET_STATUSES);
      case "format":
        return fixedField(root, A("format"), [], { lowercase: true, nullable: true });
      case "moderation_kind":
        return moderationField(env, root, "kind", MODERATION_KINDS);
      case "moderation_status":
        return moderationField(env, root, "status", SEARCH_MODERATION_STATUSES);
      case "public_id":
        return textField(env, root, A("publicId"), { prefixWhole: true, index: PUBLIC_ID_TOKENS });
      case "display_name":
        return textField(env, root, A("displayName"), { nullable: true, index: DISPLAY_NAME_TOKENS });
      case "filename":
        return filenameField(env);
      case "asset_folder":
        return folderPathField(env);
      case "folder":
        return fixedModeFolderField(env);
      case "tags":
        return tagsField(env);
      case "context":
        return contextField(env, path);
      case "metadata":
        return metadataField(env, path);
      case "created_at":
        return dateField(env, root, A("createdAt"));
      case "uploaded_at":
        return dateField(env, root, A("uploadedAt"));
      case "last_updated": {
        const column = rest.length === 1 ? LAST_UPDATED[rest[0]] : undefined;
        if (!column) throw new ExpressionError(`last_updated takes one of ${Object.keys(LAST_UPDATED).join(", ")} (last_updated.updated_at)`, path.pos);
        return dateField(env, path.text, A(column), { nullable: column !== "updatedAt" });
      }
      case "bytes":
        return numberField(env, root, A("bytes"), BYTE_UNITS, { integer: true });
      case "backup_bytes":
        return numberField(env, root, A("backupBytes"), BACKUP_BYTE_UNITS, { integer: true });
      case "width":
        return numberField(env, root, A("width"), PLAIN_NUMBER, { integer: true, nullable: true });
      case "height":
        return numberField(env, root, A("height"), PLAIN_NUMBER, { integer: true, nullable: true });
      case "pixels":
        return numberField(env, root, sql`(a."width" * a."height")`, PIXEL_UNITS, { integer: true, nullable: true });
      case "duration":
        return numberField(env, root, A("duration"), DURATION_UNITS, { nullable: true });
      case "aspect_ratio":
        return aspectRatioField(env);
    }
    return null;
  },
  term: assetTerm,
};

/**
 * The left side of `a.id IN (subquery)`. For a page sorted by an indexed key, SQLite is told not
 * to drive the query from the subquery (unary + takes a term out of index planning): walking the
 * sort index and testing ids against the materialised subquery stops after one page, where
 * fetching and sorting every match does not. Counts and other sorts keep the plain form.
 */
const assetIdIn = (env: CompileEnv) => raw(env.dialect === "sqlite" && env.walkSortIndex ? `+a."id"` : `a."id"`);

// The token indexes of the tokenized columns (SQLite; see search.sql.ts tokenMatch). Folder paths
// have none: an environment's folders are few next to its assets, tags and context values.
const PUBLIC_ID_TOKENS: TokenIndex = { table: "AssetSearchText", column: "publicId", rowid: raw(`a."id"`) };
const DISPLAY_NAME_TOKENS: TokenIndex = { table: "AssetSearchText", column: "displayName", rowid: raw(`a."id"`) };
const TAG_TOKENS: TokenIndex = { table: "AssetTagSearchText", column: "name", rowid: raw(`t."id"`) };
const CONTEXT_TOKENS: TokenIndex = { table: "AssetContextSearchText", column: "value", rowid: raw(`c."id"`) };
const METADATA_TOKENS: TokenIndex = { table: "AssetMetadataSearchText", column: "text", rowid: raw(`m."id"`) };

function moderationField(env: CompileEnv, field: string, column: "kind" | "status", values: readonly string[]): FieldHandler {
  const inner = fixedField(field, sql([`m."${column}"`]), values);
  return {
    compare: (op, value) => sql`${assetIdIn(env)} IN (SELECT m."assetId" FROM "AssetModeration" m WHERE ${inner.compare!(op, value)})`,
    exists: () => sql`EXISTS (SELECT 1 FROM "AssetModeration" m WHERE m."assetId" = a."id")`,
  };
}

/** filename: the public ID's last segment (rule: "last element of the public ID"). */
function filenameField(env: CompileEnv): FieldHandler {
  const col = A("publicId");
  return {
    compare(op, value) {
      if (op === "=" && !value.prefix) {
        if (value.text.includes("/")) return FALSE;
        return or([sql`${col} = ${value.text}`, like(col, `%/${likeEscape(value.text)}`)]);
      }
      if (op !== ":" && op !== "=") return badOp("filename", op, value, ": (tokens) or = (exact)");
      return tokenMatch(env.dialect, col, tokenPattern(value.text, value.prefix, { lastSegment: true }), PUBLIC_ID_TOKENS);
    },
  };
}

const inFolder = (env: CompileEnv, condition: Sql) =>
  and([sql`a."folderId" IS NOT NULL`, sql`a."folderId" IN (SELECT f."id" FROM "Folder" f WHERE f."environmentId" = ${env.environmentId} AND ${condition})`]);

/**
 * asset_folder: `=` the exact folder (case-sensitive, no subfolders; "" is the root); `:` with
 * `path/*` the folder and everything under it, `pa*` paths starting so; `:` otherwise tokens.
 */
function folderPathField(env: CompileEnv): FieldHandler {
  const path = sql`f."path"`;
  return {
    compare(op, value) {
      const text = value.text.replace(/\/+$/, value.prefix ? "/" : "");
      if (op === "=" && !value.prefix) {
        if (text === "") return sql`a."folderId" IS NULL`;
        // At most one folder has this exact path (paths are unique case-insensitively): as a scalar
        // subquery it is a constant, so the (folderId, createdAt, id) index serves the page in order.
        // COALESCE: with no such folder the comparison is false, not NULL (so its negation holds).
        return and([
          sql`a."folderId" IS NOT NULL`,
          sql`a."folderId" = COALESCE((SELECT f."id" FROM "Folder" f WHERE f."environmentId" = ${env.environmentId} AND f."pathKey" = ${text.toLowerCase()} AND ${path} = ${text}), -1)`,
        ]);
      }
      if (op !== ":" && op !== "=") return badOp("asset_folder", op, value, ": or =");
      if (value.prefix) {
        if (text === "" || text === "/") return TRUE;
        if (text.endsWith("/")) {
          const base = text.slice(0, -1);
          return inFolder(env, or([sql`${path} = ${base}`, startsWithSql(env.dialect, path, text)]));
        }
        return inFolder(env, startsWithSql(env.dialect, path, text));
      }
      return inFolder(env, tokenMatch(env.dialect, path, tokenPattern(text, false)));
    },
    exists: () => sql`a."folderId" IS NOT NULL`,
  };
}

/** folder (fixed folder mode): the public ID's directory part. */
function fixedModeFolderField(env: CompileEnv): FieldHandler {
  const col = A("publicId");
  return {
    compare(op, value) {
      if (op !== ":" && op !== "=") return badOp("folder", op, value, ": or =");
      const text = value.text.replace(/\/+$/, "");
      if (value.prefix) {
        if (value.text.endsWith("/")) return text === "" ? TRUE : startsWithSql(env.dialect, col, `${text}/`);
        return startsWithSql(env.dialect, col, text);
      }
      if (op === "=" || value.quoted) {
        if (text === "") return sql`${col} NOT LIKE '%/%'`;
        const base = `${likeEscape(text)}/`;
        return and([startsWithSql(env.dialect, col, `${text}/`), sql`${col} NOT LIKE ${`${base}%/%`} ESCAPE '\\'`]);
      }
      const pattern = tokenPattern(text, false);
      if (!pattern) return FALSE;
      // the tokens followed, later in the public ID, by a "/": they are in a directory segment
      return tokenMatch(env.dialect, col, { ...pattern, regex: `${pattern.regex.replace(/\(\[\^a-z0-9\]\|\$\)$/, "")}([^a-z0-9/][^/]*)?/` }, PUBLIC_ID_TOKENS);
    },
  };
}

const tagIn = (env: CompileEnv, condition: Sql) =>
  sql`${assetIdIn(env)} IN (SELECT t."assetId" FROM "AssetTag" t WHERE t."environmentId" = ${env.environmentId} AND ${condition})`;

function tagsField(env: CompileEnv): FieldHandler {
  const name = sql`t."name"`;
  return {
    compare(op, value) {
      if (op === "=") return tagIn(env, sql`${name} = ${value.text}`);
      if (op !== ":") return badOp("tags", op, value, ": (tokens) or = (exact)");
      return tagIn(env, tokenMatch(env.dialect, name, tokenPattern(value.text, false), TAG_TOKENS));
    },
    exists: () => sql`EXISTS (SELECT 1 FROM "AssetTag" t WHERE t."assetId" = a."id")`,
  };
}

const contextIn = (env: CompileEnv, condition: Sql) =>
  sql`${assetIdIn(env)} IN (SELECT c."assetId" FROM "AssetContext" c WHERE c."environmentId" = ${env.environmentId} AND ${condition})`;

/** context.<key>:v (tokens), context.<key>=v (exact), context:<key> / context=<key> (the key exists, Q 4). */
function contextField(env: CompileEnv, path: Path): FieldHandler {
  const [, ...keyParts] = path.segments;
  if (keyParts.length > 1) throw new ExpressionError(`context takes one key (context.<key>, quote keys with dots: context."a.b")`, path.pos);
  const value = sql`c."value"`;
  if (keyParts.length === 0) {
    return {
      compare(op, v) {
        if (op !== ":" && op !== "=") return badOp("context", op, v, "context:<key> or context.<key>:<value>");
        return contextIn(env, sql`c."key" = ${v.text}`);
      },
      exists: () => sql`EXISTS (SELECT 1 FROM "AssetContext" c WHERE c."assetId" = a."id")`,
    };
  }
  const key = keyParts[0];
  return {
    compare(op, v) {
      if (op === "=") return contextIn(env, sql`c."key" = ${key} AND ${value} = ${v.text}`);
      if (op !== ":") return badOp(path.text, op, v, ": (tokens) or = (exact)");
      return contextIn(env, sql`c."key" = ${key} AND ${tokenMatch(env.dialect, value, tokenPattern(v.text, false), CONTEXT_TOKENS)}`);
    },
    exists: () => contextIn(env, sql`c."key" = ${key}`),
  };
}

const metadataIn = (env: CompileEnv, fieldId: number, condition: Sql) =>
  sql`${assetIdIn(env)} IN (SELECT m."assetId" FROM "AssetMetadata" m WHERE m."environmentId" = ${env.environmentId} AND m."fieldId" = ${fieldId} AND ${condition})`;

/**
 * metadata.<external_id>, compared by the field's type: string `:` tokens / `=` exact; integer
 * and date equality, comparisons and ranges; enum `=` / set `:` a datasource entry's external id.
 */
function metadataField(env: CompileEnv, path: Path): FieldHandler {
  if (path.segments.length !== 2) throw new ExpressionError("metadata takes a field's external id: metadata.<external_id>", path.pos);
  const externalId = path.segments[1];
  const field = env.metadataFields.get(externalId);
  if (!field) throw new ExpressionError(`no metadata field has the external id ${JSON.stringify(externalId)}`, path.pos);
  const within = (condition: Sql) => metadataIn(env, field.id, condition);
  const exists = () => within(TRUE);
  switch (field.type) {
    case "string":
      return {
        compare(op, v) {
          // textKey (the first 255 characters) is the indexed column; text holds the whole value.
          if (op === "=") return within(sql`m."textKey" = ${metadataTextKey(v.text)} AND m."text" = ${v.text}`);
          if (op !== ":") return badOp(path.text, op, v, ": (tokens) or = (exact), as a string field");
          return within(and([sql`m."text" IS NOT NULL`, tokenMatch(env.dialect, sql`m."text"`, tokenPattern(v.text, false), METADATA_TOKENS)]));
        },
        exists,
      };
    case "integer": {
      const inner = numberField(env, path.text, sql`m."number"`, PLAIN_NUMBER, { integer: true, nullable: true });
      return { compare: (op, v) => within(inner.compare!(op, v)), range: (a, b) => within(inner.range!(a, b)), exists };
    }
    case "date": {
      const col = sql`m."date"`;
      const day = (v: Value) => dateKey(parseDate(path.text, v, env.now).at);
      return {
        compare(op, v) {
          return within(and([sql`${col} IS NOT NULL`, cmp(col, CMP[op], sql`${day(v)}`)]));
        },
        range(a, b) {
          const [x, y] = [day(a), day(b)].sort();
          return within(and([sql`${col} IS NOT NULL`, sql`${col} >= ${x}`, sql`${col} < ${y}`]));
        },
        exists,
      };
    }
    case "enum":
    case "set":
      return {
        compare(op, v) {
          if (op !== ":" && op !== "=") return badOp(path.text, op, v, `: or = with a datasource entry's external id (an ${field.type} field)`);
          // Entry ids are at most 255 characters, so their textKey is the whole id.
          return within(sql`m."textKey" = ${v.text}`);
        },
        exists,
      };
  }
  throw new ExpressionError(`metadata field ${externalId} has a type search does not know (${field.type})`, path.pos);
}

/**
 * w:h in lowest terms, or null when no image has that ratio: h is 0, or a term reaches 2^31 (a
 * dimension is a 32-bit integer and a multiple of its reduced term, so it could not be that large;
 * and the products compared stay within 64 bits).
 */
function lowestTerms(w: bigint, h: bigint): [number, number] | null {
  if (h === 0n) return null;
  let [a, b] = [w, h];
  while (b) [a, b] = [b, a % b];
  const [x, y] = [w / a, h / a];
  return x < 2n ** 31n && y < 2n ** 31n ? [Number(x), Number(y)] : null;
}

/** aspect_ratio: a number (width / height) with comparisons, or a quoted "16:9" (equality). */
function aspectRatioField(env: CompileEnv): FieldHandler {
  const w = A("width");
  const h = A("height");
  const guard = (s: Sql) => and([sql`${w} IS NOT NULL`, sql`${h} IS NOT NULL`, sql`${h} > 0`, s]);
  const ratio = sql`(${w} * 1.0 / ${h})`;
  const number = numberField(env, "aspect_ratio", ratio, PLAIN_NUMBER);
  return {
    compare(op, value) {
      const m = /^(\d+):(\d+)$/.exec(value.text.trim());
      if (m) {
        if (op !== ":" && op !== "=") return badOp("aspect_ratio", op, value, ': or = with "w:h"');
        const ratio = lowestTerms(BigInt(m[1]), BigInt(m[2]));
        if (!ratio) return FALSE;
        return guard(sql`${w} * ${intParam(env.dialect, ratio[1])} = ${h} * ${intParam(env.dialect, ratio[0])}`);
      }
      if (op === ":" || op === "=") {
        // As the API shows it: rounded to 5 decimals.
        const n = parseNumber("aspect_ratio", value, PLAIN_NUMBER);
        return guard(and([cmp(ratio, ">=", floatParam(env.dialect, n - 0.000005)), cmp(ratio, "<", floatParam(env.dialect, n + 0.000005))]));
      }
      return guard(number.compare!(op, value));
    },
    range: (from, to) => guard(number.range!(from, to)),
  };
}

/**
 * A bare term (rule 7, Q 7): its tokens in the public ID, display name, asset folder path, a tag,
 * a context value or a string metadata value. Each is an uncorrelated lookup the database runs once.
 */
export function assetTerm(value: Value, env: CompileEnv): Sql {
  const pattern = tokenPattern(value.text, value.prefix);
  if (!pattern) return FALSE;
  return or(termParts(env, pattern).map((p) => p.match));
}

export interface TermPart {
  match: Sql;
  /** the whole field equals the term (the relevance bonus) */
  exact?: Sql;
}

export function termParts(env: CompileEnv, pattern: NonNullable<ReturnType<typeof tokenPattern>>, text?: string): TermPart[] {
  const m = (col: Sql, index?: TokenIndex) => tokenMatch(env.dialect, col, pattern, index);
  const lower = text?.toLowerCase();
  return [
    { match: m(A("publicId"), PUBLIC_ID_TOKENS), exact: lower !== undefined ? sql`lower(a."publicId") = ${lower}` : undefined },
    { match: and([sql`a."displayName" IS NOT NULL`, m(A("displayName"), DISPLAY_NAME_TOKENS)]), exact: lower !== undefined ? sql`lower(a."displayName") = ${lower}` : undefined },
    { match: inFolder(env, m(sql`f."path"`)) },
    { match: tagIn(env, m(sql`t."name"`, TAG_TOKENS)) },
    { match: contextIn(env, m(sql`c."value"`, CONTEXT_TOKENS)) },
    {
      match: sql`${assetIdIn(env)} IN (SELECT m."assetId" FROM "AssetMetadata" m JOIN "MetadataField" mf ON mf."id" = m."fieldId" WHERE m."environmentId" = ${env.environmentId} AND mf."type" = 'string' AND m."text" IS NOT NULL AND ${m(sql`m."text"`, METADATA_TOKENS)})`,
    },
  ];
}
