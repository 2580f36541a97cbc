import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { ListAssetsQuery, ListAssetsQueryVariables } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";

const t = useTestApp();

const ListAssets = graphql(`
  query ListAssets(
    $first: Int, $after: String, $resourceType: ResourceType, $type: DeliveryType, $prefix: String,
    $publicIds: [String!], $assetIds: [String!], $tag: String, $context: ContextFilterInput,
    $moderation: ModerationFilterInput, $assetFolder: String, $startAt: DateTime, $direction: SortDirection
  ) {
    assets(
      first: $first, after: $after, resourceType: $resourceType, type: $type, prefix: $prefix,
      publicIds: $publicIds, assetIds: $assetIds, tag: $tag, context: $context, moderation: $moderation,
      assetFolder: $assetFolder, startAt: $startAt, direction: $direction
    ) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { assetId publicId } }
    }
  }
`);

const ids = (r: { data?: { assets: { edges: { node: { publicId: string } }[] } } | null }) => r.data!.assets.edges.map((e) => e.node.publicId);

describe("assets list", () => {
  test("walks every page of 1,000 assets without duplicates or gaps, in both directions", async () => {
    await importAssets(t, images(1000, "walk"));
    for (const direction of ["DESC", "ASC"] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const r: Awaited<ReturnType<typeof t.gql<ListAssetsQuery, ListAssetsQueryVariables>>> = await t.gql(ListAssets, { first: 137, after, direction });
        expect(r.errors).toBeUndefined();
        seen.push(...ids(r));
        pages++;
        if (!r.data!.assets.pageInfo.hasNextPage) break;
        after = r.data!.assets.pageInfo.endCursor ?? null;
      }
      expect(pages).toBe(Math.ceil(1000 / 137));
      expect(new Set(seen).size).toBe(1000);
      const expected = images(1000, "walk").map((a) => a.publicId);
      expect(seen).toEqual(direction === "ASC" ? expected : [...expected].reverse());
    }
  });

  test("first defaults to 10, is capped at 500 with an error naming the field, and totalCount counts all", async () => {
    const r = await t.gql(ListAssets, {});
    expect(r.data!.assets.edges).toHaveLength(10);
    expect(r.data!.assets.totalCount).toBe(1000);
    expect(r.data!.assets.pageInfo.hasPreviousPage).toBe(false);
    const max = await t.gql(ListAssets, { first: 500 });
    expect(max.data!.assets.edges).toHaveLength(500);
    const over = await t.gql(ListAssets, { first: 501 });
    expect(over.data).toBeNull();
    expect(over.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LIMIT_EXCEEDED", field: ["first"] });
    const zero = await t.gql(ListAssets, { first: 0 });
    expect(zero.errors![0].extensions).toMatchObject({ reason: "INVALID_ARGUMENT", field: ["first"] });
  });

  test("a cursor only resumes the query that issued it", async () => {
    const first = await t.gql(ListAssets, { first: 2, direction: "ASC" });
    const cursor = first.data!.assets.pageInfo.endCursor!;
    const reused = await t.gql(ListAssets, { first: 5, after: cursor, direction: "ASC" });
    expect(ids(reused)).toEqual(["walk-0002", "walk-0003", "walk-0004", "walk-0005", "walk-0006"]);
    const changed = await t.gql(ListAssets, { first: 2, after: cursor, direction: "DESC" });
    expect(changed.errors![0].extensions).toMatchObject({ reason: "INVALID_CURSOR", field: ["after"] });
    const garbage = await t.gql(ListAssets, { after: "not-a-cursor" });
    expect(garbage.errors![0].extensions).toMatchObject({ reason: "INVALID_CURSOR" });
  });

  test("prefix lists by public ID (case-sensitive, _ and % are literal) and ignores direction", async () => {
    await importAssets(t, [
      { publicId: "shoes/b_1" }, { publicId: "shoes/a_2" }, { publicId: "shoes/ax2" }, { publicId: "Shoes/c" }, { publicId: "shoes%/d" },
    ]);
    const r = await t.gql(ListAssets, { prefix: "shoes/", direction: "DESC" });
    expect(ids(r)).toEqual(["shoes/a_2", "shoes/ax2", "shoes/b_1"]);
    expect(ids(await t.gql(ListAssets, { prefix: "shoes/a_" }))).toEqual(["shoes/a_2"]);
    expect(ids(await t.gql(ListAssets, { prefix: "shoes%" }))).toEqual(["shoes%/d"]);
    const page = await t.gql(ListAssets, { prefix: "shoes/", first: 2 });
    const next = await t.gql(ListAssets, { prefix: "shoes/", first: 2, after: page.data!.assets.pageInfo.endCursor });
    expect(ids(next)).toEqual(["shoes/b_1"]);
    expect(next.data!.assets.pageInfo.hasNextPage).toBe(false);
  });

  test("startAt is refused with prefix or publicIds, and keeps assets created at or after it", async () => {
    const bad = await t.gql(ListAssets, { prefix: "walk", startAt: "2024-01-01T00:00:00Z" });
    expect(bad.errors![0].extensions).toMatchObject({ reason: "INVALID_ARGUMENT", field: ["startAt"] });
    const r = await t.gql(ListAssets, { startAt: new Date(Date.UTC(2024, 0, 1) + 995_000).toISOString(), resourceType: "IMAGE", direction: "ASC", prefix: undefined, first: 50, type: "UPLOAD" });
    expect(ids(r).filter((id) => id.startsWith("walk"))).toEqual(["walk-0995", "walk-0996", "walk-0997", "walk-0998", "walk-0999"]);
  });

  test("publicIds (at most 100) and assetIds (at most 10)", async () => {
    const r = await t.gql(ListAssets, { publicIds: ["walk-0001", "walk-0002", "nope"], direction: "ASC" });
    expect(ids(r)).toEqual(["walk-0001", "walk-0002"]);
    const tooMany = await t.gql(ListAssets, { publicIds: Array.from({ length: 101 }, (_, i) => `p${i}`) });
    expect(tooMany.errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["publicIds"] });
    const some = await t.gql(ListAssets, { first: 3, direction: "ASC" });
    const assetIds = some.data!.assets.edges.map((e) => e.node.assetId);
    expect(ids(await t.gql(ListAssets, { assetIds, direction: "ASC" }))).toEqual(["walk-0000", "walk-0001", "walk-0002"]);
    const elevenIds = await t.gql(ListAssets, { assetIds: Array.from({ length: 11 }, () => assetIds[0]) });
    expect(elevenIds.errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["assetIds"] });
  });

  test("resource type, delivery type, tag, context and moderation filters combine with AND", async () => {
    await importAssets(t, [
      { publicId: "mix/v1", resourceType: "VIDEO", tags: ["promo"], context: [{ key: "alt", value: "A" }] },
      { publicId: "mix/i1", tags: ["promo", "Promo"], context: [{ key: "alt", value: "B" }], moderation: [{ kind: "MANUAL", status: "PENDING" }] },
      { publicId: "mix/i2", type: "PRIVATE", tags: ["promo"], moderation: [{ kind: "MANUAL", status: "APPROVED" }] },
      { publicId: "mix/r1", resourceType: "RAW", context: [{ key: "caption", value: "x" }] },
    ]);
    expect(ids(await t.gql(ListAssets, { prefix: "mix/", resourceType: "VIDEO" }))).toEqual(["mix/v1"]);
    expect(ids(await t.gql(ListAssets, { prefix: "mix/", type: "PRIVATE" }))).toEqual(["mix/i2"]);
    expect(ids(await t.gql(ListAssets, { tag: "promo", prefix: "mix/" }))).toEqual(["mix/i1", "mix/i2", "mix/v1"]);
    expect(ids(await t.gql(ListAssets, { tag: "Promo" }))).toEqual(["mix/i1"]);
    expect(ids(await t.gql(ListAssets, { tag: "promo", resourceType: "IMAGE", type: "UPLOAD" }))).toEqual(["mix/i1"]);
    expect(ids(await t.gql(ListAssets, { context: { key: "alt" }, prefix: "mix/" }))).toEqual(["mix/i1", "mix/v1"]);
    expect(ids(await t.gql(ListAssets, { context: { key: "alt", value: "B" } }))).toEqual(["mix/i1"]);
    expect(ids(await t.gql(ListAssets, { moderation: { kind: "MANUAL", status: "APPROVED" } }))).toEqual(["mix/i2"]);
    const counted = await t.gql(ListAssets, { tag: "promo", first: 1 });
    expect(counted.data!.assets.totalCount).toBe(3);
  });

  test("assetFolder: case-insensitive, no subfolders, root is \"\", default page 50", async () => {
    await importAssets(t, [
      ...images(60, "deep", { assetFolder: "Products/Shoes" }),
      { publicId: "sub/x", assetFolder: "products/shoes/boots" },
    ]);
    const r = await t.gql(ListAssets, { assetFolder: "products/SHOES" });
    expect(r.data!.assets.edges).toHaveLength(50);
    expect(r.data!.assets.totalCount).toBe(60);
    expect(ids(r).every((id) => id.startsWith("deep-"))).toBe(true);
    expect(ids(await t.gql(ListAssets, { assetFolder: "products/shoes/boots" }))).toEqual(["sub/x"]);
    expect(ids(await t.gql(ListAssets, { assetFolder: "nowhere" }))).toEqual([]);
    const root = await t.gql(ListAssets, { assetFolder: "", first: 1 });
    expect(root.data!.assets.totalCount).toBe(1000 + 5 + 4);
  });
});
