// What a hostile or careless expression can do: out-of-range numbers and dates, deep nesting,
// wide groups, characters no database holds, forged cursors. Each is a result or a typed error,
// never a 500, on SQLite and on PostgreSQL. And paging by nullable, tied keys visits every row once.
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { AssetFilter, SearchLimitsQuery, SearchLimitsQueryVariables, SortInput } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { ACTIVE, KEYS, except, keyOf, seedFixtures } from "./fixtures.js";

const t = useTestApp({ webhooks: false });

beforeAll(async () => {
  await seedFixtures(t);
});

const Search = graphql(`
  query SearchLimits($expression: String, $filter: AssetFilter, $sortBy: [SortInput!], $first: Int, $after: String) {
    searchAssets(expression: $expression, filter: $filter, sortBy: $sortBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { publicId } }
    }
  }
`);

const keys = (c: SearchLimitsQuery["searchAssets"]) => c.edges.map((e) => keyOf.get(e.node.publicId) ?? e.node.publicId);

async function matches(expression: string, sortBy?: SortInput[]) {
  const r = await t.gql(Search, { expression, sortBy, first: 100 });
  expect(r.status, expression).toBe(200);
  expect(r.errors, expression).toBeUndefined();
  return [...keys(r.data!.searchAssets)].sort();
}

async function reason(vars: SearchLimitsQueryVariables) {
  const r = await t.gql(Search, { first: 5, ...vars });
  expect(r.status).toBeLessThan(500);
  expect(r.errors, JSON.stringify(vars).slice(0, 80)).toBeDefined();
  return r.errors![0].extensions as { reason: string; field: unknown };
}

const sorted = (ks: string[]) => [...ks].sort();

describe("numbers past 64 bits", () => {
  test.each<[string, string[]]>([
    ["bytes>99999999999999999999999", []],
    ["bytes<99999999999999999999999", ACTIVE],
    ["bytes>=-99999999999999999999999", ACTIVE],
    ["bytes=99999999999999999999999", []],
    ["bytes:[1 TO 99999999999999999999999]", ACTIVE],
    ["width<99999999999999999999999", except("A10", "A11")],
    ["metadata.quantity<99999999999999999999", ["A14", "A15"]],
    ["metadata.quantity>99999999999999999999", []],
    ['aspect_ratio="99999999999999999999:1"', []],
    // 2:1 written with 20-digit terms is still 2:1 (A13 is 200x100)
    ['aspect_ratio="20000000000000000000:10000000000000000000"', ["A13"]],
    ['aspect_ratio="2:0"', []],
  ])("%s", async (expression, expected) => {
    expect(await matches(expression)).toEqual(sorted(expected));
  });
});

describe("dates past the calendar", () => {
  test.each<[string, string[]]>([
    ["created_at>999999999w", ACTIVE],
    ["created_at<99999999999d", []],
    [`created_at>${"9".repeat(400)}h`, ACTIVE],
    ["created_at:[999999999w TO 1d]", except("A5")],
    ["metadata.exp_date>999999999w", ["A14", "A15"]],
    ["created_at=9999-12-31", []],
    ["created_at<9999-12-31", ACTIVE],
    ["created_at>0001-01-01", ACTIVE],
  ])("%s", async (expression, expected) => {
    expect(await matches(expression)).toEqual(sorted(expected));
  });

  test("a date with year 0 is INVALID_EXPRESSION (no database has it)", async () => {
    for (const expression of ["created_at>0000-01-01", 'created_at>"0000-06-01T00:00:00Z"', "metadata.exp_date<0000-01-01"]) {
      expect(await reason({ expression })).toMatchObject({ reason: "INVALID_EXPRESSION", field: ["expression"] });
    }
  });
});

describe("nesting and width", () => {
  test("negations and parentheses nest up to 64 deep", async () => {
    expect(await matches(`${"-".repeat(64)}tags`)).toEqual(await matches("tags"));
    expect(await matches(`${"(".repeat(64)}shoe${")".repeat(64)}`)).toEqual(["A1", "A6"]);
    expect(await matches(`${"-(".repeat(32)}tags${")".repeat(32)}`)).toEqual(await matches("tags"));
  });

  test("deeper is LIMIT_EXCEEDED, however written", async () => {
    for (const expression of [`${"-".repeat(1500)}tags`, `${"(".repeat(2000)}x${")".repeat(2000)}`, `${"-(".repeat(600)}tags${")".repeat(600)}`, `format=${"(".repeat(100)}jpg${")".repeat(100)}`]) {
      expect(await reason({ expression })).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["expression"] });
    }
    // parentheses inside quotes are text
    expect(await matches(`"${"(".repeat(100)}shoe"`)).toEqual(["A1", "A6"]);
  });

  test("64 clauses, 10 of them free-text terms, are a result (3 of them with a score sort); more are LIMIT_EXCEEDED", async () => {
    const shoes = Array.from({ length: 10 }, () => "shoe").join(" ");
    expect(await matches(shoes)).toEqual(["A1", "A6"]);
    // a score sort scores every match against each term: three terms, not ten (docs/performance.md)
    const byScore: SortInput[] = [{ field: "public_id", direction: "ASC" }, { field: "score", direction: "DESC" }];
    expect(await matches("shoe shoe shoe", byScore)).toEqual(["A1", "A6"]);
    expect(await matches(`shoe shoe shoe ${Array.from({ length: 61 }, () => "tags:sale").join(" ")}`, byScore)).toEqual(["A1"]);
    expect(await reason({ expression: "shoe shoe shoe shoe", sortBy: byScore })).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["sortBy", "1", "field"] });
    expect(await reason({ expression: "shoe", filter: { or: [{ term: "a" }, { term: "b" }, { term: "c" }] }, sortBy: byScore })).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["sortBy", "1", "field"] });
    expect(await reason({ expression: `${shoes} shoe` })).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["expression"] });
    expect(await reason({ filter: { or: Array.from({ length: 11 }, () => ({ term: "shoe" })) } })).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["filter"] });
    expect(await matches(`${shoes} ${Array.from({ length: 54 }, () => "tags:sale").join(" ")}`)).toEqual(["A1"]);
    const tags = `tags=(sale OR ${Array.from({ length: 63 }, (_, i) => `t${i}`).join(" OR ")})`;
    expect(await matches(tags)).toEqual(["A1", "A3", "A7"]);
    // ANDed subquery clauses, which PostgreSQL plans as joins
    expect(await matches(Array.from({ length: 64 }, () => "tags:siamese").join(" "))).toEqual(["A3", "A4"]);
    expect(await reason({ expression: Array.from({ length: 65 }, () => "tags:siamese").join(" ") })).toMatchObject({ reason: "LIMIT_EXCEEDED" });
    expect(await reason({ expression: `format=(${Array.from({ length: 65 }, (_, i) => `f${i}`).join(" OR ")})` })).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["expression"] });
  });

  test("a typed filter is held to the same limits", async () => {
    const filter: AssetFilter = { tags: { in: Array.from({ length: 65 }, (_, i) => `t${i}`) } };
    expect(await reason({ filter })).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["filter"] });
    const wide: AssetFilter = { tags: { in: ["sale", ...Array.from({ length: 63 }, (_, i) => `t${i}`)] } };
    const r = await t.gql(Search, { filter: wide, first: 100 });
    expect(sorted(keys(r.data!.searchAssets))).toEqual(["A1", "A3", "A7"]);
  });
});

describe("characters no database holds", () => {
  test("a lone surrogate is INVALID_ARGUMENT naming the value, in an expression as in a filter", async () => {
    const r = await t.gql(Search, { expression: "tags=\uDC00x", first: 5 });
    expect(r.errors![0].extensions).toMatchObject({ reason: "INVALID_ARGUMENT", field: ["expression"] });
    expect(r.errors![0].message).toContain("at 5");
    expect(await reason({ expression: "shoe \uD800" })).toMatchObject({ reason: "INVALID_ARGUMENT", field: ["expression"] });
    expect(await reason({ filter: { tags: { equals: "a\uD800" } } })).toMatchObject({ reason: "INVALID_ARGUMENT", field: ["filter", "tags", "equals"] });
    // a surrogate pair is a character like any other
    expect(await matches("tags=\uD83D\uDE00")).toEqual([]);
  });
});

describe("the default status filter", () => {
  test("`status` alone is a word, not a mention of the field: deleted assets stay out", async () => {
    expect(await matches("sale OR status")).toEqual(["A1", "A3", "A7"]);
    expect(await matches("sale OR status:deleted")).toEqual(["A1", "A12", "A3", "A7"]);
  });
});

describe("cursors", () => {
  const forge = (cursor: string, edit: (k: unknown[]) => void) => {
    const body = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { k: unknown[]; h: string };
    edit(body.k);
    return Buffer.from(JSON.stringify(body)).toString("base64url");
  };

  test("a cursor edited to hold values no key has is INVALID_CURSOR", async () => {
    const cases: [SortInput[], (k: unknown[]) => void][] = [
      [[{ field: "bytes", direction: "DESC" }], (k) => { k[0] = 1e30; }],
      [[{ field: "bytes", direction: "DESC" }], (k) => { k[0] = 1.5; }],
      [[{ field: "public_id", direction: "ASC" }], (k) => { k[0] = "a\u0000"; }],
      [[{ field: "public_id", direction: "ASC" }], (k) => { k[0] = "\uD800"; }],
      [[{ field: "created_at", direction: "DESC" }], (k) => { k[0] = "+275760-09-13T00:00:00.000Z"; }],
      [[{ field: "created_at", direction: "DESC" }], (k) => { k[1] = 1e30; }],
    ];
    for (const [sortBy, edit] of cases) {
      const first = await t.gql(Search, { sortBy, first: 2 });
      const after = forge(first.data!.searchAssets.pageInfo.endCursor!, edit);
      expect(await reason({ sortBy, first: 2, after })).toMatchObject({ reason: "INVALID_CURSOR", field: ["after"] });
    }
  });

  test("a cursor of one expression does not resume another", async () => {
    const first = await t.gql(Search, { expression: "tags", first: 2 });
    const after = first.data!.searchAssets.pageInfo.endCursor!;
    expect(await reason({ expression: "-tags", first: 2, after })).toMatchObject({ reason: "INVALID_CURSOR" });
    expect(await reason({ expression: "tags", sortBy: [{ field: "bytes", direction: "ASC" }], first: 2, after })).toMatchObject({ reason: "INVALID_CURSOR" });
  });

  // Nullable keys (missing values sort as '' or -1) and many ties: pages of 2 must still visit
  // every row exactly once, in the unpaged order.
  test.each<SortInput[]>([
    [{ field: "duration", direction: "ASC" }],
    [{ field: "duration", direction: "DESC" }],
    [{ field: "display_name", direction: "ASC" }],
    [{ field: "display_name", direction: "DESC" }],
    [{ field: "width", direction: "DESC" }, { field: "format", direction: "ASC" }],
    [{ field: "etag", direction: "ASC" }],
    [{ field: "format", direction: "DESC" }],
    [{ field: "pixels", direction: "ASC" }],
    [{ field: "score", direction: "DESC" }],
    [{ field: "type", direction: "ASC" }, { field: "height", direction: "DESC" }],
  ])("sortBy %j pages through every row once", async (...sortBy) => {
    const expression = "status=(active OR deleted) OR shoe";
    const whole = await t.gql(Search, { expression, sortBy, first: 100 });
    const all = keys(whole.data!.searchAssets);
    expect(sorted(all)).toEqual(sorted(KEYS));
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const r: Awaited<ReturnType<typeof t.gql<SearchLimitsQuery, SearchLimitsQueryVariables>>> = await t.gql(Search, { expression, sortBy, first: 2, after });
      expect(r.errors).toBeUndefined();
      paged.push(...keys(r.data!.searchAssets));
      if (!r.data!.searchAssets.pageInfo.hasNextPage) break;
      after = r.data!.searchAssets.pageInfo.endCursor!;
    }
    expect(paged).toEqual(all);
  });
});
