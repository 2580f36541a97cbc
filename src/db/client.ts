// Creates the Prisma client for DATABASE_URL: the SQLite client + better-sqlite3 adapter by
// default, the PostgreSQL client + pg adapter for postgresql:// URLs. The code is typed against
// the SQLite client; the two generated clients are not mutually assignable, hence one cast here.
import type pg from "pg";
import type { Prisma, PrismaClient as SqliteClient } from "../generated/sqlite/client.js";
import type { Dialect } from "../lib/prefix.js";
import { withSqliteFunctions } from "./sqlite-functions.js";
import { SqliteReaders } from "./sqlite-readers.js";
import { withYielding } from "./yielding.js";
import { isPostgresUrl } from "./url.js";

export type Db = SqliteClient;
/** What a service function may run statements on: the client or an interactive transaction. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface CreateDbOptions {
  url: string;
  /** Called once per SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
  /**
   * SQLite only: query through these reader threads (sqliteReaders), connections that refuse
   * writes. The driver adapter has one connection per client, so statements of a query sent on
   * the writer's client would run inside whatever interactive transaction a mutation has open on
   * it and read its uncommitted rows. In WAL mode other connections read the last committed
   * state, never blocked by the writer.
   */
  readers?: SqliteReaders;
  /** PostgreSQL only: the pool the adapter uses, shared with the hand-written reads (src/db/sql.ts) */
  pool?: pg.Pool;
  /**
   * SQLite only: the URL of a module whose `registerSqliteFunctions(db)` adds user functions to a
   * connection (the app passes search's REGEXP). A module rather than a function, because reader
   * threads load it themselves: a function cannot be sent to a worker.
   */
  sqliteFunctions?: string;
  /**
   * SQLite writer only: leave the WAL's checkpoints to the reader threads (sqliteReaders), which
   * run them every WAL_CHECKPOINT_MS. By default the connection that commits checkpoints once
   * the WAL passes 1,000 pages, inside its COMMIT: on the writer, that is the main thread.
   */
  checkpointOffThread?: boolean;
}

// LIKE is case-insensitive in SQLite by default but case-sensitive in PostgreSQL; prefixes
// (public_id, tag) are case-sensitive in the Admin API, and this also lets LIKE 'x%' use indexes.
const SQLITE_PRAGMAS = ["case_sensitive_like = ON", "busy_timeout = 5000"];
const WAL_CHECKPOINT_MS = 500;

/**
 * The read-only connections of an app on SQLite, in threads of their own: Prisma's queries
 * (createDb({ readers })) and the hand-written reads (sql.ts) share them. query_only makes a
 * stray write on a reader fail instead of racing the writer.
 */
export function sqliteReaders(url: string, sqliteFunctions?: string): SqliteReaders {
  return new SqliteReaders(url, [...SQLITE_PRAGMAS, "query_only = ON"], sqliteFunctions, WAL_CHECKPOINT_MS);
}

export async function createDb({ url, onQuery, readers, pool, sqliteFunctions, checkpointOffThread }: CreateDbOptions): Promise<Db> {
  const log = onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  let client: Db;
  if (isPostgresUrl(url)) {
    const [{ PrismaClient }, { PrismaPg }] = await Promise.all([
      import("../generated/postgres/client.js"),
      import("@prisma/adapter-pg"),
    ]);
    client = new PrismaClient({ adapter: new PrismaPg(pool ?? { connectionString: url }), log }) as unknown as Db;
  } else {
    const [{ PrismaClient }, { PrismaBetterSQLite3 }] = await Promise.all([
      import("../generated/sqlite/client.js"),
      import("@prisma/adapter-better-sqlite3"),
    ]);
    if (readers) {
      client = new PrismaClient({ adapter: readers, log });
      // Start the reader threads now rather than on the first query, which would wait for them.
      await client.$connect();
    } else {
      const adapter = new PrismaBetterSQLite3({ url });
      client = new PrismaClient({ adapter: withYielding(sqliteFunctions ? withSqliteFunctions(adapter, sqliteFunctions) : adapter), log });
      // WAL (kept in the file once set) lets the read connections see committed data while a
      // write transaction is open.
      for (const pragma of [...SQLITE_PRAGMAS, "journal_mode = WAL", ...(checkpointOffThread ? ["wal_autocheckpoint = 0"] : [])]) await client.$queryRawUnsafe(`PRAGMA ${pragma}`);
    }
  }
  if (onQuery) (client as unknown as { $on(e: "query", cb: (e: { query: string }) => void): void }).$on("query", (e) => onQuery(e.query));
  return client;
}

/**
 * Runs statements as one transaction. On SQLite the driver adapter has a single connection, and
 * a plain statement would run inside whatever interactive transaction another request has open
 * on it (reading its uncommitted rows; a write undone with its rollback). A transaction waits for
 * that one to finish. Used where that matters: the event feed and the webhook worker.
 */
export async function committed<T>(db: Db, statement: (db: Db) => Prisma.PrismaPromise<T>): Promise<T> {
  const [result] = await db.$transaction([statement(db)]);
  return result as T;
}

/**
 * Makes an environment's writers of one kind take turns until commit, by locking its row on
 * PostgreSQL (SQLite serialises writers anyway), so checks such as "the last admin key" or "at
 * most 30 triggers" hold against a stable set. `noKeyUpdate` still lets other transactions insert
 * rows that reference the environment (their foreign key takes KEY SHARE).
 */
export async function lockEnvironment(tx: Tx, ctx: { dialect: Dialect; environment: { id: number } }, options: { noKeyUpdate?: boolean } = {}): Promise<void> {
  if (ctx.dialect !== "postgres") return;
  if (options.noKeyUpdate) await tx.$queryRaw`SELECT id FROM "Environment" WHERE id = ${ctx.environment.id} FOR NO KEY UPDATE`;
  else await tx.$queryRaw`SELECT id FROM "Environment" WHERE id = ${ctx.environment.id} FOR UPDATE`;
}
