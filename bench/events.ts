// npm run bench:events [-- --subscribers 1000 --mutations 100]
// Latency from an event's commit to its receipt by graphql-ws subscribers, side by side in one
// run: (1) one instance, subscribers and writer on it; (2) two instances sharing the database,
// writer on A, subscribers on B, announcements through Redis (skipped when Redis does not
// answer; polling is set to a minute so only Redis can deliver). Prints p50/p99 and lost events.
// Everything runs in this one process on this machine, clients included: the figures are upper bounds.
import { parseArgs } from "node:util";
import { createClient, type Client } from "graphql-ws";
import { Redis } from "ioredis";
import WebSocket from "ws";
import { buildApp, type App } from "../src/app.js";
import { createLogger } from "../src/lib/logger.js";
import { bootstrapEnvironment } from "../src/modules/environment/environment.service.js";
import { freshDatabase } from "../test/helpers/db.js";
import { serve } from "../test/helpers/server.js";

const { values } = parseArgs({ options: { subscribers: { type: "string", default: "1000" }, mutations: { type: "string", default: "100" } } });
const SUBSCRIBERS = Number(values.subscribers);
const MUTATIONS = Number(values.mutations);
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const creds = { apiKey: "555555555555555", apiSecret: "bench-secret" };
const authorization = `Basic ${Buffer.from(`${creds.apiKey}:${creds.apiSecret}`).toString("base64")}`;
const silent = createLogger({ level: "silent", pretty: false });

const SUBSCRIPTION = "subscription { events(types: [CREATE_FOLDER]) { sequence payload } }";
const MUTATION = `mutation($path: String!) { createFolder(input: { path: $path }) { userErrors { code } } }`;

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

async function scenario(name: string, writer: App, reader: App) {
  const served = await serve(reader);
  const latencies: number[] = [];
  const seen = new Set<string>();
  const clients: Client[] = [];
  let ready = 0;
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const client = createClient({ url: served.wsUrl, webSocketImpl: WebSocket, connectionParams: creds, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined, on: { connected: () => void ready++ } });
    clients.push(client);
    client.subscribe<{ events: { sequence: number; payload: { timestamp: string } } }>(
      { query: SUBSCRIPTION },
      {
        next: (r) => {
          const e = r.data!.events;
          latencies.push(Date.now() - Date.parse(e.payload.timestamp));
          seen.add(`${i}:${e.sequence}`);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }
  while (ready < SUBSCRIBERS) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 1000));
  const began = performance.now();
  for (let m = 0; m < MUTATIONS; m++) {
    const res = await writer.yoga.fetch("http://bench/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({ query: MUTATION, variables: { path: `${name.replace(/\W+/g, "-")}-${m}` } }),
    });
    await res.text();
  }
  const expected = SUBSCRIBERS * MUTATIONS;
  const deadline = Date.now() + 30_000;
  while (seen.size < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const seconds = (performance.now() - began) / 1000;
  for (const c of clients) await c.dispose();
  await served.close();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  console.log(`${name.padEnd(34)} ${String(latencies.length).padStart(8)} ${String(pct(50)).padStart(7)} ${String(pct(99)).padStart(7)} ${String(expected - seen.size).padStart(6)} ${seconds.toFixed(1).padStart(7)}`);
}

const db = await freshDatabase();
const apps: App[] = [];
try {
  const single = await buildApp({ databaseUrl: db.url, logger: silent, webhooks: false });
  apps.push(single);
  await bootstrapEnvironment(single.db, { cloudName: "bench-events", ...creds });
  console.log(`${SUBSCRIBERS} subscribers x ${MUTATIONS} mutations, ${db.url.startsWith("file:") ? "SQLite" : "PostgreSQL"}`);
  console.log("scenario                           received  p50 ms  p99 ms   lost  seconds");
  await scenario("one instance", single, single);
  if (await redisAnswers()) {
    const prefix = `bench-${process.pid}:`;
    const a = await buildApp({ databaseUrl: db.url, logger: silent, redisUrl: REDIS_URL, redisPrefix: prefix, eventPollMs: 60_000, webhooks: false });
    const b = await buildApp({ databaseUrl: db.url, logger: silent, redisUrl: REDIS_URL, redisPrefix: prefix, eventPollMs: 60_000, webhooks: false });
    apps.push(a, b);
    await scenario("two instances via Redis (A -> B)", a, b);
  } else {
    console.log("two instances via Redis: skipped (no Redis at REDIS_URL)");
  }
} finally {
  for (const app of apps) await app.close();
  await db.drop();
}
