// Environment variables (ARCHITECTURE.md "Environment contract"), validated once at start.
import { z } from "zod";
import { databaseUrl } from "./db/url.js";

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  CLOUD_NAME: z.string().optional(),
  API_KEY: z.string().optional(),
  API_SECRET: z.string().optional(),
  DELIVERY_HOST: z.string().default("res.cloudinary.com"),
  REDIS_URL: z.string().url().optional(),
  REDIS_PREFIX: z.string().default("assets:"),
});

export interface Config {
  port: number;
  databaseUrl: string;
  cloudName?: string;
  apiKey?: string;
  apiSecret?: string;
  deliveryHost: string;
  redisUrl?: string;
  redisPrefix: string;
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
    deliveryHost: v.DELIVERY_HOST,
    redisUrl: v.REDIS_URL,
    redisPrefix: v.REDIS_PREFIX,
  };
}
