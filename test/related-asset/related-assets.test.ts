import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { AssetRefInput, DeliveryType, RelRelatedQuery, RelRelatedQueryVariables, ResourceType } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";

const t = useTestApp();

const RelAdd = graphql(`
  mutation RelAdd($input: AddRelatedAssetsInput!) {
    addRelatedAssets(input: $input) {
      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }
      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }
      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }
      userErrors { code field message }
    }
  }
`);

const RelDelete = graphql(`
  mutation RelDelete($input: DeleteRelatedAssetsInput!) {
    deleteRelatedAssets(input: $input) {
      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }
      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }
      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }
      userErrors { code field message }
    }
  }
`);

const RelRelated = graphql(`
  query RelRelated($publicId: String!, $resourceType: ResourceType, $type: DeliveryType, $first: Int, $after: String) {
    asset(publicId: $publicId, resourceType: $resourceType, type: $type) {
      assetId
      publicId
      relatedAssets(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { assetId publicId resourceType type relatedAssets { totalCount } } }
      }
    }
  }
`);

const RelCounts = graphql(`
  query RelCounts($publicId: String!) {
    asset(publicId: $publicId) { relatedAssets { totalCount } cursors: relatedAssets(first: 2) { edges { cursor } } }
    assets(prefix: "rel/", first: 20) { edges { node { publicId relatedAssets { totalCount } } } }
  }
`);

/** asset ids by public ID */
const id: Record<string, string> = {};

/** The public IDs related to an asset (first page, at most 100), and the total. */
async function related(publicId: string, ref: { resourceType?: ResourceType; type?: DeliveryType } = {}) {
  const r = await t.gql(RelRelated, { publicId, ...ref });
  expect(r.errors).toBeUndefined();
  const rel = r.data!.asset!.relatedAssets;
  return { ids: rel.edges.map((e) => e.node.publicId), totalCount: rel.totalCount };
}

const add = (asset: AssetRefInput, assetsToRelate: AssetRefInput[]) => t.gql(RelAdd, { input: { asset, assetsToRelate } });
const remove = (asset: AssetRefInput, assetsToUnrelate: AssetRefInput[]) => t.gql(RelDelete, { input: { asset, assetsToUnrelate } });
const byPublicId = (publicId: string) => ({ assetId: null, publicId, resourceType: "IMAGE", type: "UPLOAD" }) as const;
const byAssetId = (assetId: string) => ({ assetId, publicId: null, resourceType: null, type: null });
const failedItem = (index: number) => ({ code: "RELATED_ASSET_FAILED", field: ["input", "assetsToRelate", String(index)], message: expect.any(String) });

beforeAll(async () => {
  const records = [
    { publicId: "rel/a" }, { publicId: "rel/b" }, { publicId: "rel/c" }, { publicId: "rel/d" },
    { publicId: "rel/e" }, { publicId: "rel/f" }, { publicId: "rel/g" },
    { publicId: "rel/video", resourceType: "VIDEO" as const },
    { publicId: "rel/private", type: "PRIVATE" as const },
    ...images(120, "hub"),
  ];
  const ids = await importAssets(t, records);
  records.forEach((r, i) => (id[r.publicId] = ids[i]));
});

describe("addRelatedAssets", () => {
  test("relates by public ID and by asset ID, both ways, one to many", async () => {
    const r = await add({ publicId: "rel/a" }, [
      { publicId: "rel/b" },
      { assetId: id["rel/c"] },
      { publicId: "rel/video", resourceType: "VIDEO" },
      { publicId: "rel/private", type: "PRIVATE" },
    ]);
    expect(r.errors).toBeUndefined();
    const p = r.data!.addRelatedAssets;
    expect(p.userErrors).toEqual([]);
    expect(p.failed).toEqual([]);
    expect(p.succeeded).toEqual([
      { target: byPublicId("rel/b"), asset: { assetId: id["rel/b"], publicId: "rel/b" }, code: "success_ids", message: expect.any(String), status: 200 },
      { target: byAssetId(id["rel/c"]), asset: { assetId: id["rel/c"], publicId: "rel/c" }, code: "success_ids", message: expect.any(String), status: 200 },
      { target: { ...byPublicId("rel/video"), resourceType: "VIDEO" }, asset: { assetId: id["rel/video"], publicId: "rel/video" }, code: "success_ids", message: expect.any(String), status: 200 },
      { target: { ...byPublicId("rel/private"), type: "PRIVATE" }, asset: { assetId: id["rel/private"], publicId: "rel/private" }, code: "success_ids", message: expect.any(String), status: 200 },
    ]);
    // The payload's asset shows the relations just written.
    expect(p.asset).toEqual({
      publicId: "rel/a",
      relatedAssets: { totalCount: 4, edges: ["rel/b", "rel/c", "rel/video", "rel/private"].map((publicId) => ({ node: { publicId } })) },
    });

    expect(await related("rel/a")).toEqual({ ids: ["rel/b", "rel/c", "rel/video", "rel/private"], totalCount: 4 });
    // Symmetric, one to many: each target lists the source and only the source (the targets
    // are not related to each other).
    expect(await related("rel/b")).toEqual({ ids: ["rel/a"], totalCount: 1 });
    expect(await related("rel/c")).toEqual({ ids: ["rel/a"], totalCount: 1 });
    expect(await related("rel/video", { resourceType: "VIDEO" })).toEqual({ ids: ["rel/a"], totalCount: 1 });
    expect(await related("rel/private", { type: "PRIVATE" })).toEqual({ ids: ["rel/a"], totalCount: 1 });

    // The source by asset ID.
    const d = await add({ assetId: id["rel/d"] }, [{ publicId: "rel/b" }]);
    expect(d.data!.addRelatedAssets.userErrors).toEqual([]);
    expect(d.data!.addRelatedAssets.succeeded.map((s) => [s.code, s.status, s.asset!.publicId])).toEqual([["success_ids", 200, "rel/b"]]);
    expect(await related("rel/d")).toEqual({ ids: ["rel/b"], totalCount: 1 });
    expect(await related("rel/b")).toEqual({ ids: ["rel/a", "rel/d"], totalCount: 2 });
    expect(await related("rel/a")).toEqual({ ids: ["rel/b", "rel/c", "rel/video", "rel/private"], totalCount: 4 });
  });

  test("failures are per item, mirrored into userErrors, and the valid items still succeed", async () => {
    const missing = "0".repeat(32);
    const r = await add({ publicId: "rel/e" }, [
      { publicId: "nope" },
      { publicId: "rel/e" },
      { assetId: id["rel/f"], publicId: "rel/f" },
      { publicId: "rel/f" },
      { assetId: missing },
      {},
      { publicId: "rel/b", type: "PRIVATE" },
      { assetId: id["rel/e"] },
      { assetId: id["rel/g"] },
    ]);
    expect(r.errors).toBeUndefined();
    const p = r.data!.addRelatedAssets;
    expect(p.succeeded).toEqual([
      { target: byPublicId("rel/f"), asset: { assetId: id["rel/f"], publicId: "rel/f" }, code: "success_ids", message: expect.any(String), status: 200 },
      { target: byAssetId(id["rel/g"]), asset: { assetId: id["rel/g"], publicId: "rel/g" }, code: "success_ids", message: expect.any(String), status: 200 },
    ]);
    expect(p.failed.map((f) => [f.code, f.status, f.target, f.asset?.publicId ?? null])).toEqual([
      ["not_found", 404, byPublicId("nope"), null],
      ["self_relation", 400, byPublicId("rel/e"), "rel/e"],
      ["invalid_ref", 400, { assetId: id["rel/f"], publicId: "rel/f", resourceType: "IMAGE", type: "UPLOAD" }, null],
      ["not_found", 404, byAssetId(missing), null],
      ["invalid_ref", 400, { assetId: null, publicId: null, resourceType: null, type: null }, null],
      ["not_found", 404, { ...byPublicId("rel/b"), type: "PRIVATE" }, null],
      ["self_relation", 400, byAssetId(id["rel/e"]), "rel/e"],
    ]);
    for (const f of p.failed) expect(f.message).not.toBe("");
    expect(p.userErrors).toEqual([0, 1, 2, 4, 5, 6, 7].map(failedItem));
    expect(p.userErrors.map((e) => e.message)).toEqual(p.failed.map((f) => f.message));

    expect(await related("rel/e")).toEqual({ ids: ["rel/f", "rel/g"], totalCount: 2 });
    expect(await related("rel/f")).toEqual({ ids: ["rel/e"], totalCount: 1 });
    expect(await related("rel/g")).toEqual({ ids: ["rel/e"], totalCount: 1 });
    // rel/b (upload) was not touched by the PRIVATE reference.
    expect(await related("rel/b")).toEqual({ ids: ["rel/a", "rel/d"], totalCount: 2 });
  });

  test("relating again is idempotent: no duplicate edges, totals unchanged", async () => {
    const again = await add({ publicId: "rel/a" }, [{ publicId: "rel/b" }, { assetId: id["rel/c"] }]);
    expect(again.data!.addRelatedAssets.userErrors).toEqual([]);
    expect(again.data!.addRelatedAssets.failed).toEqual([]);
    expect(again.data!.addRelatedAssets.succeeded.map((s) => [s.code, s.status, s.asset!.publicId])).toEqual([
      ["success_ids", 200, "rel/b"],
      ["success_ids", 200, "rel/c"],
    ]);
    // From the other side, and the same target twice in one call.
    const reverse = await add({ publicId: "rel/b" }, [{ publicId: "rel/a" }, { assetId: id["rel/a"] }]);
    expect(reverse.data!.addRelatedAssets.userErrors).toEqual([]);
    expect(reverse.data!.addRelatedAssets.succeeded.map((s) => s.code)).toEqual(["success_ids", "success_ids"]);

    expect(await related("rel/a")).toEqual({ ids: ["rel/b", "rel/c", "rel/video", "rel/private"], totalCount: 4 });
    expect(await related("rel/b")).toEqual({ ids: ["rel/a", "rel/d"], totalCount: 2 });
    expect(await related("rel/c")).toEqual({ ids: ["rel/a"], totalCount: 1 });
  });

  test("more than 10 targets is LIMIT_EXCEEDED and writes nothing; an empty list is INVALID_ARGUMENT", async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => ({ publicId: `hub-${String(i).padStart(4, "0")}` }));
    const r = await add({ publicId: "rel/g" }, eleven);
    expect(r.errors).toBeUndefined();
    expect(r.data!.addRelatedAssets).toEqual({
      asset: null,
      succeeded: [],
      failed: [],
      userErrors: [{ code: "LIMIT_EXCEEDED", field: ["input", "assetsToRelate"], message: expect.any(String) }],
    });
    expect(await related("rel/g")).toEqual({ ids: ["rel/e"], totalCount: 1 });
    for (const target of eleven) expect((await related(target.publicId)).totalCount).toBe(0);

    const empty = await add({ publicId: "rel/g" }, []);
    expect(empty.data!.addRelatedAssets).toEqual({
      asset: null,
      succeeded: [],
      failed: [],
      userErrors: [{ code: "INVALID_ARGUMENT", field: ["input", "assetsToRelate"], message: expect.any(String) }],
    });

    const elevenToRemove = await remove({ publicId: "rel/g" }, eleven);
    expect(elevenToRemove.data!.deleteRelatedAssets.userErrors).toEqual([{ code: "LIMIT_EXCEEDED", field: ["input", "assetsToUnrelate"], message: expect.any(String) }]);
    const noneToRemove = await remove({ publicId: "rel/g" }, []);
    expect(noneToRemove.data!.deleteRelatedAssets.userErrors).toEqual([{ code: "INVALID_ARGUMENT", field: ["input", "assetsToUnrelate"], message: expect.any(String) }]);
    expect(await related("rel/g")).toEqual({ ids: ["rel/e"], totalCount: 1 });
  });

  test("a missing source is NOT_FOUND on input.asset, and nothing is written", async () => {
    for (const source of [{ publicId: "rel/missing" }, { assetId: "f".repeat(32) }, { publicId: "rel/a", type: "PRIVATE" as const }]) {
      const r = await add(source, [{ publicId: "hub-0000" }, { publicId: "hub-0001" }]);
      expect(r.errors).toBeUndefined();
      expect(r.data!.addRelatedAssets).toEqual({
        asset: null,
        succeeded: [],
        failed: [],
        userErrors: [{ code: "NOT_FOUND", field: ["input", "asset"], message: expect.any(String) }],
      });
      const d = await remove(source, [{ publicId: "rel/b" }]);
      expect(d.data!.deleteRelatedAssets.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "asset"], message: expect.any(String) }]);
    }
    const bad = await add({ assetId: id["rel/a"], publicId: "rel/a" }, [{ publicId: "hub-0000" }]);
    expect(bad.data!.addRelatedAssets.userErrors).toEqual([{ code: "INVALID_ASSET_REF", field: ["input", "asset"], message: expect.any(String) }]);
    expect((await related("hub-0000")).totalCount).toBe(0);
    expect((await related("hub-0001")).totalCount).toBe(0);
    expect((await related("rel/a")).totalCount).toBe(4);
  });
});

describe("deleteRelatedAssets", () => {
  test("removes both directions; a target that is not related fails with not_related", async () => {
    const r = await remove({ publicId: "rel/a" }, [
      { publicId: "rel/b" },
      { assetId: id["rel/c"] },
      { publicId: "rel/d" },
      { publicId: "nope" },
    ]);
    expect(r.errors).toBeUndefined();
    const p = r.data!.deleteRelatedAssets;
    expect(p.succeeded).toEqual([
      { target: byPublicId("rel/b"), asset: { assetId: id["rel/b"], publicId: "rel/b" }, code: "success_ids", message: expect.any(String), status: 200 },
      { target: byAssetId(id["rel/c"]), asset: { assetId: id["rel/c"], publicId: "rel/c" }, code: "success_ids", message: expect.any(String), status: 200 },
    ]);
    expect(p.failed.map((f) => [f.code, f.status, f.target, f.asset?.publicId ?? null])).toEqual([
      ["not_related", 404, byPublicId("rel/d"), "rel/d"],
      ["not_found", 404, byPublicId("nope"), null],
    ]);
    expect(p.userErrors).toEqual([2, 3].map((i) => ({ code: "RELATED_ASSET_FAILED", field: ["input", "assetsToUnrelate", String(i)], message: expect.any(String) })));
    expect(p.asset).toEqual({ publicId: "rel/a", relatedAssets: { totalCount: 2, edges: [{ node: { publicId: "rel/video" } }, { node: { publicId: "rel/private" } }] } });

    expect(await related("rel/a")).toEqual({ ids: ["rel/video", "rel/private"], totalCount: 2 });
    expect(await related("rel/b")).toEqual({ ids: ["rel/d"], totalCount: 1 });
    expect(await related("rel/c")).toEqual({ ids: [], totalCount: 0 });
    expect(await related("rel/d")).toEqual({ ids: ["rel/b"], totalCount: 1 });

    // Removing again: not related any more; from the target's side it is gone too.
    const again = await remove({ publicId: "rel/b" }, [{ publicId: "rel/a" }]);
    expect(again.data!.deleteRelatedAssets.succeeded).toEqual([]);
    expect(again.data!.deleteRelatedAssets.failed.map((f) => f.code)).toEqual(["not_related"]);
    expect(again.data!.deleteRelatedAssets.userErrors).toEqual([{ code: "RELATED_ASSET_FAILED", field: ["input", "assetsToUnrelate", "0"], message: expect.any(String) }]);

    // Removing from the target's side removes the relation for both.
    const other = await remove({ publicId: "rel/video", resourceType: "VIDEO" }, [{ publicId: "rel/a" }]);
    expect(other.data!.deleteRelatedAssets.userErrors).toEqual([]);
    expect(await related("rel/a")).toEqual({ ids: ["rel/private"], totalCount: 1 });
    expect(await related("rel/video", { resourceType: "VIDEO" })).toEqual({ ids: [], totalCount: 0 });
  });
});

describe("relatedAssets connection", () => {
  const targets = images(120, "hub").slice(5, 110).map((a) => a.publicId); // 105 targets

  test("pages by first/after: 100 by default, at most 100, with totalCount", async () => {
    for (let i = 0; i < targets.length; i += 10) {
      const part = targets.slice(i, i + 10);
      const r = await add({ publicId: "rel/g" }, part.map((publicId, j) => ((i + j) % 2 ? { publicId } : { assetId: id[publicId] })));
      expect(r.data!.addRelatedAssets.userErrors).toEqual([]);
      expect(r.data!.addRelatedAssets.succeeded).toHaveLength(part.length);
    }
    const expected = ["rel/e", ...targets];

    const first = await t.gql(RelRelated, { publicId: "rel/g" });
    const page1 = first.data!.asset!.relatedAssets;
    expect(page1.totalCount).toBe(106);
    expect(page1.edges).toHaveLength(100);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page1.pageInfo.endCursor).toBe(page1.edges[99].cursor);
    // Each target is related to the hub only.
    expect(page1.edges.slice(1).every((e) => e.node.relatedAssets.totalCount === 1)).toBe(true);
    const second = await t.gql(RelRelated, { publicId: "rel/g", after: page1.pageInfo.endCursor });
    const page2 = second.data!.asset!.relatedAssets;
    expect(page2.edges).toHaveLength(6);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(page2.totalCount).toBe(106);
    expect([...page1.edges, ...page2.edges].map((e) => e.node.publicId)).toEqual(expected);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: Awaited<ReturnType<typeof t.gql<RelRelatedQuery, RelRelatedQueryVariables>>> = await t.gql(RelRelated, { publicId: "rel/g", first: 30, after });
      expect(r.errors).toBeUndefined();
      const rel = r.data!.asset!.relatedAssets;
      expect(rel.edges.length).toBeLessThanOrEqual(30);
      seen.push(...rel.edges.map((e) => e.node.publicId));
      pages++;
      if (!rel.pageInfo.hasNextPage) break;
      after = rel.pageInfo.endCursor ?? null;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(expected);

    const max = await t.gql(RelRelated, { publicId: "rel/g", first: 100 });
    expect(max.data!.asset!.relatedAssets.edges).toHaveLength(100);
    const over = await t.gql(RelRelated, { publicId: "rel/g", first: 101 });
    expect(over.data!.asset).toBeNull();
    expect(over.errors![0].path).toEqual(["asset", "relatedAssets"]);
    expect(over.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LIMIT_EXCEEDED", field: ["first"] });
    const zero = await t.gql(RelRelated, { publicId: "rel/g", first: 0 });
    expect(zero.data!.asset).toBeNull();
    expect(zero.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_ARGUMENT", field: ["first"] });
  });

  test("totalCount or cursors alone can be selected, on one asset and in the assets list", async () => {
    const r = await t.gql(RelCounts, { publicId: "rel/g" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.asset!.relatedAssets).toEqual({ totalCount: 106 });
    expect(r.data!.asset!.cursors.edges).toHaveLength(2);
    expect(r.data!.asset!.cursors.edges[0].cursor).not.toBe(r.data!.asset!.cursors.edges[1].cursor);
    const counts = Object.fromEntries(r.data!.assets.edges.map((e) => [e.node.publicId, e.node.relatedAssets.totalCount]));
    expect(counts).toEqual({
      "rel/a": 1, "rel/b": 1, "rel/c": 0, "rel/d": 1, "rel/e": 2, "rel/f": 1, "rel/g": 106, "rel/private": 1, "rel/video": 0,
    });
  });

  test("exactly 10 targets in one call is allowed", async () => {
    const ten = images(120, "hub").slice(110, 120).map((a) => ({ publicId: a.publicId }));
    const r = await add({ publicId: "hub-0000" }, ten);
    expect(r.data!.addRelatedAssets.userErrors).toEqual([]);
    expect(r.data!.addRelatedAssets.succeeded).toHaveLength(10);
    expect(await related("hub-0000")).toEqual({ ids: ten.map((x) => x.publicId), totalCount: 10 });
  });
});
