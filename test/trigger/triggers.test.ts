import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { TriggerEventType } from "../gql/graphql.js";
import { useTestApp, type Credentials } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";

const t = useTestApp();

const CreateTrigger = graphql(`
  mutation TriggersCreate($input: CreateTriggerInput!) {
    createTrigger(input: $input) {
      trigger { id externalId eventType uri uriType createdAt updatedAt }
      userErrors { code field message }
    }
  }
`);

const UpdateTrigger = graphql(`
  mutation TriggersUpdate($input: UpdateTriggerInput!) {
    updateTrigger(input: $input) {
      trigger { id externalId eventType uri uriType createdAt updatedAt }
      userErrors { code field message }
    }
  }
`);

const DeleteTrigger = graphql(`
  mutation TriggersDelete($input: DeleteTriggerInput!) {
    deleteTrigger(input: $input) {
      deletedId
      externalId
      userErrors { code field message }
    }
  }
`);

const ListTriggers = graphql(`
  query TriggersList($eventType: TriggerEventType, $first: Int, $after: String) {
    triggers(eventType: $eventType, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id externalId eventType uri uriType } }
    }
  }
`);

const TriggerNode = graphql(`
  query TriggersNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on Trigger { externalId eventType uri uriType }
    }
  }
`);

const CreateFolder = graphql(`
  mutation TriggersCreateFolder($input: CreateFolderInput!) {
    createFolder(input: $input) {
      createdPaths
      userErrors { code field message }
    }
  }
`);

type Created = { id: string; externalId: string; eventType: TriggerEventType; uri: string; uriType: string; createdAt: string; updatedAt: string };

async function create(uri: string, eventType: TriggerEventType, as?: Credentials): Promise<Created> {
  const r = await t.gql(CreateTrigger, { input: { uri, eventType } }, as);
  expect(r.errors).toBeUndefined();
  expect(r.data!.createTrigger.userErrors, `${eventType} ${uri}`).toEqual([]);
  return r.data!.createTrigger.trigger!;
}

/** A create that must fail with one userError. */
async function refusedCreate(uri: string, eventType: TriggerEventType) {
  const r = await t.gql(CreateTrigger, { input: { uri, eventType } });
  expect(r.errors).toBeUndefined();
  expect(r.data!.createTrigger.trigger, uri).toBeNull();
  expect(r.data!.createTrigger.userErrors, uri).toHaveLength(1);
  return r.data!.createTrigger.userErrors[0];
}

async function list(eventType?: TriggerEventType, as?: Credentials) {
  const r = await t.gql(ListTriggers, { eventType, first: 500 }, as);
  expect(r.errors).toBeUndefined();
  return r.data!.triggers;
}
const uris = (c: { edges: { node: { uri: string } }[] }) => c.edges.map((e) => e.node.uri);

/** A mutation refused for a key: one top-level FORBIDDEN error and no data. */
function expectForbidden(r: { data?: unknown; errors?: readonly { extensions?: Record<string, unknown> }[] }) {
  expect(r.data).toBeNull();
  expect(r.errors).toHaveLength(1);
  expect(r.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("triggers", () => {
  test("createTrigger returns the trigger; node(id) resolves it", async () => {
    const before = Date.now();
    const tr = await create("https://hooks.example.com/report", "REPORT");
    expect(tr).toMatchObject({ eventType: "REPORT", uri: "https://hooks.example.com/report", uriType: "webhook" });
    expect(tr.externalId).toMatch(/^[0-9a-f]{32}$/);
    expect(Buffer.from(tr.id, "base64").toString()).toBe(`Trigger:${tr.externalId}`);
    expect(tr.updatedAt).toBe(tr.createdAt);
    expect(Date.parse(tr.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(tr.createdAt)).toBeLessThanOrEqual(Date.now() + 1000);

    const node = await t.gql(TriggerNode, { id: tr.id });
    expect(node.errors).toBeUndefined();
    expect(node.data!.node).toEqual({ __typename: "Trigger", externalId: tr.externalId, eventType: "REPORT", uri: tr.uri, uriType: "webhook" });

    // Stored as given, http as well as https, with port, path and query.
    const plain = await create("http://hooks.example.com:8080/in?x=1&y=2", "REPORT");
    expect(plain.uri).toBe("http://hooks.example.com:8080/in?x=1&y=2");
  });

  test("triggers: all in creation order, filtered by event type, totalCount, keyset paging", async () => {
    await create("https://hooks.example.com/rename-1", "RENAME");
    await create("https://hooks.example.com/rename-2", "RENAME");
    await create("https://hooks.example.com/rename-3", "RENAME");
    await create("https://hooks.example.com/info-1", "INFO");

    const all = await list();
    expect(all.totalCount).toBe(6);
    expect(uris(all)).toEqual([
      "https://hooks.example.com/report",
      "http://hooks.example.com:8080/in?x=1&y=2",
      "https://hooks.example.com/rename-1",
      "https://hooks.example.com/rename-2",
      "https://hooks.example.com/rename-3",
      "https://hooks.example.com/info-1",
    ]);
    expect(all.edges.map((e) => e.node.eventType)).toEqual(["REPORT", "REPORT", "RENAME", "RENAME", "RENAME", "INFO"]);
    expect(all.edges.every((e) => e.node.uriType === "webhook")).toBe(true);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    const renames = await list("RENAME");
    expect(renames.totalCount).toBe(3);
    expect(uris(renames)).toEqual(["https://hooks.example.com/rename-1", "https://hooks.example.com/rename-2", "https://hooks.example.com/rename-3"]);
    expect((await list("INFO")).totalCount).toBe(1);
    const none = await list("UPLOAD");
    expect(none).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    // ALL lists the wildcard triggers only, not every trigger.
    expect((await list("ALL")).totalCount).toBe(0);

    // Default page size is 10: all six fit.
    const defaults = await t.gql(ListTriggers, {});
    expect(defaults.data!.triggers.edges).toHaveLength(6);

    // Pages of two, each resumed from the previous endCursor.
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const c: Awaited<ReturnType<typeof list>> = (await t.gql(ListTriggers, { first: 2, after })).data!.triggers;
      expect(c.totalCount).toBe(6);
      seen.push(...uris(c));
      pages++;
      if (!c.pageInfo.hasNextPage) break;
      expect(c.edges).toHaveLength(2);
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(uris(all));

    // Paging within a filter; any edge cursor resumes after that edge.
    const p1 = await t.gql(ListTriggers, { eventType: "RENAME", first: 1 });
    expect(uris(p1.data!.triggers)).toEqual(["https://hooks.example.com/rename-1"]);
    expect(p1.data!.triggers.pageInfo.hasNextPage).toBe(true);
    const p2 = await t.gql(ListTriggers, { eventType: "RENAME", first: 5, after: p1.data!.triggers.pageInfo.endCursor });
    expect(uris(p2.data!.triggers)).toEqual(["https://hooks.example.com/rename-2", "https://hooks.example.com/rename-3"]);
    expect(p2.data!.triggers.pageInfo.hasNextPage).toBe(false);

    // A cursor is bound to its arguments.
    const other = await t.gql(ListTriggers, { eventType: "INFO", after: p1.data!.triggers.pageInfo.endCursor });
    expect(other.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR", field: ["after"] });
    const garbage = await t.gql(ListTriggers, { after: "not-a-cursor" });
    expect(garbage.errors![0].extensions).toMatchObject({ reason: "INVALID_CURSOR", field: ["after"] });

    // first: 1..500.
    const over = await t.gql(ListTriggers, { first: 501 });
    expect(over.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LIMIT_EXCEEDED", field: ["first"] });
    const zero = await t.gql(ListTriggers, { first: 0 });
    expect(zero.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_ARGUMENT", field: ["first"] });
  });

  test("updateTrigger changes only the URI and bumps updatedAt, by global id or externalId", async () => {
    const tr = await create("https://hooks.example.com/moderation-old", "MODERATION");
    await sleep(5);
    const byGlobal = await t.gql(UpdateTrigger, { input: { id: tr.id, newUri: "https://hooks.example.com/moderation-new" } });
    expect(byGlobal.errors).toBeUndefined();
    const p = byGlobal.data!.updateTrigger;
    expect(p.userErrors).toEqual([]);
    expect(p.trigger).toMatchObject({
      id: tr.id,
      externalId: tr.externalId,
      eventType: "MODERATION",
      uriType: "webhook",
      uri: "https://hooks.example.com/moderation-new",
      createdAt: tr.createdAt,
    });
    expect(Date.parse(p.trigger!.updatedAt)).toBeGreaterThan(Date.parse(tr.updatedAt));

    await sleep(5);
    const byExternal = await t.gql(UpdateTrigger, { input: { id: tr.externalId, newUri: "https://hooks.example.com/moderation-newer" } });
    expect(byExternal.data!.updateTrigger.userErrors).toEqual([]);
    expect(byExternal.data!.updateTrigger.trigger).toMatchObject({ id: tr.id, eventType: "MODERATION", uri: "https://hooks.example.com/moderation-newer", createdAt: tr.createdAt });
    expect(Date.parse(byExternal.data!.updateTrigger.trigger!.updatedAt)).toBeGreaterThan(Date.parse(p.trigger!.updatedAt));

    // Setting the URI it already has is fine.
    const same = await t.gql(UpdateTrigger, { input: { id: tr.id, newUri: "https://hooks.example.com/moderation-newer" } });
    expect(same.data!.updateTrigger.userErrors).toEqual([]);
    expect(same.data!.updateTrigger.trigger!.uri).toBe("https://hooks.example.com/moderation-newer");

    // The list shows the new URI under the same event type, and no other trigger changed.
    expect(uris(await list("MODERATION"))).toEqual(["https://hooks.example.com/moderation-newer"]);
    expect((await list()).totalCount).toBe(7);
  });

  test("deleteTrigger by global id or externalId; a deleted trigger is gone", async () => {
    const a = await create("https://hooks.example.com/eager-a", "EAGER");
    const b = await create("https://hooks.example.com/eager-b", "EAGER");

    const delA = await t.gql(DeleteTrigger, { input: { id: a.id } });
    expect(delA.errors).toBeUndefined();
    expect(delA.data!.deleteTrigger).toEqual({ deletedId: a.id, externalId: a.externalId, userErrors: [] });
    const delB = await t.gql(DeleteTrigger, { input: { id: b.externalId } });
    expect(delB.data!.deleteTrigger).toEqual({ deletedId: b.id, externalId: b.externalId, userErrors: [] });

    expect((await list("EAGER")).totalCount).toBe(0);
    expect((await t.gql(TriggerNode, { id: a.id })).data!.node).toBeNull();
    const again = await t.gql(DeleteTrigger, { input: { id: a.id } });
    expect(again.data!.deleteTrigger).toEqual({ deletedId: null, externalId: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "id"], message: expect.any(String) }] });
    const update = await t.gql(UpdateTrigger, { input: { id: b.externalId, newUri: "https://hooks.example.com/x" } });
    expect(update.data!.updateTrigger).toEqual({ trigger: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "id"], message: expect.any(String) }] });
    // The URI can be subscribed again after its trigger was deleted.
    const back = await create("https://hooks.example.com/eager-a", "EAGER");
    expect(back.externalId).not.toBe(a.externalId);
    await t.gql(DeleteTrigger, { input: { id: back.id } });
  });

  test("INVALID_URI: only absolute http(s) URLs with a host, without credentials, at most 2048 characters", async () => {
    const host = "https://hooks.example.com/";
    const bad = [
      "",
      "hooks.example.com/x",
      "/relative/path",
      "//hooks.example.com/x",
      "ftp://hooks.example.com/x",
      "mailto:ops@example.com",
      "javascript:alert(1)",
      "file:///etc/passwd",
      "http:hooks.example.com",
      "https://",
      "https:///path",
      "https://user:secret@hooks.example.com/x",
      "https://user@hooks.example.com/x",
      "https://@hooks.example.com/x",
      "https:\\\\hooks.example.com\\x",
      "https://hooks.example.com\\x",
      " https://hooks.example.com/x",
      "https://hooks.example.com/x ",
      "https://hooks.example.com/a b",
      "https://hooks.example.com/a\nb",
      "https://hooks example.com/",
      host + "a".repeat(2049 - host.length),
    ];
    const before = (await list()).totalCount;
    for (const uri of bad) {
      expect(await refusedCreate(uri, "UPLOAD"), uri).toEqual({ code: "INVALID_URI", field: ["input", "uri"], message: expect.any(String) });
    }
    expect((await list()).totalCount).toBe(before);

    // Exactly 2048 characters is accepted.
    const longest = host + "a".repeat(2048 - host.length);
    const ok = await create(longest, "MULTI");
    expect(ok.uri).toHaveLength(2048);

    for (const uri of bad) {
      const r = await t.gql(UpdateTrigger, { input: { id: ok.id, newUri: uri } });
      expect(r.data!.updateTrigger, uri).toEqual({ trigger: null, userErrors: [{ code: "INVALID_URI", field: ["input", "newUri"], message: expect.any(String) }] });
    }
    expect(uris(await list("MULTI"))).toEqual([longest]);
    await t.gql(DeleteTrigger, { input: { id: ok.id } });
  });

  test("ALREADY_EXISTS: the same URI twice for one event type, on create and on update", async () => {
    const a = await create("https://hooks.example.com/error-a", "ERROR");
    const b = await create("https://hooks.example.com/error-b", "ERROR");
    expect(await refusedCreate("https://hooks.example.com/error-a", "ERROR")).toEqual({ code: "ALREADY_EXISTS", field: ["input", "uri"], message: expect.any(String) });
    // Another event type may use the same URI.
    const c = await create("https://hooks.example.com/error-a", "PUBLISH");

    const clash = await t.gql(UpdateTrigger, { input: { id: b.id, newUri: "https://hooks.example.com/error-a" } });
    expect(clash.data!.updateTrigger).toEqual({ trigger: null, userErrors: [{ code: "ALREADY_EXISTS", field: ["input", "newUri"], message: expect.any(String) }] });
    // A URI another event type's trigger has is fine.
    const otherType = await t.gql(UpdateTrigger, { input: { id: c.id, newUri: "https://hooks.example.com/error-b" } });
    expect(otherType.data!.updateTrigger.userErrors).toEqual([]);

    expect(uris(await list("ERROR"))).toEqual(["https://hooks.example.com/error-a", "https://hooks.example.com/error-b"]);
    expect(uris(await list("PUBLISH"))).toEqual(["https://hooks.example.com/error-b"]);
    for (const tr of [a, b, c]) await t.gql(DeleteTrigger, { input: { id: tr.id } });
  });

  test("NOT_FOUND for ids that name no trigger", async () => {
    const folder = Buffer.from("Folder:0123456789abcdef0123456789abcdef").toString("base64");
    const ids = ["0123456789abcdef0123456789abcdef", Buffer.from("Trigger:0123456789abcdef0123456789abcdef").toString("base64"), folder, "", "not an id"];
    for (const id of ids) {
      const u = await t.gql(UpdateTrigger, { input: { id, newUri: "https://hooks.example.com/x" } });
      expect(u.data!.updateTrigger, id).toEqual({ trigger: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "id"], message: expect.any(String) }] });
      const d = await t.gql(DeleteTrigger, { input: { id } });
      expect(d.data!.deleteTrigger, id).toEqual({ deletedId: null, externalId: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "id"], message: expect.any(String) }] });
    }
  });

  test("at most 30 triggers per event type; ALL counts as its own event type", async () => {
    const publish: Created[] = [];
    for (let i = 0; i < 30; i++) publish.push(await create(`https://hooks.example.com/publish-${i}`, "PUBLISH"));
    const refused = await refusedCreate("https://hooks.example.com/publish-30", "PUBLISH");
    expect(refused).toEqual({ code: "TRIGGER_LIMIT_REACHED", field: ["input", "eventType"], message: expect.any(String) });
    expect((await list("PUBLISH")).totalCount).toBe(30);

    // Other event types, and the wildcard, still accept the same URI.
    await create("https://hooks.example.com/publish-30", "PROOF_STATUS_CHANGED");
    const all: Created[] = [];
    for (let i = 0; i < 30; i++) all.push(await create(`https://hooks.example.com/all-${i}`, "ALL"));
    expect(await refusedCreate("https://hooks.example.com/all-30", "ALL")).toMatchObject({ code: "TRIGGER_LIMIT_REACHED", field: ["input", "eventType"] });
    expect((await list("ALL")).totalCount).toBe(30);
    // ...and a full ALL does not block a specific type.
    await create("https://hooks.example.com/all-30", "PROOF_STATUS_CHANGED");

    // A duplicate at the limit is reported as the duplicate it is.
    expect(await refusedCreate("https://hooks.example.com/publish-0", "PUBLISH")).toMatchObject({ code: "ALREADY_EXISTS", field: ["input", "uri"] });
    // Deleting one frees a place.
    await t.gql(DeleteTrigger, { input: { id: publish[0].id } });
    await create("https://hooks.example.com/publish-30", "PUBLISH");
    expect(await refusedCreate("https://hooks.example.com/publish-31", "PUBLISH")).toMatchObject({ code: "TRIGGER_LIMIT_REACHED" });

    // Clean up, so the wildcard triggers do not receive the events of later tests.
    for (const tr of all) expect((await t.gql(DeleteTrigger, { input: { id: tr.id } })).data!.deleteTrigger.userErrors).toEqual([]);
    expect((await list("ALL")).totalCount).toBe(0);
  });

  test("concurrent creates never exceed the limit nor duplicate a URI", async () => {
    for (let i = 0; i < 25; i++) await create(`https://hooks.example.com/explode-${i}`, "EXPLODE");
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.gql(CreateTrigger, { input: { uri: `https://hooks.example.com/explode-race-${i}`, eventType: "EXPLODE" } })),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const payloads = results.map((r) => r.data!.createTrigger);
    expect(payloads.filter((p) => p.trigger)).toHaveLength(5);
    const failures = payloads.filter((p) => !p.trigger).map((p) => p.userErrors.map((e) => e.code));
    expect(failures).toEqual(Array(5).fill(["TRIGGER_LIMIT_REACHED"]));
    expect((await list("EXPLODE")).totalCount).toBe(30);

    const dupes = await Promise.all(
      Array.from({ length: 5 }, () => t.gql(CreateTrigger, { input: { uri: "https://hooks.example.com/dupe", eventType: "GENERATE_ARCHIVE" } })),
    );
    const ok = dupes.filter((r) => r.data!.createTrigger.trigger);
    expect(ok).toHaveLength(1);
    for (const r of dupes.filter((r) => !r.data!.createTrigger.trigger)) expect(r.data!.createTrigger.userErrors.map((e) => e.code)).toEqual(["ALREADY_EXISTS"]);
    expect(uris(await list("GENERATE_ARCHIVE"))).toEqual(["https://hooks.example.com/dupe"]);
  });

  test("a READ_ONLY key may list triggers but every trigger mutation is FORBIDDEN", async () => {
    const tr = await create("https://hooks.example.com/readonly", "INVALIDATE_CUSTOM_CDN");
    const listed = await list("INVALIDATE_CUSTOM_CDN", t.readOnly);
    expect(uris(listed)).toEqual(["https://hooks.example.com/readonly"]);

    expectForbidden(await t.gql(CreateTrigger, { input: { uri: "https://hooks.example.com/ro", eventType: "INVALIDATE_CUSTOM_CDN" } }, t.readOnly));
    expectForbidden(await t.gql(UpdateTrigger, { input: { id: tr.id, newUri: "https://hooks.example.com/ro" } }, t.readOnly));
    expectForbidden(await t.gql(DeleteTrigger, { input: { id: tr.id } }, t.readOnly));
    expect(uris(await list("INVALIDATE_CUSTOM_CDN"))).toEqual(["https://hooks.example.com/readonly"]);
  });

  test("another environment cannot see, update or delete them, and has its own namespace", async () => {
    const tr = await create("https://hooks.example.com/tenant", "BULK_REFRESH_AUTO_FETCH");
    const ours = (await list()).totalCount;

    const theirs = await list(undefined, t.otherAdmin);
    expect(theirs).toMatchObject({ totalCount: 0, edges: [] });
    expect((await list("BULK_REFRESH_AUTO_FETCH", t.otherAdmin)).totalCount).toBe(0);
    expect((await t.gql(TriggerNode, { id: tr.id }, t.otherAdmin)).data!.node).toBeNull();

    for (const id of [tr.id, tr.externalId]) {
      const u = await t.gql(UpdateTrigger, { input: { id, newUri: "https://evil.example.com/" } }, t.otherAdmin);
      expect(u.data!.updateTrigger).toEqual({ trigger: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "id"], message: expect.any(String) }] });
      const d = await t.gql(DeleteTrigger, { input: { id } }, t.otherAdmin);
      expect(d.data!.deleteTrigger).toEqual({ deletedId: null, externalId: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "id"], message: expect.any(String) }] });
    }
    expect(uris(await list("BULK_REFRESH_AUTO_FETCH"))).toEqual(["https://hooks.example.com/tenant"]);

    // The same (event type, URI) is free in the other environment, and its limit is its own.
    const mine = await create("https://hooks.example.com/tenant", "BULK_REFRESH_AUTO_FETCH", t.otherAdmin);
    expect(mine.externalId).not.toBe(tr.externalId);
    for (let i = 0; i < 30; i++) await create(`https://hooks.example.com/publish-${i}`, "PUBLISH", t.otherAdmin);
    expect(uris(await list(undefined, t.otherAdmin))).toHaveLength(31);
    expect((await list()).totalCount).toBe(ours);
    // Cleaning up in the other environment does not touch ours.
    await t.gql(DeleteTrigger, { input: { id: mine.id } }, t.otherAdmin);
    expect(uris(await list("BULK_REFRESH_AUTO_FETCH"))).toEqual(["https://hooks.example.com/tenant"]);
  });

  test("an event queues one pending delivery per matching URI: its type's triggers plus ALL, once per URI", async () => {
    // These URIs point at a closed local port (9, discard), so no delivery can succeed meanwhile.
    const env = await t.app.db.environment.findUniqueOrThrow({ where: { cloudName: "test-cloud" } });
    const mark = (await t.app.db.event.aggregate({ _max: { id: true } }))._max.id ?? 0;

    await create("http://127.0.0.1:9/a-folders", "CREATE_FOLDER");
    const uploads = await create("http://127.0.0.1:9/b-uploads", "UPLOAD");
    await create("http://127.0.0.1:9/c-everything", "ALL");
    // Subscribed to both the type and ALL: still one delivery per event.
    await create("http://127.0.0.1:9/d-both", "CREATE_FOLDER");
    await create("http://127.0.0.1:9/d-both", "ALL");
    // Deleted before the event: no delivery. Updated: delivers to the new URI only.
    const gone = await create("http://127.0.0.1:9/e-gone", "UPLOAD");
    await t.gql(DeleteTrigger, { input: { id: gone.id } });
    await t.gql(UpdateTrigger, { input: { id: uploads.id, newUri: "http://127.0.0.1:9/b-uploads-v2" } });
    // Another environment's trigger for the same type gets nothing from our events.
    await create("http://127.0.0.1:9/a-folders", "CREATE_FOLDER", t.otherAdmin);
    await create("http://127.0.0.1:9/z-other-all", "ALL", t.otherAdmin);
    // Creating and changing triggers emits no events.
    expect(await t.app.db.event.count({ where: { id: { gt: mark } } })).toBe(0);

    const folder = await t.gql(CreateFolder, { input: { path: "hooked/inner" } });
    expect(folder.data!.createFolder.userErrors).toEqual([]);
    await importAssets(t, images(1, "hooked-asset"));

    const events = await t.app.db.event.findMany({ where: { id: { gt: mark } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.environmentId, e.type])).toEqual([
      [env.id, "create_folder"],
      [env.id, "create_folder"],
      [env.id, "upload"],
    ]);
    const deliveries = await t.app.db.webhookDelivery.findMany({ where: { eventId: { gt: mark } }, orderBy: [{ eventId: "asc" }, { uri: "asc" }] });
    expect(deliveries.every((d) => d.environmentId === env.id)).toBe(true);
    // Still pending: a delivery worker, if one runs, can only fail and retry them.
    expect(deliveries.every((d) => d.status === "pending" && d.deliveredAt === null)).toBe(true);
    expect(deliveries.map((d) => [d.eventId, d.uri])).toEqual([
      [events[0].id, "http://127.0.0.1:9/a-folders"],
      [events[0].id, "http://127.0.0.1:9/c-everything"],
      [events[0].id, "http://127.0.0.1:9/d-both"],
      [events[1].id, "http://127.0.0.1:9/a-folders"],
      [events[1].id, "http://127.0.0.1:9/c-everything"],
      [events[1].id, "http://127.0.0.1:9/d-both"],
      [events[2].id, "http://127.0.0.1:9/b-uploads-v2"],
      [events[2].id, "http://127.0.0.1:9/c-everything"],
      [events[2].id, "http://127.0.0.1:9/d-both"],
    ]);

    // Deliveries already queued follow their trigger: moved with a changed URI, dropped with a
    // deleted trigger (unless another trigger of that URI still wants the event).
    const uploadsNow = (await list("UPLOAD")).edges.find((e) => e.node.uri.endsWith("b-uploads-v2"))!.node;
    await t.gql(UpdateTrigger, { input: { id: uploadsNow.id, newUri: "http://127.0.0.1:9/b-uploads-v3" } });
    const folders = (await list("CREATE_FOLDER")).edges.find((e) => e.node.uri.endsWith("a-folders"))!.node;
    await t.gql(DeleteTrigger, { input: { id: folders.id } });
    const bothFolders = (await list("CREATE_FOLDER")).edges.find((e) => e.node.uri.endsWith("d-both"))!.node;
    await t.gql(DeleteTrigger, { input: { id: bothFolders.id } });
    const after = await t.app.db.webhookDelivery.findMany({ where: { eventId: { gt: mark } }, orderBy: [{ eventId: "asc" }, { uri: "asc" }] });
    expect(after.map((d) => [d.eventId, d.uri, d.status])).toEqual([
      [events[0].id, "http://127.0.0.1:9/a-folders", "dead"],
      [events[0].id, "http://127.0.0.1:9/c-everything", "pending"],
      [events[0].id, "http://127.0.0.1:9/d-both", "pending"],
      [events[1].id, "http://127.0.0.1:9/a-folders", "dead"],
      [events[1].id, "http://127.0.0.1:9/c-everything", "pending"],
      [events[1].id, "http://127.0.0.1:9/d-both", "pending"],
      [events[2].id, "http://127.0.0.1:9/b-uploads-v3", "pending"],
      [events[2].id, "http://127.0.0.1:9/c-everything", "pending"],
      [events[2].id, "http://127.0.0.1:9/d-both", "pending"],
    ]);
    expect(after.find((d) => d.uri.endsWith("a-folders"))!.lastError).toBe("trigger deleted before delivery");
  });
});
