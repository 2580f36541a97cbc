// SQL building blocks shared by the asset and folder compilers. Everything a user wrote reaches
// the database as a bound parameter (Prisma.sql); Prisma.raw is used only for identifiers and
// keywords from this module's own tables.
import { Prisma } from "../../generated/sqlite/client.js";
import type { Dialect } from "../../lib/prefix.js";
import type { TokenPattern } from "./search.values.js";

export type Sql = Prisma.Sql;
export const sql = Prisma.sql;
export const raw = Prisma.raw;
export const join = Prisma.join;
export const TRUE = raw("1=1");
export const FALSE = raw("1=0");

/**
 * `a AND b AND ...` parses as a left-leaning chain as deep as it is long, and SQLite refuses
 * expressions deeper than 1000: long lists are split into halves, so depth grows with the log.
 */
const FLAT = 16;
function chain(parts: Sql[], op: " AND " | " OR " | " + "): Sql {
  if (parts.length === 1) return parts[0];
  if (parts.length <= FLAT) return sql`(${join(parts, op)})`;
  const half = Math.ceil(parts.length / 2);
  return sql`(${chain(parts.slice(0, half), op)}${raw(op)}${chain(parts.slice(half), op)})`;
}
export const and = (parts: Sql[]): Sql => (parts.length === 0 ? TRUE : chain(parts, " AND "));
export const or = (parts: Sql[]): Sql => (parts.length === 0 ? FALSE : chain(parts, " OR "));
/** The sum of one or more numeric expressions. */
export const sum = (parts: Sql[]): Sql => chain(parts, " + ");
export const not = (part: Sql): Sql => sql`NOT (${part})`;

/**
 * Where a text column's tokens are indexed on SQLite: an FTS5 trigram table keyed by the row's id
 * (prisma/sqlite/migrations/0005_search_index), kept in step by triggers.
 */
export interface TokenIndex {
  table: string;
  column: string;
  /** the indexed row's id in the statement, e.g. t."id" */
  rowid: Sql;
}

/** FTS5 trigrams find a substring of at least three characters; a shorter token has no trigram to look up. */
const MIN_INDEXED_TOKEN = 3;

/**
 * A tokenized match of a text column: the lowercased column matches the pattern's regular
 * expression. PostgreSQL runs it natively and finds candidates through the column's trigram
 * (pg_trgm) index. SQLite calls the `regexp` function registered on its connection
 * (search.sqlite.ts) on the rows the column's token index returns for the pattern's tokens (every
 * row containing them all, a superset); without an index, or with only tokens too short for it,
 * after a LIKE on the longest token that skips most rows without leaving SQLite.
 */
export function tokenMatch(dialect: Dialect, column: Sql, pattern: TokenPattern | null, index?: TokenIndex): Sql {
  if (!pattern) return FALSE;
  if (dialect === "postgres") return sql`lower(${column}) ~ ${pattern.regex}`;
  const indexed = pattern.tokens.filter((t) => t.length >= MIN_INDEXED_TOKEN);
  if (index && indexed.length) {
    // tokens are [a-z0-9] only, so quoting each as an FTS5 string needs no escaping
    const query = indexed.map((t) => `"${t}"`).join(" ");
    return sql`(${index.rowid} IN (SELECT rowid FROM ${raw(`"${index.table}"`)} WHERE ${raw(`"${index.column}"`)} MATCH ${query}) AND lower(${column}) REGEXP ${pattern.regex})`;
  }
  return sql`(lower(${column}) LIKE ${`%${pattern.longest}%`} AND lower(${column}) REGEXP ${pattern.regex})`;
}

/** `value` with LIKE's wildcards escaped (both databases are told ESCAPE '\'). */
export const likeEscape = (value: string) => value.replace(/[\\%_]/g, "\\$&");
export const like = (column: Sql, pattern: string): Sql => sql`${column} LIKE ${pattern} ESCAPE '\\'`;

/**
 * Starts-with on a case-sensitive text column, served by its index: a LIKE on PostgreSQL, a
 * byte-wise range on SQLite (whose LIKE has no index path with an ESCAPE clause).
 */
export function startsWithSql(dialect: Dialect, column: Sql, prefix: string): Sql {
  if (dialect === "postgres") return like(column, `${likeEscape(prefix)}%`);
  return sql`(${column} >= ${prefix} AND ${column} < ${`${prefix}\u{10FFFF}`})`;
}

/** A number parameter typed for PostgreSQL, so a comparison with an integer column stays an integer comparison (and uses its index). */
export function intParam(dialect: Dialect, n: number): Sql {
  return dialect === "postgres" ? sql`CAST(${n} AS BIGINT)` : sql`${n}`;
}
export function floatParam(dialect: Dialect, n: number): Sql {
  return dialect === "postgres" ? sql`CAST(${n} AS DOUBLE PRECISION)` : sql`${n}`;
}
export function dateParam(dialect: Dialect, at: Date): Sql {
  return dialect === "postgres" ? sql`CAST(${at} AS TIMESTAMP(3))` : sql`${at}`;
}

export type CmpOp = ">" | ">=" | "<" | "<=" | "=";
export const cmp = (column: Sql, op: CmpOp, param: Sql): Sql => sql`${column} ${raw(op)} ${param}`;
