// Announces committed events ("environment E has events up to sequence S") to every instance.
// In one process an EventEmitter suffices; with REDIS_URL the announcement also goes through a
// Redis channel so subscribers on other instances wake up. Announcements are only hints: readers
// always read the events themselves from the database, and poll as a safety net, so a lost
// announcement (Redis restart, crash between commit and publish) delays an event, never loses it.
import { EventEmitter } from "node:events";
import { Redis } from "ioredis";
import type { Logger } from "pino";

/** An event the outbox wrote: its environment and its sequence number there. */
export interface RecordedEvent {
  environmentId: number;
  seq: number;
}

export type AnnounceListener = (environmentId: number, seq: number) => void;

export interface EventBus {
  announce(events: RecordedEvent[]): void;
  onAnnounce(listener: AnnounceListener): () => void;
  close(): Promise<void>;
}

/** Highest sequence per environment in a batch. */
function heads(events: RecordedEvent[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const e of events) out.set(e.environmentId, Math.max(out.get(e.environmentId) ?? 0, e.seq));
  return out;
}

export function createEventBus(options: { redisUrl?: string; redisPrefix?: string; log: Logger }): EventBus {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const emitLocal = (environmentId: number, seq: number) => local.emit("announce", environmentId, seq);
  if (!options.redisUrl) {
    return {
      announce: (events) => heads(events).forEach((seq, env) => emitLocal(env, seq)),
      onAnnounce: (listener) => (local.on("announce", listener), () => local.off("announce", listener)),
      close: async () => undefined,
    };
  }
  const channel = `${options.redisPrefix ?? "assets:"}events`;
  const publisher = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: false });
  const subscriber = new Redis(options.redisUrl, { lazyConnect: false });
  for (const client of [publisher, subscriber]) client.on("error", (err) => options.log.warn({ err }, "redis unavailable; events still flow through polling"));
  subscriber.subscribe(channel).catch((err) => options.log.warn({ err }, "redis subscribe failed"));
  subscriber.on("message", (_channel, message) => {
    // Anything may be published on the channel; only well-formed announcements count.
    try {
      const { e, s } = JSON.parse(message) as { e: unknown; s: unknown };
      if (Number.isInteger(e) && Number.isInteger(s)) emitLocal(e as number, s as number);
    } catch {
      options.log.warn({ channel }, "ignored a malformed event announcement");
    }
  });
  return {
    announce(events) {
      heads(events).forEach((seq, env) => {
        emitLocal(env, seq);
        publisher.publish(channel, JSON.stringify({ e: env, s: seq })).catch(() => undefined);
      });
    },
    onAnnounce: (listener) => (local.on("announce", listener), () => local.off("announce", listener)),
    async close() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
