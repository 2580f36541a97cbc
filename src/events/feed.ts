// Per-process tails of each environment's event log. One reader per environment fetches new
// events once and every subscriber of that environment takes them from memory; a subscriber that
// resumes from an older sequence replays from the database until it reaches the tail. Order is
// the sequence order, with no gaps and no duplicates, whatever the announcements did.
import type { Logger } from "pino";
import { committed, type Db } from "../db/client.js";
import type { EventBus } from "./bus.js";

export interface EventRow {
  id: number;
  environmentId: number;
  seq: number;
  type: string;
  createdAt: Date;
  assetIds: string;
  payload: string;
}

// Rows from the feed's buffer are shared by every subscriber of the environment, so their JSON
// columns are parsed once per row, not once per subscriber.
const parsed = new WeakMap<EventRow, { payload: Record<string, unknown>; assetIds: string[] }>();
function parse(e: EventRow) {
  let p = parsed.get(e);
  if (!p) parsed.set(e, (p = { payload: JSON.parse(e.payload) as Record<string, unknown>, assetIds: JSON.parse(e.assetIds) as string[] }));
  return p;
}
export const eventPayload = (e: EventRow) => parse(e).payload;
export const eventAssetIds = (e: EventRow) => parse(e).assetIds;

const PAGE = 500;

/** Recent events kept in memory per environment for live subscribers. */
const BUFFER = 2000;
/** Safety-net poll while an environment has subscribers (announcements are only hints). */
export const POLL_MS = 1000;

class Feed {
  /** every event with seq in (floor, head] is in `buffer` */
  floor = 0;
  head = 0;
  buffer: EventRow[] = [];
  subscribers = 0;
  private ready: Promise<void> | null = null;
  private fetching: Promise<void> | null = null;
  private again = false;
  private waiters = new Set<() => void>();

  constructor(private db: Db, private environmentId: number, private log: Logger) {}

  /** Starts at the environment's current sequence: the feed serves what happens from now on. */
  init(): Promise<void> {
    this.ready ??= committed(this.db, (db) => db.environment.findUniqueOrThrow({ where: { id: this.environmentId }, select: { eventSeq: true } })).then(
      ({ eventSeq }) => {
        this.floor = eventSeq;
        this.head = eventSeq;
      },
      (err: unknown) => {
        // Not remembered: the next subscriber or poll tries again.
        this.ready = null;
        throw err;
      },
    );
    return this.ready;
  }

  /** Reads events past `head` (one reader at a time) and wakes the subscribers. */
  refresh(): Promise<void> {
    // An announcement during a read may be for an event that read missed: read once more after it.
    this.again = this.fetching !== null;
    this.fetching ??= (async () => {
      try {
        await this.init();
        do {
          this.again = false;
          for (;;) {
            const rows = await committed(this.db, (db) =>
              db.event.findMany({ where: { environmentId: this.environmentId, seq: { gt: this.head } }, orderBy: { seq: "asc" }, take: PAGE }),
            );
            if (rows.length === 0) break;
            this.buffer.push(...rows);
            this.head = rows.at(-1)!.seq;
            if (this.buffer.length > BUFFER) {
              this.buffer.splice(0, this.buffer.length - BUFFER);
              this.floor = this.buffer[0].seq - 1;
            }
            this.wake();
            if (rows.length < PAGE) break;
          }
        } while (this.again);
      } catch (err) {
        // A failed read (database down) must not take the process with it: subscribers keep
        // waiting and the next announcement or poll reads again.
        this.log.warn({ err, environmentId: this.environmentId }, "event feed read failed; retrying on the next poll");
      } finally {
        this.fetching = null;
        this.wake();
      }
    })();
    return this.fetching;
  }

  private wake(): void {
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  /** Events after `last` from memory, or null when `last` is older than the buffer. */
  after(last: number): EventRow[] | null {
    if (last < this.floor) return null;
    const start = this.buffer.findIndex((e) => e.seq > last);
    return start < 0 ? [] : this.buffer.slice(start, start + PAGE);
  }

  wait(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.waiters.delete(done);
        signal.removeEventListener("abort", done);
        resolve();
      };
      this.waiters.add(done);
      signal.addEventListener("abort", done, { once: true });
    });
  }
}

export interface StreamFilter {
  types?: string[] | null;
  assetId?: string | null;
}

export class EventFeeds {
  private feeds = new Map<number, Feed>();
  private poller: NodeJS.Timeout;
  private unsubscribe: () => void;

  constructor(private db: Db, bus: EventBus, private log: Logger, pollMs = POLL_MS) {
    this.unsubscribe = bus.onAnnounce((environmentId, seq) => {
      const feed = this.feeds.get(environmentId);
      if (feed && feed.subscribers > 0 && seq > feed.head) void feed.refresh();
    });
    this.poller = setInterval(() => {
      for (const feed of this.feeds.values()) if (feed.subscribers > 0) void feed.refresh();
    }, pollMs);
    this.poller.unref();
  }

  private feed(environmentId: number): Feed {
    let feed = this.feeds.get(environmentId);
    if (!feed) this.feeds.set(environmentId, (feed = new Feed(this.db, environmentId, this.log)));
    return feed;
  }

  /** The environment's latest sequence (where a live-only subscription starts). */
  async currentSeq(environmentId: number): Promise<number> {
    const { eventSeq } = await committed(this.db, (db) => db.environment.findUniqueOrThrow({ where: { id: environmentId }, select: { eventSeq: true } }));
    return eventSeq;
  }

  /**
   * Yields the environment's events after `after` in sequence order: first those already
   * written (replayed from the database), then new ones as they commit, until `signal` aborts.
   */
  async *stream(environmentId: number, after: number, filter: StreamFilter, signal: AbortSignal): AsyncGenerator<EventRow> {
    const feed = this.feed(environmentId);
    feed.subscribers++;
    const types = filter.types?.length && !filter.types.includes("all") ? new Set(filter.types) : null;
    const matches = (e: EventRow) => (!types || types.has(e.type)) && (!filter.assetId || eventAssetIds(e).includes(filter.assetId));
    try {
      await feed.init();
      let last = after;
      while (!signal.aborted) {
        const batch =
          feed.after(last) ??
          (await committed(this.db, (db) => db.event.findMany({ where: { environmentId, seq: { gt: last } }, orderBy: { seq: "asc" }, take: PAGE })));
        for (const event of batch) {
          last = event.seq;
          if (matches(event)) yield event;
          if (signal.aborted) return;
        }
        if (batch.length === 0) {
          const woken = feed.wait(signal);
          // A subscriber that starts ahead of this process's tail pulls it forward once; otherwise
          // announcements and the poll wake it.
          if (last > feed.head) void feed.refresh();
          await woken;
        }
      }
    } finally {
      feed.subscribers--;
    }
  }

  /**
   * `stream` as an iterator whose return() (the client unsubscribed or went away) also wakes a
   * subscriber waiting for events, so it lets go of its feed at once, not at the next event.
   */
  subscribe(environmentId: number, after: number, filter: StreamFilter): AsyncIterableIterator<EventRow> {
    const controller = new AbortController();
    const events = this.stream(environmentId, after, filter, controller.signal);
    return {
      next: () => events.next(),
      return: (value?: unknown) => {
        controller.abort();
        return events.return(value as undefined);
      },
      throw: (error?: unknown) => {
        controller.abort();
        return events.throw(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** open subscriptions on this instance, across environments */
  subscriberCount(): number {
    let n = 0;
    for (const feed of this.feeds.values()) n += feed.subscribers;
    return n;
  }

  close(): void {
    clearInterval(this.poller);
    this.unsubscribe();
  }
}
