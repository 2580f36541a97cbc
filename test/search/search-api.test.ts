// searchAssets beyond matching: sorting and keyset paging, limits, cursors, tenancy, the typed
// filter (same results as the equivalent expression) and aggregations.
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { AssetFilter, SearchApiPageQuery, SearchApiPageQueryVariables } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { ACTIVE, FIXTURES, keyOf, seedFixtures } from "./fixtures.js";

const t = useTestApp({ webhooks: false });

beforeAll(async () => {
  await seedFixtures(t);
});

const Page = graphql(`
  query SearchApiPage($expression: String, $filter: AssetFilter, $sortBy: [SortInput!], $first: Int, $after: String) {
    searchAssets(expression: $expression, filter: $filter, sortBy: $sortBy, first: $first, after: $after) {
      totalCount
      time
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { publicId bytes createdAt } }
    }
  }
`);

const Aggregate = graphql(`
  query SearchApiAggregate($expression: String, $aggregate: [AggregateInput!]) {
    searchAssets(expression: $expression, aggregate: $aggregate, first: 1) {
      totalCount
      aggregations { field buckets { key count } }
    }
  }
`);

const keys = (edges: { node: { publicId: string } }[]) => edges.map((e) => keyOf.get(e.node.publicId) ?? e.node.publicId);

/** Every page of a search, following endCursor. */
async function allPages(vars: SearchApiPageQueryVariables) {
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const r: Awaited<ReturnType<typeof t.gql<SearchApiPageQuery, SearchApiPageQueryVariables>>> = await t.gql(Page, { ...vars, after });
    expect(r.errors).toBeUndefined();
    const c: SearchApiPageQuery["searchAssets"] = r.data!.searchAssets;
    seen.push(...keys(c.edges));
    if (!c.pageInfo.hasNextPage) return seen;
    after = c.pageInfo.endCursor!;
  }
  throw new Error("did not end");
}

const fixture = (k: string) => FIXTURES.find((f) => f.key === k)!;
const byCreatedDesc = (ks: string[]) => [...ks].sort((a, b) => fixture(a).ago - fixture(b).ago);

describe("sorting and paging", () => {
  test("default: created_at desc, 10 per page, and only active assets", async () => {
    const r = await t.gql(Page, {});
    const c = r.data!.searchAssets;
    expect(keys(c.edges)).toEqual(byCreatedDesc(ACTIVE).slice(0, 10));
    expect(c.totalCount).toBe(ACTIVE.length);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(c.time).toBeGreaterThanOrEqual(0);
  });

  test("pages of 3 by created_at desc cover every match once, in order", async () => {
    expect(await allPages({ first: 3 })).toEqual(byCreatedDesc(ACTIVE));
  });

  test("public_id asc, in pages of 4", async () => {
    const want = [...ACTIVE].sort((a, b) => (fixture(a).publicId < fixture(b).publicId ? -1 : 1));
    expect(await allPages({ first: 4, sortBy: [{ field: "public_id", direction: "ASC" }] })).toEqual(want);
  });

  test("two keys with mixed directions: resource_type asc, bytes desc", async () => {
    const rt = (k: string) => (fixture(k).resourceType ?? "IMAGE").toLowerCase();
    const want = [...ACTIVE].sort((a, b) => (rt(a) !== rt(b) ? (rt(a) < rt(b) ? -1 : 1) : fixture(b).bytes - fixture(a).bytes));
    expect(await allPages({ first: 2, sortBy: [{ field: "resource_type", direction: "ASC" }, { field: "bytes", direction: "DESC" }] })).toEqual(want);
  });

  test("a nullable key (width) sorts missing values as -1 and pages through them", async () => {
    const w = (k: string) => fixture(k).width ?? -1;
    const got = await allPages({ first: 5, sortBy: [{ field: "width", direction: "ASC" }, { field: "public_id", direction: "ASC" }] });
    const want = [...ACTIVE].sort((a, b) => w(a) - w(b) || (fixture(a).publicId < fixture(b).publicId ? -1 : 1));
    expect(got).toEqual(want);
  });

  test("score: a term found in more fields, or matching a whole field, ranks first; pages are stable", async () => {
    // "shoes": A1 has it in its public id, folder and a tag; A2 in its public id and folder.
    const first = await allPages({ expression: "shoes", sortBy: [{ field: "score", direction: "DESC" }], first: 1 });
    expect(first).toEqual(["A1", "A2"]);
    // "intro" is A7's whole display name (exact bonus) and a token of its public id.
    const r = await t.gql(Page, { expression: "intro OR sale", sortBy: [{ field: "score", direction: "DESC" }], first: 1 });
    expect(keys(r.data!.searchAssets.edges)).toEqual(["A7"]);
  });

  test("unknown or repeated sort fields are INVALID_SORT naming the entry", async () => {
    for (const sortBy of [[{ field: "colour", direction: "ASC" as const }], [{ field: "bytes", direction: "ASC" as const }, { field: "bytes", direction: "DESC" as const }]]) {
      const r = await t.gql(Page, { sortBy });
      const ext = r.errors![0].extensions as { reason: string; field: string[] };
      expect(ext.reason).toBe("INVALID_SORT");
      expect(ext.field).toEqual(["sortBy", String(sortBy.length - 1), "field"]);
    }
  });

  test("first: above 500 is LIMIT_EXCEEDED; 500 is fine; below 1 is INVALID_ARGUMENT", async () => {
    expect((await t.gql(Page, { first: 501 })).errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["first"] });
    expect((await t.gql(Page, { first: 500 })).data!.searchAssets.edges).toHaveLength(ACTIVE.length);
    expect((await t.gql(Page, { first: 0 })).errors![0].extensions).toMatchObject({ reason: "INVALID_ARGUMENT", field: ["first"] });
  });

  test("a cursor resumes only the query that issued it", async () => {
    const r = await t.gql(Page, { expression: "tags", first: 2 });
    const after = r.data!.searchAssets.pageInfo.endCursor!;
    expect((await t.gql(Page, { expression: "tags", first: 2, after })).errors).toBeUndefined();
    for (const other of [{ expression: "-tags" }, { expression: "tags", sortBy: [{ field: "bytes", direction: "ASC" as const }] }, { filter: { tags: { exists: true } } }]) {
      const e = await t.gql(Page, { first: 2, after, ...other });
      expect(e.errors![0].extensions).toMatchObject({ reason: "INVALID_CURSOR", field: ["after"] });
    }
    expect((await t.gql(Page, { expression: "tags", first: 2, after: "garbage" })).errors![0].extensions).toMatchObject({ reason: "INVALID_CURSOR" });
  });

  test("another environment's assets are invisible", async () => {
    const mine = await t.gql(Page, { expression: "public_id=shoes/red-sneaker" });
    expect(mine.data!.searchAssets.totalCount).toBe(1);
    const theirs = await t.gql(Page, { expression: "public_id=shoes/red-sneaker OR tags=winter" }, t.otherAdmin);
    expect(keys(theirs.data!.searchAssets.edges)).toEqual(["A1"]);
    expect(theirs.data!.searchAssets.totalCount).toBe(1);
  });

  test("read-only keys may search", async () => {
    expect((await t.gql(Page, { expression: "tags=sale" }, t.readOnly)).data!.searchAssets.totalCount).toBe(3);
  });
});

describe("the typed filter means what the expression means", () => {
  const PAIRS: [string, AssetFilter][] = [
    ["tags=sale", { tags: { equals: "sale" } }],
    ["tags:siamese", { tags: { matches: "siamese" } }],
    ["-tags", { tags: { exists: false } }],
    ["public_id:test/sample/dog*", { publicId: { prefix: "test/sample/dog" } }],
    ["asset_folder:shoes/*", { assetFolder: { prefix: "shoes/" } }],
    ["asset_folder=shoes", { assetFolder: { equals: "shoes" } }],
    ["format=(jpg OR mp4)", { format: { in: ["jpg", "mp4"] } }],
    ["resource_type=video AND duration>=45", { resourceType: ["VIDEO"], duration: { gte: 45 } }],
    ["bytes:[1000 TO 5000000]", { bytes: { gte: 1000, lt: 5000000 } }],
    ["status=deleted", { status: ["DELETED"] }],
    ["context.productType:shoe", { context: [{ key: "productType", value: { matches: "shoe" } }] }],
    ["context:productType", { context: [{ key: "productType" }] }],
    ["metadata.quantity>10", { metadata: [{ externalId: "quantity", number: { gt: 10 } }] }],
    ["metadata.color_id:(red_id OR blue_id)", { metadata: [{ externalId: "color_id", value: { in: ["red_id", "blue_id"] } }] }],
    ["metadata.exp_date<=2020-12-31", { metadata: [{ externalId: "exp_date", date: { lte: "2020-12-31" } }] }],
    ["metadata.city_id", { metadata: [{ externalId: "city_id" }] }],
    ["shoes OR videos", { or: [{ term: "shoes" }, { term: "videos" }] }],
    ["-(resource_type:image OR resource_type:video)", { not: { resourceType: ["IMAGE", "VIDEO"] } }],
    ["moderation_kind=manual AND -moderation_status=rejected", { and: [{ moderationKind: ["MANUAL"] }, { not: { moderationStatus: ["REJECTED"] } }] }],
    ["width>=1920 AND aspect_ratio>1.5", { width: { gte: 1920 }, aspectRatio: { gt: 1.5 } }],
    ["access_mode=authenticated", { accessMode: ["AUTHENTICATED"] }],
    ["type=private", { type: ["PRIVATE"] }],
  ];

  test.each(PAIRS)("%s", async (expression, filter) => {
    const a = await t.gql(Page, { expression, first: 100 });
    const b = await t.gql(Page, { filter, first: 100 });
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(keys(b.data!.searchAssets.edges)).toEqual(keys(a.data!.searchAssets.edges));
    expect(a.data!.searchAssets.edges.length).toBeGreaterThan(0);
  });

  test("expression and filter together combine with AND", async () => {
    const r = await t.gql(Page, { expression: "tags=sale", filter: { resourceType: ["IMAGE"] }, first: 100 });
    expect(keys(r.data!.searchAssets.edges).sort()).toEqual(["A1", "A3"]);
  });

  test("createdAt bounds as DateTime", async () => {
    const now = Date.now();
    const r = await t.gql(Page, { filter: { createdAt: { gt: new Date(now - 24 * 3_600_000).toISOString() } }, first: 100 });
    expect(keys(r.data!.searchAssets.edges)).toEqual(["A5"]);
  });

  test("a filter naming an unknown metadata field is INVALID_ARGUMENT on filter", async () => {
    const r = await t.gql(Page, { filter: { metadata: [{ externalId: "nope" }] } });
    expect(r.errors![0].extensions).toMatchObject({ reason: "INVALID_ARGUMENT", field: ["filter"] });
  });
});

describe("aggregations", () => {
  test("format, type, resource_type and tags count all matches, not just the page", async () => {
    const r = await t.gql(Aggregate, {
      expression: "resource_type:image",
      aggregate: [{ field: "FORMAT" }, { field: "TYPE" }, { field: "RESOURCE_TYPE" }],
    });
    expect(r.errors).toBeUndefined();
    const c = r.data!.searchAssets;
    expect(c.totalCount).toBe(11);
    expect(c.aggregations).toEqual([
      { field: "FORMAT", buckets: [{ key: "jpg", count: 5 }, { key: "png", count: 4 }, { key: "gif", count: 1 }, { key: "webp", count: 1 }] },
      { field: "TYPE", buckets: [{ key: "upload", count: 11 }] },
      { field: "RESOURCE_TYPE", buckets: [{ key: "image", count: 11 }] },
    ]);
    const all = await t.gql(Aggregate, { aggregate: [{ field: "RESOURCE_TYPE" }, { field: "TAGS" }, { field: "FORMAT" }] });
    const [rt, tags, format] = all.data!.searchAssets.aggregations;
    expect(rt.buckets).toEqual([{ key: "image", count: 11 }, { key: "video", count: 3 }, { key: "raw", count: 2 }]);
    expect(tags.buckets.slice(0, 2)).toEqual([{ key: "sale", count: 3 }, { key: "blue", count: 2 }]);
    expect(tags.buckets).toHaveLength(10);
    expect(format.buckets).toContainEqual({ key: "unknown", count: 1 });
  });

  test("ranges: from inclusive, to exclusive; pixels and duration count only images or videos", async () => {
    const r = await t.gql(Aggregate, {
      aggregate: [
        { field: "BYTES", ranges: [{ key: "tiny", to: 5000 }, { key: "medium", from: 5000, to: 1000000 }, { key: "big", from: 1000000 }] },
        { field: "DURATION", ranges: [{ key: "short", to: 30 }, { key: "long", from: 30 }] },
        { field: "IMAGE_PIXELS", ranges: [{ key: "small", to: 100000 }, { key: "large", from: 1000000 }] },
        { field: "VIDEO_PIXELS", ranges: [{ key: "hd", from: 2000000 }] },
      ],
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.searchAssets.aggregations).toEqual([
      // tiny: A5 4000, A11 100, A13 2048; medium: A1, A4, A6, A10, A14 5000, A15, A16, A17; big: A2, A3, A7, A8, A9
      { field: "BYTES", buckets: [{ key: "tiny", count: 3 }, { key: "medium", count: 8 }, { key: "big", count: 5 }] },
      { field: "DURATION", buckets: [{ key: "short", count: 1 }, { key: "long", count: 2 }] },
      // small: A13 20000, A14 90000, A16 2500, A17 20000; large: A3 1000000, A4, A5
      { field: "IMAGE_PIXELS", buckets: [{ key: "small", count: 4 }, { key: "large", count: 3 }] },
      { field: "VIDEO_PIXELS", buckets: [{ key: "hd", count: 1 }] },
    ]);
  });

  test("bad aggregate input is a typed error naming the entry", async () => {
    const cases = [
      { aggregate: [{ field: "BYTES" as const }], field: ["aggregate", "0", "ranges"] },
      { aggregate: [{ field: "FORMAT" as const, ranges: [{ key: "a", to: 1 }] }], field: ["aggregate", "0", "ranges"] },
      { aggregate: [{ field: "FORMAT" as const }, { field: "FORMAT" as const }], field: ["aggregate", "1", "field"] },
      { aggregate: [{ field: "BYTES" as const, ranges: [{ key: "a", to: 1 }, { key: "a", from: 2 }] }], field: ["aggregate", "0", "ranges", "1", "key"] },
    ];
    for (const c of cases) {
      const r = await t.gql(Aggregate, { aggregate: c.aggregate });
      expect(r.errors![0].extensions).toMatchObject({ reason: "INVALID_ARGUMENT", field: c.field });
    }
  });
});
