import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { TagsListQuery, TagsListQueryVariables } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";

const t = useTestApp();

const ListTags = graphql(`
  query TagsList($resourceType: ResourceType, $prefix: String, $first: Int, $after: String) {
    tags(resourceType: $resourceType, prefix: $prefix, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { name resourceType assetCount } }
    }
  }
`);

const RetagAsset = graphql(`
  mutation TagsRetag($input: UpdateAssetInput!) {
    updateAsset(input: $input) {
      asset { publicId tags }
      userErrors { code field message }
    }
  }
`);

type TagsResult = { data?: { tags: { edges: { node: { name: string; assetCount: number } }[] } } | null };
const names = (r: TagsResult) => r.data!.tags.edges.map((e) => e.node.name);
const counts = (r: TagsResult) => Object.fromEntries(r.data!.tags.edges.map((e) => [e.node.name, e.node.assetCount]));

describe("tags", () => {
  test("distinct names in use by name ascending, with how many assets of the resource type carry each", async () => {
    await importAssets(t, [
      { publicId: "t/one", tags: ["alpha", "beta"] },
      { publicId: "t/two", tags: ["alpha", "Gamma"] },
      { publicId: "t/three", tags: ["a_b", "a%c", "axb", "alpha"] },
      { publicId: "t/private", type: "PRIVATE", tags: ["alpha", "private-only"] },
      { publicId: "t/vid", resourceType: "VIDEO", tags: ["alpha", "video-only"] },
      { publicId: "t/vid2", resourceType: "VIDEO", tags: ["video-only"] },
      { publicId: "t/raw.txt", resourceType: "RAW", tags: ["raw-tag"] },
      { publicId: "t/untagged" },
    ]);
    const r = await t.gql(ListTags, { first: 100 });
    expect(r.errors).toBeUndefined();
    // Byte order: upper case first, then % (0x25) < _ (0x5f) < l < x.
    expect(names(r)).toEqual(["Gamma", "a%c", "a_b", "alpha", "axb", "beta", "private-only"]);
    expect(counts(r)).toEqual({ Gamma: 1, "a%c": 1, a_b: 1, alpha: 4, axb: 1, beta: 1, "private-only": 1 });
    expect(r.data!.tags.edges.every((e) => e.node.resourceType === "IMAGE")).toBe(true);
    expect(r.data!.tags.totalCount).toBe(7);
    expect(r.data!.tags.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    // resourceType defaults to IMAGE.
    const image = await t.gql(ListTags, { resourceType: "IMAGE", first: 100 });
    expect(image.data!.tags).toEqual(r.data!.tags);

    const video = await t.gql(ListTags, { resourceType: "VIDEO" });
    expect(video.data!.tags.edges.map((e) => e.node)).toEqual([
      { name: "alpha", resourceType: "VIDEO", assetCount: 1 },
      { name: "video-only", resourceType: "VIDEO", assetCount: 2 },
    ]);
    expect(video.data!.tags.totalCount).toBe(2);
    const raw = await t.gql(ListTags, { resourceType: "RAW" });
    expect(raw.data!.tags.edges.map((e) => e.node)).toEqual([{ name: "raw-tag", resourceType: "RAW", assetCount: 1 }]);
  });

  test("tags follow the assets: replaced tags leave the list, new ones join it", async () => {
    const r = await t.gql(RetagAsset, { input: { ref: { publicId: "t/two" }, tags: ["delta", "alpha"] } });
    expect(r.data!.updateAsset).toEqual({ asset: { publicId: "t/two", tags: ["delta", "alpha"] }, userErrors: [] });
    const after = await t.gql(ListTags, { first: 100 });
    expect(names(after)).toEqual(["a%c", "a_b", "alpha", "axb", "beta", "delta", "private-only"]);
    expect(counts(after)).toMatchObject({ alpha: 4, delta: 1 });
    expect(after.data!.tags.totalCount).toBe(7);
  });

  test("prefix is case-sensitive and treats _ and % literally", async () => {
    const a = await t.gql(ListTags, { prefix: "a" });
    expect(names(a)).toEqual(["a%c", "a_b", "alpha", "axb"]);
    expect(a.data!.tags.totalCount).toBe(4);
    expect(counts(a)).toEqual({ "a%c": 1, a_b: 1, alpha: 4, axb: 1 });
    expect(names(await t.gql(ListTags, { prefix: "A" }))).toEqual([]);
    expect((await t.gql(ListTags, { prefix: "A" })).data!.tags.totalCount).toBe(0);
    expect(names(await t.gql(ListTags, { prefix: "a_" }))).toEqual(["a_b"]);
    expect(names(await t.gql(ListTags, { prefix: "a%" }))).toEqual(["a%c"]);
    expect(names(await t.gql(ListTags, { prefix: "_" }))).toEqual([]);
    expect(names(await t.gql(ListTags, { prefix: "%" }))).toEqual([]);
    expect(names(await t.gql(ListTags, { prefix: "alpha" }))).toEqual(["alpha"]);
    expect(names(await t.gql(ListTags, { prefix: "video" }))).toEqual([]);
    expect(names(await t.gql(ListTags, { prefix: "video", resourceType: "VIDEO" }))).toEqual(["video-only"]);
  });

  test("pages through every tag with first/after without duplicates or gaps", async () => {
    const n = 130;
    const pad = (i: number) => `page-${String(i).padStart(3, "0")}`;
    // Asset i carries page-i and page-(i % 7), so the first seven tags are on several assets.
    await importAssets(t, images(n, "tagged").map((a, i) => ({ ...a, tags: [pad(i), pad(i % 7)] })));
    const expected = Array.from({ length: n }, (_, i) => pad(i));
    const expectedCount = (i: number) => (i < 7 ? 1 + expected.filter((_, j) => j >= 7 && j % 7 === i).length : 1);

    const seen: string[] = [];
    const seenCounts: Record<string, number> = {};
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: Awaited<ReturnType<typeof t.gql<TagsListQuery, TagsListQueryVariables>>> = await t.gql(ListTags, { prefix: "page-", first: 17, after });
      expect(r.errors).toBeUndefined();
      expect(r.data!.tags.totalCount).toBe(n);
      expect(r.data!.tags.edges.length).toBe(Math.min(17, n - seen.length));
      seen.push(...names(r));
      Object.assign(seenCounts, counts(r));
      pages++;
      if (!r.data!.tags.pageInfo.hasNextPage) break;
      after = r.data!.tags.pageInfo.endCursor ?? null;
    }
    expect(pages).toBe(Math.ceil(n / 17));
    expect(seen).toEqual(expected);
    expect(seenCounts).toEqual(Object.fromEntries(expected.map((name, i) => [name, expectedCount(i)])));
    expect(seenCounts["page-000"]).toBe(19);

    // first defaults to 10; the full list counts every image tag.
    const byDefault = await t.gql(ListTags, {});
    expect(byDefault.data!.tags.edges).toHaveLength(10);
    expect(byDefault.data!.tags.totalCount).toBe(n + 7);
    expect(byDefault.data!.tags.pageInfo.hasNextPage).toBe(true);
  });

  test("first is capped at 500 with an error naming the field", async () => {
    const max = await t.gql(ListTags, { first: 500 });
    expect(max.errors).toBeUndefined();
    expect(max.data!.tags.edges).toHaveLength(137);
    expect(max.data!.tags.pageInfo.hasNextPage).toBe(false);
    const over = await t.gql(ListTags, { first: 501 });
    expect(over.data).toBeNull();
    expect(over.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LIMIT_EXCEEDED", field: ["first"] });
    const zero = await t.gql(ListTags, { first: 0 });
    expect(zero.errors![0].extensions).toMatchObject({ reason: "INVALID_ARGUMENT", field: ["first"] });
  });

  test("a cursor only resumes the query that issued it", async () => {
    const first = await t.gql(ListTags, { prefix: "page-", first: 3 });
    const cursor = first.data!.tags.pageInfo.endCursor!;
    const resumed = await t.gql(ListTags, { prefix: "page-", first: 2, after: cursor });
    expect(names(resumed)).toEqual(["page-003", "page-004"]);

    const otherPrefix = await t.gql(ListTags, { prefix: "page-0", first: 2, after: cursor });
    expect(otherPrefix.data).toBeNull();
    expect(otherPrefix.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR", field: ["after"] });
    const noPrefix = await t.gql(ListTags, { first: 2, after: cursor });
    expect(noPrefix.errors![0].extensions).toMatchObject({ reason: "INVALID_CURSOR", field: ["after"] });
    const otherType = await t.gql(ListTags, { prefix: "page-", resourceType: "VIDEO", after: cursor });
    expect(otherType.errors![0].extensions).toMatchObject({ reason: "INVALID_CURSOR", field: ["after"] });
    const garbage = await t.gql(ListTags, { after: "not-a-cursor" });
    expect(garbage.errors![0].extensions).toMatchObject({ reason: "INVALID_CURSOR", field: ["after"] });
  });
});
