// buildApp(options) wires the database, authentication and Yoga; server.ts serves it over HTTP
// and tests call `app.yoga.fetch` directly.
import { Redis } from "ioredis";
import pg from "pg";
import type { Logger } from "pino";
import { execute, getOperationAST } from "graphql";
import { createYoga, maskError, type Plugin, type YogaInitialContext } from "graphql-yoga";
import { createContext, createLoaders, type AppConfig, type Ctx, type Principal } from "./context.js";
import { createDb, sqliteReaders, type Db } from "./db/client.js";
import { postgresReader, sqliteReader } from "./db/sql.js";
import { isPostgresUrl } from "./db/url.js";
import { createEventBus, type EventBus } from "./events/bus.js";
import { EventFeeds } from "./events/feed.js";
import { WebhookWorker, type WebhookOptions } from "./events/webhooks.js";
import { EXAMPLE_OPERATIONS, renderGraphiQL } from "./graphiql.js";
import { createLogger } from "./lib/logger.js";
import { LocalBlobStore } from "./blob/local.js";
import { uploadPlugin } from "./uploads.js";
import { DEFAULT_REQUEST_DEADLINE_MS, deadlinePlugin } from "./deadline.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { Authenticator } from "./modules/environment/index.js";
import { SEARCH_SQLITE_FUNCTIONS } from "./modules/search/index.js";
import { inputValuePlugin } from "./input-values.js";
import { QUERY_LIMITS, parseCaches, queryLimitPlugins } from "./query-limits.js";
import { RateLimits, rateLimitPlugin } from "./rate-limit.js";
import { adminRoutes } from "./rest/admin/index.js";
import { createRestHandler, type RestHandler } from "./rest/router.js";
import { uploadRoutes } from "./rest/upload/index.js";
import { schema } from "./schema.js";

export const DEFAULT_MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export interface AppOptions {
  databaseUrl: string;
  logger?: Logger;
  /** called for every SQL statement (tests count them) */
  onQuery?: (sql: string) => void;
  deliveryHost?: string;
  /** where uploaded originals are kept (BLOB_DIR); default data/blobs */
  blobDir?: string;
  /** the largest upload (MAX_UPLOAD_BYTES); default 100 MB */
  maxUploadBytes?: number;
  /** how long fetching an upload's URL may take (UPLOAD_FETCH_TIMEOUT_MS); default 60 s */
  uploadFetchTimeoutMs?: number;
  /** with REDIS_URL, event announcements reach every instance */
  redisUrl?: string;
  /** prefix of Redis keys and channels (tests use their own) */
  redisPrefix?: string;
  /** how often subscribers' feeds poll the outbox besides announcements (ms) */
  eventPollMs?: number;
  /** the webhook delivery worker (src/events/webhooks.ts): on by default; false turns it off */
  webhooks?: boolean | WebhookOptions;
  /** units per API key per hour (src/rate-limit.ts); unset or 0: no limit (tests, benchmarks) */
  rateLimitPerHour?: number;
  /** how long a verified API key is trusted before it is read again (revocations made elsewhere take this long) */
  authCacheMs?: number;
  /** how long a query or mutation may run (src/deadline.ts); default 30 s */
  requestDeadlineMs?: number;
}

export interface App {
  yoga: ReturnType<typeof createYoga<object, Ctx>>;
  /** Cloudinary's REST wire format at /v1_1/:cloud_name/... (src/rest), over the same schema and keys */
  rest: RestHandler;
  db: Db;
  /** the file store for originals */
  blobs: LocalBlobStore;
  auth: Authenticator;
  log: Logger;
  bus: EventBus;
  feeds: EventFeeds;
  /** the webhook delivery worker, null when turned off */
  webhooks: WebhookWorker | null;
  /** Prometheus registry served on /metrics */
  metrics: Metrics;
  /** the request context for a principal, for code that runs services outside a request (CLI) */
  contextFor(principal: Principal): Ctx;
  close(): Promise<void>;
}

const unauthenticated = (message: string) =>
  JSON.stringify({ errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] });

/**
 * HTTP Basic `api_key:api_secret` on every request but the GraphiQL page (which signs in itself).
 * A 401 carries the Basic challenge, except to scripts that say so with X-Requested-With (GraphiQL's
 * sign-in), for which the browser would otherwise pop up its own credentials prompt.
 */
function authPlugin(auth: Authenticator, principals: WeakMap<Request, Principal>): Plugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      const header = request.headers.get("authorization");
      const principal = await auth.fromAuthorizationHeader(header);
      if (principal) {
        principals.set(request, principal);
        return;
      }
      const message = header
        ? "Invalid credentials: the API key is unknown or revoked, or the secret is wrong"
        : "Missing credentials: send HTTP Basic authentication with api_key:api_secret";
      endResponse(
        new fetchAPI.Response(unauthenticated(message), {
          status: 401,
          headers: {
            "content-type": "application/json; charset=utf-8",
            ...(request.headers.has("x-requested-with") ? {} : { "www-authenticate": 'Basic realm="assets", charset="UTF-8"' }),
          },
        }),
      );
    },
  };
}

/** One log line per request: operation, status, duration, key; never variables or secrets. */
function requestLogPlugin(log: Logger): Plugin<YogaInitialContext> {
  const started = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onResponse({ request, response, serverContext }) {
      const begun = started.get(request);
      const params = (serverContext as Partial<YogaInitialContext> | undefined)?.params;
      log.info(
        {
          method: request.method,
          operation: params?.operationName ?? undefined,
          status: response.status,
          ms: begun === undefined ? undefined : Math.round(performance.now() - begun),
        },
        "request",
      );
    },
  };
}

/**
 * Queries and mutations run on graphql-js's own executor instead of Yoga's default
 * (@graphql-tools/executor, whose @defer/@stream machinery this schema does not use): about 15%
 * more requests per second on the assets page (bench:http). Subscriptions keep Yoga's.
 */
function graphqlJsExecutorPlugin(): Plugin {
  return {
    onExecute: ({ executeFn, setExecuteFn }) =>
      setExecuteFn(async (args) => {
        const result = await execute(args);
        // No data: the request failed before any resolver ran (its variables do not coerce, or it
        // names no operation). Yoga's executor reports those as the API always has, with a code
        // (BAD_USER_INPUT) and HTTP 400, so it answers them.
        return "data" in result ? result : executeFn(args);
      }),
  };
}

/**
 * Queries and subscriptions read through `reader` (SQLite's read connection, see createDb), so
 * they never see a mutation's uncommitted rows; mutations keep the writer, whose transactions
 * then read their own writes. On PostgreSQL both are the same pool.
 */
function readConnectionPlugin(reader: Db): Plugin {
  const useReader = (args: { document: Parameters<typeof getOperationAST>[0]; operationName?: string | null; contextValue: unknown }) => {
    if (getOperationAST(args.document, args.operationName)?.operation === "mutation") return;
    const ctx = args.contextValue as Ctx;
    ctx.db = reader;
    ctx.loaders = createLoaders(reader, ctx.environment.id);
  };
  return {
    onExecute: ({ args }) => useReader(args),
    onSubscribe: ({ args }) => useReader(args),
  };
}

export async function buildApp(options: AppOptions): Promise<App> {
  const log = options.logger ?? createLogger();
  const dialect = isPostgresUrl(options.databaseUrl) ? "postgres" : "sqlite";
  const pool = dialect === "postgres" ? new pg.Pool({ connectionString: options.databaseUrl }) : undefined;
  // An idle connection the server drops (a restart, pg_terminate_backend, a dropped database)
  // emits 'error' on the pool; unheard, that would end the process. The pool replaces it.
  pool?.on("error", (err) => log.warn({ err }, "an idle PostgreSQL connection was closed by the server"));
  // Search's REGEXP function on every SQLite connection of the app, writer and reader threads.
  const sqliteFunctions = SEARCH_SQLITE_FUNCTIONS;
  // (on SQLite, the reader threads below checkpoint the WAL for the writer)
  const db = await createDb({ url: options.databaseUrl, onQuery: options.onQuery, pool, sqliteFunctions, checkpointOffThread: dialect === "sqlite" });
  const readers = dialect === "sqlite" ? sqliteReaders(options.databaseUrl, sqliteFunctions) : undefined;
  const reader = readers ? await createDb({ url: options.databaseUrl, onQuery: options.onQuery, readers }) : db;
  const sql = readers ? sqliteReader(readers, options.onQuery) : postgresReader(pool!, options.onQuery);
  const auth = new Authenticator(db, options.authCacheMs);
  const principals = new WeakMap<Request, Principal>();
  const config: AppConfig = {
    deliveryHost: options.deliveryHost ?? "res.cloudinary.com",
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    uploadFetchTimeoutMs: options.uploadFetchTimeoutMs ?? 60_000,
  };
  const blobs = new LocalBlobStore(options.blobDir ?? "data/blobs");
  const bus = createEventBus({ redisUrl: options.redisUrl, redisPrefix: options.redisPrefix, log });
  const feeds = new EventFeeds(db, bus, log, options.eventPollMs);
  const webhooks = options.webhooks === false ? null : new WebhookWorker(db, log, options.webhooks === true ? {} : options.webhooks);
  const stopPoking = webhooks ? bus.onAnnounce(() => webhooks.poke()) : () => undefined;
  webhooks?.start();
  const metrics = createMetrics(db, feeds);
  // Fails fast while Redis is away, so the limiter falls back to counting in memory.
  const limiterRedis = options.rateLimitPerHour && options.redisUrl ? new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
  limiterRedis?.on("error", (err) => log.warn({ err }, "redis unavailable; rate limits are counted per instance"));
  // Start counting in Redis from the first request when it answers within a moment.
  if (limiterRedis) await new Promise<void>((resolve) => {
    limiterRedis.once("ready", resolve);
    setTimeout(resolve, 2000).unref();
  });
  const rateLimits = options.rateLimitPerHour
    ? new RateLimits({ perHour: options.rateLimitPerHour, redis: limiterRedis ?? undefined, prefix: options.redisPrefix })
    : null;
  const contextFor = (principal: Principal) => createContext({ db, sql, dialect, principal, config, log, auth, events: bus, feeds, blobs });

  const yoga = createYoga<object, Ctx>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    logging: log,
    graphiql: { title: "Assets GraphQL", defaultQuery: EXAMPLE_OPERATIONS, endpoint: "/graphql" },
    renderGraphiQL,
    maskedErrors: {
      maskError(error, message, isDev) {
        const masked = maskError(error, message, isDev);
        // Expected (typed) errors pass through unchanged; anything masked is a bug worth a log line.
        if (masked !== error) log.error({ err: (error as { originalError?: unknown }).originalError ?? error }, "unexpected error");
        return masked;
      },
    },
    plugins: [requestLogPlugin(log), authPlugin(auth, principals), ...queryLimitPlugins(), inputValuePlugin(), ...(rateLimits ? [rateLimitPlugin(rateLimits)] : []), metrics.plugin, graphqlJsExecutorPlugin(),
      uploadPlugin({
        store: blobs,
        maxFileBytes: config.maxUploadBytes,
        maxRequestBytes: QUERY_LIMITS.maxRequestBytes,
        namespaceOf: (request) => String(principals.get(request)?.environment.id ?? "anonymous"),
      }), readConnectionPlugin(reader), deadlinePlugin(options.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS)],
    // uploadPlugin applies QUERY_LIMITS.maxRequestBytes, and per file MAX_UPLOAD_BYTES to multipart bodies.
    maxRequestBodySize: false,
    parserAndValidationCache: parseCaches(),
    // WebSocket operations arrive with the principal graphql-ws authenticated (src/ws.ts).
    context: (initial: YogaInitialContext & { principal?: Principal }) => {
      const principal = initial.principal ?? principals.get(initial.request);
      if (!principal) throw new Error("request reached execution without authentication");
      return contextFor(principal);
    },
  });

  const rest = createRestHandler(
    {
      fetch: (request) => yoga.fetch(request),
      authenticate: (header) => auth.fromAuthorizationHeader(header),
      signingKey: (apiKey) => auth.signingKey(apiKey),
      unsignedPrincipal: (cloudName) => auth.unsignedPrincipal(cloudName),
      contextFor,
      schema,
      blobs,
      maxUploadBytes: config.maxUploadBytes,
      log,
      maxBodyBytes: QUERY_LIMITS.maxRequestBytes,
    },
    [...adminRoutes, ...uploadRoutes],
  );

  return {
    yoga,
    rest,
    db,
    blobs,
    auth,
    log,
    bus,
    feeds,
    webhooks,
    metrics,
    contextFor,
    async close() {
      // In-flight webhook requests finish and are recorded before the database goes away.
      stopPoking();
      await webhooks?.stop();
      feeds.close();
      await bus.close();
      limiterRedis?.disconnect();
      if (reader !== db) await reader.$disconnect();
      await db.$disconnect();
      await pool?.end();
    },
  };
}
