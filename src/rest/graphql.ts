// How a REST call reaches the services: one GraphQL operation run in-process through the app's
// Yoga, as the caller's API key. Authentication, the rate limit (and its X-FeatureRateLimit-*
// headers), request deadlines, the read connection and the resolvers' service calls are the ones
// GraphQL clients get; the REST edge only translates parameters in and JSON out, so there is no
// second copy of any rule, and `next_cursor` is the connection's own cursor.
import { RestError, statusOfCode } from "./errors.js";

export type FetchFn = (request: Request) => Response | Promise<Response>;

interface GraphqlError {
  message: string;
  extensions?: { code?: string; reason?: string };
}

interface UserError {
  code: string;
  message: string;
}

const RATE_LIMIT_HEADERS = ["x-featureratelimit-limit", "x-featureratelimit-remaining", "x-featureratelimit-reset"];

export class GraphqlRunner {
  /** the rate-limit headers of the last operation, answered with the REST response */
  readonly headers: Record<string, string> = {};

  constructor(
    private fetch: FetchFn,
    private authorization: string,
  ) {}

  async run<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.fetch(
      new Request("http://rest.internal/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", authorization: this.authorization },
        body: JSON.stringify({ query, variables }),
      }),
    );
    for (const name of RATE_LIMIT_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) this.headers[name] = value;
    }
    const result = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
    const error = result.errors?.[0];
    if (error) {
      const code = error.extensions?.reason ?? error.extensions?.code;
      // A masked error is a bug, logged by Yoga; nothing a caller sent can produce one.
      throw new RestError(code === "INTERNAL_SERVER_ERROR" ? 500 : statusOfCode(code), error.message);
    }
    return result.data as T;
  }

  /** Runs a mutation whose root field is a payload with userErrors; the first one fails the call. */
  async mutate<T extends { userErrors: UserError[] }>(query: string, variables: Record<string, unknown>, field: string): Promise<T> {
    const data = await this.run<Record<string, T>>(query, variables);
    const payload = data[field];
    const failed = payload.userErrors[0];
    if (failed) throw new RestError(statusOfCode(failed.code), failed.message);
    return payload;
  }
}
