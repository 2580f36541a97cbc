// The per-process event feed against a real database, with the one race that announcements
// allow: an event announced while the feed's read of earlier events is under way.
import { afterAll, expect, test } from "vitest";
import { createDb, type Db } from "../../src/db/client.js";
import { createEventBus } from "../../src/events/bus.js";
import { EventFeeds, type EventRow } from "../../src/events/feed.js";
import { recordEvents } from "../../src/events/outbox.js";
import { createLogger } from "../../src/lib/logger.js";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";

const t = useTestApp();
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

const FeedCreateFolder = graphql(`
  mutation FeedCreateFolder($input: CreateFolderInput!) {
    createFolder(input: $input) { userErrors { code } }
  }
`);

test("an event announced while the feed is reading is still delivered at once, not at the next poll", async () => {
  const environment = await t.app.db.environment.findUniqueOrThrow({ where: { cloudName: "test-cloud" } });
  // A second client on the same database whose event reads can be held after they ran their SQL.
  const plain = await createDb({ url: t.databaseUrl });
  let hold: { entered: () => void; released: Promise<void> } | null = null;
  const held = plain.$extends({
    query: {
      event: {
        async findMany({ args, query }) {
          const rows = await query(args);
          if (hold) {
            const h = hold;
            hold = null;
            h.entered();
            await h.released;
          }
          return rows;
        },
      },
    },
  }) as unknown as Db;
  const bus = createEventBus({ log: createLogger({ level: "silent", pretty: false }) });
  // Polling a minute apart: only announcements can deliver within the test.
  const feeds = new EventFeeds(held, bus, createLogger({ level: "silent", pretty: false }), 60_000);
  cleanups.push(() => feeds.close(), () => plain.$disconnect());

  const stream = feeds.subscribe(environment.id, await feeds.currentSeq(environment.id), {});
  const received: EventRow[] = [];
  const pump = (async () => {
    for await (const e of stream) {
      received.push(e);
      if (received.length === 2) break;
    }
  })();
  await new Promise((r) => setTimeout(r, 100));

  // First event: the feed reads it, and that read is held after its SQL ran.
  let release!: () => void;
  const entered = new Promise<void>((resolve) => {
    hold = { entered: resolve, released: new Promise<void>((r) => (release = r)) };
  });
  await t.gql(FeedCreateFolder, { input: { path: "feed-one" } });
  const first = await t.app.db.environment.findUniqueOrThrow({ where: { id: environment.id } });
  bus.announce([{ environmentId: environment.id, seq: first.eventSeq }]);
  await entered;

  // Second event commits and is announced while that read is still out.
  await t.gql(FeedCreateFolder, { input: { path: "feed-two" } });
  bus.announce([{ environmentId: environment.id, seq: first.eventSeq + 1 }]);
  release();

  await Promise.race([pump, new Promise((r) => setTimeout(r, 3000))]);
  expect(received.map((e) => e.seq)).toEqual([first.eventSeq, first.eventSeq + 1]);
  await stream.return?.();
});

test("a failed read neither crashes the process nor stops the feed: the next announcement reads again", async () => {
  const environment = await t.app.db.environment.findUniqueOrThrow({ where: { cloudName: "test-cloud" } });
  const plain = await createDb({ url: t.databaseUrl });
  let failNext = false;
  const flaky = plain.$extends({
    query: {
      event: {
        async findMany({ args, query }) {
          if (failNext) {
            failNext = false;
            throw new Error("database unreachable");
          }
          return query(args);
        },
      },
    },
  }) as unknown as Db;
  const bus = createEventBus({ log: createLogger({ level: "silent", pretty: false }) });
  const feeds = new EventFeeds(flaky, bus, createLogger({ level: "silent", pretty: false }), 60_000);
  cleanups.push(() => feeds.close(), () => plain.$disconnect());

  const start = await feeds.currentSeq(environment.id);
  const stream = feeds.subscribe(environment.id, start, {});
  const received: EventRow[] = [];
  const pump = (async () => {
    for await (const e of stream) {
      received.push(e);
      if (received.length === 2) break;
    }
  })();
  await new Promise((r) => setTimeout(r, 100));

  failNext = true;
  await t.gql(FeedCreateFolder, { input: { path: "flaky-one" } });
  bus.announce([{ environmentId: environment.id, seq: start + 1 }]);
  await new Promise((r) => setTimeout(r, 200));
  expect(received).toEqual([]);

  await t.gql(FeedCreateFolder, { input: { path: "flaky-two" } });
  bus.announce([{ environmentId: environment.id, seq: start + 2 }]);
  await Promise.race([pump, new Promise((r) => setTimeout(r, 3000))]);
  expect(received.map((e) => e.seq)).toEqual([start + 1, start + 2]);
  await stream.return?.();
});

test("an event whose transaction is still open, and then rolls back, never reaches a subscriber", async () => {
  const environment = await t.app.db.environment.findUniqueOrThrow({ where: { cloudName: "test-cloud" } });
  const bus = createEventBus({ log: createLogger({ level: "silent", pretty: false }) });
  const feeds = new EventFeeds(t.app.db, bus, createLogger({ level: "silent", pretty: false }), 60_000);
  cleanups.push(() => feeds.close());
  const ctx = t.app.contextFor({ apiKeyId: 0, apiKey: t.admin.apiKey, role: "admin", environment: { id: environment.id, cloudName: environment.cloudName, folderMode: "dynamic" } });

  const start = await feeds.currentSeq(environment.id);
  const stream = feeds.subscribe(environment.id, start, {});
  const received: EventRow[] = [];
  const pump = (async () => {
    for await (const e of stream) {
      received.push(e);
      break;
    }
  })();
  await new Promise((r) => setTimeout(r, 100));

  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const doomed = t.app.db.$transaction(async (tx) => {
    await recordEvents(tx, ctx, [{ type: "create_folder", payload: { folder: { path: "never-committed" } } }]);
    await gate;
    throw new Error("rolled back");
  });
  // The feed hears of sequence start+1 while that transaction is open.
  bus.announce([{ environmentId: environment.id, seq: start + 1 }]);
  await new Promise((r) => setTimeout(r, 200));
  release();
  await expect(doomed).rejects.toThrow("rolled back");

  await t.gql(FeedCreateFolder, { input: { path: "committed" } });
  bus.announce([{ environmentId: environment.id, seq: start + 1 }]);
  await Promise.race([pump, new Promise((r) => setTimeout(r, 3000))]);
  expect(received).toHaveLength(1);
  expect(received[0].seq).toBe(start + 1);
  expect(JSON.parse(received[0].payload)).toMatchObject({ folder: { path: "committed" } });
});
