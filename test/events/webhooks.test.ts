// Webhook delivery end to end: events recorded by mutations reach real HTTP receivers on
// 127.0.0.1, signed as Cloudinary signs notifications (checked here with WebCrypto, another code
// path than the server's node:crypto), retried with backoff, dead-lettered and redelivered.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { WhDeliveriesQuery } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";
import { sleep, until } from "../helpers/wait.js";

const MAX_AGE_MS = 3000;
const t = useTestApp({
  webhooks: { pollMs: 50, idlePollMs: 200, baseDelayMs: 20, maxDelayMs: 100, maxAgeMs: MAX_AGE_MS, timeoutMs: 1000, leaseMs: 3000 },
});

const WhDeliveries = graphql(`
  query WhDeliveries($status: WebhookDeliveryStatus, $first: Int, $after: String) {
    webhookDeliveries(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id
          deliveryId
          eventId
          eventSequence
          eventType
          uri
          status
          attempts
          lastResponseCode
          lastError
          lastAttemptAt
          nextAttemptAt
          deliveredAt
          createdAt
        }
      }
    }
  }
`);

const WhRedeliver = graphql(`
  mutation WhRedeliver($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery { id deliveryId status attempts eventSequence nextAttemptAt deliveredAt }
      userErrors { code field message }
    }
  }
`);

const WhSettings = graphql(`
  mutation WhSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      signatureAlgorithm
      userErrors { code field message }
    }
  }
`);

const WhReadSettings = graphql(`
  query WhReadSettings {
    notificationSettings { signatureAlgorithm }
  }
`);

const WhNode = graphql(`
  query WhNode($id: ID!) {
    node(id: $id) { __typename ... on WebhookDelivery { deliveryId uri } }
  }
`);

// --- a real receiver -------------------------------------------------------------------------

interface Received {
  eventId: string;
  body: string;
  headers: IncomingHttpHeaders;
  /** what the receiver answered; undefined while it hangs */
  status?: number;
}

type Reply = number | "hang" | { status: number; body: string };

interface Receiver {
  url: string;
  port: number;
  received: Received[];
  /** decides each answer; `n` counts requests for the same event id, from 1 */
  reply: (r: Received, n: number) => Reply;
  /** event ids answered 2xx */
  acked(): Set<string>;
  close(): Promise<void>;
}

const receivers: Receiver[] = [];

async function receiver(port = 0, reply: Receiver["reply"] = () => 200): Promise<Receiver> {
  const hung: ServerResponse[] = [];
  const perEvent = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const r: Received = { eventId: String(req.headers["x-cld-event-id"]), body, headers: req.headers };
      rec.received.push(r);
      const n = (perEvent.get(r.eventId) ?? 0) + 1;
      perEvent.set(r.eventId, n);
      const answer = rec.reply(r, n);
      if (answer === "hang") {
        hung.push(res);
        return;
      }
      const { status, body: text } = typeof answer === "number" ? { status: answer, body: textFor(answer) } : answer;
      r.status = status;
      res.writeHead(status, { "content-type": "text/plain" }).end(text);
    });
  });
  const textFor = (code: number) => (code < 300 ? "ok" : "nope");
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const rec: Receiver = {
    url: `http://127.0.0.1:${actual}/hook`,
    port: actual,
    received: [],
    reply,
    acked: () => new Set(rec.received.filter((r) => r.status !== undefined && r.status < 300).map((r) => r.eventId)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  receivers.push(rec);
  return rec;
}

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", () => resolve()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

// --- helpers ---------------------------------------------------------------------------------

/** Cloudinary's signature, computed with WebCrypto (the server uses node:crypto createHash). */
async function expectedSignature(body: string, timestamp: string, secret: string, algorithm: "SHA-1" | "SHA-256"): Promise<string> {
  const digest = await crypto.subtle.digest(algorithm, new TextEncoder().encode(`${body}${timestamp}${secret}`));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

let environmentId: number;
let prefixSeq = 0;

beforeAll(async () => {
  environmentId = (await t.app.db.environment.findUniqueOrThrow({ where: { cloudName: "test-cloud" } })).id;
});

afterEach(async () => {
  // Each test has its own receivers and triggers; deliveries already queued for them play out
  // (and die against closed ports) without reaching later tests' receivers.
  await t.app.db.trigger.deleteMany({ where: { environmentId } });
  for (const r of receivers.splice(0)) await r.close();
});

async function addTrigger(uri: string, eventType = "all") {
  const hex = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
  await t.app.db.trigger.create({ data: { environmentId, externalId: hex, eventType, uri } });
}

/** Imports `n` fresh images (n upload events); returns the event ids the receivers should see. */
async function uploads(n: number): Promise<string[]> {
  const before = (await t.app.db.environment.findUniqueOrThrow({ where: { id: environmentId } })).eventSeq;
  await importAssets(t, images(n, `wh${++prefixSeq}`));
  const events = await t.app.db.event.findMany({ where: { environmentId, seq: { gt: before } }, orderBy: { seq: "asc" } });
  expect(events).toHaveLength(n);
  return events.map((e) => `test-cloud:${e.seq}`);
}

async function deliveriesTo(uri: string) {
  return t.app.db.webhookDelivery.findMany({ where: { uri }, orderBy: { id: "asc" } });
}

type DeliveryNode = WhDeliveriesQuery["webhookDeliveries"]["edges"][number]["node"];

async function listAll(status?: "PENDING" | "DELIVERED" | "DEAD"): Promise<DeliveryNode[]> {
  const nodes: DeliveryNode[] = [];
  let after: string | null = null;
  for (;;) {
    const r: { data?: WhDeliveriesQuery | null; errors?: unknown } = await t.gql(WhDeliveries, { status, first: 500, after });
    expect(r.errors).toBeUndefined();
    nodes.push(...r.data!.webhookDeliveries.edges.map((e) => e.node));
    if (!r.data!.webhookDeliveries.pageInfo.hasNextPage) return nodes;
    after = r.data!.webhookDeliveries.pageInfo.endCursor;
  }
}

async function deliveryOf(uri: string) {
  const all = await listAll();
  const found = all.filter((d) => d.uri === uri);
  expect(found).toHaveLength(1);
  return found[0];
}

// --- tests -----------------------------------------------------------------------------------

describe("webhook delivery", () => {
  test("POSTs each event's payload, signed with SHA-1 over body + timestamp + secret, with its event id", async () => {
    // Signed with the oldest active admin key: not a revoked older one, not a newer one.
    await t.app.db.apiKey.create({ data: { environmentId, key: "444444444444444", secret: "revoked-secret", role: "admin", createdAt: new Date("2000-01-01"), revokedAt: new Date() } });
    await t.app.db.apiKey.create({ data: { environmentId, key: "555555555555555", secret: "newer-secret", role: "admin" } });
    const r = await receiver();
    await addTrigger(r.url);
    const started = performance.now();
    const ids = await uploads(3);
    const committed = performance.now();
    await until("3 deliveries", () => r.acked().size === 3);
    console.log(`webhooks: 3 events: mutation ${Math.round(committed - started)} ms, then all received ${Math.round(performance.now() - committed)} ms later`);

    expect(r.received.map((x) => x.eventId).sort()).toEqual([...ids].sort());
    const now = Math.floor(Date.now() / 1000);
    for (const req of r.received) {
      const seq = Number(req.eventId.split(":")[1]);
      const event = await t.app.db.event.findUniqueOrThrow({ where: { environmentId_seq: { environmentId, seq } } });
      expect(req.body).toBe(event.payload);
      expect(JSON.parse(req.body)).toMatchObject({ event_id: req.eventId, notification_type: "upload", environment: "test-cloud" });
      expect(req.headers["content-type"]).toBe("application/json");
      const ts = String(req.headers["x-cld-timestamp"]);
      expect(ts).toMatch(/^\d{10}$/);
      expect(Math.abs(Number(ts) - now)).toBeLessThan(30);
      expect(req.headers["x-cld-signature"]).toBe(await expectedSignature(req.body, ts, "admin-secret", "SHA-1"));
    }

    const d = await until("delivered rows", async () => {
      const rows = (await listAll("DELIVERED")).filter((x) => x.uri === r.url);
      return rows.length === 3 ? rows : null;
    });
    expect(d.map((x) => x.eventId).sort()).toEqual([...ids].sort());
    for (const x of d) {
      expect(x).toMatchObject({ status: "DELIVERED", eventType: "UPLOAD", attempts: 1, lastResponseCode: 200, lastError: null, nextAttemptAt: null });
      expect(x.eventId).toBe(`test-cloud:${x.eventSequence}`);
      expect(new Date(x.deliveredAt!).getTime()).toBeGreaterThanOrEqual(new Date(x.createdAt).getTime());
    }
  });

  test("a trigger gets only its event type, and a URI subscribed twice gets the event once", async () => {
    const r = await receiver();
    const other = await receiver();
    await addTrigger(r.url, "upload");
    await addTrigger(r.url, "all");
    await addTrigger(other.url, "delete");
    const ids = await uploads(2);
    await until("2 deliveries", () => r.acked().size === 2);
    await sleep(200);
    expect(r.received.map((x) => x.eventId).sort()).toEqual([...ids].sort());
    expect(other.received).toEqual([]);
  });

  test("SHA-256 after updateNotificationSettings; READ_ONLY keys may not change it", async () => {
    const ro = await t.gql(WhSettings, { input: { signatureAlgorithm: "SHA256" } }, t.readOnly);
    expect(ro.data).toBeNull();
    expect(ro.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect((await t.gql(WhReadSettings, {}, t.readOnly)).errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect((await t.gql(WhReadSettings, {})).data!.notificationSettings).toEqual({ signatureAlgorithm: "SHA1" });

    const set = await t.gql(WhSettings, { input: { signatureAlgorithm: "SHA256" } });
    expect(set.data!.updateNotificationSettings).toEqual({ signatureAlgorithm: "SHA256", userErrors: [] });
    expect((await t.gql(WhReadSettings, {})).data!.notificationSettings).toEqual({ signatureAlgorithm: "SHA256" });
    // Another environment keeps its own setting.
    expect((await t.gql(WhReadSettings, {}, t.otherAdmin)).data!.notificationSettings).toEqual({ signatureAlgorithm: "SHA1" });
    try {
      const r = await receiver();
      await addTrigger(r.url);
      await uploads(2);
      await until("2 deliveries", () => r.acked().size === 2);
      for (const req of r.received) {
        const ts = String(req.headers["x-cld-timestamp"]);
        const sig = String(req.headers["x-cld-signature"]);
        expect(sig).toHaveLength(64);
        expect(sig).toBe(await expectedSignature(req.body, ts, "admin-secret", "SHA-256"));
        expect(sig).not.toBe(await expectedSignature(req.body, ts, "admin-secret", "SHA-1"));
      }
    } finally {
      await t.gql(WhSettings, { input: { signatureAlgorithm: "SHA1" } });
    }
  });

  test("a receiver failing with 500 three times gets the event on the fourth attempt, unchanged", async () => {
    const r = await receiver(0, (_req, n) => (n <= 3 ? { status: 500, body: `boom ${n}` } : 200));
    await addTrigger(r.url);
    const [id] = await uploads(1);
    await until("delivery", () => r.acked().size === 1);
    expect(r.received.map((x) => [x.eventId, x.status])).toEqual([
      [id, 500],
      [id, 500],
      [id, 500],
      [id, 200],
    ]);
    // Same body every time; each attempt signed with its own timestamp.
    expect(new Set(r.received.map((x) => x.body)).size).toBe(1);
    for (const req of r.received) {
      expect(req.headers["x-cld-signature"]).toBe(await expectedSignature(req.body, String(req.headers["x-cld-timestamp"]), "admin-secret", "SHA-1"));
    }
    const d = await until("delivered row", async () => {
      const x = await deliveryOf(r.url);
      return x.status === "DELIVERED" ? x : null;
    });
    expect(d).toMatchObject({ attempts: 4, lastResponseCode: 200, lastError: null, eventId: id });
  });

  test("a receiver that is down for a while then comes up gets every event, none lost", async () => {
    const port = await freePort();
    const uri = `http://127.0.0.1:${port}/hook`;
    await addTrigger(uri);
    const ids = await uploads(20);
    // Every delivery fails at least once against the closed port, and says why.
    await until("failed first attempts", async () => {
      const rows = await deliveriesTo(uri);
      return rows.length === 20 && rows.every((x) => x.attempts >= 1 && x.status === "pending");
    });
    const failing = (await listAll("PENDING")).filter((x) => x.uri === uri);
    expect(failing).toHaveLength(20);
    for (const x of failing) {
      expect(x.lastResponseCode).toBeNull();
      expect(x.lastError).toMatch(/ECONNREFUSED/);
      expect(x.nextAttemptAt).not.toBeNull();
    }
    // redeliverWebhook on a pending delivery only cuts its backoff short.
    const cut = await t.gql(WhRedeliver, { input: { id: failing[0].id } });
    expect(cut.data!.redeliverWebhook).toMatchObject({ delivery: { status: "PENDING" }, userErrors: [] });
    await sleep(500);
    const r = await receiver(port);
    await until("20 deliveries", () => r.acked().size === 20);
    expect([...r.acked()].sort()).toEqual([...ids].sort());
    const rows = await until("rows delivered", async () => {
      const rows = await deliveriesTo(uri);
      return rows.every((x) => x.status === "delivered") ? rows : null;
    });
    const attempts = rows.map((x) => x.attempts);
    console.log(`webhooks: receiver down ~0.5 s: attempts per delivery min ${Math.min(...attempts)} max ${Math.max(...attempts)}; requests after it came up ${r.received.length} for 20 events`);
    expect(Math.min(...attempts)).toBeGreaterThanOrEqual(2);
    expect(r.received).toHaveLength(20);
  });

  test("a receiver that does not answer in time: the attempt times out, the next one succeeds", async () => {
    const r = await receiver(0, (_req, n) => (n === 1 ? "hang" : 200));
    await addTrigger(r.url);
    const [id] = await uploads(1);
    await until("delivery", () => r.acked().size === 1, 10_000);
    expect(r.received.map((x) => x.eventId)).toEqual([id, id]);
    const d = await until("delivered row", async () => {
      const [x] = await deliveriesTo(r.url);
      return x.status === "delivered" ? x : null;
    });
    expect(d.attempts).toBe(2);
  });

  test("a permanently failing receiver: DEAD after the retry window; redeliverWebhook sends it again", async () => {
    let up = false;
    const r = await receiver(0, () => (up ? 200 : { status: 503, body: "down for\nmaintenance" }));
    await addTrigger(r.url);
    // A second URI that never comes up: its delivery stays dead.
    const nowhere = `http://127.0.0.1:${await freePort()}/gone`;
    await addTrigger(nowhere);
    const [id] = await uploads(1);
    const dead = await until(
      "dead delivery",
      async () => {
        const x = await deliveryOf(r.url);
        return x.status === "DEAD" ? x : null;
      },
      MAX_AGE_MS + 5000,
    );
    expect(dead).toMatchObject({ eventId: id, lastResponseCode: 503, lastError: "HTTP 503 Service Unavailable: down for maintenance", nextAttemptAt: null, deliveredAt: null });
    expect(dead.attempts).toBeGreaterThanOrEqual(3);
    expect(dead.attempts).toBe(r.received.length);
    const gone = await until("the other dead delivery", async () => {
      const x = await deliveryOf(nowhere);
      return x.status === "DEAD" ? x : null;
    });
    expect(gone).toMatchObject({ eventId: id, lastResponseCode: null, lastError: expect.stringMatching(/ECONNREFUSED/) });
    // Retried for the whole window, not longer (give or take one backoff step and a poll).
    const span = new Date(dead.lastAttemptAt!).getTime() - new Date(dead.createdAt).getTime();
    expect(span).toBeGreaterThanOrEqual(MAX_AGE_MS);
    expect(span).toBeLessThan(MAX_AGE_MS + 1000);
    await sleep(300);
    expect(r.received.length).toBe(dead.attempts);

    // Not found: a delivery of another environment, an unknown id, a malformed id.
    for (const [input, as] of [
      [{ id: dead.id }, t.otherAdmin],
      [{ id: String(dead.deliveryId) }, t.otherAdmin],
      [{ id: "999999" }, t.admin],
      [{ id: "not-an-id" }, t.admin],
    ] as const) {
      const miss = await t.gql(WhRedeliver, { input }, as);
      expect(miss.data!.redeliverWebhook).toMatchObject({ delivery: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "id"] }] });
    }
    const ro = await t.gql(WhRedeliver, { input: { id: dead.id } }, t.readOnly);
    expect(ro.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect((await deliveryOf(r.url)).status).toBe("DEAD");

    up = true;
    const again = await t.gql(WhRedeliver, { input: { id: dead.id } });
    expect(again.data!.redeliverWebhook.userErrors).toEqual([]);
    expect(again.data!.redeliverWebhook.delivery).toMatchObject({ id: dead.id, status: "PENDING", deliveredAt: null });
    const delivered = await until("redelivered", async () => {
      const x = await deliveryOf(r.url);
      return x.status === "DELIVERED" ? x : null;
    });
    expect(delivered).toMatchObject({ attempts: dead.attempts + 1, lastResponseCode: 200, lastError: null });
    expect(r.acked()).toEqual(new Set([id]));

    // A delivered one can be sent again too (by its plain id): the receiver sees the same event id.
    const replay = await t.gql(WhRedeliver, { input: { id: String(dead.deliveryId) } });
    expect(replay.data!.redeliverWebhook.delivery).toMatchObject({ status: "PENDING" });
    await until("replayed", async () => (await deliveryOf(r.url)).attempts === dead.attempts + 2);
    expect(r.received.filter((x) => x.status === 200).map((x) => x.eventId)).toEqual([id, id]);
  });

  test("throughput to a fast receiver", async () => {
    const r = await receiver();
    await addTrigger(r.url);
    const n = 500;
    const started = performance.now();
    await uploads(n);
    const committed = performance.now();
    await until(`${n} deliveries`, () => r.acked().size === n, 30_000);
    const done = performance.now();
    // Marking rows delivered trails the receiver's acks; on a loaded machine by more than the default 10 s.
    await until("rows delivered", async () => (await t.app.db.webhookDelivery.count({ where: { uri: r.url, status: "delivered" } })) === n, 30_000);
    const rate = Math.round(n / ((done - committed) / 1000));
    console.log(`webhooks: ${n} events (one importAssets, ${Math.round(committed - started)} ms) delivered in ${Math.round(done - committed)} ms: ~${rate} deliveries/s; requests ${r.received.length}`);
    expect(r.received).toHaveLength(n);
  });
});

describe("webhookDeliveries", () => {
  test("lists the environment's deliveries newest first, pages by keyset, filters by status", async () => {
    // Let everything earlier tests queued settle (delivered or dead).
    await until("no pending deliveries", async () => (await t.app.db.webhookDelivery.count({ where: { environmentId, status: "pending" } })) === 0, MAX_AGE_MS + 5000);
    const rows = await t.app.db.webhookDelivery.findMany({ where: { environmentId }, orderBy: { id: "desc" } });
    expect(rows.length).toBeGreaterThan(20);

    const pageIds: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: { data?: WhDeliveriesQuery | null; errors?: unknown } = await t.gql(WhDeliveries, { first: 7, after });
      expect(r.errors).toBeUndefined();
      const c: WhDeliveriesQuery["webhookDeliveries"] = r.data!.webhookDeliveries;
      expect(c.totalCount).toBe(rows.length);
      expect(c.edges.length).toBeLessThanOrEqual(7);
      pageIds.push(...c.edges.map((e) => e.node.deliveryId));
      pages++;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
      if (pages === 3) {
        // A cursor resumes only the query that issued it.
        const other = await t.gql(WhDeliveries, { first: 7, after, status: "DEAD" });
        expect(other.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" });
      }
    }
    expect(pageIds).toEqual(rows.map((x) => x.id));
    expect(pages).toBe(Math.ceil(rows.length / 7));

    for (const status of ["DELIVERED", "DEAD", "PENDING"] as const) {
      const want = rows.filter((x) => x.status === status.toLowerCase()).map((x) => x.id);
      const r = await t.gql(WhDeliveries, { status, first: 5 });
      expect(r.data!.webhookDeliveries.totalCount).toBe(want.length);
      const listed = await listAll(status);
      expect(listed.map((x) => x.deliveryId)).toEqual(want);
      expect(listed.every((x) => x.status === status)).toBe(true);
    }
    expect(rows.some((x) => x.status === "dead")).toBe(true);

    // Default page size 10; at most 500.
    expect((await t.gql(WhDeliveries, {})).data!.webhookDeliveries.edges).toHaveLength(10);
    const big = await t.gql(WhDeliveries, { first: 501 });
    expect(big.errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED" });

    // node(id) resolves a delivery for its own environment's admin only.
    const first = (await t.gql(WhDeliveries, { first: 1 })).data!.webhookDeliveries.edges[0].node;
    expect((await t.gql(WhNode, { id: first.id })).data!.node).toEqual({ __typename: "WebhookDelivery", deliveryId: first.deliveryId, uri: first.uri });
    expect((await t.gql(WhNode, { id: first.id }, t.otherAdmin)).data!.node).toBeNull();
    const ro = await t.gql(WhNode, { id: first.id }, t.readOnly);
    expect(ro.data?.node ?? null).toBeNull();
    expect(ro.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect(JSON.stringify(ro)).not.toContain(first.uri);
  });

  test("is scoped to the caller's environment and admin keys only", async () => {
    const other = await t.gql(WhDeliveries, {}, t.otherAdmin);
    expect(other.errors).toBeUndefined();
    expect(other.data!.webhookDeliveries).toMatchObject({ totalCount: 0, edges: [] });
    const ro = await t.gql(WhDeliveries, {}, t.readOnly);
    expect(ro.data).toBeNull();
    expect(ro.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect(ro.errors![0].path).toEqual(["webhookDeliveries"]);
  });
});
