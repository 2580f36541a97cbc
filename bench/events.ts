// npm run bench:events [-- --subscribers 1000 --mutations 100 --pace 0 --webhooks 3000]
// Latency from an event's commit to its receipt by graphql-ws subscribers, side by side in one
// run: (1) one instance, subscribers and writer on it; (2) two instances sharing the database,
// writer on A, subscribers on B, announcements through Redis (skipped when Redis does not
// answer; polling is set to a minute so only Redis can deliver). Prints p50/p99 and lost events,
// then webhook throughput to a local receiver.
// The subscribers run in a child process (bench/events-clients.ts); both share this 2-core machine.
import { parseArgs } from "node:util";
import { fork } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { buildApp, type App } from "../src/app.js";
import { createLogger } from "../src/lib/logger.js";
import { importAssets } from "../src/modules/asset/asset.service.js";
import { bootstrapEnvironment } from "../src/modules/environment/environment.service.js";
import { freshDatabase } from "../test/helpers/db.js";
import { serve } from "../test/helpers/server.js";
import { REDIS_URL, redisAnswers } from "../test/helpers/redis.js";

const { values } = parseArgs({
  options: {
    subscribers: { type: "string", default: "1000" },
    mutations: { type: "string", default: "100" },
    pace: { type: "string", default: "0" },
    webhooks: { type: "string", default: "3000" },
  },
});
const WEBHOOK_EVENTS = Number(values.webhooks);
const SUBSCRIBERS = Number(values.subscribers);
const MUTATIONS = Number(values.mutations);
/** pause between mutations (ms); 0 = one burst, back to back */
const PACE_MS = Number(values.pace);
const creds = { apiKey: "555555555555555", apiSecret: "bench-secret" };
const authorization = `Basic ${Buffer.from(`${creds.apiKey}:${creds.apiSecret}`).toString("base64")}`;
const silent = createLogger({ level: "silent", pretty: false });

const MUTATION = `mutation($path: String!) { createFolder(input: { path: $path }) { userErrors { code } } }`;

/** Runs the subscribers in a child process and resolves once all are subscribed. */
function startClients(url: string) {
  const child = fork(fileURLToPath(new URL("./events-clients.ts", import.meta.url)), [url, creds.apiKey, creds.apiSecret, String(SUBSCRIBERS)], { execArgv: ["--import", "tsx"] });
  const message = <T>(kind: string) => new Promise<T>((resolve) => child.on("message", (m: { kind: string }) => m.kind === kind && resolve(m as T)));
  return { ready: message<void>("ready"), finish: (expected: number) => (child.send({ kind: "finish", expected }), message<{ latencies: number[]; received: number }>("result")) };
}

async function scenario(name: string, writer: App, reader: App) {
  const served = await serve(reader);
  // Mutations go over HTTP, as clients send them (and so the writer never starves the reader's I/O).
  const writerServed = writer === reader ? served : await serve(writer);
  const clients = startClients(served.wsUrl);
  await clients.ready;
  // Let every subscription reach the server's feed before the burst.
  await new Promise((r) => setTimeout(r, 1000));
  const began = performance.now();
  for (let m = 0; m < MUTATIONS; m++) {
    const res = await fetch(writerServed.httpUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({ query: MUTATION, variables: { path: `${name.replace(/\W+/g, "-")}-${m}` } }),
    });
    await res.text();
    if (PACE_MS) await new Promise((r) => setTimeout(r, PACE_MS));
  }
  const expected = SUBSCRIBERS * MUTATIONS;
  const { latencies, received } = await clients.finish(expected);
  const seconds = (performance.now() - began) / 1000;
  await served.close();
  if (writerServed !== served) await writerServed.close();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  console.log(`${name.padEnd(34)} ${String(received).padStart(8)} ${String(pct(50)).padStart(7)} ${String(pct(99)).padStart(7)} ${String(expected - received).padStart(6)} ${seconds.toFixed(1).padStart(7)}`);
}

/** Webhook throughput: `events` upload events to a receiver in this process, one trigger for all. */
async function webhookThroughput(events: number) {
  const app = await buildApp({ databaseUrl: db.url, logger: silent });
  apps.push(app);
  const ids = new Set<string>();
  let duplicates = 0;
  let first = 0;
  let last = 0;
  const receiver = createServer((req, res) => {
    last = performance.now();
    first ||= last;
    const id = String(req.headers["x-cld-event-id"]);
    if (ids.has(id)) duplicates++;
    ids.add(id);
    req.resume();
    req.on("end", () => res.writeHead(200).end());
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const { port } = receiver.address() as AddressInfo;
  const env = await app.db.environment.findUniqueOrThrow({ where: { cloudName: "bench-events" } });
  await app.db.trigger.create({ data: { environmentId: env.id, externalId: "b".repeat(32), eventType: "upload", uri: `http://127.0.0.1:${port}/hook` } });
  const ctx = app.contextFor({ apiKeyId: 0, apiKey: creds.apiKey, role: "admin", environment: { id: env.id, cloudName: env.cloudName, folderMode: "dynamic" } });
  const began = performance.now();
  for (let i = 0; i < events; i += 1000) {
    await importAssets(ctx, { assets: Array.from({ length: Math.min(1000, events - i) }, (_, j) => ({ publicId: `hook-${i + j}` })) });
  }
  const deadline = Date.now() + 120_000;
  while (ids.size < events && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - began) / 1000;
  receiver.close();
  const sending = (last - first) / 1000;
  console.log(
    `webhooks: ${ids.size}/${events} delivered, ${events - ids.size} lost, ${duplicates} duplicates; ` +
      `${Math.round(ids.size / sending)} deliveries/s from first to last receipt, ${seconds.toFixed(2)} s including the imports (receiver in this process)`,
  );
}

const db = await freshDatabase();
const apps: App[] = [];
try {
  const single = await buildApp({ databaseUrl: db.url, logger: silent, webhooks: false });
  apps.push(single);
  await bootstrapEnvironment(single.db, { cloudName: "bench-events", ...creds });
  console.log(`${SUBSCRIBERS} subscribers x ${MUTATIONS} mutations (pace ${PACE_MS} ms), ${db.url.startsWith("file:") ? "SQLite" : "PostgreSQL"}`);
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
  await webhookThroughput(WEBHOOK_EVENTS);
} finally {
  for (const app of apps) await app.close();
  await db.drop();
}
