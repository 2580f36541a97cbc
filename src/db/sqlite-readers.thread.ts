// One SQLite reader thread: a read-only better-sqlite3 connection behind Prisma's own adapter,
// answering the calls src/db/sqlite-readers.ts posts to it. Statements run here, off the main
// thread, so a slow read never holds the server's event loop.
import { parentPort, workerData } from "node:worker_threads";
import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { IsolationLevel, SqlDriverAdapter, SqlQuery, SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";
import type { SqliteFunctions } from "./sqlite-functions.js";
import type { SqlParam } from "./sql-param.js";

export type ReaderCall =
  | { id: number; op: "query" | "execute"; query: SqlQuery; txId?: number }
  | { id: number; op: "script"; script: string }
  | { id: number; op: "rows"; sql: string; params: readonly SqlParam[] }
  | { id: number; op: "begin"; txId: number; isolationLevel?: IsolationLevel }
  | { id: number; op: "commit" | "rollback"; txId: number };

export type ReaderReply = { id: number; result?: unknown; error?: { name: string; message: string; cause?: unknown } };

const { url, pragmas, functions, checkpointEveryMs } = workerData as { url: string; pragmas: string[]; functions?: string; checkpointEveryMs?: number };
const adapter: SqlDriverAdapter = await new PrismaBetterSQLite3({ url }).connect();
const client = (adapter as unknown as { client: Database.Database }).client;
if (functions) ((await import(functions)) as SqliteFunctions).registerSqliteFunctions(client);
for (const pragma of pragmas) client.pragma(pragma);
// The WAL's checkpoints (copying committed pages back into the database file) run here rather
// than in the writer's COMMIT on the main thread (createDb's checkpointOffThread), where one
// after a large transaction held the event loop for 150-400 ms. PASSIVE never waits for readers
// or the writer; a checkpoint that cannot finish now is finished by a later one.
if (checkpointEveryMs) setInterval(() => client.pragma("wal_checkpoint(PASSIVE)"), checkpointEveryMs);
const transactions = new Map<number, Transaction>();
const statements = new Map<string, Database.Statement>();

async function answer(call: ReaderCall): Promise<unknown> {
  switch (call.op) {
    case "query":
    case "execute": {
      const on: SqlQueryable = call.txId === undefined ? adapter : transactions.get(call.txId)!;
      return call.op === "query" ? on.queryRaw(call.query) : on.executeRaw(call.query);
    }
    case "script":
      return adapter.executeScript(call.script);
    case "rows": {
      // the hand-written reads (src/db/sql.ts): rows as objects, integers as bigint
      let statement = statements.get(call.sql);
      if (!statement) {
        statement = client.prepare(call.sql).safeIntegers(true);
        statements.set(call.sql, statement);
      }
      return statement.all(...call.params);
    }
    case "begin": {
      const tx = await adapter.startTransaction(call.isolationLevel);
      transactions.set(call.txId, tx);
      return tx.options;
    }
    case "commit":
    case "rollback": {
      const tx = transactions.get(call.txId)!;
      transactions.delete(call.txId);
      return call.op === "commit" ? tx.commit() : tx.rollback();
    }
  }
}

parentPort!.on("message", (call: ReaderCall) => {
  answer(call).then(
    (result) => parentPort!.postMessage({ id: call.id, result } satisfies ReaderReply),
    (e: Error & { cause?: unknown }) => parentPort!.postMessage({ id: call.id, error: { name: e.name, message: e.message, cause: e.cause } } satisfies ReaderReply),
  );
});
parentPort!.postMessage({ id: 0, result: "ready" } satisfies ReaderReply);
