// The per-request deadline (REQUEST_DEADLINE_MS, default 30 s): a query or mutation still running
// when it passes is answered with DEADLINE_EXCEEDED, and any transaction it opened is rolled back
// by Prisma before that answer leaves (its timeout is clamped to end a little before the
// deadline), so a request the client was told failed never commits later. Subscriptions are
// long-lived by design and have no deadline.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Ctx } from "./context.js";
import type { Db } from "./db/client.js";

export const DEFAULT_REQUEST_DEADLINE_MS = 30_000;
/** Prisma's own default for an interactive transaction that names no timeout. */
const PRISMA_DEFAULT_TX_TIMEOUT_MS = 5_000;

const deadlineError = (ms: number) =>
  new GraphQLError(`The request ran past its deadline of ${ms} ms and was stopped; nothing it wrote was kept. Ask for less (smaller pages, fewer items per call).`, {
    extensions: { code: "DEADLINE_EXCEEDED", deadlineMs: ms },
  });

/** The client, with every interactive transaction's timeout ending `margin` ms before `at`. */
function clampTransactions(db: Db, at: number, margin: number, ms: number): Db {
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop !== "$transaction") return typeof value === "function" ? value.bind(target) : value;
      return (work: unknown, options?: { timeout?: number; maxWait?: number }) => {
        // Batches (arrays of statements) run at once and take no timeout.
        if (typeof work !== "function") return target.$transaction(work as never, options as never);
        const remaining = at - margin - Date.now();
        if (remaining <= 0) return Promise.reject(deadlineError(ms));
        const timeout = Math.min(options?.timeout ?? PRISMA_DEFAULT_TX_TIMEOUT_MS, remaining);
        // Prisma's timeout is a timer, and a timer runs only when the event loop gets a turn: work
        // that held the loop past it would still commit. Checked again when the work is done, so
        // it is rolled back instead.
        const bounded = async (tx: unknown) => {
          const result: unknown = await (work as (tx: unknown) => Promise<unknown>)(tx);
          if (Date.now() >= at - margin) throw deadlineError(ms);
          return result;
        };
        return target.$transaction(bounded as never, { ...options, timeout, maxWait: Math.min(options?.maxWait ?? 2_000, remaining) });
      };
    },
  });
}

export function deadlinePlugin(ms: number): Plugin {
  // Time for a commit that started just before the transaction timed out to finish.
  const margin = Math.min(100, Math.floor(ms / 10));
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const at = Date.now() + ms;
      const ctx = args.contextValue as unknown as Ctx;
      ctx.db = clampTransactions(ctx.db, at, margin, ms);
      setExecuteFn(async (execArgs) => {
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(() => resolve({ errors: [deadlineError(ms)] }), Math.max(0, at - Date.now()));
        });
        try {
          return await Promise.race([executeFn(execArgs), expired]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
