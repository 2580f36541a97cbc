import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import WebSocket from "ws";
import { graphql } from "../gql/index.js";
import type { SubEventsSubscription } from "../gql/graphql.js";
import { basic, useTestApp, type Credentials } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";
import { serve, type Served } from "../helpers/server.js";
import { sleep } from "../helpers/wait.js";

const t = useTestApp({ eventPollMs: 200 });
let served: Served;
const clients: Client[] = [];
beforeAll(async () => {
  served = await serve(t.app, { initTimeoutMs: 300 });
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await served?.close();
});

const SubEvents = graphql(`
  subscription SubEvents($types: [TriggerEventType!], $assetId: String, $after: String) {
    events(types: $types, assetId: $assetId, after: $after) {
      __typename
      sequence
      cursor
      type
      assetIds
      payload
      ... on AssetEvent { asset { publicId tags } }
      ... on FolderEvent { folder { path } }
    }
  }
`);

const SubAssetChanged = graphql(`
  subscription SubAssetChanged($assetId: String!) {
    assetChanged(assetId: $assetId) { type sequence assetIds }
  }
`);

const SubRetag = graphql(`
  mutation SubRetag($input: UpdateAssetInput!) {
    updateAsset(input: $input) { userErrors { code } }
  }
`);

const SubCreateFolder = graphql(`
  mutation SubCreateFolder($input: CreateFolderInput!) {
    createFolder(input: $input) { userErrors { code } }
  }
`);

const SubCreateKey = graphql(`
  mutation SubCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { apiKey { apiKey } apiSecret }
  }
`);

const SubRevokeKey = graphql(`
  mutation SubRevokeKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) { userErrors { code } }
  }
`);

type Ev = SubEventsSubscription["events"];

function client(creds: Credentials | null, extra: Partial<Parameters<typeof createClient>[0]> = {}): Client {
  const c = createClient({
    url: served.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: creds ? { apiKey: creds.apiKey, apiSecret: creds.apiSecret } : undefined,
    retryAttempts: 0,
    lazy: true,
    ...extra,
  });
  clients.push(c);
  return c;
}

/** Subscribes and returns the first `n` events (then unsubscribes). */
async function take<V>(c: Client, doc: Parameters<typeof print>[0], variables: V, n: number): Promise<Ev[]> {
  const out: Ev[] = [];
  if (n === 0) return out;
  for await (const r of c.iterate<{ events?: Ev; assetChanged?: Ev }>({ query: print(doc), variables: variables as Record<string, unknown> })) {
    expect(r.errors).toBeUndefined();
    out.push((r.data!.events ?? r.data!.assetChanged)!);
    if (out.length === n) break;
  }
  return out;
}

describe("events subscription over graphql-ws", () => {
  test("replays from a cursor, then follows live events, in order and without gaps", async () => {
    const ids = await importAssets(t, images(3, "sub", { assetFolder: "subs" }));
    const c = client(t.admin);
    // create_folder, then one upload per asset
    const replayed = await take(c, SubEvents, { after: "0" }, 4);
    expect(replayed.map((e) => e.type)).toEqual(["CREATE_FOLDER", "UPLOAD", "UPLOAD", "UPLOAD"]);
    expect(replayed.map((e) => e.sequence)).toEqual([1, 2, 3, 4]);
    expect(replayed[0]).toMatchObject({ __typename: "FolderEvent", folder: { path: "subs" }, assetIds: [] });
    expect(replayed[1]).toMatchObject({ __typename: "AssetEvent", assetIds: [ids[0]], asset: { publicId: "sub-0000", tags: [] } });
    expect(replayed[1].payload).toMatchObject({
      notification_type: "upload",
      environment: "test-cloud",
      source: "admin_api",
      sequence: 2,
      asset: { asset_id: ids[0], public_id: "sub-0000", resource_type: "image", type: "upload" },
      asset_folder: "subs",
    });

    // Resume after the second upload while more happens in between: exactly the missed ones, then live.
    await t.gql(SubRetag, { input: { ref: { assetId: ids[0] }, tags: ["a", "b"] } });
    const resumed = take(c, SubEvents, { after: replayed[2].cursor }, 3);
    await sleep(300);
    await t.gql(SubRetag, { input: { ref: { assetId: ids[0] }, tags: ["b", "c"] } });
    const events = await resumed;
    expect(events.map((e) => [e.sequence, e.type])).toEqual([[4, "UPLOAD"], [5, "RESOURCE_TAGS_CHANGED"], [6, "RESOURCE_TAGS_CHANGED"]]);
    expect(events[1].payload).toMatchObject({ added: ["a", "b"], removed: [] });
    expect(events[2].payload).toMatchObject({ added: ["c"], removed: ["a"] });
    // Readers re-read: each event shows the asset as it is when delivered, not as the event saw it.
    expect(events[1]).toMatchObject({ asset: { tags: ["a", "b"] } });
    expect(events[2]).toMatchObject({ asset: { tags: ["b", "c"] } });
  });

  test("without a cursor only new events arrive; types and assetId filter them", async () => {
    const [id] = await importAssets(t, [{ publicId: "sub-live" }]);
    const c = client(t.admin);
    const live = take(c, SubEvents, { types: ["RESOURCE_TAGS_CHANGED"], assetId: id }, 1);
    const changed = take(c, SubAssetChanged, { assetId: id }, 2);
    await sleep(400);
    await t.gql(SubCreateFolder, { input: { path: "not-this-one" } });
    await t.gql(SubRetag, { input: { ref: { assetId: id }, tags: ["x"] } });
    await t.gql(SubRetag, { input: { ref: { assetId: id }, displayName: "renamed" } });
    const [only] = await live;
    expect(only).toMatchObject({ type: "RESOURCE_TAGS_CHANGED", assetIds: [id] });
    expect((await changed).map((e) => e.type)).toEqual(["RESOURCE_TAGS_CHANGED", "RESOURCE_DISPLAY_NAME_CHANGED"]);
  });

  test("each environment sees its own events only; read-only keys may subscribe", async () => {
    const other = client(t.otherAdmin);
    const otherEvents = take(other, SubEvents, { after: "0" }, 1);
    const mine = client(t.readOnly);
    const mineEvents = take(mine, SubEvents, { types: ["CREATE_FOLDER"], after: "0" }, 1);
    expect((await mineEvents)[0]).toMatchObject({ type: "CREATE_FOLDER" });
    await t.gql(SubCreateFolder, { input: { path: "theirs" } }, t.otherAdmin);
    const [theirs] = await otherEvents;
    expect(theirs).toMatchObject({ type: "CREATE_FOLDER", sequence: 1, folder: { path: "theirs" } });
    expect(theirs.payload).toMatchObject({ environment: "other-cloud" });
  });

  test("bad credentials close the socket with 4403; a socket that never initialises is closed with 4408", async () => {
    const closed = (c: Client) =>
      new Promise<number>((resolve) => c.on("closed", (e) => resolve((e as { code: number }).code)));
    const bad = client({ apiKey: t.admin.apiKey, apiSecret: "wrong" }, { lazy: false, onNonLazyError: () => undefined });
    expect(await closed(bad)).toBe(4403);
    const raw = new WebSocket(served.wsUrl, "graphql-transport-ws");
    const code = await new Promise<number>((resolve) => raw.on("close", (c) => resolve(c)));
    expect(code).toBe(4408);
    const viaHeader = client(null, { connectionParams: { authorization: basic(t.admin) } });
    expect((await take(viaHeader, SubEvents, { after: "0", types: ["CREATE_FOLDER"] }, 1))[0].type).toBe("CREATE_FOLDER");
  });

  test("an invalid cursor, or one past the environment's last event, is a typed error", async () => {
    const c = client(t.admin);
    for (const after of ["not-a-cursor", "999999"]) {
      const result = await new Promise<unknown>((resolve) => {
        c.subscribe({ query: print(SubEvents), variables: { after } }, { next: resolve, error: resolve, complete: () => undefined });
      });
      expect(JSON.stringify(result)).toContain("INVALID_CURSOR");
    }
  });

  test("a key revoked while its socket is open stops receiving events: the socket is closed with 4403", async () => {
    const created = await t.gql(SubCreateKey, { input: { label: "short-lived" } });
    const key = { apiKey: created.data!.createApiKey.apiKey!.apiKey, apiSecret: created.data!.createApiKey.apiSecret! };
    const c = client(key);
    const outcome = new Promise<{ events: number; closeCode?: number }>((resolve) => {
      let events = 0;
      c.subscribe(
        { query: print(SubEvents), variables: { types: ["CREATE_FOLDER"] } },
        {
          next: () => void events++,
          error: (e) => resolve({ events, closeCode: (e as { code?: number }).code }),
          complete: () => resolve({ events }),
        },
      );
    });
    await sleep(300);
    await t.gql(SubCreateFolder, { input: { path: "before-revoke" } });
    await sleep(300);
    await t.gql(SubRevokeKey, { input: { apiKey: key.apiKey } });
    await t.gql(SubCreateFolder, { input: { path: "after-revoke" } });
    const result = await outcome;
    expect(result).toEqual({ events: 1, closeCode: 4403 });
  });
});
