// How a REST call reaches the services: one GraphQL operation per call, run in-process. The Admin
// API's run through the app's Yoga (`overYoga`) as the caller's API key: authentication, the rate
// limit (and its X-FeatureRateLimit-* headers), request deadlines, the read connection and the
// resolvers' service calls are the ones GraphQL clients get. The Upload API, which Cloudinary does
// not rate-limit, runs them on the schema directly (`onSchema`) with the caller's context: the
// same resolvers and services, without Yoga's plugins. Either way the REST edge only translates
// parameters in and JSON out, so there is no second copy of any rule, and `next_cursor` is the
// connection's own cursor.
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import type { Ctx } from "../context.js";
import { RestError, statusOfCode } from "./errors.js";

export type FetchFn = (request: Request) => Response | Promise<Response>;

interface GraphqlError {
  message: string;
  extensions?: { code?: unknown; reason?: unknown };
}

interface UserError {
  code: string;
  message: string;
}

interface Result {
  data?: unknown;
  errors?: readonly GraphqlError[];
}

type Execute = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => Promise<Result>;

const RATE_LIMIT_HEADERS = ["x-featureratelimit-limit", "x-featureratelimit-remaining", "x-featureratelimit-reset"];

export class GraphqlRunner {
  /** the rate-limit headers of the last operation, answered with the REST response */
  readonly headers: Record<string, string> = {};

  constructor(
    private exec: Execute,
    /** a user error's HTTP status (the Upload API answers only 400, 401, 404 and 420) */
    readonly statusOf: (code: string | undefined) => number = statusOfCode,
  ) {}

  async run<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.exec(query, variables, this.headers);
    const error = result.errors?.[0];
    if (error) {
      const code = String(error.extensions?.reason ?? error.extensions?.code ?? "");
      // A masked error is a bug, logged where it happened; nothing a caller sent can produce one.
      throw new RestError(code === "INTERNAL_SERVER_ERROR" ? 500 : this.statusOf(code), error.message);
    }
    return result.data as T;
  }

  /** Runs a mutation whose root field is a payload with userErrors; the first one fails the call. */
  async mutate<T extends { userErrors: UserError[] }>(query: string, variables: Record<string, unknown>, field: string): Promise<T> {
    const data = await this.run<Record<string, T>>(query, variables);
    const payload = data[field];
    const failed = payload.userErrors[0];
    if (failed) throw new RestError(this.statusOf(failed.code), failed.message);
    return payload;
  }
}

/** Operations through the app's Yoga, as the caller's `Authorization`. */
export function overYoga(fetch: FetchFn, authorization: string): GraphqlRunner {
  return new GraphqlRunner(async (query, variables, headers) => {
    const response = await fetch(
      new Request("http://rest.internal/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", authorization },
        body: JSON.stringify({ query, variables }),
      }),
    );
    for (const name of RATE_LIMIT_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    return (await response.json()) as Result;
  });
}

const documents = new Map<string, DocumentNode>();

/** Operations on the schema directly, with `ctx` (no rate limit: the Upload API's). */
export function onSchema(schema: GraphQLSchema, ctx: Ctx, log: Logger, statusOf: (code: string | undefined) => number): GraphqlRunner {
  return new GraphqlRunner(async (query, variables) => {
    let document = documents.get(query);
    if (!document) {
      document = parse(query);
      const invalid = validate(schema, document)[0];
      if (invalid) throw invalid;
      documents.set(query, document);
    }
    const result = await execute({ schema, document, contextValue: ctx, variableValues: variables });
    return {
      // As the JSON Yoga would answer (scalars such as DateTime serialize to objects JSON turns into strings).
      data: result.data ? JSON.parse(JSON.stringify(result.data)) : result.data,
      errors: result.errors?.map((e): GraphqlError => {
        // Typed errors carry a code; anything else is a bug, logged and masked as Yoga would.
        if (e.extensions.code !== undefined) return { message: e.message, extensions: { code: e.extensions.code, reason: e.extensions.reason } };
        // No path: the variables did not coerce (a value the caller sent), as Yoga answers BAD_USER_INPUT.
        if (!e.path) return { message: e.message, extensions: { code: "BAD_USER_INPUT" } };
        log.error({ err: e.originalError ?? e }, "unexpected error");
        return { message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } };
      }),
    };
  }, statusOf);
}
