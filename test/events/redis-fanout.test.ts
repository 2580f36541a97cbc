// Two app instances over one database: with REDIS_URL a subscriber on one sees a change made on
// the other at once; polling is set to a minute here, so only Redis can deliver in time.
// Runs when Redis answers on REDIS_URL (default redis://127.0.0.1:6379), as it does in CI.
import { print } from "graphql";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import WebSocket from "ws";
import { buildApp, type App } from "../../src/app.js";
import { createLogger } from "../../src/lib/logger.js";
import { bootstrapEnvironment } from "../../src/modules/environment/environment.service.js";
import { graphql } from "../gql/index.js";
import { basic } from "../helpers/app.js";
import { freshDatabase, type TestDatabase } from "../helpers/db.js";
import { serve, type Served } from "../helpers/server.js";
import { REDIS_URL, redisForTests } from "../helpers/redis.js";


const hasRedis = await redisForTests();

const FanoutEvents = graphql(`
  subscription FanoutEvents($types: [TriggerEventType!]) {
    events(types: $types) { type sequence payload }
  }
`);

const FanoutCreateFolder = graphql(`
  mutation FanoutCreateFolder($input: CreateFolderInput!) {
    createFolder(input: $input) { userErrors { code } }
  }
`);

describe.skipIf(!hasRedis)("Redis fan-out across instances", () => {
  const creds = { apiKey: "444444444444444", apiSecret: "fanout-secret" };
  const prefix = `assets-test-${process.pid}-${Date.now()}:`;
  const silent = createLogger({ level: "silent", pretty: false });
  let db: TestDatabase;
  let writer: App;
  let withRedis: App;
  let withoutRedis: App;
  let servedRedis: Served;
  let servedPlain: Served;

  beforeAll(async () => {
    db = await freshDatabase();
    const common = { databaseUrl: db.url, logger: silent, eventPollMs: 60_000 };
    writer = await buildApp({ ...common, redisUrl: REDIS_URL, redisPrefix: prefix });
    withRedis = await buildApp({ ...common, redisUrl: REDIS_URL, redisPrefix: prefix });
    withoutRedis = await buildApp(common);
    await bootstrapEnvironment(writer.db, { cloudName: "fanout", ...creds });
    servedRedis = await serve(withRedis);
    servedPlain = await serve(withoutRedis);
  });
  afterAll(async () => {
    await servedRedis?.close();
    await servedPlain?.close();
    for (const app of [writer, withRedis, withoutRedis]) await app?.close();
    await db?.drop();
  });

  test("a subscriber on instance B sees a mutation made on instance A; without Redis it waits for the poll", async () => {
    const subscribe = (url: string) => {
      const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: creds, retryAttempts: 0 });
      const received: { type: string; at: number }[] = [];
      const done = new Promise<void>((resolve) => {
        client.subscribe<{ events: { type: string } }>(
          { query: print(FanoutEvents), variables: { types: ["CREATE_FOLDER"] } },
          { next: (r) => (received.push({ type: r.data!.events.type, at: Date.now() }), resolve()), error: () => resolve(), complete: () => resolve() },
        );
      });
      return { client, received, done };
    };
    const viaRedis = subscribe(servedRedis.wsUrl);
    const viaPoll = subscribe(servedPlain.wsUrl);
    await new Promise((r) => setTimeout(r, 500));

    const res = await writer.yoga.fetch("http://a/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: basic(creds) },
      body: JSON.stringify({ query: print(FanoutCreateFolder), variables: { input: { path: "from-a" } } }),
    });
    expect(((await res.json()) as { data: { createFolder: { userErrors: unknown[] } } }).data.createFolder.userErrors).toEqual([]);
    const committed = Date.now();

    await Promise.race([viaRedis.done, new Promise((r) => setTimeout(r, 5000))]);
    expect(viaRedis.received.map((e) => e.type)).toEqual(["CREATE_FOLDER"]);
    expect(viaRedis.received[0].at - committed).toBeLessThan(2000);
    // The instance without Redis has not heard of it (its next poll is a minute away).
    expect(viaPoll.received).toEqual([]);
    await viaRedis.client.dispose();
    await viaPoll.client.dispose();
  });
});
