// The outbox (ARCHITECTURE rule 5): a service writes each event row in the transaction of the
// change it reports, with the next sequence number of its environment and one pending webhook
// delivery per matching trigger; after the commit the events are announced (subscribers and the
// webhook worker then read what they need from the database).
import type { Tx } from "../db/client.js";
import type { Ctx } from "../context.js";
import type { RecordedEvent } from "./bus.js";
import type { EmittedEventType } from "./event-types.js";
import { chunks } from "../lib/page.js";

export interface EventInput {
  type: EmittedEventType;
  /** asset ids the event concerns (for assetChanged and the events(assetId) filter) */
  assetIds?: string[];
  /** the type-specific part of the notification, snake_case as on the wire */
  payload: Record<string, unknown>;
  /**
   * A one-shot notification (a call's own notification_url): delivered to this URI only, not to
   * the triggers of its type. It is in the event log like any event.
   */
  deliverOnlyTo?: string;
  /** A call's own notification_url that gets the event besides the triggers of its type (an upload's). */
  alsoDeliverTo?: string;
}

const EVENTS_PER_INSERT = 100;

export type Emit = (...events: EventInput[]) => void;

/** Appends events to the outbox inside `tx`. Returns their sequence numbers. */
export async function recordEvents(tx: Tx, ctx: Ctx, events: EventInput[]): Promise<RecordedEvent[]> {
  if (events.length === 0) return [];
  const env = ctx.environment;
  // The increment locks the environment row until commit (PostgreSQL), so two transactions can
  // never commit their events out of sequence order; SQLite serialises writers anyway.
  const { eventSeq } = await tx.environment.update({
    where: { id: env.id },
    data: { eventSeq: { increment: events.length } },
    select: { eventSeq: true },
  });
  const first = eventSeq - events.length + 1;
  const now = new Date();
  const rows = events.map((e, i) => ({
    environmentId: env.id,
    seq: first + i,
    type: e.type,
    createdAt: now,
    assetIds: JSON.stringify(e.assetIds ?? []),
    payload: JSON.stringify({
      notification_type: e.type,
      timestamp: now.toISOString(),
      event_id: `${env.cloudName}:${first + i}`,
      sequence: first + i,
      environment: env.cloudName,
      source: "admin_api",
      request_id: ctx.requestId,
      ...e.payload,
    }),
  }));
  // 100 rows per call: Prisma compiles a call synchronously, on the main thread with SQLite (an
  // import's 1,000 events in one: about 200 ms), and the writer yields only between statements.
  const saved = [];
  for (const part of chunks(rows, EVENTS_PER_INSERT)) saved.push(...(await tx.event.createManyAndReturn({ data: part, select: { id: true, type: true, seq: true } })));
  const inputOf = (seq: number) => events[seq - first];
  const fanOut = events.filter((e) => e.deliverOnlyTo === undefined);
  const types = [...new Set(fanOut.map((e) => e.type))];
  const triggers = types.length
    ? await tx.trigger.findMany({ where: { environmentId: env.id, eventType: { in: [...types, "all"] } }, select: { eventType: true, uri: true } })
    : [];
  const deliveries = saved.flatMap((ev) => {
    const { deliverOnlyTo: only, alsoDeliverTo: also } = inputOf(ev.seq);
    // A URI subscribed both to the type and to `all` gets the event once.
    const uris = only !== undefined ? new Set([only]) : new Set(triggers.filter((t) => t.eventType === ev.type || t.eventType === "all").map((t) => t.uri));
    if (also !== undefined) uris.add(also);
    return [...uris].map((uri) => ({ environmentId: env.id, eventId: ev.id, uri, nextAttemptAt: now }));
  });
  for (const part of chunks(deliveries, EVENTS_PER_INSERT)) await tx.webhookDelivery.createMany({ data: part });
  return rows.map((r) => ({ environmentId: r.environmentId, seq: r.seq }));
}

/**
 * Runs `work` in one transaction; events it emits are written in that transaction and announced
 * once it has committed. Nothing is announced for a transaction that rolled back.
 */
export async function transact<T>(ctx: Ctx, work: (tx: Tx, emit: Emit) => Promise<T>, options?: { timeout?: number }): Promise<T> {
  let recorded: RecordedEvent[] = [];
  const result = await ctx.db.$transaction(async (tx) => {
    const pending: EventInput[] = [];
    const value = await work(tx, (...events) => pending.push(...events));
    recorded = await recordEvents(tx, ctx, pending);
    return value;
  }, options);
  if (recorded.length) ctx.events.announce(recorded);
  return result;
}
