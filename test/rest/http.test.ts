// The REST edge over raw HTTP: the encodings the SDK does not produce (key[]=, repeated keys,
// comma lists, DELETE with a JSON body, %2F in public ids), authentication and cloud names,
// malformed input (always a 4xx JSON error), rate-limit headers, cursors shared with GraphQL,
// and the endpoints the Node SDK has no method for (triggers, last-access reports).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { basic, useTestApp, type Credentials } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";
import { serve, type Served } from "../helpers/server.js";

const t = useTestApp({ rateLimitPerHour: 1000 });
let served: Served;
let base: string;

const ListAssets = graphql(`
  query RestCursorList($prefix: String, $first: Int, $after: String) {
    assets(resourceType: IMAGE, prefix: $prefix, first: $first, after: $after) { pageInfo { endCursor hasNextPage } edges { node { publicId } } }
  }
`);

beforeAll(async () => {
  served = await serve(t.app);
  base = served.httpUrl.replace(/\/graphql$/, "/v1_1/test-cloud");
  await importAssets(t, [...images(6, "enc/img"), { publicId: "enc/a b+c%d", format: "jpg" }]);
});
afterAll(() => served.close());

async function call(method: string, path: string, init: { body?: string; type?: string; as?: Credentials | null; root?: string } = {}) {
  const creds = init.as === undefined ? t.admin : init.as;
  const res = await fetch(`${init.root ?? base}${path}`, {
    method,
    headers: { ...(creds ? { authorization: basic(creds) } : {}), ...(init.type ? { "content-type": init.type } : {}) },
    body: init.body,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: JSON.parse(text) as Record<string, unknown> & { error?: { message: string } } };
}

const publicIds = (r: { json: Record<string, unknown> }) => (r.json.resources as { public_id: string }[]).map((a) => a.public_id).sort();

describe("list encodings", () => {
  test("key[]=, repeated keys and comma lists name the same public ids", async () => {
    const want = ["enc/img-0001", "enc/img-0002"];
    expect(publicIds(await call("GET", "/resources/image/upload?public_ids[]=enc/img-0001&public_ids[]=enc/img-0002"))).toEqual(want);
    expect(publicIds(await call("GET", "/resources/image/upload?public_ids%5B%5D=enc/img-0001&public_ids%5B%5D=enc/img-0002"))).toEqual(want);
    expect(publicIds(await call("GET", "/resources/image/upload?public_ids=enc/img-0001&public_ids=enc/img-0002"))).toEqual(want);
    expect(publicIds(await call("GET", "/resources/image/upload?public_ids=enc/img-0001,enc/img-0002"))).toEqual(want);
  });

  test("%2F-encoded and plain slashes in a public id, and escapes inside it", async () => {
    const encoded = await call("GET", "/resources/image/upload/enc%2Fimg-0003");
    const plain = await call("GET", "/resources/image/upload/enc/img-0003");
    expect(encoded.json.public_id).toBe("enc/img-0003");
    expect(plain.json.public_id).toBe("enc/img-0003");
    const odd = await call("GET", `/resources/image/upload/${encodeURIComponent("enc/a b+c%d")}`);
    expect(odd.json.public_id).toBe("enc/a b+c%d");
  });

  test("form and JSON bodies on POST, and DELETE with a JSON or a form body", async () => {
    const form = await call("POST", "/resources/image/upload/enc%2Fimg-0004", { body: "tags=x,y&context=k%3Dv", type: "application/x-www-form-urlencoded" });
    expect(form.json).toMatchObject({ tags: ["x", "y"], context: { custom: { k: "v" } } });
    const asJson = await call("POST", "/resources/image/upload/enc%2Fimg-0004", { body: JSON.stringify({ tags: ["z"], context: { k: "w" } }), type: "application/json" });
    expect(asJson.json).toMatchObject({ tags: ["z"], context: { custom: { k: "w" } } });
    const deleted = await call("DELETE", "/resources/image/upload", { body: JSON.stringify({ public_ids: ["enc/img-0004"] }), type: "application/json" });
    expect(deleted.json).toEqual({ deleted: { "enc/img-0004": "deleted" }, partial: false });
    const byForm = await call("DELETE", "/resources/image/upload", { body: "public_ids[]=enc/img-0005", type: "application/x-www-form-urlencoded" });
    expect(byForm.json.deleted).toEqual({ "enc/img-0005": "deleted" });
  });
});

describe("authentication and cloud names", () => {
  test("no credentials, a wrong secret, another environment's key, a read-only key", async () => {
    const none = await call("GET", "/ping", { as: null });
    expect(none).toMatchObject({ status: 401, json: { error: { message: "Must supply api_key" } } });
    const wrong = await call("GET", "/ping", { as: { apiKey: t.admin.apiKey, apiSecret: "nope" } });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error!.message).toEqual(expect.any(String));
    const otherKey = await call("GET", "/ping", { as: t.otherAdmin });
    expect(otherKey).toMatchObject({ status: 401, json: { error: { message: "cloud_name mismatch" } } });
    const otherCloud = await call("GET", "/ping", { as: t.otherAdmin, root: base.replace("test-cloud", "other-cloud") });
    expect(otherCloud.status).toBe(200);
    const readOnly = await call("POST", "/folders/ro", { as: t.readOnly });
    expect(readOnly.status).toBe(403);
    expect((await call("GET", "/ping", { as: t.readOnly })).status).toBe(200);
  });
});

describe("malformed input is a 4xx JSON error, never a 5xx", () => {
  test.each([
    ["POST", "/resources/search", "{not json", "application/json", 400],
    ["POST", "/resources/search", "[1,2]", "application/json", 400],
    ["POST", "/resources/search", "x", "multipart/form-data; boundary=x", 400],
    ["GET", "/resources/image/upload?max_results=ten", undefined, undefined, 400],
    ["GET", "/resources/image/upload?direction=sideways", undefined, undefined, 400],
    ["GET", "/resources/image?start_at=yesterday", undefined, undefined, 400],
    ["GET", "/resources/nonsense/upload", undefined, undefined, 400],
    ["GET", "/resources/image/upload?next_cursor=garbage", undefined, undefined, 400],
    ["POST", "/resources/image/upload/enc%2Fimg-0000", "face_coordinates=a,b", "application/x-www-form-urlencoded", 400],
    ["POST", "/resources/image/upload/enc%2Fimg-0000", "context=novalue", "application/x-www-form-urlencoded", 400],
    ["POST", "/resources/image/upload/enc%2Fimg-0000", "tags=true&tags[]=x&visual_search=maybe", "application/x-www-form-urlencoded", 400],
    ["DELETE", "/resources/image/upload", "", "application/json", 400],
    ["POST", "/metadata_fields", JSON.stringify({ type: "integer" }), "application/json", 400],
    ["GET", "/no/such/endpoint", undefined, undefined, 404],
  ])("%s %s %s", async (method, path, body, type, status) => {
    const r = await call(method, path, { body, type });
    expect(r.status).toBe(status);
    expect(r.json.error!.message).toEqual(expect.any(String));
  });

  test("messages name the REST parameter, not the GraphQL argument behind it", async () => {
    expect((await call("GET", "/resources/image?max_results=100000")).json.error!.message).toBe("max_results must be at most 500 (got 100000)");
    expect((await call("GET", "/resources/image?next_cursor=garbage")).json.error!.message).toMatch(/^next_cursor /);
    const ids = Array.from({ length: 101 }, (_, i) => `public_ids[]=x${i}`).join("&");
    expect((await call("DELETE", `/resources/image/upload?${ids}`)).json.error!.message).toMatch(/^public_ids takes at most 100 items/);
  });

  test("a body over the request-size cap is refused before it is read whole", async () => {
    const r = await call("POST", "/resources/search", { body: JSON.stringify({ expression: "x".repeat(10_000_001) }), type: "application/json" });
    expect(r.status).toBe(400);
    expect(r.json.error!.message).toMatch(/larger than/);
  });
});

describe("rate limit", () => {
  test("every answer carries the X-FeatureRateLimit headers GraphQL counts against, errors included", async () => {
    const first = await call("GET", "/ping");
    const limit = first.headers.get("x-featureratelimit-limit");
    const remaining = Number(first.headers.get("x-featureratelimit-remaining"));
    expect(limit).toBe("1000");
    expect(new Date(first.headers.get("x-featureratelimit-reset")!).getTime()).toBeGreaterThan(Date.now());
    await t.gql(graphql(`query RestRateProbe { ping { status } }`));
    const after = await call("GET", "/resources/image/upload/no-such");

    expect(after.status).toBe(404);
    expect(Number(after.headers.get("x-featureratelimit-remaining"))).toBe(remaining - 2);
    const versions = await call("GET", "/resources/image/upload/enc%2Fimg-0000?versions=true");

    // versions=true costs 10 more, as the reference says (11 in all).
    expect(Number(versions.headers.get("x-featureratelimit-remaining"))).toBe(remaining - 13);
    const plain = await call("GET", "/resources/image/upload/enc%2Fimg-0000");
    expect(Number(plain.headers.get("x-featureratelimit-remaining"))).toBe(remaining - 14);
  });
});

describe("cursors are GraphQL's", () => {
  test("a REST next_cursor pages the same GraphQL list (same arguments) and the other way round", async () => {
    const rest = await call("GET", "/resources/image?prefix=enc/&max_results=2");
    const gql = await t.gql(ListAssets, { prefix: "enc/", first: 2, after: rest.json.next_cursor as string });
    expect(gql.data!.assets.edges.map((e) => e.node.publicId)).toEqual(["enc/img-0001", "enc/img-0002"]);
    const back = await call("GET", `/resources/image?prefix=enc/&max_results=2&next_cursor=${encodeURIComponent(gql.data!.assets.pageInfo.endCursor!)}`);
    expect(publicIds(back)[0]).toBe("enc/img-0003");
  });
});

describe("endpoints the SDK reaches only through deprecated or multipart calls", () => {
  test("update_access_mode by public ids, and visual search by text", async () => {
    const r = await call("POST", "/resources/image/upload/update_access_mode", { body: "access_mode=authenticated&public_ids[]=enc/img-0000&public_ids[]=enc/missing", type: "application/x-www-form-urlencoded" });
    expect(r.json).toEqual({ updated: [{ public_id: "enc/img-0000", access_mode: "authenticated" }], failed: [{ public_id: "enc/missing", message: expect.any(String) }] });
    expect((await call("GET", "/resources/image/upload/enc%2Fimg-0000")).json.access_mode).toBe("authenticated");
    await call("POST", "/resources/image/upload/enc%2Fimg-0001", { body: "visual_search=true&tags=red,shoe", type: "application/x-www-form-urlencoded" });
    const found = await call("POST", "/resources/visual_search", { body: JSON.stringify({ text: "red shoe" }), type: "application/json" });
    expect(found.json.resources).toMatchObject([{ public_id: "enc/img-0001", tags: ["red", "shoe"] }]);
    expect((await call("POST", "/resources/visual_search", { body: JSON.stringify({ image_url: "https://example.com/x.jpg" }), type: "application/json" })).status).toBe(403);
  });
});

describe("triggers and last-access reports", () => {
  test("triggers: create, list, update, delete", async () => {
    const created = await call("POST", "/triggers", { body: "uri=https://example.com/hook&event_type=upload", type: "application/x-www-form-urlencoded" });
    expect(created.json).toMatchObject({ id: expect.any(String), uri_type: "webhook", uri: "https://example.com/hook", event_type: "upload", product_environment_id: "test-cloud" });
    const listed = await call("GET", "/triggers?event_type=upload");
    expect(listed.json.triggers).toMatchObject([{ id: created.json.id }]);
    expect((await call("PUT", `/triggers/${created.json.id}`, { body: JSON.stringify({ new_uri: "https://example.com/other" }), type: "application/json" })).json).toEqual({ message: "ok" });
    expect((await call("GET", "/triggers")).json.triggers).toMatchObject([{ uri: "https://example.com/other" }]);
    expect((await call("DELETE", `/triggers/${created.json.id}`)).json).toEqual({ message: "ok" });
    expect((await call("GET", "/triggers")).json.triggers).toEqual([]);
    expect((await call("POST", "/triggers", { body: "uri=https://example.com/hook&event_type=bogus", type: "application/x-www-form-urlencoded" })).status).toBe(400);
  });

  test("last-access reports: create, list, get, its resources", async () => {
    const created = await call("POST", "/resources_last_access_reports", { body: JSON.stringify({ from_date: "2024-01-01", exclude_folders: ["docs"] }), type: "application/json" });
    expect(created.json).toMatchObject({ message: "created", id: expect.any(String) });
    const listed = await call("GET", "/resources_last_access_reports");
    expect(listed.json.reports).toMatchObject([{ id: created.json.id, params: { from_date: "2024-01-01", exclude_folders: ["docs"], sort_by: "accessed_at", direction: "asc" } }]);
    const one = await call("GET", `/resources_last_access_reports/${created.json.id}`);
    expect(one.json).toMatchObject({ id: created.json.id, status: expect.any(String), created_at: expect.stringMatching(/Z$/) });
    const resources = await call("GET", `/resources/last_access_report/${created.json.id}`);
    expect(resources.status).toBe(200);
    expect(resources.json.resources).toEqual(expect.any(Array));
    expect((await call("GET", "/resources_last_access_reports/nope")).status).toBe(404);
  });
});
