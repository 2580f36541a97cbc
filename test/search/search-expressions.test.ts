// Table-driven: each expression and exactly the fixtures it matches (test/search/fixtures.ts).
// The same table runs on SQLite and on PostgreSQL (DATABASE_URL), so both must agree with it.
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { ACTIVE, KEYS, except, keyOf, seedFixtures, type Seeded } from "./fixtures.js";

const t = useTestApp({ webhooks: false });
let seeded: Seeded;

beforeAll(async () => {
  seeded = await seedFixtures(t);
});

const Search = graphql(`
  query SearchTable($expression: String, $first: Int) {
    searchAssets(expression: $expression, first: $first) {
      totalCount
      edges { node { publicId } }
      pageInfo { hasNextPage }
    }
  }
`);

type Case = [expression: string | ((s: Seeded) => string), matches: string[]];

const CASES: Case[] = [
  // the reference's and DOMAIN §3.6's examples
  ["shoe", ["A1", "A6"]],
  ["shirt AND -tags:blue", ["A4", "A9"]],
  ["clothing AND aspect_ratio < 1", []],
  ["clothing AND aspect_ratio >= 1", ["A3", "A4"]],
  ["resource_type:image AND tags=sale AND uploaded_at>1d", ["A1", "A3"]],
  ["tags:siamese", ["A3", "A4"]],
  ['tags="siamese cats"', ["A4"]],
  ["-tags", ["A5", "A8", "A10", "A13", "A14", "A15", "A17"]],
  ["context.productType:shoe", ["A1", "A6"]],
  ['context."key with spaces"=myValue', ["A3"]],
  ["context:productType", ["A1", "A2", "A6"]],
  ["context=productType", ["A1", "A2", "A6"]],
  ["metadata.city_id=paris_id", ["A14"]],
  ["metadata.exp_date>2021-01-01", ["A14"]],
  ["metadata.color_id:red_id", ["A14"]],
  ["asset_folder=test/sample", ["A5"]],
  ["asset_folder:test/sample/*", ["A5", "A16"]],
  ["public_id:test/sample/dog*", ["A5", "A16"]],
  ["filename:hound*", ["A6"]],
  ["format=(jpg OR mp4)", ["A1", "A3", "A5", "A7", "A8", "A13", "A17"]],
  ["bytes:[1000 TO 5000000]", ["A1", "A2", "A3", "A4", "A5", "A6", "A10", "A13", "A14", "A15", "A16", "A17"]],
  ["bytes>1mb AND width>100", ["A2", "A3", "A7", "A8", "A9"]],
  ["created_at:[4w TO 1w]", ["A2", "A3", "A13", "A14", "A15", "A16", "A17"]],
  ["last_updated.context_updated_at>1h", ["A1"]],
  ["status=(deleted OR active)", KEYS],
  ["duration:[30s TO 2m] AND moderation_status=approved", ["A7"]],
  // status and the default filter
  ["status=deleted", ["A12"]],
  ["status=deleted OR active", ["A12"]],
  ["status:active", ACTIVE],
  ["-status=deleted", ACTIVE],
  // tags
  ["tags=sale", ["A1", "A3", "A7"]],
  ["tags=Sale", []],
  ["tags:SALE", ["A1", "A3", "A7"]],
  ["-tags=sale", except("A1", "A3", "A7")],
  ["tags", ["A1", "A2", "A3", "A4", "A6", "A7", "A9", "A11", "A16"]],
  ["tags:(blue sale)", ["A3"]],
  ["tags:(winter OR puppy)", ["A2", "A16"]],
  ["tags:shoes", ["A1"]],
  // public_id, filename, display_name
  ["public_id=shoes/red-sneaker", ["A1"]],
  ["public_id=Shoes/red-sneaker", []],
  ["public_id:TestCase*", ["A17"]],
  ["public_id:testcase*", []],
  ["public_id:sneaker", ["A1"]],
  ["filename=hound-dog", ["A6"]],
  ["filename:dog", ["A6"]],
  ["filename:(dog hound)", ["A6"]],
  ["filename:(dog OR intro)", ["A6", "A7"]],
  ["filename:shoes", []],
  ['display_name="small white dog"', ["A4"]],
  ['display_name:"small white"', ["A4"]],
  ['display_name:"white small"', []],
  ["display_name:sneaker", ["A1"]],
  // asset_folder
  ["asset_folder:shirts", ["A3", "A4"]],
  ["asset_folder=shoes", ["A1"]],
  ["asset_folder:shoes/*", ["A1", "A2"]],
  ['asset_folder=""', ["A10", "A11"]],
  ["asset_folder:test*", ["A5", "A16"]],
  ["-asset_folder:shoes/*", except("A1", "A2")],
  ["-asset_folder=shoes", except("A1")],
  ["asset_folder=nowhere", []],
  ["-asset_folder=nowhere", ACTIVE],
  ["asset_folder=Shoes", []],
  ["-display_name:sneaker", except("A1")],
  ["-context.productType:shoe", except("A1", "A6")],
  ['tags:"siamese cats"', ["A3", "A4"]],
  ['tags:"--"', []],
  // fixed lists
  ["type:private", ["A10"]],
  ["type=authenticated", ["A9"]],
  ["resource_type=video", ["A7", "A8", "A9"]],
  ["resource_type:raw", ["A10", "A11"]],
  ["-resource_type:image", ["A7", "A8", "A9", "A10", "A11"]],
  ["access_mode:authenticated", ["A13"]],
  ["access_mode=public", except("A13")],
  ["moderation_kind=manual", ["A7", "A8"]],
  ["moderation_status=rejected", ["A8"]],
  ["moderation_status:pending", ["A9"]],
  ["moderation_kind=aws_rek AND moderation_status=pending", ["A9"]],
  ["format=JPG", ["A1", "A3", "A5", "A13", "A17"]],
  ["format:png", ["A2", "A14", "A15", "A16"]],
  ["-format=jpg AND resource_type=image", ["A2", "A4", "A6", "A14", "A15", "A16"]],
  ["format", except("A11")],
  ["etag=abc123etag", ["A13"]],
  ["etag", ["A1", "A13"]],
  [(s) => `asset_id=${s.assetIds.get("A3")}`, ["A3"]],
  // numbers and units
  ["width>=1920", ["A4", "A5", "A7"]],
  ["width=1000", ["A3"]],
  ["height<100", ["A16"]],
  ["height<=100", ["A13", "A16"]],
  ["height < 100.5", ["A13", "A16"]],
  ["-width>100", ["A10", "A11", "A16", "A17"]],
  ["pixels>1m", ["A4", "A5", "A7"]],
  ["pixels>=1m", ["A3", "A4", "A5", "A7"]],
  ["pixels:[100000 TO 500000]", ["A1", "A2", "A6", "A9", "A15"]],
  ['aspect_ratio="16:9"', ["A4", "A7", "A8"]],
  ["aspect_ratio=1", ["A3", "A6", "A14", "A16"]],
  ["aspect_ratio>1.5", ["A4", "A7", "A8", "A13"]],
  ["duration>60", ["A8"]],
  ["duration<1m", ["A7", "A9"]],
  ["duration:[5 TO 10]", []],
  ["duration:[5 TO 11]", ["A9"]],
  ["bytes<=100b", ["A11"]],
  ["bytes>=50mb", ["A7", "A8"]],
  ["bytes>0.04gb", ["A7", "A8"]],
  ["backup_bytes>0", ["A13"]],
  ["backup_bytes>0 AND status=deleted", ["A12"]],
  ["backup_bytes>=2kb", ["A13"]],
  // dates
  ["created_at>30d", except("A4", "A8", "A10", "A11")],
  ["created_at<30d", ["A4", "A8", "A10", "A11"]],
  ["created_at>1d", ["A5"]],
  ["created_at>12h", ["A5"]],
  ["created_at>=2024-01-01", ACTIVE],
  ['created_at<"2020-01-01T00:00:00Z"', []],
  ["created_at:[1w TO 4w]", ["A2", "A3", "A13", "A14", "A15", "A16", "A17"]],
  ["last_updated.tags_updated_at>1h", ["A2"]],
  ["-last_updated.tags_updated_at>1h", except("A2")],
  ["uploaded_at>1h", ACTIVE],
  // metadata by type
  ["metadata.quantity>10", ["A14"]],
  ["metadata.quantity:[5 TO 43]", ["A14", "A15"]],
  ["metadata.quantity=7", ["A15"]],
  ["metadata.name_id:john", ["A14"]],
  ['metadata.name_id="Jane Doe"', ["A15"]],
  ["metadata.name_id=jane", []],
  ["metadata.quantity", ["A14", "A15"]],
  ["-metadata.city_id", except("A14", "A15")],
  ["metadata.color_id:(red_id OR blue_id)", ["A14", "A15"]],
  ["metadata.color_id:(red_id green_id)", ["A14"]],
  ["metadata.exp_date:[2020-01-01 TO 2021-01-01]", ["A15"]],
  ["metadata.exp_date<=2020-12-31", ["A15"]],
  // bare terms, phrases, booleans
  ["jane", ["A15"]],
  ['"red sneaker"', ["A1"]],
  ['"sneaker red"', []],
  ["(shoes OR videos) AND -tags:sale", ["A2", "A8", "A9"]],
  ["shoes videos", []],
  ["shoes OR videos", ["A1", "A2", "A7", "A8", "A9"]],
  ["sale AND resource_type=image", ["A1", "A3"]],
  ["-(resource_type:image OR resource_type:video)", ["A10", "A11"]],
  ["dog*", ["A4", "A5", "A6", "A16"]],
  ["red", ["A1"]],
  ["blue", ["A2", "A3"]],
  ["boots", ["A2"]],
  ["hound-dog", ["A6"]],
  ["manual.pdf", ["A10"]],
  ["format=(jpg OR png) AND bytes<5000", ["A5", "A13"]],
  ["resource_type:image OR resource_type:video AND tags=sale", ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A13", "A14", "A15", "A16", "A17"]],
  ["(resource_type:image OR resource_type:video) AND tags=sale", ["A1", "A3", "A7"]],
  ["--tags", ["A1", "A2", "A3", "A4", "A6", "A7", "A9", "A11", "A16"]],
  ["", ACTIVE],
  ["   ", ACTIVE],
];

describe("searchAssets expressions", () => {
  test.each(CASES.map(([e, m]) => [typeof e === "string" ? e : e.toString(), e, m] as const))("%s", async (_name, expression, matches) => {
    const text = typeof expression === "string" ? expression : expression(seeded);
    const r = await t.gql(Search, { expression: text, first: 100 });
    expect(r.errors).toBeUndefined();
    const got = r.data!.searchAssets.edges.map((e) => keyOf.get(e.node.publicId) ?? e.node.publicId);
    expect([...got].sort()).toEqual([...matches].sort());
    expect(r.data!.searchAssets.totalCount).toBe(matches.length);
  });
});

const ERRORS: [expression: string, code: string, position?: number][] = [
  ["tags:", "INVALID_EXPRESSION", 5],
  ["(shoes", "INVALID_EXPRESSION", 6],
  ["colr:blue", "INVALID_EXPRESSION", 0],
  ["bytes>abc", "INVALID_EXPRESSION", 6],
  ["created_at>yesterday", "INVALID_EXPRESSION", 11],
  ["width:[1 TO", "INVALID_EXPRESSION", 6],
  ["public_id:a*b", "INVALID_EXPRESSION", 10],
  ["tags:sale*", "INVALID_EXPRESSION", 9],
  ["resource_type:foo", "INVALID_EXPRESSION", 14],
  ["metadata.unknown_id=1", "INVALID_EXPRESSION", 0],
  ["metadata.quantity>abc", "INVALID_EXPRESSION", 18],
  ["metadata.city_id>paris_id", "INVALID_EXPRESSION", 17],
  ["folder=x", "INVALID_EXPRESSION", 0],
  ["status>1", "INVALID_EXPRESSION", 7],
  ["format>jpg", "INVALID_EXPRESSION", 7],
  ["tags>blue", "INVALID_EXPRESSION", 5],
  ["a AND", "INVALID_EXPRESSION", 5],
  ['"unterminated', "INVALID_EXPRESSION", 0],
  ["last_updated.nothing>1d", "INVALID_EXPRESSION", 0],
  ["public_id.x=1", "INVALID_EXPRESSION", 0],
  ["a OR OR b", "INVALID_EXPRESSION", 5],
  ["bytes>1tb", "INVALID_EXPRESSION", 6],
  ["created_at>2024-02-30", "INVALID_EXPRESSION", 11],
  ["colors:blue", "TIER_NOT_AVAILABLE"],
  ["face_count>=1", "TIER_NOT_AVAILABLE"],
  ["image_metadata.license=x", "TIER_NOT_AVAILABLE"],
  ["taken_at>1w", "TIER_NOT_AVAILABLE"],
];

describe("searchAssets rejects malformed expressions with a typed error", () => {
  test.each([
    ["public_id:a*b", 10],
    ["public_id:*abc", 10],
    ["shoe**", 0],
    ['"red shoe"*x', 0],
  ])("a * inside or before a value (%s) names the wildcard rule", async (expression, position) => {
    const r = await t.gql(Search, { expression, first: 10 });
    expect(r.errors![0].message).toBe(
      `invalid expression at position ${position}: * is a wildcard only at the end of a value (a prefix match, as in public_id:shoe*), not inside or before it`,
    );
    expect(r.errors![0].extensions).toMatchObject({ reason: "INVALID_EXPRESSION", position });
  });

  test.each(ERRORS)("%s → %s", async (expression, code, position) => {
    const r = await t.gql(Search, { expression, first: 10 });
    expect(r.data).toBeNull();
    const ext = r.errors![0].extensions as { reason: string; position?: number; field: string[] };
    expect(ext.reason).toBe(code);
    expect(ext.field).toEqual(["expression"]);
    if (position !== undefined) expect(ext.position).toBe(position);
  });
});
