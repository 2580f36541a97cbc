// better-sqlite3 runs every statement synchronously on the main thread, so a long transaction
// (an import of 1,000 records with their tags, context and events: 1.6 s of statements) would hold
// the event loop until it commits: no other request, /healthz, timer or deadline runs meanwhile,
// and Prisma's transaction timeout, a timer, never fires. The writer's statements therefore give
// the event loop a turn once the current uninterrupted stretch has lasted YIELD_AFTER_MS.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";

const YIELD_AFTER_MS = 20;

let stretchStart = 0;
/** Set while the current stretch has a marker queued: it runs once the event loop gets a turn. */
let markerQueued = false;

function endStretch(): void {
  markerQueued = false;
}

/** Resolves at once, or after a turn of the event loop when the work so far has held it too long. */
function turn(): Promise<void> | undefined {
  const now = performance.now();
  if (!markerQueued) {
    stretchStart = now;
    markerQueued = true;
    setImmediate(endStretch);
    return undefined;
  }
  if (now - stretchStart < YIELD_AFTER_MS) return undefined;
  return new Promise((resolve) => setImmediate(resolve));
}

function yieldingQueries<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    await turn();
    return queryRaw(query);
  };
  queryable.executeRaw = async (query) => {
    await turn();
    return executeRaw(query);
  };
  return queryable;
}

/** Wraps a driver adapter factory so the connections it opens yield as described above. */
export function withYielding<F extends SqlDriverAdapterFactory>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter: SqlDriverAdapter = yieldingQueries(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => yieldingQueries<Transaction>(await startTransaction(isolationLevel));
    return adapter;
  };
  return factory;
}
