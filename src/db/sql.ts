// Hand-written reads for the hottest read paths (ARCHITECTURE rule 2: where measurement shows the
// ORM's runtime dominating). They go straight to the driver Prisma's adapter uses: the pg pool the
// adapter shares, or read-only better-sqlite3 connections in reader threads (WAL: they see the
// last committed state, as the Prisma reader does). Prisma keeps every write and migration.
import pg from "pg";
import type { Dialect } from "../lib/prefix.js";
import type { SqlParam } from "./sql-param.js";
import type { SqliteReaders } from "./sqlite-readers.js";

export type { SqlParam };

export interface SqlReader {
  dialect: Dialect;
  /** Runs one statement written with `?` placeholders; rows as the driver returns them. */
  all<T = Record<string, unknown>>(sql: string, params: readonly SqlParam[]): Promise<T[]>;
  /** `column IN (ids)` as one placeholder, whatever the number of ids (a statement's text stays the same). */
  inIds(column: string): string;
  ids(values: readonly number[]): SqlParam;
  /** a DateTime as the column stores it, for comparisons */
  date(value: Date): SqlParam;
}

// timestamp(3) columns hold UTC (Prisma writes them so); int8 (count(*)) as bigint.
const PG_TYPES = {
  getTypeParser(oid: number, format?: string) {
    if (oid === 1114) return (v: string) => new Date(`${v.replace(" ", "T")}Z`);
    if (oid === 20) return (v: string) => BigInt(v);
    return pg.types.getTypeParser(oid, format as "text");
  },
} as pg.CustomTypesConfig;

export function postgresReader(pool: pg.Pool, onQuery?: (sql: string) => void): SqlReader {
  // Named statements: each connection plans one once, not on every request (planning the related
  // assets statement took longer than running it).
  const statements = new Map<string, { name: string; text: string }>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      let n = 0;
      statement = { name: `read_${statements.size}`, text: sql.replace(/\?/g, () => `$${++n}`) };
      statements.set(sql, statement);
    }
    return statement;
  };
  return {
    dialect: "postgres",
    async all<T>(sql: string, params: readonly SqlParam[]) {
      const { name, text } = prepared(sql);
      onQuery?.(text);
      const result = await pool.query({ name, text, values: params as unknown[], types: PG_TYPES });
      return result.rows as T[];
    },
    inIds: (column) => `${column} = ANY(?::int[])`,
    ids: (values) => `{${values.join(",")}}`,
    date: (value) => value.toISOString().slice(0, -1),
  };
}

export function sqliteReader(readers: SqliteReaders, onQuery?: (sql: string) => void): SqlReader {
  // On the reader threads Prisma's queries use (client.ts sqliteReaders), which close with that
  // client: better-sqlite3 is synchronous, and on the main thread a page with its relations and
  // count held the event loop for hundreds of milliseconds.
  return {
    dialect: "sqlite",
    all<T>(sql: string, params: readonly SqlParam[]) {
      onQuery?.(sql);
      return readers.rows<T>(sql, params);
    },
    inIds: (column) => `${column} IN (SELECT value FROM json_each(?))`,
    ids: (values) => JSON.stringify(values),
    // As the Prisma adapter writes DateTime (ISO 8601 text), so text order is time order.
    date: (value) => value.toISOString().replace("Z", "+00:00"),
  };
}
