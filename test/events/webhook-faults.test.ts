// Webhook delivery under faults, with the real server as child processes (`node --import tsx
// src/cli/start.ts`) on a fresh database: a server killed with SIGKILL while requests are in
// flight loses no event once restarted (its leases expire and the rows are sent again), and two
// servers on one database never send the same delivery twice while leases hold.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDb, type Db } from "../../src/db/client.js";
import { freshDatabase, type TestDatabase } from "../helpers/db.js";
import { until } from "../helpers/wait.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLOUD = "fault-cloud";
const API_KEY = "777777777777777";
const API_SECRET = "fault-secret";
/** Short leases and backoff, so the test waits seconds, not minutes. */
const WEBHOOK_ENV = {
  WEBHOOK_LEASE_MS: "2000",
  WEBHOOK_TIMEOUT_MS: "1500",
  WEBHOOK_POLL_MS: "50",
  WEBHOOK_IDLE_POLL_MS: "100",
  WEBHOOK_BASE_DELAY_MS: "50",
  WEBHOOK_MAX_DELAY_MS: "500",
};

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", () => resolve()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

// --- the server as a child process -----------------------------------------------------------

interface Child {
  proc: ChildProcess;
  url: string;
  output: string[];
  exited: Promise<number | null>;
}

const children: Child[] = [];

async function startServer(databaseUrl: string): Promise<Child> {
  const port = await freePort();
  const proc = spawn(process.execPath, ["--import", "tsx", "src/cli/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...WEBHOOK_ENV, DATABASE_URL: databaseUrl, PORT: String(port), CLOUD_NAME: CLOUD, API_KEY, API_SECRET, LOG_LEVEL: "info", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  proc.stdout!.setEncoding("utf8").on("data", (d: string) => output.push(d));
  proc.stderr!.setEncoding("utf8").on("data", (d: string) => output.push(d));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  const child: Child = { proc, url: `http://127.0.0.1:${port}`, output, exited };
  children.push(child);
  let gone = false;
  void exited.then(() => (gone = true));
  await until(
    "the server to answer /healthz",
    async () => {
      if (gone) throw new Error(`server exited during start:\n${output.join("")}`);
      return fetch(`${child.url}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
    },
    60_000,
  );
  return child;
}

async function stopServer(child: Child, signal: NodeJS.Signals): Promise<void> {
  child.proc.kill(signal);
  await child.exited;
}

/** The worker's counters, from the line it logs when stopped (SIGTERM). */
function workerStats(child: Child): { claimed: number; delivered: number; failed: number; lostLeases: number } | null {
  for (const line of child.output.join("").split("\n")) {
    if (line.includes('"webhook worker stopped"')) return (JSON.parse(line) as { webhooks: never }).webhooks;
  }
  return null;
}

async function importOverHttp(child: Child, prefix: string, n: number): Promise<void> {
  const assets = Array.from({ length: n }, (_, i) => ({ publicId: `${prefix}-${String(i).padStart(4, "0")}` }));
  const res = await fetch(`${child.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Basic ${Buffer.from(`${API_KEY}:${API_SECRET}`).toString("base64")}` },
    body: JSON.stringify({
      query: "mutation FaultImport($input: ImportAssetsInput!) { importAssets(input: $input) { assets { assetId } userErrors { code message } } }",
      variables: { input: { assets } },
    }),
  });
  const body = (await res.json()) as { data?: { importAssets: { assets: unknown[]; userErrors: unknown[] } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(body.data!.importAssets.userErrors).toEqual([]);
  expect(body.data!.importAssets.assets).toHaveLength(n);
}

// --- a receiver that can be slow -------------------------------------------------------------

interface Receiver {
  url: string;
  delayMs: number;
  /** every request, by event id */
  received: string[];
  /** event ids answered 200 (on a connection not yet seen closed: the sender may have died before reading it) */
  acked: string[];
  close(): Promise<void>;
}

async function receiver(delayMs: number): Promise<Receiver> {
  const rec = { delayMs, received: [] as string[], acked: [] as string[] } as Receiver;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const id = String(req.headers["x-cld-event-id"]);
      rec.received.push(id);
      setTimeout(() => {
        // The sender may have died meanwhile: its socket is gone, and so is this answer.
        if (res.destroyed || req.socket.destroyed) return;
        res.end("ok");
        rec.acked.push(id);
      }, rec.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  rec.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  rec.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return rec;
}

const duplicates = (ids: string[]) => ids.length - new Set(ids).size;

// --- setup -----------------------------------------------------------------------------------

let database: TestDatabase;
let db: Db;
const receivers: Receiver[] = [];

beforeAll(async () => {
  database = await freshDatabase();
  db = await createDb({ url: database.url });
});

afterAll(async () => {
  for (const c of children) if (c.proc.exitCode === null && c.proc.signalCode === null) await stopServer(c, "SIGKILL");
  for (const r of receivers) await r.close();
  await db?.$disconnect();
  await database?.drop();
});

async function environmentId(): Promise<number> {
  return (await db.environment.findUniqueOrThrow({ where: { cloudName: CLOUD } })).id;
}

async function onlyTrigger(uri: string): Promise<void> {
  const env = await environmentId();
  await db.trigger.deleteMany({ where: { environmentId: env } });
  await db.trigger.create({ data: { environmentId: env, externalId: crypto.randomUUID().replaceAll("-", ""), eventType: "all", uri } });
}

async function eventIdsSince(seq: number): Promise<string[]> {
  const events = await db.event.findMany({ where: { environmentId: await environmentId(), seq: { gt: seq } }, orderBy: { seq: "asc" } });
  return events.map((e) => `${CLOUD}:${e.seq}`);
}

const currentSeq = async () => (await db.environment.findUniqueOrThrow({ where: { cloudName: CLOUD } })).eventSeq;

// --- tests -----------------------------------------------------------------------------------

describe("webhook delivery survives faults", () => {
  test("SIGKILL with requests in flight: after a restart every event is delivered", async () => {
    const first = await startServer(database.url);
    const r = await receiver(250);
    receivers.push(r);
    await onlyTrigger(r.url);

    const N = 300;
    const before = await currentSeq();
    await importOverHttp(first, "kill", N);
    const events = await eventIdsSince(before);
    expect(events).toHaveLength(N);

    // Kill mid-stream: some answered, some in flight (received, not answered), most still queued.
    await until("a third answered and more in flight", () => r.acked.length >= N / 3 && r.received.length - r.acked.length >= 10, 30_000);
    const atKill = { received: r.received.length, acked: r.acked.length, inFlight: r.received.length - r.acked.length };
    await stopServer(first, "SIGKILL");
    const recorded = await db.webhookDelivery.count({ where: { uri: r.url, status: "delivered" } });
    const leased = await db.webhookDelivery.count({ where: { uri: r.url, status: "pending", leaseUntil: { not: null } } });

    r.delayMs = 20;
    const restartedAt = performance.now();
    const second = await startServer(database.url);
    const ready = performance.now();
    await until("every delivery delivered", async () => (await db.webhookDelivery.count({ where: { uri: r.url, status: { not: "delivered" } } })) === 0, 60_000);
    const done = performance.now();

    const acked = new Set(r.acked);
    expect([...acked].sort()).toEqual([...events].sort());
    expect(acked.size).toBe(N);
    const rows = await db.webhookDelivery.findMany({ where: { uri: r.url } });
    expect(rows).toHaveLength(N);
    expect(rows.every((x) => x.status === "delivered" && x.leaseUntil === null)).toBe(true);
    // Every event delivered at least once; the ones in flight at the kill were sent again.
    expect(r.received.length).toBeGreaterThanOrEqual(N);
    console.log(
      [
        `webhook faults (${database.url.startsWith("file:") ? "sqlite" : "postgres"}): ${N} events; at SIGKILL the receiver had ${atKill.received} requests,`,
        `${atKill.acked} answered, ${atKill.inFlight} in flight; the database had ${recorded} recorded delivered, ${leased} leased.`,
        `Restart ready in ${Math.round(ready - restartedAt)} ms; all delivered ${Math.round(done - ready)} ms after (lease 2 s).`,
        `Requests ${r.received.length} for ${N} events: ${duplicates(r.received)} repeated, ${duplicates(r.acked)} acknowledged twice (receivers drop these by X-Cld-Event-Id).`,
      ].join(" "),
    );
    await stopServer(second, "SIGTERM");
    expect(await second.exited).toBe(0);
  });

  test("two servers on one database share the work and never send a delivery twice", async () => {
    const a = await startServer(database.url);
    const b = await startServer(database.url);
    const r = await receiver(10);
    receivers.push(r);
    await onlyTrigger(r.url);

    const N = 600;
    const before = await currentSeq();
    // Events come in through one server; the other finds them by polling.
    await importOverHttp(a, "pair", N);
    const events = await eventIdsSince(before);
    await until("every delivery delivered", async () => (await db.webhookDelivery.count({ where: { uri: r.url, status: "delivered" } })) === N, 60_000);

    expect(new Set(r.acked)).toEqual(new Set(events));
    expect(duplicates(r.received)).toBe(0);
    expect(r.received).toHaveLength(N);
    await Promise.all([stopServer(a, "SIGTERM"), stopServer(b, "SIGTERM")]);
    const sa = workerStats(a);
    const sb = workerStats(b);
    expect(sa && sb).toBeTruthy();
    expect(sa!.delivered + sb!.delivered).toBe(N);
    expect(sa!.claimed + sb!.claimed).toBe(N);
    expect(sa!.lostLeases + sb!.lostLeases).toBe(0);
    console.log(`webhook faults: two servers, ${N} events: server A delivered ${sa!.delivered}, server B ${sb!.delivered}; ${r.received.length} requests, none repeated`);
  });
});
