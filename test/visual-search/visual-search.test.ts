// visualSearchAssets through GraphQL: text scoring, image similarity (by asset id and by our own
// delivery URL), the indexed-only / active-only / images-only rules, tenancy, errors, paging and
// the statement count of a nested page.
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { ImportAssetInput, VisualSearchQueryVariables } from "../gql/graphql.js";
import { useTestApp, type Credentials } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";
import { runCounted } from "../helpers/statements.js";

// No webhook worker: its background polls would land in the statement count.
const t = useTestApp({ webhooks: false });

const Search = graphql(`
  query VisualSearch($text: String, $imageAssetId: String, $imageUrl: String, $first: Int, $after: String) {
    visualSearchAssets(text: $text, imageAssetId: $imageAssetId, imageUrl: $imageUrl, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { publicId visualSearchIndexed } }
    }
  }
`);

const Nested = graphql(`
  query VisualSearchNested($first: Int) {
    visualSearchAssets(text: "bulk special", first: $first) {
      totalCount
      edges { node { publicId tags context { key value } assetFolder } }
    }
  }
`);

const Index = graphql(`
  mutation VisualSearchIndex($input: UpdateAssetInput!) {
    updateAsset(input: $input) { asset { visualSearchIndexed } userErrors { code field message } }
  }
`);

const Delete = graphql(`
  mutation VisualSearchDelete($input: DeleteAssetsInput!) {
    deleteAssets(input: $input) { userErrors { code field message } }
  }
`);

const Urls = graphql(`
  query VisualSearchUrls($assetIds: [String!]) {
    assets(assetIds: $assetIds) { edges { node { assetId publicId version secureUrl url(transformation: "c_fill,w_100") } } }
  }
`);

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
const at = (daysAgo: number) => new Date(NOW - daysAgo * DAY).toISOString();

interface Fixture extends ImportAssetInput {
  key: string;
  indexed: boolean;
  deleted?: boolean;
}

const FIXTURES: Fixture[] = [
  { key: "V1", publicId: "catalog/red-sneaker", format: "jpg", displayName: "Red Sneaker", tags: ["shoe", "red"], context: [{ key: "color", value: "red" }], createdAt: at(1), indexed: true },
  { key: "V2", publicId: "catalog/blue-boot", format: "jpg", tags: ["shoe", "winter"], context: [{ key: "color", value: "blue" }], createdAt: at(2), indexed: true },
  { key: "V3", publicId: "catalog/red-dress", format: "png", tags: ["dress"], context: [{ key: "color", value: "Red" }], createdAt: at(3), indexed: true },
  // same creation time as V3, imported after it: the id decides (higher first)
  { key: "V4", publicId: "misc/sneaker-box", format: "jpg", createdAt: at(3), indexed: true },
  { key: "V5", publicId: "catalog/red-shoe-unindexed", format: "jpg", tags: ["shoe", "red"], createdAt: at(1), indexed: false },
  { key: "V6", publicId: "catalog/red-shoe-deleted", format: "jpg", tags: ["shoe", "red"], backup: true, createdAt: at(1), indexed: true, deleted: true },
  { key: "V7", publicId: "clips/red-shoe", resourceType: "VIDEO", format: "mp4", tags: ["shoe", "red"], createdAt: at(1), indexed: false },
  { key: "V8", publicId: "catalog/green-hat", format: "jpg", tags: ["hat"], context: [{ key: "note", value: "shoelace" }], createdAt: at(1), indexed: true },
  { key: "V9", publicId: "catalog/red-loafer", format: "jpg", tags: ["Red", "shoe"], createdAt: at(10), indexed: true },
  // a public ID with a dot: its delivery URL ends in ".v2.jpg"
  { key: "V10", publicId: "misc/photo.v2", format: "jpg", tags: ["winter"], createdAt: at(20), indexed: true },
];

const BULK = 30;
const bulkName = (i: number) => `bulk/item-${String(i).padStart(2, "0")}`;

const id = new Map<string, string>();
let otherId = "";

async function seed(records: Fixture[], as: Credentials) {
  const ids = await importAssets(t, records.map(({ key: _k, indexed: _i, deleted: _d, ...r }) => r));
  for (const [i, f] of records.entries()) {
    if (f.indexed) {
      const r = await t.gql(Index, { input: { ref: { assetId: ids[i] }, visualSearch: true } }, as);
      expect(r.data!.updateAsset.userErrors).toEqual([]);
      expect(r.data!.updateAsset.asset!.visualSearchIndexed).toBe(true);
    }
  }
  const deleted = records.flatMap((f, i) => (f.deleted ? [ids[i]] : []));
  if (deleted.length) {
    const r = await t.gql(Delete, { input: { assetIds: deleted } }, as);
    expect(r.data!.deleteAssets.userErrors).toEqual([]);
  }
  return ids;
}

beforeAll(async () => {
  const ids = await seed(FIXTURES, t.admin);
  FIXTURES.forEach((f, i) => id.set(f.key, ids[i]));
  // Bulk: "bulk" in every tag list; for "bulk special", score 2 where the context says "special".
  await seed(
    Array.from({ length: BULK }, (_, i) => ({
      key: `B${i}`,
      publicId: bulkName(i),
      format: "jpg",
      tags: ["bulk", `n${i % 4}`],
      context: i % 3 === 0 ? [{ key: "caption", value: `special item ${i}` }] : [{ key: "caption", value: `item ${i}` }],
      assetFolder: `bulk/f${i % 2}`,
      createdAt: at(100 + (i % 5)),
      indexed: true,
    })),
    t.admin,
  );
  // Another environment holds a lookalike.
  const importOther = graphql(`
    mutation VisualSearchOtherImport($input: ImportAssetsInput!) {
      importAssets(input: $input) { assets { assetId } userErrors { code field message } }
    }
  `);
  const r = await t.gql(importOther, { input: { assets: [{ publicId: "catalog/red-sneaker", format: "jpg", tags: ["shoe", "red", "sneaker"], createdAt: at(1) }] } }, t.otherAdmin);
  expect(r.data!.importAssets.userErrors).toEqual([]);
  otherId = r.data!.importAssets.assets[0].assetId;
  const ix = await t.gql(Index, { input: { ref: { assetId: otherId }, visualSearch: true } }, t.otherAdmin);
  expect(ix.data!.updateAsset.userErrors).toEqual([]);
});

const publicIds = (r: Awaited<ReturnType<typeof search>>) => r.data!.visualSearchAssets.edges.map((e) => e.node.publicId);
const search = (vars: VisualSearchQueryVariables, as?: Credentials) => t.gql(Search, vars, as);

function expectError(r: { errors?: readonly { extensions?: Record<string, unknown> }[]; data?: unknown }, reason: string, field: string[] | null, code = "BAD_USER_INPUT") {
  expect(r.errors, JSON.stringify(r.data)).toHaveLength(1);
  expect(r.errors![0].extensions).toMatchObject({ code, reason, field });
}

describe("visualSearchAssets(text)", () => {
  test("ranks indexed active images by distinct query words in tags, context, display name and filename", async () => {
    const r = await search({ text: "Red sneaker, SHOE red!" });
    expect(r.errors).toBeUndefined();
    // V1: red, sneaker, shoe (3); V9: red, shoe (2); then one point each, newest first, ids breaking the V3/V4 tie
    expect(publicIds(r)).toEqual(["catalog/red-sneaker", "catalog/red-loafer", "catalog/blue-boot", "misc/sneaker-box", "catalog/red-dress"]);
    expect(r.data!.visualSearchAssets.totalCount).toBe(5);
    expect(r.data!.visualSearchAssets.edges.every((e) => e.node.visualSearchIndexed)).toBe(true);
    expect(r.data!.visualSearchAssets.pageInfo.hasNextPage).toBe(false);
  });

  test("matches whole words only, and leaves out unindexed, deleted, non-image and zero-score assets", async () => {
    // "shoelace" (V8's context) is not the word "shoe"; V5 is not indexed, V6 deleted, V7 a video
    const r = await search({ text: "shoe" });
    expect(publicIds(r)).toEqual(["catalog/red-sneaker", "catalog/blue-boot", "catalog/red-loafer"]);
    expect((await search({ text: "unindexed deleted clips" })).data!.visualSearchAssets.totalCount).toBe(0);
    expect(publicIds(await search({ text: "shoelace hat" }))).toEqual(["catalog/green-hat"]);
  });

  test("a word of one or two characters, too short for the token index, matches and scores like a longer one", async () => {
    // tags n0..n3 (i % 4), "special" in the context of every third
    const r = await search({ text: "n0 special", first: 500 });
    expect(r.errors).toBeUndefined();
    const matching = Array.from({ length: BULK }, (_, i) => i).filter((i) => i % 4 === 0 || i % 3 === 0);
    expect(r.data!.visualSearchAssets.totalCount).toBe(matching.length);
    const both = matching.filter((i) => i % 4 === 0 && i % 3 === 0).map(bulkName);
    expect(publicIds(r).slice(0, both.length).sort()).toEqual(both.sort());
    expect(publicIds(await search({ text: "n" }))).toEqual([]);
  });

  test("un-indexing an image takes it out of the results", async () => {
    const hat = { assetId: id.get("V8")! };
    expect(publicIds(await search({ text: "hat" }))).toEqual(["catalog/green-hat"]);
    expect((await t.gql(Index, { input: { ref: hat, visualSearch: false } })).data!.updateAsset.asset!.visualSearchIndexed).toBe(false);
    expect((await search({ text: "hat" })).data!.visualSearchAssets.totalCount).toBe(0);
    expectError(await search({ imageAssetId: hat.assetId }), "INVALID_ARGUMENT", ["imageAssetId"]);
    expect((await t.gql(Index, { input: { ref: hat, visualSearch: true } })).data!.updateAsset.asset!.visualSearchIndexed).toBe(true);
    expect(publicIds(await search({ text: "hat" }))).toEqual(["catalog/green-hat"]);
  });

  test("a read-only key may search; another environment sees only its own images", async () => {
    expect(publicIds(await search({ text: "shoe" }, t.readOnly))).toHaveLength(3);
    const other = await search({ text: "red sneaker shoe" }, t.otherAdmin);
    expect(publicIds(other)).toEqual(["catalog/red-sneaker"]);
    expect(other.data!.visualSearchAssets.totalCount).toBe(1);
  });

  test("text without words, too long text, more than six distinct words, and first above 500 are refused", async () => {
    expectError(await search({ text: " -- !! " }), "INVALID_ARGUMENT", ["text"]);
    expectError(await search({ text: "a".repeat(1001) }), "LIMIT_EXCEEDED", ["text"]);
    // every image a word hits is scored: six distinct words at most (docs/performance.md)
    const six = await search({ text: "shoe red sneaker shoe bag hat cat" });
    expect(six.errors).toBeUndefined();
    expectError(await search({ text: "shoe red sneaker bag hat cat dog" }), "LIMIT_EXCEEDED", ["text"]);
    expectError(await search({ text: "shoe", first: 501 }), "LIMIT_EXCEEDED", ["first"]);
    expectError(await search({ text: "shoe", first: 0 }), "INVALID_ARGUMENT", ["first"]);
  });
});

describe("visualSearchAssets(imageAssetId)", () => {
  test("ranks other indexed images by shared tag and context words, without the image itself", async () => {
    // V1's words: shoe, red. V9 shares both, V2 "shoe", V3 "red" (context); V4 and V8 share none.
    const r = await search({ imageAssetId: id.get("V1")! });
    expect(r.errors).toBeUndefined();
    expect(publicIds(r)).toEqual(["catalog/red-loafer", "catalog/blue-boot", "catalog/red-dress"]);
    expect(r.data!.visualSearchAssets.totalCount).toBe(3);
    // an indexed image without tags or context resembles nothing
    expect((await search({ imageAssetId: id.get("V4")! })).data!.visualSearchAssets.totalCount).toBe(0);
  });

  test("the image must exist here, be active, be an image and be indexed", async () => {
    expectError(await search({ imageAssetId: "0000000000000000000000000000dead" }), "NOT_FOUND", ["imageAssetId"], "NOT_FOUND");
    expectError(await search({ imageAssetId: otherId }), "NOT_FOUND", ["imageAssetId"], "NOT_FOUND");
    expectError(await search({ imageAssetId: id.get("V6")! }), "NOT_FOUND", ["imageAssetId"], "NOT_FOUND");
    expectError(await search({ imageAssetId: id.get("V7")! }), "INVALID_ARGUMENT", ["imageAssetId"]);
    const unindexed = await search({ imageAssetId: id.get("V5")! });
    expectError(unindexed, "INVALID_ARGUMENT", ["imageAssetId"]);
    expect((unindexed.errors![0] as { message: string }).message).toMatch(/not indexed for visual search/);
  });
});

describe("visualSearchAssets(imageUrl)", () => {
  test("one of our delivery URLs (with or without a transformation, any format) is that asset", async () => {
    const urls = await t.gql(Urls, { assetIds: [id.get("V1")!] });
    const node = urls.data!.assets.edges[0].node;
    expect(node.url).toContain("/c_fill,w_100/");
    const expected = ["catalog/red-loafer", "catalog/blue-boot", "catalog/red-dress"];
    for (const imageUrl of [node.secureUrl, node.url, node.secureUrl.replace(/\.jpg$/, ".webp")]) {
      const r = await search({ imageUrl });
      expect(r.errors, imageUrl).toBeUndefined();
      expect(publicIds(r)).toEqual(expected);
    }
  });

  test("the delivery extension is cut from a public ID that holds a dot", async () => {
    const r = await search({ imageUrl: "http://res.cloudinary.com/test-cloud/image/upload/v1/misc/photo.v2.jpg" });
    expect(r.errors).toBeUndefined();
    expect(publicIds(r)).toEqual(["catalog/blue-boot"]);
  });

  test("external images cannot be analysed: FEATURE_NOT_ENABLED naming imageUrl", async () => {
    for (const imageUrl of [
      "https://example.com/photos/red-sneaker.jpg",
      // our host, another environment's cloud
      "https://res.cloudinary.com/other-cloud/image/upload/v1/catalog/red-sneaker.jpg",
      // our cloud, but not a delivery URL (no version)
      "https://res.cloudinary.com/test-cloud/image/upload/catalog/red-sneaker.jpg",
    ]) {
      const r = await search({ imageUrl });
      expectError(r, "FEATURE_NOT_ENABLED", ["imageUrl"], "FORBIDDEN");
      expect((r.errors![0] as { message: string }).message).toMatch(/cannot fetch or analyse images/);
    }
  });

  test("our URL for a missing asset is NOT_FOUND; a non-URL is INVALID_ARGUMENT", async () => {
    expectError(await search({ imageUrl: "https://res.cloudinary.com/test-cloud/image/upload/v1/catalog/nothing.jpg" }), "NOT_FOUND", ["imageUrl"], "NOT_FOUND");
    expectError(await search({ imageUrl: "https://res.cloudinary.com/test-cloud/video/upload/v1/clips/red-shoe.mp4" }), "INVALID_ARGUMENT", ["imageUrl"]);
    expectError(await search({ imageUrl: "not a url" }), "INVALID_ARGUMENT", ["imageUrl"]);
    expectError(await search({ imageUrl: "ftp://res.cloudinary.com/test-cloud/image/upload/v1/catalog/red-sneaker.jpg" }), "INVALID_ARGUMENT", ["imageUrl"]);
  });
});

describe("visualSearchAssets arguments", () => {
  test("exactly one source", async () => {
    expectError(await search({}), "INVALID_ARGUMENT", null);
    expectError(await search({ text: "shoe", imageAssetId: id.get("V1")! }), "INVALID_ARGUMENT", ["imageAssetId"]);
    expectError(await search({ text: "shoe", imageUrl: "https://example.com/a.jpg" }), "INVALID_ARGUMENT", ["imageUrl"]);
  });
});

describe("visualSearchAssets paging", () => {
  // for "bulk special", bulk/item-i scores 2 when i % 3 == 0 (its context says "special"), else 1; created 100 + i % 5 days ago
  const expected = Array.from({ length: BULK }, (_, i) => i)
    .sort((a, b) => Number(b % 3 === 0) - Number(a % 3 === 0) || (a % 5) - (b % 5) || b - a)
    .map(bulkName);

  test("pages through every match in relevance order with cursors bound to the arguments", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const r = await search({ text: "bulk special", first: 7, after });
      expect(r.errors).toBeUndefined();
      expect(r.data!.visualSearchAssets.totalCount).toBe(BULK);
      seen.push(...publicIds(r));
      if (!r.data!.visualSearchAssets.pageInfo.hasNextPage) break;
      after = r.data!.visualSearchAssets.pageInfo.endCursor!;
    }
    expect(seen).toEqual(expected);
    const firstPage = await search({ text: "bulk special", first: 7 });
    const cursor = firstPage.data!.visualSearchAssets.pageInfo.endCursor!;
    expectError(await search({ text: "bulk", first: 7, after: cursor }), "INVALID_CURSOR", ["after"]);
    expectError(await search({ text: "bulk special", after: "garbage" }), "INVALID_CURSOR", ["after"]);
  });

  test("a nested page's SQL statements do not grow with its size", async () => {
    const measure = (first: number) => runCounted(t, Nested, { first });
    const small = await measure(2);
    const large = await measure(20);
    console.log(`nested visual search page: ${small.statements.length} SQL statements at first: 2, ${large.statements.length} at first: 20`);
    for (const [m, n] of [[small, 2], [large, 20]] as const) {
      const nodes = m.data.visualSearchAssets.edges.map((e) => e.node);
      expect(nodes.map((x) => x.publicId)).toEqual(expected.slice(0, n));
      for (const node of nodes) {
        const i = Number(node.publicId.slice(-2));
        expect(node.tags).toEqual(["bulk", `n${i % 4}`]);
        expect(node.context).toEqual([{ key: "caption", value: i % 3 === 0 ? `special item ${i}` : `item ${i}` }]);
        expect(node.assetFolder).toBe(`bulk/f${i % 2}`);
      }
      expect(m.data.visualSearchAssets.totalCount).toBe(BULK);
    }
    expect(large.statements.length).toBe(small.statements.length);
    // the page's ids, the assets, their tags, context and folders, totalCount
    expect(large.statements.length).toBeLessThanOrEqual(7);
  });
});
