// Revocation reaches sockets that are already open: a revoked key's sockets are closed (4403) at
// once on the instance that revoked it, within the auth cache's lifetime on another instance over
// the same database, and a socket can start nothing with a revoked key in between.
import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import WebSocket from "ws";
import { buildApp, type App } from "../../src/app.js";
import { createLogger } from "../../src/lib/logger.js";
import { graphql } from "../gql/index.js";
import { useTestApp, type Credentials } from "../helpers/app.js";
import { serve, type Served } from "../helpers/server.js";
import { sleep } from "../helpers/wait.js";

const t = useTestApp({ webhooks: false });
let served: Served;
let other: App;
let otherServed: Served;
const clients: Client[] = [];

const OTHER_CACHE_MS = 400;

beforeAll(async () => {
  served = await serve(t.app);
  // A second instance over the same database, as a deployment of two would run.
  other = await buildApp({ databaseUrl: t.databaseUrl, logger: createLogger({ level: "silent", pretty: false }), webhooks: false, authCacheMs: OTHER_CACHE_MS });
  otherServed = await serve(other);
});

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await served?.close();
  await otherServed?.close();
  await other?.close();
});

const RevCreateKey = graphql(`
  mutation RevCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { apiKey { apiKey } apiSecret }
  }
`);

const RevRevokeKey = graphql(`
  mutation RevRevokeKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) { userErrors { code } }
  }
`);

const RevKeys = graphql(`
  query RevKeys {
    apiKeys(first: 500) { totalCount }
  }
`);

const RevPing = graphql(`
  query RevPing {
    ping { status }
  }
`);

async function newAdminKey(label: string): Promise<Credentials> {
  const created = await t.gql(RevCreateKey, { input: { label } });
  return { apiKey: created.data!.createApiKey.apiKey!.apiKey, apiSecret: created.data!.createApiKey.apiSecret! };
}

/** A connected graphql-ws client and a promise of the code its socket closes with. */
async function connect(url: string, key: Credentials): Promise<{ client: Client; closed: Promise<number> }> {
  let onClosed!: (code: number) => void;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { apiKey: key.apiKey, apiSecret: key.apiSecret },
    retryAttempts: 0,
    lazy: false,
    // The close is what these tests observe, through on.closed.
    onNonLazyError: () => undefined,
    on: { closed: (e) => onClosed((e as { code: number }).code) },
  });
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.on("connected", () => resolve());
    client.on("error", reject);
  });
  return { client, closed };
}

const run = (client: Client, query: string, variables?: Record<string, unknown>) =>
  new Promise<unknown>((resolve) => {
    client.subscribe({ query, variables }, { next: resolve, error: resolve, complete: () => undefined });
  });

/** Resolves with the socket's close code, or "open" when it is still open after `ms`. */
const closedWithin = (closed: Promise<number>, ms: number) => Promise.race([closed, sleep(ms).then(() => "open" as const)]);

describe("revoking a key with sockets open", () => {
  test("closes its sockets on this instance within a second, before they can mint keys", async () => {
    const key = await newAdminKey("socket-holder");
    const { client, closed } = await connect(served.wsUrl, key);
    expect(await run(client, print(RevPing))).toEqual({ data: { ping: { status: "ok" } } });
    const keysBefore = (await t.gql(RevKeys)).data!.apiKeys.totalCount;

    expect((await t.gql(RevRevokeKey, { input: { apiKey: key.apiKey } })).data!.revokeApiKey.userErrors).toEqual([]);
    expect(await closedWithin(closed, 1000)).toBe(4403);

    // The attack of the report: a mutation on that socket after revocation. It cannot run.
    const attempt = await run(client, print(RevCreateKey), { input: { label: "minted-after-revoke" } });
    expect(JSON.stringify(attempt)).not.toContain("apiSecret");
    expect((await t.gql(RevKeys)).data!.apiKeys.totalCount).toBe(keysBefore);
  });

  test("closes its sockets on another instance within that instance's auth cache lifetime", async () => {
    const key = await newAdminKey("socket-on-other");
    const { client, closed } = await connect(otherServed.wsUrl, key);
    expect(await run(client, print(RevPing))).toEqual({ data: { ping: { status: "ok" } } });

    expect((await t.gql(RevRevokeKey, { input: { apiKey: key.apiKey } })).data!.revokeApiKey.userErrors).toEqual([]);
    // The cache lifetime, plus one sweep of open sockets (every second).
    expect(await closedWithin(closed, OTHER_CACHE_MS + 1500)).toBe(4403);
  });

  test("checks the key for every operation a socket starts", async () => {
    const key = await newAdminKey("per-operation");
    const { client, closed } = await connect(otherServed.wsUrl, key);
    // Revoked behind the other instance's back (as a third instance or a DBA would), then the cache lapses.
    await t.app.db.apiKey.update({ where: { key: key.apiKey }, data: { revokedAt: new Date() } });
    await sleep(OTHER_CACHE_MS + 50);
    const attempt = await run(client, print(RevCreateKey), { input: { label: "minted-by-stale-socket" } });
    expect(JSON.stringify(attempt)).not.toContain("apiSecret");
    expect(await closedWithin(closed, 1500)).toBe(4403);
  });
});
