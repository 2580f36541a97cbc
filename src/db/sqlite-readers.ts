// SQLite reads off the main thread. better-sqlite3 is synchronous: on the main thread, one slow
// statement (a search scoring every match, a count over every row) holds every other request
// and /healthz until it ends. The reader connection is instead a pool of worker threads, each
// with its own read-only connection (WAL lets any number read beside the writer), behind a
// Prisma driver adapter that posts each call to the least busy thread: the event loop only
// waits, and reads use the second core. Writes keep the writer connection on the main thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  DriverAdapterError, type IsolationLevel, type SqlDriverAdapter, type SqlDriverAdapterFactory, type SqlQuery, type SqlResultSet,
  type Transaction, type TransactionOptions,
} from "@prisma/driver-adapter-utils";
import type { SqlParam } from "./sql-param.js";
import type { ReaderCall, ReaderReply } from "./sqlite-readers.thread.js";

type Call = ReaderCall extends infer C ? (C extends { id: number } ? Omit<C, "id"> : never) : never;

const ADAPTER_NAME = "@prisma/adapter-better-sqlite3";

class ReaderThread {
  private worker: Worker;
  private pending = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>();
  private nextId = 1;
  inFlight = 0;
  readonly ready: Promise<void>;

  constructor(url: string, pragmas: string[], functions: string | undefined, checkpointEveryMs: number | undefined) {
    this.worker = new Worker(new URL("./sqlite-readers.worker.mjs", import.meta.url), { workerData: { url, pragmas, functions, checkpointEveryMs } });
    this.ready = new Promise((resolve, reject) => {
      this.pending.set(0, { resolve: () => resolve(), reject });
      this.worker.once("error", reject);
    });
    this.worker.on("message", (reply: ReaderReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.id !== 0) this.inFlight--;
      if (!reply.error) return waiting.resolve(reply.result);
      // Prisma maps a DriverAdapterError's cause (constraint, busy, ...) to its own error codes.
      const { name, message, cause } = reply.error;
      waiting.reject(name === "DriverAdapterError" ? new DriverAdapterError(cause as ConstructorParameters<typeof DriverAdapterError>[0]) : Object.assign(new Error(message), { name }));
    });
    this.worker.on("error", (e) => {
      for (const waiting of this.pending.values()) waiting.reject(e);
      this.pending.clear();
    });
  }

  call<T>(call: Call): Promise<T> {
    const id = this.nextId++;
    this.inFlight++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...call, id });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

function leastBusy(threads: ReaderThread[]): ReaderThread {
  return threads.reduce((best, t) => (t.inFlight < best.inFlight ? t : best));
}

class ReaderTransaction implements Transaction {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;

  constructor(
    private thread: ReaderThread,
    private txId: number,
    readonly options: TransactionOptions,
  ) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.thread.call({ op: "query", query, txId: this.txId });
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.thread.call({ op: "execute", query, txId: this.txId });
  }

  commit(): Promise<void> {
    return this.thread.call({ op: "commit", txId: this.txId });
  }

  rollback(): Promise<void> {
    return this.thread.call({ op: "rollback", txId: this.txId });
  }
}

class ReaderPool implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;

  private nextTxId = 1;

  constructor(private threads: ReaderThread[]) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return leastBusy(this.threads).call({ op: "query", query });
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return leastBusy(this.threads).call({ op: "execute", query });
  }

  async executeScript(script: string): Promise<void> {
    await Promise.all(this.threads.map((t) => t.call({ op: "script", script })));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    // A transaction's statements all go to the thread that began it.
    const thread = leastBusy(this.threads);
    const txId = this.nextTxId++;
    const options = await thread.call<TransactionOptions>({ op: "begin", txId, isolationLevel });
    return new ReaderTransaction(thread, txId, options);
  }

  /** A hand-written read (src/db/sql.ts): rows as objects, integers as bigint. */
  rows<T>(sql: string, params: readonly SqlParam[]): Promise<T[]> {
    return leastBusy(this.threads).call({ op: "rows", sql, params });
  }

  async dispose(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.close()));
  }
}

/** A Prisma adapter factory whose connection is `size` reader threads over the SQLite file at `url`. */
export class SqliteReaders implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;

  constructor(
    private url: string,
    /** run on each connection as it opens, e.g. "query_only = ON" */
    private pragmas: string[],
    /** a module registering user functions on each connection (CreateDbOptions.sqliteFunctions) */
    private functions?: string,
    /** the first thread checkpoints the WAL this often (see sqlite-readers.thread.ts) */
    private checkpointEveryMs?: number,
    private size = Math.max(2, availableParallelism()),
  ) {}

  /** the threads Prisma connected, which the hand-written reads share */
  private pool: ReaderPool | null = null;

  async connect(): Promise<SqlDriverAdapter> {
    const threads = Array.from({ length: this.size }, (_, i) => new ReaderThread(this.url, this.pragmas, this.functions, i === 0 ? this.checkpointEveryMs : undefined));
    await Promise.all(threads.map((t) => t.ready));
    this.pool = new ReaderPool(threads);
    return this.pool;
  }

  /** A hand-written read on the same threads as Prisma's queries (once the client has connected). */
  rows<T>(sql: string, params: readonly SqlParam[]): Promise<T[]> {
    if (!this.pool) throw new Error("the SQLite reader threads are not connected yet");
    return this.pool.rows<T>(sql, params);
  }
}
