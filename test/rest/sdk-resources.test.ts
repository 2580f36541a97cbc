// The Admin API's resources, tags and search endpoints driven by the official Cloudinary SDK
// (v2) against the REST edge on a real port.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { useTestApp } from "../helpers/app.js";
import { sdkClient, sdkError, type SdkClient } from "../helpers/cloudinary.js";
import { images, importAssets } from "../helpers/fixtures.js";

const t = useTestApp();
let c: SdkClient;
let api: SdkClient["cloudinary"]["api"];
const ids: Record<string, string> = {};

beforeAll(async () => {
  c = await sdkClient(t);
  api = c.cloudinary.api;
  const records = [
    ...images(5, "list/img", { tags: ["list"] }),
    { publicId: "one/sample", format: "jpg", bytes: "120253", width: 864, height: 576, createdAt: "2024-03-01T00:00:00Z", tags: ["flower", "plant"],
      context: [{ key: "alt", value: "sample flower" }], derived: [{ transformation: "c_fill,w_100,h_100" }, { transformation: "w_230,h_168,c_fit" }],
      versions: [{ versionId: "d214063097a43d1d1293db61a397f60f", bytes: "109669", createdAt: "2024-03-01T00:00:00Z" }] },
    { publicId: "ctx/a", format: "png", createdAt: "2024-04-01T00:00:00Z", context: [{ key: "color", value: "red" }] },
    { publicId: "ctx/b", format: "png", createdAt: "2024-04-01T00:00:01Z", context: [{ key: "color", value: "blue" }], moderation: [{ kind: "MANUAL" as const, status: "PENDING" as const }] },
    { publicId: "vid/clip", resourceType: "VIDEO" as const, format: "mp4", duration: 12.5, createdAt: "2024-05-01T00:00:00Z" },
    ...images(3, "del/prefix"),
    ...images(2, "del/tagged", { tags: ["doomed"] }),
    { publicId: "bak/keep", format: "jpg", createdAt: "2024-06-01T00:00:00Z", backup: true },
    { publicId: "rel/a", format: "jpg" }, { publicId: "rel/b", format: "jpg" }, { publicId: "rel/c", format: "jpg" },
  ];
  const assetIds = await importAssets(t, records);
  records.forEach((r, i) => (ids[r.publicId] = assetIds[i]));
});
afterAll(() => c.served.close());

describe("ping, config, usage", () => {
  test("ping answers ok, with the rate-limit fields the SDK reads from headers absent when no limit is set", async () => {
    const r = await api.ping();
    expect(r.status).toBe("ok");
  });

  test("config with settings", async () => {
    const r = await api.config({ settings: true });
    expect(r.cloud_name).toBe("test-cloud");
    expect(r.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(r.settings).toEqual({ folder_mode: "dynamic" });
    expect((await api.config()).settings).toBeUndefined();
  });

  test("usage today and on a date in the path, numbers as numbers", async () => {
    const r = await api.usage();
    expect(r.plan).toEqual(expect.any(String));
    expect(r.resources).toBe(18);
    expect(r.derived_resources).toBe(2);
    expect(r.storage.usage).toEqual(expect.any(Number));
    const day = new Date().toISOString().slice(0, 10);
    expect((await api.usage({ date: day })).last_updated).toBe(day);
    const old = await sdkError(api.usage({ date: "2001-01-01" }));
    expect(old.http_code).toBe(400);
  });
});

describe("listing resources", () => {
  test("pages with max_results and next_cursor until the end, newest first", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const r = await api.resources({ prefix: "list/", max_results: 2, next_cursor: cursor });
      seen.push(...r.resources.map((a: { public_id: string }) => a.public_id));
      cursor = r.next_cursor;
    } while (cursor);
    expect(seen).toEqual(["list/img-0000", "list/img-0001", "list/img-0002", "list/img-0003", "list/img-0004"]);
  });

  test("a resource is shaped like the reference's example", async () => {
    const r = await api.resources({ type: "upload", prefix: "one/", tags: true, context: true });
    expect(r.resources).toEqual([
      {
        asset_id: ids["one/sample"],
        public_id: "one/sample",
        format: "jpg",
        version: Date.parse("2024-03-01T00:00:00Z") / 1000,
        resource_type: "image",
        type: "upload",
        created_at: "2024-03-01T00:00:00Z",
        bytes: 120253,
        width: 864,
        height: 576,
        asset_folder: "",
        display_name: "sample",
        url: `http://res.cloudinary.com/test-cloud/image/upload/v${Date.parse("2024-03-01T00:00:00Z") / 1000}/one/sample.jpg`,
        secure_url: `https://res.cloudinary.com/test-cloud/image/upload/v${Date.parse("2024-03-01T00:00:00Z") / 1000}/one/sample.jpg`,
        tags: ["flower", "plant"],
        context: { custom: { alt: "sample flower" } },
      },
    ]);
    expect(r.next_cursor).toBeUndefined();
  });

  test("direction, start_at and resource types", async () => {
    const asc = await api.resources({ type: "upload", direction: "asc", max_results: 1 });
    expect(asc.resources[0].public_id).toBe("list/img-0000");
    const since = await api.resources({ start_at: new Date("2024-04-01T00:00:00Z"), direction: 1, max_results: 2 });
    expect(since.resources.map((a: { public_id: string }) => a.public_id)).toEqual(["ctx/a", "ctx/b"]);
    const videos = await api.resources({ resource_type: "video" });
    expect(videos.resources).toMatchObject([{ public_id: "vid/clip", resource_type: "video", duration: 12.5 }]);
    expect(videos.resources[0].width).toBeUndefined();
  });

  test("by ids, asset ids, tag, context and moderation", async () => {
    const byIds = await api.resources_by_ids(["list/img-0001", "ctx/a", "missing"]);
    expect(byIds.resources.map((a: { public_id: string }) => a.public_id).sort()).toEqual(["ctx/a", "list/img-0001"]);
    const byAssetIds = await api.resources_by_asset_ids([ids["ctx/a"], ids["ctx/b"]]);
    expect(byAssetIds.resources.map((a: { public_id: string }) => a.public_id).sort()).toEqual(["ctx/a", "ctx/b"]);
    const byTag = await api.resources_by_tag("list", { max_results: 10, tags: true });
    expect(byTag.resources).toHaveLength(5);
    expect(byTag.resources[0].tags).toEqual(["list"]);
    const byContext = await api.resources_by_context("color", "red");
    expect(byContext.resources.map((a: { public_id: string }) => a.public_id)).toEqual(["ctx/a"]);
    expect((await api.resources_by_context("color")).resources).toHaveLength(2);
    const moderated = await api.resources_by_moderation("manual", "pending", { moderations: true });
    expect(moderated.resources).toMatchObject([{ public_id: "ctx/b", moderation_status: "pending", moderation: [{ kind: "manual", status: "pending" }] }]);
  });

  test("by asset folder", async () => {
    await api.update("ctx/a", { asset_folder: "Shelf" });
    const r = await api.resources_by_asset_folder("shelf");
    expect(r.resources).toMatchObject([{ public_id: "ctx/a", asset_folder: "Shelf" }]);
  });

  test("fields keeps the named ones plus public_id and asset_id", async () => {
    const r = await api.resources({ prefix: "one/", fields: "tags,format" });
    expect(r.resources).toEqual([{ asset_id: ids["one/sample"], public_id: "one/sample", format: "jpg", tags: ["flower", "plant"] }]);
  });

  test("a list over the cap is a 400 from the same limit GraphQL enforces", async () => {
    const e = await sdkError(api.resources({ max_results: 501 }));
    expect(e.http_code).toBe(400);
    expect(e.message).toMatch(/500/);
  });
});

describe("one resource", () => {
  test("by public id, with derived, versions and the last_updated times", async () => {
    const r = await api.resource("one/sample", { versions: true });
    expect(r).toMatchObject({
      asset_id: ids["one/sample"],
      public_id: "one/sample",
      tags: ["flower", "plant"],
      context: { custom: { alt: "sample flower" } },
      metadata: {},
      status: "active",
      access_mode: "public",
      last_updated: { updated_at: expect.stringMatching(/Z$/) },
    });
    expect(r.derived.map((d: { transformation: string }) => d.transformation).sort()).toEqual(["c_fill,h_100,w_100", "c_fit,h_168,w_230"]);
    expect(r.derived[0]).toEqual({ transformation: expect.any(String), format: "jpg", bytes: expect.any(Number), id: expect.stringMatching(/^[0-9a-f]{32}$/), url: expect.any(String), secure_url: expect.any(String) });
    expect(r.versions).toEqual([{ version_id: "d214063097a43d1d1293db61a397f60f", version: expect.any(String), format: "jpg", size: 109669, time: "2024-03-01T00:00:00Z", restorable: true }]);
  });

  test("derived pages with max_results and derived_next_cursor", async () => {
    const first = await api.resource("one/sample", { max_results: 1 });
    expect(first.derived).toHaveLength(1);
    expect(first.next_cursor).toEqual(expect.any(String));
    const second = await api.resource("one/sample", { max_results: 1, derived_next_cursor: first.next_cursor });
    expect(second.derived).toHaveLength(1);
    expect(second.derived[0].id).not.toBe(first.derived[0].id);
    expect(second.next_cursor).toBeUndefined();
  });

  test("by asset id, and another resource type", async () => {
    expect((await api.resource_by_asset_id(ids["ctx/b"])).public_id).toBe("ctx/b");
    expect((await api.resource("vid/clip", { resource_type: "video" })).resource_type).toBe("video");
  });

  test("a missing one is a 404 naming it", async () => {
    const e = await sdkError(api.resource("no/such"));
    expect(e).toMatchObject({ http_code: 404, message: "Resource not found - no/such" });
    expect((await sdkError(api.resource_by_asset_id("0123456789abcdef0123456789abcdef"))).http_code).toBe(404);
  });
});

describe("updates", () => {
  test("tags, context, display name, metadata-free fields in the SDK's encodings", async () => {
    const r = await api.update("list/img-0000", {
      tags: ["a", "b"],
      context: { alt: "x=y|z", caption: "hi" },
      display_name: "Shown",
      face_coordinates: [[1, 2, 3, 4]],
      quality_override: 80,
    });
    expect(r).toMatchObject({ public_id: "list/img-0000", tags: ["a", "b"], display_name: "Shown", context: { custom: { alt: "x=y|z", caption: "hi" } } });
    const again = await api.resource("list/img-0000");
    expect(again.context).toEqual({ custom: { alt: "x=y|z", caption: "hi" } });
  });

  test("moderation_status approves", async () => {
    const r = await api.update("ctx/b", { moderation_status: "approved" });
    expect(r.moderation_status).toBe("approved");
  });

  test("a typed error of updateAsset comes back with its status and message", async () => {
    const e = await sdkError(api.update("list/img-0001", { display_name: "a/b" }));
    expect(e.http_code).toBe(400);
    expect(e.message).toMatch(/display/i);
    expect((await sdkError(api.update("no/such", { tags: ["x"] }))).http_code).toBe(404);
  });
});

describe("tags", () => {
  test("lists tags by prefix, with paging", async () => {
    const r = await api.tags({ prefix: "fl" });
    expect(r.tags).toEqual(["flower"]);
    const first = await api.tags({ max_results: 1 });
    expect(first.tags).toHaveLength(1);
    const next = await api.tags({ max_results: 1, next_cursor: first.next_cursor });
    expect(next.tags[0] > first.tags[0]).toBe(true);
  });
});

describe("search", () => {
  test("expression, sort, aggregate, with_field and paging", async () => {
    const r = await c.cloudinary.search.expression("public_id:list/*").sort_by("public_id", "asc").aggregate("format").with_field("tags").max_results(2).execute();
    expect(r.total_count).toBe(5);
    expect(r.aggregations).toEqual({ format: { jpg: 5 } });
    expect(r.resources.map((a: { public_id: string }) => a.public_id)).toEqual(["list/img-0000", "list/img-0001"]);
    expect(r.resources[0]).toMatchObject({ tags: ["a", "b"], status: "active", filename: "img-0000", access_mode: "public" });
    const more = await c.cloudinary.search.expression("public_id:list/*").sort_by("public_id", "asc").max_results(2).next_cursor(r.next_cursor).execute();
    expect(more.resources.map((a: { public_id: string }) => a.public_id)).toEqual(["list/img-0002", "list/img-0003"]);
  });

  test("a malformed expression is a 400", async () => {
    const e = await sdkError(c.cloudinary.search.expression("tags:(").execute());
    expect(e.http_code).toBe(400);
  });
});

describe("deletes and restores", () => {
  test("by public ids, reporting the missing as not_found", async () => {
    const r = await api.delete_resources(["del/prefix-0000", "nope"]);
    expect(r).toEqual({ deleted: { "del/prefix-0000": "deleted", nope: "not_found" }, partial: false });
  });

  test("by prefix, by tag and by asset ids", async () => {
    expect(await api.delete_resources_by_prefix("del/prefix")).toEqual({ deleted: { "del/prefix-0001": "deleted", "del/prefix-0002": "deleted" }, partial: false });
    expect((await api.delete_resources_by_tag("doomed")).deleted).toEqual({ "del/tagged-0000": "deleted", "del/tagged-0001": "deleted" });
    expect((await api.delete_resources_by_asset_ids([ids["list/img-0004"]])).deleted).toEqual({ [ids["list/img-0004"]]: "deleted" });
    expect((await api.resources({ prefix: "del/" })).resources).toEqual([]);
  });

  test("keep_original deletes only the derived", async () => {
    const r = await api.delete_derived_by_transformation(["one/sample"], "c_fill,w_100,h_100");
    expect(r.deleted).toEqual({ "one/sample": "deleted" });
    const left = await api.resource("one/sample");
    expect(left.derived.map((d: { transformation: string }) => d.transformation)).toEqual(["c_fit,h_168,w_230"]);
  });

  test("delete derived resources by id", async () => {
    const [derived] = (await api.resource("one/sample")).derived;
    expect(await api.delete_derived_resources([derived.id])).toEqual({ deleted: { [derived.id]: "deleted" }, partial: false });
    expect((await api.resource("one/sample")).derived).toEqual([]);
  });

  test("a backed-up asset is restored by public id and by asset id", async () => {
    await api.delete_resources(["bak/keep"]);
    expect((await api.resource("bak/keep")).status).toBe("deleted");
    expect((await api.resources({ prefix: "bak/" })).resources).toEqual([]);
    const r = await api.restore(["bak/keep"]);
    expect(r["bak/keep"]).toMatchObject({ public_id: "bak/keep", asset_id: ids["bak/keep"] });
    await api.delete_resources(["bak/keep"]);
    const byId = await api.restore_by_asset_ids([ids["bak/keep"]]);
    expect(byId[ids["bak/keep"]]).toMatchObject({ public_id: "bak/keep" });
  });

  test("backed-up versions are deleted by id", async () => {
    const [version] = (await api.resource("bak/keep", { versions: true })).versions;
    const r = await api.delete_backed_up_assets(ids["bak/keep"], [version.version_id]);
    expect(r.deleted_version_ids).toEqual([version.version_id]);
  });
});

describe("related assets", () => {
  test("relate by public id and by asset id, list them with related=true, unrelate", async () => {
    const added = await api.add_related_assets("rel/a", ["image/upload/rel/b", "image/upload/missing"]);
    expect(added.success).toMatchObject([{ code: "success_ids", status: 200 }]);
    expect(added.failed).toMatchObject([{ code: "not_found", status: 404 }]);
    await api.add_related_assets_by_asset_id(ids["rel/a"], [ids["rel/c"]]);
    const r = await api.resource("rel/a", { related: true });
    expect(r.related_assets.map((a: { public_id: string }) => a.public_id).sort()).toEqual(["rel/b", "rel/c"]);
    const removed = await api.delete_related_assets("rel/a", ["image/upload/rel/b"]);
    expect(removed.deleted).toHaveLength(1);
    const removedById = await api.delete_related_assets_by_asset_id(ids["rel/a"], [ids["rel/c"]]);
    expect(removedById.deleted).toHaveLength(1);
    expect((await api.resource("rel/a", { related: true })).related_assets).toEqual([]);
  });
});
