import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { DeleteAssetsInput, LcDeletePrefixMutation } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets, images } from "../helpers/fixtures.js";
import { eventMark, eventsSince, listed, state } from "./helpers.js";

const t = useTestApp({ webhooks: false });

const DeleteAssets = graphql(`
  mutation LcDelete($input: DeleteAssetsInput!) {
    deleteAssets(input: $input) {
      deleted { assetId publicId resourceType type status }
      deletedDerivedCount partial nextCursor
      userErrors { code field message }
    }
  }
`);

const DeleteByPrefix = graphql(`
  mutation LcDeletePrefix($input: DeleteAssetsByPrefixInput!) {
    deleteAssetsByPrefix(input: $input) { deleted { publicId status } deletedDerivedCount partial nextCursor userErrors { code field message } }
  }
`);

const DeleteByTag = graphql(`
  mutation LcDeleteTag($input: DeleteAssetsByTagInput!) {
    deleteAssetsByTag(input: $input) { deleted { publicId status } deletedDerivedCount partial nextCursor userErrors { code field message } }
  }
`);

const Tags = graphql(`
  query LcTags($prefix: String) { tags(prefix: $prefix, first: 500) { edges { node { name assetCount } } } }
`);

const DerivedOf = graphql(`
  query LcTransformationDerived($nameOrParams: String!) { transformation(nameOrParams: $nameOrParams) { derived { totalCount } } }
`);

describe("deleteAssets", () => {
  test("by asset ids: backed-up assets stay as DELETED (invisible to lists and tags), others are gone; one delete event", async () => {
    const [backed, plain] = await importAssets(t, [
      { publicId: "del/backed", tags: ["del-tag"], backup: true, derived: [{ transformation: "w_10" }] },
      { publicId: "del/plain", tags: ["del-tag"], context: [{ key: "k", value: "v" }], derived: [{ transformation: "w_10" }, { transformation: "w_20" }] },
    ]);
    const mark = await eventMark(t);
    const r = await t.gql(DeleteAssets, { input: { assetIds: [backed, plain, "f".repeat(32)] } });
    expect(r.data!.deleteAssets).toEqual({
      deleted: [
        { assetId: backed, publicId: "del/backed", resourceType: "IMAGE", type: "UPLOAD", status: "DELETED" },
        { assetId: plain, publicId: "del/plain", resourceType: "IMAGE", type: "UPLOAD", status: "DELETED" },
        { assetId: "f".repeat(32), publicId: null, resourceType: null, type: null, status: "NOT_FOUND" },
      ],
      deletedDerivedCount: 3, partial: false, nextCursor: null, userErrors: [],
    });
    const kept = await state(t, { assetId: backed });
    expect(kept).toMatchObject({ status: "DELETED", derived: { totalCount: 0 }, versions: { totalCount: 1 } });
    expect(await state(t, { assetId: plain })).toBeNull();
    expect(await t.app.db.assetContext.count({ where: { key: "k", value: "v" } })).toBe(0);
    expect(await listed(t, { prefix: "del/" })).toEqual([]);
    expect(await listed(t, { tag: "del-tag" })).toEqual([]);
    expect((await t.gql(Tags, { prefix: "del-" })).data!.tags.edges).toEqual([]);
    expect((await t.gql(DerivedOf, { nameOrParams: "w_20" })).data!.transformation!.derived.totalCount).toBe(0);
    const events = await eventsSince(t, mark, "delete");
    expect(events).toHaveLength(1);
    expect(events[0].assetIds).toEqual([backed, plain]);
    expect(events[0].payload).toMatchObject({
      notification_type: "delete", partial: false,
      assets: [
        { asset_id: backed, public_id: "del/backed", resource_type: "image", type: "upload" },
        { asset_id: plain, public_id: "del/plain", resource_type: "image", type: "upload" },
      ],
    });
    // Deleting again finds nothing active: not_found, no event.
    const again = await t.gql(DeleteAssets, { input: { assetIds: [backed] } });
    expect(again.data!.deleteAssets.deleted[0].status).toBe("NOT_FOUND");
    expect(await eventsSince(t, mark, "delete")).toHaveLength(1);
  });

  test("by public ids of a resource type and type; keepOriginal and transformations delete only derived resources, without an event", async () => {
    await importAssets(t, [
      { publicId: "keep/a", derived: [{ transformation: "w_10,h_10" }, { transformation: "w_20" }, { transformation: "e_sepia" }] },
      { publicId: "keep/a", type: "PRIVATE", derived: [{ transformation: "w_10,h_10" }] },
      { publicId: "keep/v", resourceType: "VIDEO", derived: [{ transformation: "w_10,h_10" }] },
    ]);
    const mark = await eventMark(t);
    const only = await t.gql(DeleteAssets, { input: { publicIds: ["keep/a"], transformations: ["h_10,w_10|e_sepia"] } });
    expect(only.data!.deleteAssets).toMatchObject({ deleted: [{ publicId: "keep/a", type: "UPLOAD", status: "DELETED" }], deletedDerivedCount: 2, userErrors: [] });
    expect((await state(t, { publicId: "keep/a" }))!.derived.edges.map((e) => e.node.transformation)).toEqual(["w_20"]);
    const keep = await t.gql(DeleteAssets, { input: { publicIds: ["keep/a", "keep/v"], resourceType: "VIDEO", keepOriginal: true } });
    expect(keep.data!.deleteAssets.deleted.map((d) => [d.publicId, d.status])).toEqual([["keep/a", "NOT_FOUND"], ["keep/v", "DELETED"]]);
    expect(keep.data!.deleteAssets.deletedDerivedCount).toBe(1);
    expect(await listed(t, { prefix: "keep/" })).toEqual(["keep/a", "keep/a", "keep/v"]);
    expect(await eventsSince(t, mark, "delete")).toEqual([]);
  });

  test("inputs are checked: exactly one id list, at most 100, valid transformations", async () => {
    const cases: [DeleteAssetsInput, string, string[]][] = [
      [{}, "INVALID_ARGUMENT", ["input", "assetIds"]],
      [{ assetIds: ["a"], publicIds: ["b"] }, "INVALID_ARGUMENT", ["input", "publicIds"]],
      [{ assetIds: [] }, "INVALID_ARGUMENT", ["input", "assetIds"]],
      [{ publicIds: Array.from({ length: 101 }, (_, i) => `p${i}`) }, "LIMIT_EXCEEDED", ["input", "publicIds"]],
      [{ publicIds: ["x"], transformations: ["w_1", "c_nope"] }, "INVALID_TRANSFORMATION", ["input", "transformations", "1"]],
    ];
    for (const [input, code, field] of cases) {
      const r = await t.gql(DeleteAssets, { input });
      expect(r.data!.deleteAssets.userErrors).toEqual([expect.objectContaining({ code, field })]);
    }
    const ro = await t.gql(DeleteAssets, { input: { publicIds: ["x"] } }, t.readOnly);
    expect(ro.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
  });

  test("concurrent deletes of the same assets delete each once, with one event", async () => {
    const ids = await importAssets(t, images(20, "race", { backup: true }));
    const mark = await eventMark(t);
    const [a, b] = await Promise.all([t.gql(DeleteAssets, { input: { assetIds: ids } }), t.gql(DeleteAssets, { input: { assetIds: ids } })]);
    const statuses = [...a.data!.deleteAssets.deleted, ...b.data!.deleteAssets.deleted].map((d) => d.status);
    expect(statuses.filter((s) => s === "DELETED")).toHaveLength(20);
    expect(statuses.filter((s) => s === "NOT_FOUND")).toHaveLength(20);
    const events = await eventsSince(t, mark, "delete");
    expect(events).toHaveLength(1);
    expect([...events[0].assetIds].sort()).toEqual([...ids].sort());
  });

  test("another environment's assets are untouched", async () => {
    const [id] = await importAssets(t, [{ publicId: "tenant/x" }]);
    const r = await t.gql(DeleteAssets, { input: { assetIds: [id] } }, t.otherAdmin);
    expect(r.data!.deleteAssets.deleted[0].status).toBe("NOT_FOUND");
    expect((await state(t, { assetId: id }))!.status).toBe("ACTIVE");
  });
});

describe("bulk deletes in chunks of 1000 originals", () => {
  test("deleteAssetsByPrefix: partial + nextCursor until done, one delete event per chunk", async () => {
    await importAssets(t, images(2300, "bulk/p"));
    await importAssets(t, images(3, "bulkother"));
    const mark = await eventMark(t);
    const sizes: number[] = [];
    let after: string | null = null;
    for (;;) {
      const r: { data?: LcDeletePrefixMutation | null } = await t.gql(DeleteByPrefix, { input: { prefix: "bulk/", after } });
      const d = r.data!.deleteAssetsByPrefix;
      expect(d.userErrors).toEqual([]);
      sizes.push(d.deleted.length);
      expect(d.partial).toBe(d.nextCursor !== null);
      if (!d.partial) break;
      after = d.nextCursor;
    }
    expect(sizes).toEqual([1000, 1000, 300]);
    expect(await listed(t, { prefix: "bulk" })).toEqual(["bulkother-0000", "bulkother-0001", "bulkother-0002"]);
    const events = await eventsSince(t, mark, "delete");
    expect(events.map((e) => [(e.payload.assets as unknown[]).length, e.payload.partial])).toEqual([[1000, true], [1000, true], [300, false]]);
    // A cursor belongs to its query.
    const wrong = await t.gql(DeleteByPrefix, { input: { prefix: "other/", after } });
    expect(wrong.data!.deleteAssetsByPrefix.userErrors).toEqual([expect.objectContaining({ code: "INVALID_CURSOR", field: ["input", "after"] })]);
  });

  test("keepOriginal pages through the originals with the cursor (they stay)", async () => {
    await importAssets(t, images(1001, "kp", { derived: [{ transformation: "w_5" }] }));
    const first = await t.gql(DeleteByPrefix, { input: { prefix: "kp-", keepOriginal: true } });
    expect(first.data!.deleteAssetsByPrefix).toMatchObject({ deletedDerivedCount: 1000, partial: true });
    const second = await t.gql(DeleteByPrefix, { input: { prefix: "kp-", keepOriginal: true, after: first.data!.deleteAssetsByPrefix.nextCursor } });
    expect(second.data!.deleteAssetsByPrefix).toMatchObject({ deleted: [{ publicId: "kp-1000", status: "DELETED" }], deletedDerivedCount: 1, partial: false, nextCursor: null });
    expect((await listed(t, { prefix: "kp-" })).length).toBe(500);
  });

  test("all: true deletes every asset of the resource type and type; prefix or all, not both", async () => {
    await importAssets(t, [{ publicId: "all/a", type: "FACEBOOK" }, { publicId: "all/b", type: "FACEBOOK" }, { publicId: "all/c", type: "FACEBOOK", resourceType: "RAW" }]);
    const r = await t.gql(DeleteByPrefix, { input: { all: true, type: "FACEBOOK" } });
    expect(r.data!.deleteAssetsByPrefix.deleted.map((d) => d.publicId)).toEqual(["all/a", "all/b"]);
    expect(await listed(t, { prefix: "all/" })).toEqual(["all/c"]);
    for (const input of [{}, { prefix: "x", all: true }, { prefix: "" }]) {
      const bad = await t.gql(DeleteByPrefix, { input });
      expect(bad.data!.deleteAssetsByPrefix.userErrors[0].code).toBe("INVALID_ARGUMENT");
    }
  });

  test("deleteAssetsByTag deletes a resource type's tagged assets in chunks", async () => {
    await importAssets(t, images(1200, "tg", { tags: ["bulk-tag"] }));
    await importAssets(t, [{ publicId: "tg-video", resourceType: "VIDEO", tags: ["bulk-tag"] }]);
    const first = await t.gql(DeleteByTag, { input: { tag: "bulk-tag" } });
    expect(first.data!.deleteAssetsByTag).toMatchObject({ partial: true, userErrors: [] });
    expect(first.data!.deleteAssetsByTag.deleted).toHaveLength(1000);
    const second = await t.gql(DeleteByTag, { input: { tag: "bulk-tag", after: first.data!.deleteAssetsByTag.nextCursor } });
    expect(second.data!.deleteAssetsByTag).toMatchObject({ partial: false, nextCursor: null });
    expect(second.data!.deleteAssetsByTag.deleted).toHaveLength(200);
    expect(await listed(t, { tag: "bulk-tag" })).toEqual(["tg-video"]);
    const empty = await t.gql(DeleteByTag, { input: { tag: " " } });
    expect(empty.data!.deleteAssetsByTag.userErrors[0]).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "tag"] });
  });
});
