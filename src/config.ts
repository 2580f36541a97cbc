// Environment variables (ARCHITECTURE.md "Environment contract"), validated once at start.
import { z } from "zod";
import { databaseUrl } from "./db/url.js";
import type { WebhookOptions } from "./events/webhooks.js";

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  CLOUD_NAME: z.string().optional(),
  API_KEY: z.string().optional(),
  API_SECRET: z.string().optional(),
  // Where a generated admin key and secret are kept (with the database they belong to).
  CREDENTIALS_FILE: z.string().default("data/credentials.env"),
  DELIVERY_HOST: z.string().default("res.cloudinary.com"),
  // Uploaded originals (src/blob/local.ts).
  BLOB_DIR: z.string().default("data/blobs"),
  // The largest file an upload takes (bytes), whatever its source.
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(100 * 1024 * 1024),
  // How long fetching an upload's http(s) URL may take, headers and body.
  UPLOAD_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  REDIS_URL: z.string().url().optional(),
  REDIS_PREFIX: z.string().default("assets:"),
  // Units per API key per hour (src/rate-limit.ts); 0 turns the limit off.
  RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(0).default(100_000),
  // How long a query or mutation may run before DEADLINE_EXCEEDED (src/deadline.ts).
  REQUEST_DEADLINE_MS: z.coerce.number().int().positive().default(30_000),
  // Webhook delivery worker (src/events/webhooks.ts); unset values keep its defaults.
  WEBHOOKS: z.enum(["on", "off", "true", "false", "1", "0"]).default("on"),
  WEBHOOK_POLL_MS: z.coerce.number().int().positive().optional(),
  WEBHOOK_IDLE_POLL_MS: z.coerce.number().int().positive().optional(),
  WEBHOOK_CONCURRENCY: z.coerce.number().int().positive().optional(),
  WEBHOOK_BATCH_SIZE: z.coerce.number().int().positive().optional(),
  WEBHOOK_LEASE_MS: z.coerce.number().int().positive().optional(),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  WEBHOOK_BASE_DELAY_MS: z.coerce.number().int().positive().optional(),
  WEBHOOK_MAX_DELAY_MS: z.coerce.number().int().positive().optional(),
  WEBHOOK_MAX_AGE_MS: z.coerce.number().int().positive().optional(),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().positive().optional(),
});

export interface Config {
  port: number;
  databaseUrl: string;
  cloudName?: string;
  apiKey?: string;
  apiSecret?: string;
  credentialsFile: string;
  deliveryHost: string;
  blobDir: string;
  maxUploadBytes: number;
  uploadFetchTimeoutMs: number;
  redisUrl?: string;
  redisPrefix: string;
  /** units per API key per hour; 0 = no limit */
  rateLimitPerHour: number;
  requestDeadlineMs: number;
  /** false when WEBHOOKS=off */
  webhooks: WebhookOptions | false;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty values count as unset, like DATABASE_URL.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new Error(`invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const v = parsed.data;
  return {
    port: v.PORT,
    databaseUrl: databaseUrl(env),
    cloudName: v.CLOUD_NAME,
    apiKey: v.API_KEY,
    apiSecret: v.API_SECRET,
    credentialsFile: v.CREDENTIALS_FILE,
    deliveryHost: v.DELIVERY_HOST,
    blobDir: v.BLOB_DIR,
    maxUploadBytes: v.MAX_UPLOAD_BYTES,
    uploadFetchTimeoutMs: v.UPLOAD_FETCH_TIMEOUT_MS,
    redisUrl: v.REDIS_URL,
    redisPrefix: v.REDIS_PREFIX,
    rateLimitPerHour: v.RATE_LIMIT_PER_HOUR,
    requestDeadlineMs: v.REQUEST_DEADLINE_MS,
    webhooks: ["off", "false", "0"].includes(v.WEBHOOKS)
      ? false
      : {
          pollMs: v.WEBHOOK_POLL_MS,
          idlePollMs: v.WEBHOOK_IDLE_POLL_MS,
          concurrency: v.WEBHOOK_CONCURRENCY,
          batchSize: v.WEBHOOK_BATCH_SIZE,
          leaseMs: v.WEBHOOK_LEASE_MS,
          timeoutMs: v.WEBHOOK_TIMEOUT_MS,
          baseDelayMs: v.WEBHOOK_BASE_DELAY_MS,
          maxDelayMs: v.WEBHOOK_MAX_DELAY_MS,
          maxAgeMs: v.WEBHOOK_MAX_AGE_MS,
          maxAttempts: v.WEBHOOK_MAX_ATTEMPTS,
        },
  };
}
