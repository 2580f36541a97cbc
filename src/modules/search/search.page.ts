// Sorted, keyset-paged selection of row ids for a compiled condition: one SQL statement per page.
// The sort keys are SQL expressions (columns, or the relevance score); the cursor holds their
// values on the last row plus its id, so any sort resumes exactly where the page ended.
import type { Ctx } from "../../context.js";
import { DomainError } from "../../errors/errors.js";
import { argsHash, decodeCursor, encodeCursor, type SortValue } from "../../lib/cursor.js";
import { pageInfo, pageSize, type PageArgs, type PageLimits } from "../../lib/page.js";
import { inDateRange } from "./search.values.js";
import { and, dateParam, floatParam, intParam, join, or, raw, sql, type Sql } from "./search.sql.js";

export type KeyKind = "text" | "int" | "float" | "date";

export interface SortKey {
  expr: Sql;
  kind: KeyKind;
  desc: boolean;
}

export interface SortInput {
  field: string;
  direction: "asc" | "desc";
}

export const MAX_SORT_KEYS = 10;

/** Resolves sortBy against a table of sortable fields; unknown or repeated fields are INVALID_SORT. */
export function sortKeys(sortBy: readonly SortInput[] | null | undefined, sortable: (field: string) => { expr: Sql; kind: KeyKind } | null, fallback: SortInput[]): SortKey[] {
  const given = sortBy && sortBy.length ? sortBy : fallback;
  if (given.length > MAX_SORT_KEYS) throw new DomainError("LIMIT_EXCEEDED", `sortBy takes at most ${MAX_SORT_KEYS} keys`, ["sortBy"]);
  const seen = new Set<string>();
  return given.map((s, i) => {
    const key = sortable(s.field);
    if (!key) throw new DomainError("INVALID_SORT", `cannot sort by ${JSON.stringify(s.field)}`, ["sortBy", i, "field"]);
    if (seen.has(s.field)) throw new DomainError("INVALID_SORT", `sortBy names ${s.field} twice`, ["sortBy", i, "field"]);
    seen.add(s.field);
    return { ...key, desc: s.direction === "desc" };
  });
}

function param(kind: KeyKind, value: SortValue, dialect: Ctx["dialect"]): Sql {
  const bad = () => new DomainError("INVALID_CURSOR", "after is not a cursor this API issued", ["after"]);
  if (kind === "date") {
    const at = new Date(String(value));
    if (typeof value !== "string" || !inDateRange(at)) throw bad();
    return dateParam(dialect, at);
  }
  // A cursor is readable JSON: values no key could have held (which the database would refuse) are not ours.
  if (kind === "text") {
    if (typeof value !== "string" || /[\u0000\p{Surrogate}]/u.test(value)) throw bad();
    return sql`${value}`;
  }
  if (typeof value !== "number" || (kind === "int" && !Number.isSafeInteger(value))) throw bad();
  return kind === "int" ? intParam(dialect, value) : floatParam(dialect, value);
}

/**
 * Rows past the cursor in (k1, ..., kn, id) order, written as `k1 <= v1 AND (k1 < v1 OR (k1 = v1
 * AND ...))` (for descending keys) so the database can range-scan an index on the first key.
 */
function keysetCondition(keys: SortKey[], values: SortValue[], idColumn: Sql, dialect: Ctx["dialect"]): Sql {
  const all = [...keys.map((k, i) => ({ expr: k.expr, desc: k.desc, p: param(k.kind, values[i], dialect) })), {
    expr: idColumn,
    desc: keys.at(-1)!.desc,
    p: (() => {
      const id = values.at(-1);
      if (typeof id !== "number" || !Number.isSafeInteger(id)) throw new DomainError("INVALID_CURSOR", "after is not a cursor this API issued", ["after"]);
      return intParam(dialect, id);
    })(),
  }];
  const strict = (k: (typeof all)[number]) => sql`${k.expr} ${raw(k.desc ? "<" : ">")} ${k.p}`;
  const branches: Sql[] = all.map((k, i) => and([...all.slice(0, i).map((e) => sql`${e.expr} = ${e.p}`), strict(k)]));
  const first = all[0];
  return and([sql`${first.expr} ${raw(first.desc ? "<=" : ">=")} ${first.p}`, or(branches)]);
}

export const orderBy = (keys: SortKey[], idColumn: Sql): Sql =>
  join([...keys.map((k) => sql`${k.expr} ${raw(k.desc ? "DESC" : "ASC")}`), sql`${idColumn} ${raw(keys.at(-1)!.desc ? "DESC" : "ASC")}`], ", ");

function cursorValue(kind: KeyKind, v: unknown): SortValue {
  if (v === null || v === undefined) return null;
  if (kind === "date") return (v instanceof Date ? v : new Date(String(v))).toISOString();
  if (kind === "text") return String(v);
  return Number(v);
}

export interface KeysetQuery {
  /** e.g. `"Asset" a` */
  from: Sql;
  idColumn: Sql;
  where: Sql;
  keys: SortKey[];
  /** what cursors are bound to: every argument but first/after */
  boundTo: unknown;
  /** results beyond this many are never returned (folder search: 2000) */
  window?: number;
}

export interface KeysetPageResult {
  ids: number[];
  cursors: string[];
  fetched: number;
  take: number;
}

/** The page's statement: the first `take + 1` matches past the cursor, in sort order. */
export function keysetStatement(ctx: Ctx, args: PageArgs, limits: PageLimits, q: KeysetQuery): { statement: Sql; take: number; hash: string } {
  const take = pageSize(args, limits);
  const hash = argsHash(q.boundTo);
  const after = args.after ? decodeCursor(args.after, hash, q.keys.length + 1) : null;
  const cols = join([sql`${q.idColumn} AS "id"`, ...q.keys.map((k, i) => sql`${k.expr} AS ${raw(`"k${i}"`)}`)], ", ");
  if (q.window) {
    // The window is the first `window` matches; the page is cut from it, so paging stops there.
    const w = q.keys.map((k, i) => ({ ...k, expr: raw(`w."k${i}"`) }));
    const wid = raw(`w."id"`);
    const past = after ? keysetCondition(w, after, wid, ctx.dialect) : raw("1=1");
    return { take, hash, statement: sql`SELECT w.* FROM (SELECT ${cols} FROM ${q.from} WHERE ${q.where} ORDER BY ${orderBy(q.keys, q.idColumn)} LIMIT ${q.window}) w WHERE ${past} ORDER BY ${orderBy(w, wid)} LIMIT ${take + 1}` };
  }
  const past = after ? keysetCondition(q.keys, after, q.idColumn, ctx.dialect) : raw("1=1");
  return { take, hash, statement: sql`SELECT ${cols} FROM ${q.from} WHERE ${q.where} AND ${past} ORDER BY ${orderBy(q.keys, q.idColumn)} LIMIT ${take + 1}` };
}

/** One page of ids in sort order: a single statement. */
export async function keysetIds(ctx: Ctx, args: PageArgs, limits: PageLimits, q: KeysetQuery): Promise<KeysetPageResult> {
  const { statement, take, hash } = keysetStatement(ctx, args, limits, q);
  const rows = await ctx.db.$queryRaw<Record<string, unknown>[]>(statement);
  const page = rows.slice(0, take);
  return {
    ids: page.map((r) => Number(r.id)),
    cursors: page.map((r) => encodeCursor([...q.keys.map((k, i) => cursorValue(k.kind, r[`k${i}`])), Number(r.id)], hash)),
    fetched: rows.length,
    take,
  };
}

/** The database's plan for a statement (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL), one line per step. */
export async function explain(ctx: Ctx, statement: Sql): Promise<string[]> {
  if (ctx.dialect === "postgres") {
    const rows = await ctx.db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${statement.text}`, ...statement.values);
    return rows.map((r) => r["QUERY PLAN"]);
  }
  const rows = await ctx.db.$queryRawUnsafe<{ id: unknown; parent: unknown; detail: string }[]>(`EXPLAIN QUERY PLAN ${statement.sql}`, ...statement.values);
  const depth = new Map<number, number>([[0, -1]]);
  return rows.map((r) => {
    const d = (depth.get(Number(r.parent)) ?? -1) + 1;
    depth.set(Number(r.id), d);
    return `${"  ".repeat(d)}${r.detail}`;
  });
}

/** The connection for a page of ids whose nodes were loaded (in any order) by `load`. */
export async function connectionOf<T extends { id: number }>(page: KeysetPageResult, load: (ids: number[]) => Promise<T[]>) {
  const nodes = page.ids.length ? await load(page.ids) : [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // A row deleted between the two statements is left out rather than failing the page.
  const edges = page.ids.flatMap((id, i) => (byId.has(id) ? [{ node: byId.get(id)!, cursor: page.cursors[i] }] : []));
  return { edges, pageInfo: pageInfo(edges, page.fetched, page.take) };
}
