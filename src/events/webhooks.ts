// Webhook delivery (DOMAIN.md §5.3): the outbox (outbox.ts) writes one pending WebhookDelivery row
// per event × trigger URI in the change's transaction; this worker, inside the server process,
// POSTs them. The retry state lives in the rows, so a restarted or second instance carries on:
//
// - claim: due rows (pending, nextAttemptAt <= now, no live lease) get `leaseUntil = now + lease`
//   in one conditional UPDATE ... RETURNING, so two instances never send the same attempt at once;
//   a process that dies mid-send leaves leases that expire, and whoever polls next resends them.
// - send: the Event's payload string exactly as the body, signed as Cloudinary signs notifications
//   (hex digest of body + timestamp + API secret; SHA-1, or SHA-256 per environment), with the
//   event id as an idempotency header (at-least-once: receivers drop duplicates by it).
// - record: 2xx -> delivered; otherwise attempts + 1 and a retry after full-jitter exponential
//   backoff, until the retry window (from the delivery's creation) or the attempt cap runs out:
//   then dead, until redeliverWebhook makes it pending again.
//
// The worker wakes on event announcements (bus.onAnnounce), at the next retry it scheduled itself,
// every `pollMs` while pending rows exist, and every `idlePollMs` otherwise (a safety net for rows
// written by processes whose announcements never arrive here).
import { createHash } from "node:crypto";
import type { Logger } from "pino";
import { committed, type Db } from "../db/client.js";

export const SIGNATURE_ALGORITHMS = ["sha1", "sha256"] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

export const DELIVERY_STATUSES = ["pending", "delivered", "dead"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface WebhookOptions {
  /** poll interval while pending deliveries exist (ms) */
  pollMs?: number;
  /** poll interval while none exist; announcements wake the worker anyway (ms) */
  idlePollMs?: number;
  /** most rows claimed per statement */
  batchSize?: number;
  /** most requests in flight per process */
  concurrency?: number;
  /** how long a claim holds a row; longer than timeoutMs, so a live sender never loses its lease (ms) */
  leaseMs?: number;
  /** per-request timeout, response body included (ms) */
  timeoutMs?: number;
  /** backoff: the n-th retry waits random(0, min(maxDelayMs, baseDelayMs * 2^(n-1))) */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** retry window from the delivery's creation; a failure after it makes the delivery dead (ms) */
  maxAgeMs?: number;
  /** attempts after which a failing delivery is dead even within the window */
  maxAttempts?: number;
  /** jitter source, [0, 1) */
  random?: () => number;
}

export const WEBHOOK_DEFAULTS = {
  pollMs: 500,
  idlePollMs: 30_000,
  batchSize: 100,
  concurrency: 32,
  leaseMs: 30_000,
  timeoutMs: 10_000,
  baseDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  maxAgeMs: 24 * 60 * 60_000,
  // A safety cap: with the defaults above, 24 h hold about 580 attempts.
  maxAttempts: 1_000,
  random: Math.random,
} satisfies Required<WebhookOptions>;

export type ResolvedWebhookOptions = Required<WebhookOptions>;

export function resolveWebhookOptions(options: WebhookOptions = {}): ResolvedWebhookOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as WebhookOptions;
  const o = { ...WEBHOOK_DEFAULTS, ...defined };
  if (o.leaseMs <= o.timeoutMs) throw new Error(`webhook leaseMs (${o.leaseMs}) must exceed timeoutMs (${o.timeoutMs})`);
  if (o.concurrency < 1 || o.batchSize < 1) throw new Error("webhook concurrency and batchSize must be at least 1");
  return o;
}

/** Cloudinary's notification signature: hex digest of body + timestamp + API secret (not an HMAC). */
export function signNotification(body: string, timestamp: string, secret: string, algorithm: SignatureAlgorithm): string {
  return createHash(algorithm).update(body + timestamp + secret).digest("hex");
}

/** Full-jitter exponential backoff before retry number `attempts` (1 = first retry). */
export function backoffMs(attempts: number, o: Pick<ResolvedWebhookOptions, "baseDelayMs" | "maxDelayMs" | "random">): number {
  const ceiling = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** Math.min(Math.max(attempts - 1, 0), 40));
  return Math.floor(o.random() * ceiling);
}

/** Running workers by database, so redeliverWebhook can wake this process's worker at once. */
const workersByDb = new WeakMap<Db, Set<WebhookWorker>>();

interface ClaimedRow {
  id: number;
  environmentId: number;
  eventId: number;
  uri: string;
  attempts: number;
  createdAt: Date;
  leaseUntil: Date | null;
}

interface Signer {
  algorithm: SignatureAlgorithm;
  secret: string | null;
}

interface Outcome {
  ok: boolean;
  code: number | null;
  error: string | null;
  /** can never succeed (e.g. an unusable URI): dead at once */
  permanent?: boolean;
}

const MAX_ERROR_LENGTH = 500;
/** Successes wait this long to be written together with those completing meanwhile. */
const FLUSH_DELAY_MS = 5;
const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const USER_AGENT = "cloudinary-assets-graphql-webhooks/0.1";

export class WebhookWorker {
  readonly options: ResolvedWebhookOptions;
  private running: Promise<void> | null = null;
  private stopping = false;
  private inflight = new Set<Promise<void>>();
  private poked = false;
  private waiter: (() => void) | null = null;
  /** true while the loop waits for free slots rather than for work */
  private saturated = false;
  /** earliest retry this process scheduled itself (ms since epoch) */
  private nextRetryAt = Infinity;
  private failures = 0;
  private successes: { row: ClaimedRow; code: number; resolve: () => void }[] = [];
  private flushing: Promise<void> | null = null;
  /** counters since start, for logs and benchmarks */
  readonly stats = { claimed: 0, delivered: 0, failed: 0, dead: 0, lostLeases: 0 };

  constructor(
    private db: Db,
    private log: Logger,
    options: WebhookOptions = {},
  ) {
    this.options = resolveWebhookOptions(options);
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    let set = workersByDb.get(this.db);
    if (!set) workersByDb.set(this.db, (set = new Set()));
    set.add(this);
    this.running = this.loop();
  }

  /** Looks for due deliveries now (new events were announced, or a delivery was made pending). */
  poke(): void {
    this.poked = true;
    this.wake();
  }

  /** Stops claiming, then waits for the requests in flight and their bookkeeping. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopping = true;
    workersByDb.get(this.db)?.delete(this);
    this.wake();
    await this.running;
    await Promise.allSettled([...this.inflight]);
    this.running = null;
    this.log.info({ webhooks: this.stats }, "webhook worker stopped");
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }

  private sleep(ms: number): Promise<void> {
    if (this.poked || this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiter = null;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.waiter = done;
    });
  }

  private async loop(): Promise<void> {
    const o = this.options;
    while (!this.stopping) {
      const free = o.concurrency - this.inflight.size;
      // A poke asks for one more look; the look below (or the one after slots free up) is it.
      this.poked = false;
      let wait: number;
      if (free <= 0) {
        this.saturated = true;
        wait = o.pollMs;
      } else {
        const want = Math.min(free, o.batchSize);
        try {
          const found = await this.claimAndSend(want);
          this.failures = 0;
          if (found === want) {
            // More may be due: go on at once while slots are free, else wait for some to free up.
            if (this.inflight.size < o.concurrency) continue;
            this.saturated = true;
            wait = o.pollMs;
          } else {
            this.saturated = false;
            wait = found > 0 || this.inflight.size > 0 ? o.pollMs : await this.idleWait();
          }
        } catch (err) {
          if (this.stopping) break;
          this.failures++;
          this.log.warn({ err }, "webhook worker: claiming deliveries failed; retrying");
          wait = Math.min(o.pollMs * 2 ** Math.min(this.failures, 6), 30_000);
        }
      }
      if (this.nextRetryAt !== Infinity) wait = Math.min(wait, this.nextRetryAt - Date.now());
      await this.sleep(wait);
      if (this.nextRetryAt <= Date.now()) this.nextRetryAt = Infinity;
    }
  }

  /** Nothing due now: poll soon if anything is pending at all, else only as a safety net. */
  private async idleWait(): Promise<number> {
    const o = this.options;
    const next = await committed(this.db, (db) => db.webhookDelivery.findFirst({
      where: { status: "pending" },
      orderBy: { nextAttemptAt: "asc" },
      select: { nextAttemptAt: true, leaseUntil: true },
    }));
    if (!next) return o.idlePollMs;
    const dueAt = Math.max(next.nextAttemptAt.getTime(), next.leaseUntil?.getTime() ?? 0);
    return Math.min(o.pollMs, Math.max(0, dueAt - Date.now()));
  }

  /** Claims up to `want` due deliveries and starts sending them; returns how many were due. */
  private async claimAndSend(want: number): Promise<number> {
    const now = new Date();
    const due = {
      status: "pending",
      nextAttemptAt: { lte: now },
      OR: [{ leaseUntil: null }, { leaseUntil: { lte: now } }],
    };
    const candidates = await committed(this.db, (db) => db.webhookDelivery.findMany({
      where: due,
      orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
      take: want,
      select: { id: true },
    }));
    if (candidates.length === 0) return 0;
    const lease = new Date(now.getTime() + this.options.leaseMs);
    // The WHERE is evaluated again by the UPDATE itself (row locks in PostgreSQL, one writer in
    // SQLite), so a row another instance leased in between is not claimed twice.
    // The event's body comes with the claim; signing settings are read afresh for every claim
    // (ARCHITECTURE rule 5), so a changed algorithm or revoked key applies from the next batch.
    const claimed = await committed(this.db, (db) => db.webhookDelivery.updateManyAndReturn({
      where: { id: { in: candidates.map((c) => c.id) }, ...due },
      data: { leaseUntil: lease },
      select: { id: true, environmentId: true, eventId: true, uri: true, attempts: true, createdAt: true, leaseUntil: true, event: { select: { payload: true } } },
    }));
    if (claimed.length === 0) return candidates.length;
    this.stats.claimed += claimed.length;

    const environments = await committed(this.db, (db) => db.environment.findMany({
      where: { id: { in: [...new Set(claimed.map((c) => c.environmentId))] } },
      select: {
        id: true,
        signatureAlgorithm: true,
        apiKeys: { where: { role: "admin", revokedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 1, select: { secret: true } },
      },
    }));
    const signers = new Map<number, Signer>();
    for (const env of environments) {
      const algorithm = (SIGNATURE_ALGORITHMS as readonly string[]).includes(env.signatureAlgorithm) ? (env.signatureAlgorithm as SignatureAlgorithm) : "sha1";
      signers.set(env.id, { algorithm, secret: env.apiKeys[0]?.secret ?? null });
    }
    for (const { event, ...row } of claimed) {
      const signer = signers.get(row.environmentId);
      // The environment was deleted since the claim; its events and deliveries cascade away.
      if (!signer) continue;
      const task = this.deliver(row, event.payload, signer).finally(() => {
        this.inflight.delete(task);
        if (this.saturated && this.options.concurrency - this.inflight.size >= Math.max(1, this.options.concurrency >> 1)) this.wake();
      });
      this.inflight.add(task);
    }
    return candidates.length;
  }

  private async deliver(row: ClaimedRow, body: string, signer: Signer): Promise<void> {
    let outcome: Outcome;
    try {
      outcome = await this.send(row.uri, body, signer);
    } catch (err) {
      outcome = { ok: false, code: null, error: truncate(describeError(err, this.options.timeoutMs)) };
    }
    try {
      await this.record(row, outcome);
    } catch (err) {
      // The lease expires and the delivery is sent again: at least once, never lost.
      this.log.error({ err, deliveryId: row.id }, "webhook worker: recording a delivery attempt failed");
    }
  }

  private async send(uri: string, body: string, signer: Signer): Promise<Outcome> {
    if (!isHttpUrl(uri)) return { ok: false, code: null, error: `not an http(s) URL: ${truncate(uri)}`, permanent: true };
    if (signer.secret === null) return { ok: false, code: null, error: "the environment has no active admin API key to sign notifications with" };
    const timestamp = String(Math.floor(Date.now() / 1000));
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "user-agent": USER_AGENT,
      "x-cld-timestamp": timestamp,
      "x-cld-signature": signNotification(body, timestamp, signer.secret, signer.algorithm),
    };
    const eventId = eventIdOf(body);
    if (eventId) headers["x-cld-event-id"] = eventId;
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    // Redirects are not followed: the signed body goes only to the URI the trigger names.
    const res = await fetch(uri, { method: "POST", headers, body, redirect: "manual", signal });
    if (res.status >= 200 && res.status < 300) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: true, code: res.status, error: null };
    }
    const snippet = await readSnippet(res);
    const error = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}${snippet ? `: ${snippet}` : ""}`;
    return { ok: false, code: res.status, error: truncate(error) };
  }

  private async record(row: ClaimedRow, outcome: Outcome): Promise<void> {
    if (outcome.ok) return this.recordDelivered(row, outcome.code ?? 200);
    const o = this.options;
    const now = new Date();
    const attempts = row.attempts + 1;
    const deadline = row.createdAt.getTime() + o.maxAgeMs;
    const dead = outcome.permanent || attempts >= o.maxAttempts || now.getTime() >= deadline;
    const common = { attempts, lastAttemptAt: now, lastResponseCode: outcome.code, lastError: outcome.error, leaseUntil: null };
    let data;
    this.stats.failed++;
    if (dead) {
      data = { ...common, status: "dead" };
      this.stats.dead++;
      this.log.warn({ deliveryId: row.id, uri: row.uri, attempts, lastError: outcome.error }, "webhook delivery dead-lettered");
    } else {
      // The last retry lands on the deadline; failing then, the delivery is dead.
      const next = Math.min(now.getTime() + backoffMs(attempts, o), deadline);
      data = { ...common, nextAttemptAt: new Date(next) };
      this.nextRetryAt = Math.min(this.nextRetryAt, next);
    }
    // Only while the lease is still ours: a lost lease means another instance owns the row now.
    const { count } = await committed(this.db, (db) => db.webhookDelivery.updateMany({ where: { id: row.id, status: "pending", leaseUntil: row.leaseUntil }, data }));
    if (count === 0) this.leaseLost(1);
  }

  /**
   * Successes are written in batches: whatever completed while the previous write ran goes in
   * the next one (one statement per claim and status code), so a busy worker writes far fewer
   * statements than it sends requests and an idle one writes at once.
   */
  private recordDelivered(row: ClaimedRow, code: number): Promise<void> {
    return new Promise((resolve) => {
      this.successes.push({ row, code, resolve });
      this.flushing ??= sleepMs(FLUSH_DELAY_MS)
        .then(() => this.flushSuccesses())
        .finally(() => (this.flushing = null));
    });
  }

  private async flushSuccesses(): Promise<void> {
    while (this.successes.length) {
      const batch = this.successes.splice(0);
      const groups = new Map<string, { lease: Date | null; code: number; ids: number[] }>();
      for (const { row, code } of batch) {
        const key = `${row.leaseUntil?.getTime()}|${code}`;
        const g = groups.get(key) ?? { lease: row.leaseUntil, code, ids: [] };
        g.ids.push(row.id);
        groups.set(key, g);
      }
      const now = new Date();
      for (const g of groups.values()) {
        try {
          const { count } = await committed(this.db, (db) => db.webhookDelivery.updateMany({
            where: { id: { in: g.ids }, status: "pending", leaseUntil: g.lease },
            data: { status: "delivered", deliveredAt: now, lastAttemptAt: now, attempts: { increment: 1 }, lastResponseCode: g.code, lastError: null, leaseUntil: null },
          }));
          this.stats.delivered += count;
          if (count < g.ids.length) this.leaseLost(g.ids.length - count);
        } catch (err) {
          // The leases expire and these are sent again: at least once, never lost.
          this.log.error({ err, deliveryIds: g.ids }, "webhook worker: recording deliveries failed");
        }
      }
      for (const { resolve } of batch) resolve();
    }
  }

  private leaseLost(n: number): void {
    this.stats.lostLeases += n;
    this.log.warn({ deliveries: n }, "webhook worker: lease lost before the attempt was recorded (another instance owns the delivery now)");
  }
}

/** Wakes this process's workers on `db` (a redelivery made a row due now). */
export function pokeWorkers(db: Db): void {
  for (const worker of workersByDb.get(db) ?? []) worker.poke();
}

function isHttpUrl(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** The envelope's event_id, without parsing the whole (possibly large) body. */
function eventIdOf(body: string): string | null {
  const m = /"event_id":"((?:[^"\\]|\\.)*)"/.exec(body);
  return m ? (JSON.parse(`"${m[1]}"`) as string) : null;
}

function truncate(s: string, max = MAX_ERROR_LENGTH): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function describeError(err: unknown, timeoutMs: number): string {
  if (err instanceof Error) {
    if (err.name === "TimeoutError" || err.name === "AbortError") return `timed out after ${timeoutMs} ms`;
    const cause = (err as { cause?: unknown }).cause;
    const detail = cause instanceof Error ? cause.message : typeof cause === "string" ? cause : "";
    return detail && detail !== err.message ? `${err.message}: ${detail}` : err.message;
  }
  return String(err);
}

/** The first few hundred bytes of an error response, for lastError. */
async function readSnippet(res: Response, max = 200): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < max) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // a receiver that breaks off its error body: the status says enough
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).toString("utf8", 0, Math.min(size, max)).replace(/\s+/g, " ").trim();
}
