import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";

const t = useTestApp({ webhooks: false });

const CountAssets = graphql(`
  query IsolationCount { assets(first: 50) { totalCount edges { node { publicId tags } } } }
`);

const PageBytes = graphql(`
  query IsolationPageBytes { assets(first: 50, prefix: "big-") { edges { node { publicId bytes relatedAssets(first: 5) { edges { node { publicId bytes } } } } } } }
`);

describe("queries read committed data only", () => {
  test("a query that runs while a write transaction is open sees neither its rows nor, after the rollback, any trace of them", async () => {
    await importAssets(t, images(1, "committed"));
    const [asset] = await t.app.db.asset.findMany({ select: { id: true, environmentId: true } });
    let seenInside: { totalCount: number; tags: string[] } | undefined;
    await expect(
      t.app.db.$transaction(async (tx) => {
        await tx.asset.create({ data: { environmentId: asset.environmentId, assetId: "f".repeat(32), publicId: "uncommitted" } });
        await tx.assetTag.create({ data: { assetId: asset.id, environmentId: asset.environmentId, resourceType: "image", name: "uncommitted-tag" } });
        const r = await t.gql(CountAssets, {});
        expect(r.errors).toBeUndefined();
        seenInside = { totalCount: r.data!.assets.totalCount, tags: r.data!.assets.edges.flatMap((e) => e.node.tags) };
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(seenInside).toEqual({ totalCount: 1, tags: [] });
    const after = await t.gql(CountAssets, {});
    expect(after.data!.assets.edges.map((e) => e.node.publicId)).toEqual(["committed-0000"]);
  });

  test("a query right after a mutation commits sees the mutation's writes", async () => {
    await importAssets(t, images(2, "fresh"));
    const r = await t.gql(CountAssets, {});
    expect(r.data!.assets.totalCount).toBe(3);
  });

  test("the assets page, read in the reader threads, keeps 64-bit byte counts exact at both levels", async () => {
    await importAssets(t, [
      { publicId: "big-a", bytes: "9223372036854775807" },
      { publicId: "big-b", bytes: "9007199254740993" },
    ]);
    const related = await t.gql(graphql(`mutation IsolationRelate($input: AddRelatedAssetsInput!) { addRelatedAssets(input: $input) { userErrors { code } } }`), {
      input: { asset: { publicId: "big-a" }, assetsToRelate: [{ publicId: "big-b" }] },
    });
    expect(related.data!.addRelatedAssets.userErrors).toEqual([]);
    const r = await t.gql(PageBytes, {});
    expect(r.errors).toBeUndefined();
    expect(r.data!.assets.edges.map((e) => [e.node.publicId, e.node.bytes, e.node.relatedAssets.edges.map((x) => [x.node.publicId, x.node.bytes])])).toEqual([
      ["big-a", "9223372036854775807", [["big-b", "9007199254740993"]]],
      ["big-b", "9007199254740993", [["big-a", "9223372036854775807"]]],
    ]);
  });
});
