// The Admin API's hourly rate limit, per API key (reference "Usage limits", DOMAIN Q45): each
// operation costs units, the count resets at the top of every hour, and every response says
// where the caller stands, in the reference's X-FeatureRateLimit-* headers and in
// `extensions.rateLimit`. Over the limit an operation is refused with RATE_LIMITED (HTTP 420,
// the reference's code) before it runs. With Redis the count is shared by every instance; if
// Redis is unreachable each instance counts on its own instead of failing requests.
import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Ctx } from "./context.js";
import { foldFields, operationOf } from "./query-limits.js";

export const RATE_LIMIT_COSTS = {
  /** each root field of an operation (introspection is free) */
  rootField: 1,
  /** added for each `Asset.versions` in the document, as the reference charges `versions` */
  versions: 10,
} as const;

export interface RateLimitOptions {
  /** units per API key per clock hour */
  perHour: number;
  /** shares the count between instances */
  redis?: Redis;
  /** prefix of the Redis keys */
  prefix?: string;
}

export interface RateLimitState {
  cost: number;
  limit: number;
  remaining: number;
  /** the top of the next hour, when the count starts again */
  resetAt: Date;
}

const HOUR_MS = 3_600_000;

/** Units an operation costs. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const roots = operation.selectionSet.selections.filter((s) => s.kind !== "Field" || !s.name.value.startsWith("__")).length;
  // Each `Asset.versions` of the document, fragments counted once per spread.
  const versions = foldFields(schema, document, operation, variables, ({ parent, name }) => ({ self: parent.name === "Asset" && name === "versions" ? 1 : 0, factor: 1 }));
  return roots * RATE_LIMIT_COSTS.rootField + versions * RATE_LIMIT_COSTS.versions;
}

export class RateLimits {
  private limiter: RateLimiterAbstract;

  constructor(private options: RateLimitOptions) {
    // Keys carry the hour, so a window never straddles two hours; each key lives a little
    // longer than its hour so a slow clock cannot reuse it.
    const base = { points: options.perHour, duration: 2 * 3600 };
    const memory = new RateLimiterMemory(base);
    this.limiter = options.redis
      ? new RateLimiterRedis({ ...base, storeClient: options.redis, keyPrefix: `${options.prefix ?? "assets:"}rate`, insuranceLimiter: memory })
      : memory;
  }

  /** Takes `cost` units from the key's hour; `allowed` is false (and nothing is taken) when they are not there. */
  async consume(apiKey: string, cost: number, now = Date.now()): Promise<RateLimitState & { allowed: boolean }> {
    const hour = Math.floor(now / HOUR_MS);
    const resetAt = new Date((hour + 1) * HOUR_MS);
    const key = `${apiKey}:${hour}`;
    const limit = this.options.perHour;
    try {
      const res = await this.limiter.consume(key, cost);
      return { allowed: true, cost, limit, remaining: res.remainingPoints, resetAt };
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      // A refused operation takes nothing: give back what the failed attempt counted.
      const res = await this.limiter.reward(key, cost);
      return { allowed: false, cost, limit, remaining: Math.max(0, res.remainingPoints), resetAt };
    }
  }
}

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "X-FeatureRateLimit-Limit": String(state.limit),
    "X-FeatureRateLimit-Remaining": String(state.remaining),
    "X-FeatureRateLimit-Reset": state.resetAt.toUTCString(),
  };
}

const publicState = (s: RateLimitState) => ({ cost: s.cost, limit: s.limit, remaining: s.remaining, resetAt: s.resetAt.toISOString() });

export function rateLimitPlugin(limits: RateLimits): Plugin {
  const byRequest = new WeakMap<Request, RateLimitState>();
  const charge = async (args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: Record<string, unknown> | null; contextValue: unknown }) => {
    const operation = operationOf(args.document, args.operationName);
    if (!operation) return null;
    const ctx = args.contextValue as Ctx & { request?: Request };
    const cost = operationCost(args.schema, args.document, operation, args.variableValues ?? {});
    if (cost === 0) return null;
    const state = await limits.consume(ctx.principal.apiKey, cost);
    if (ctx.request) byRequest.set(ctx.request, state);
    return state;
  };
  const refusal = (state: RateLimitState) =>
    new GraphQLError(`Rate limit of ${state.limit} units per hour reached for this API key; it resets at ${state.resetAt.toISOString()}. This operation costs ${state.cost}.`, {
      extensions: { code: "RATE_LIMITED", rateLimit: publicState(state), http: { status: 420, headers: rateLimitHeaders(state) } },
    });
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const state = await charge(args);
      if (!state) return undefined;
      if (!state.allowed) {
        setResultAndStopExecution({ errors: [refusal(state)] });
        return undefined;
      }
      return {
        onExecuteDone({ result, setResult }) {
          // Streamed (incremental) results keep their shape; plain ones carry the state.
          if (Symbol.asyncIterator in result) return;
          const plain = result as ExecutionResult;
          setResult({ ...plain, extensions: { ...plain.extensions, rateLimit: publicState(state) } });
        },
      };
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const state = await charge(args);
      if (state && !state.allowed) setResultAndStopExecution({ errors: [refusal(state)] });
    },
    onResponse({ request, response }) {
      const state = byRequest.get(request);
      if (!state) return;
      for (const [name, value] of Object.entries(rateLimitHeaders(state))) response.headers.set(name, value);
    },
  };
}
