// Values no database can hold, or that no name should: lone UTF-16 surrogates anywhere, control
// characters in names and identifiers, integers past signed 64 bits, variables nested past what
// the executor can coerce. Each is a typed 4xx error naming the value, never a 500, and a
// rejected mutation writes nothing.
import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { ImportAssetInput } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp({ webhooks: false });

const Import = graphql(`
  mutation InputValuesImport($input: ImportAssetsInput!) {
    importAssets(input: $input) {
      assets { publicId displayName tags context { key value } bytes }
      userErrors { code field message }
    }
  }
`);

const Update = graphql(`
  mutation InputValuesUpdate($input: UpdateAssetInput!) {
    updateAsset(input: $input) {
      asset { tags }
      userErrors { code field message }
    }
  }
`);

const ByPublicId = graphql(`
  query InputValuesAsset($publicId: String!) {
    asset(publicId: $publicId) { publicId tags }
  }
`);

const Count = graphql(`
  query InputValuesCount {
    assets(first: 1) { totalCount }
  }
`);

const Access = graphql(`
  mutation InputValuesAccess($input: RecordAssetAccessesInput!) {
    recordAssetAccesses(input: $input) { recorded userErrors { code field message } }
  }
`);

const Search = graphql(`
  query InputValuesSearch($filter: AssetFilter) {
    searchAssets(filter: $filter, first: 5) { totalCount }
  }
`);

const count = async () => (await t.gql(Count, {})).data!.assets.totalCount;

/** The import's first error, as a top-level error's extensions or a userError. */
async function importError(record: ImportAssetInput) {
  const before = await count();
  const r = await t.gql(Import, { input: { assets: [record] } });
  expect(r.status).toBeLessThan(500);
  expect(await count()).toBe(before);
  if (r.errors) {
    const e = r.errors[0].extensions as { code: string; reason?: string; field?: string[] };
    return { code: e.reason ?? e.code, field: e.field ?? null, status: r.status };
  }
  const [first] = r.data!.importAssets.userErrors;
  return { code: first.code, field: first.field, status: r.status };
}

describe("lone UTF-16 surrogates", () => {
  test("in a tag, context key, public ID, folder or display name: INVALID_ARGUMENT naming the value, nothing written", async () => {
    const cases: [ImportAssetInput, string[]][] = [
      [{ publicId: "s1", tags: ["ok", "x\uD800"] }, ["input", "assets", "0", "tags", "1"]],
      [{ publicId: "s2", context: [{ key: "k\uDC00", value: "v" }] }, ["input", "assets", "0", "context", "0", "key"]],
      [{ publicId: "s3\uD83D" }, ["input", "assets", "0", "publicId"]],
      [{ publicId: "s4", assetFolder: "a/\uDFFFb" }, ["input", "assets", "0", "assetFolder"]],
      [{ publicId: "s5", displayName: "name\uD800" }, ["input", "assets", "0", "displayName"]],
    ];
    for (const [record, field] of cases) {
      expect(await importError(record)).toEqual({ code: "INVALID_ARGUMENT", field, status: 200 });
    }
  });

  test("in a query's argument: INVALID_ARGUMENT, not an internal error", async () => {
    const r = await t.gql(ByPublicId, { publicId: "a\uD800" });
    expect(r.status).toBe(200);
    expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_ARGUMENT", field: ["publicId"] });
  });

  test("a surrogate pair is a character like any other", async () => {
    const r = await t.gql(Import, { input: { assets: [{ publicId: "emoji-\uD83D\uDE00", tags: ["\uD83D\uDE00"], displayName: "smile \uD83D\uDE00" }] } });
    expect(r.data!.importAssets.userErrors).toEqual([]);
    expect(r.data!.importAssets.assets[0]).toMatchObject({ publicId: "emoji-\uD83D\uDE00", tags: ["\uD83D\uDE00"], displayName: "smile \uD83D\uDE00" });
  });
});

describe("control characters", () => {
  test("are refused in tags, public IDs, display names, folders and context keys", async () => {
    const cases: [ImportAssetInput, string[]][] = [
      [{ publicId: "c1", tags: ["a\u0000b"] }, ["input", "assets", "0", "tags", "0"]],
      [{ publicId: "c2", tags: ["line\nbreak"] }, ["input", "assets", "0", "tags", "0"]],
      [{ publicId: "c3", tags: ["c1\u0085"] }, ["input", "assets", "0", "tags", "0"]],
      [{ publicId: "c4\u0000" }, ["input", "assets", "0", "publicId"]],
      [{ publicId: "c5", displayName: "tab\tname" }, ["input", "assets", "0", "displayName"]],
      [{ publicId: "c6", assetFolder: "a/b\u001f" }, ["input", "assets", "0", "assetFolder"]],
      [{ publicId: "c7", context: [{ key: "k\u007f", value: "v" }] }, ["input", "assets", "0", "context", "0", "key"]],
      [{ publicId: "c8", context: [{ key: "k", value: "nul\u0000" }] }, ["input", "assets", "0", "context", "0", "value"]],
    ];
    for (const [record, field] of cases) {
      expect(await importError(record), JSON.stringify(record)).toEqual({ code: "INVALID_ARGUMENT", field, status: 200 });
    }
  });

  test("a context value keeps tab, line feed and carriage return", async () => {
    const r = await t.gql(Import, { input: { assets: [{ publicId: "text-value", context: [{ key: "caption", value: "one\ttwo\r\nthree" }] }] } });
    expect(r.data!.importAssets.userErrors).toEqual([]);
    expect(r.data!.importAssets.assets[0].context).toEqual([{ key: "caption", value: "one\ttwo\r\nthree" }]);
  });

  test("updateAsset refuses them too, and leaves the asset as it was", async () => {
    await importAssets(t, [{ publicId: "keeps-tags", tags: ["before"] }]);
    const r = await t.gql(Update, { input: { ref: { publicId: "keeps-tags" }, tags: ["after", "bad\u0007"] } });
    expect(r.data!.updateAsset.userErrors).toMatchObject([{ code: "INVALID_ARGUMENT", field: ["input", "tags", "1"] }]);
    expect((await t.gql(ByPublicId, { publicId: "keeps-tags" })).data!.asset!.tags).toEqual(["before"]);
  });
});

describe("integers past signed 64 bits", () => {
  test("bytes of 2^63 in importAssets and recordAssetAccesses are BAD_USER_INPUT naming the value; 2^63 - 1 is stored", async () => {
    const before = await count();
    const big = await t.gql(Import, { input: { assets: [{ publicId: "huge", bytes: "9223372036854775808" }] } });
    expect(big.status).toBe(400);
    expect(big.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(big.errors![0].message).toContain("input.assets[0].bytes");
    expect(await count()).toBe(before);

    const max = await t.gql(Import, { input: { assets: [{ publicId: "largest", bytes: "9223372036854775807" }] } });
    expect(max.data!.importAssets.assets[0].bytes).toBe("9223372036854775807");

    const access = await t.gql(Access, { input: { accesses: [{ asset: { publicId: "largest" }, bytes: "-9223372036854775809" }] } });
    expect(access.status).toBe(400);
    expect(access.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(access.errors![0].message).toContain("input.accesses[0].bytes");
  });
});

describe("nesting", () => {
  const nested = (depth: number) => {
    let filter: Record<string, unknown> = { tags: { equals: "sale" } };
    for (let i = 0; i < depth; i++) filter = { and: [filter, { format: { equals: "jpg" } }] };
    return filter;
  };

  test("a filter nested 1,000 deep is VARIABLES_TOO_DEEP before the executor recurses into it", async () => {
    const r = await t.gql(Search, { filter: nested(1000) });
    expect(r.data).toBeUndefined();
    expect(r.errors![0].extensions).toMatchObject({ code: "VARIABLES_TOO_DEEP" });
  });

  test("within the variables' cap the filter's own limit speaks: 64 groups run, 65 are LIMIT_EXCEEDED", async () => {
    const ok = await t.gql(Search, { filter: nested(63) });
    expect(ok.errors).toBeUndefined();
    const deep = await t.gql(Search, { filter: nested(65) });
    expect(deep.errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["filter"] });
  });
});

describe("caps on a call's work", () => {
  const Visual = graphql(`
    query InputValuesVisual($text: String!) {
      visualSearchAssets(text: $text, first: 5) { totalCount }
    }
  `);

  test("importAssets takes at most 10,000 tags and 10,000 context entries across its records; past either nothing is written", async () => {
    const before = await count();
    const tags = Array.from({ length: 100 }, (_, i) => `tag-${i}`);
    const records = (n: number, extra: Partial<ImportAssetInput>) => Array.from({ length: n }, (_, i) => ({ publicId: `bulk-${n}-${i}`, ...extra }));
    const tooManyTags = await t.gql(Import, { input: { assets: records(101, { tags }) } });
    expect(tooManyTags.data!.importAssets.userErrors).toMatchObject([{ code: "LIMIT_EXCEEDED", field: ["input", "assets", "100", "tags"] }]);
    const context = Array.from({ length: 100 }, (_, i) => ({ key: `k${i}`, value: "v" }));
    const tooManyContext = await t.gql(Import, { input: { assets: records(101, { context }) } });
    expect(tooManyContext.data!.importAssets.userErrors).toMatchObject([{ code: "LIMIT_EXCEEDED", field: ["input", "assets", "100", "context"] }]);
    expect(await count()).toBe(before);

    const atTheCap = await t.gql(Import, { input: { assets: records(100, { tags, context }) } });
    expect(atTheCap.data!.importAssets.userErrors).toEqual([]);
    expect(atTheCap.data!.importAssets.assets).toHaveLength(100);
    expect(atTheCap.data!.importAssets.assets[99].tags).toHaveLength(100);
    expect(await count()).toBe(before + 100);
  });

  test("visualSearchAssets text takes at most 6 distinct words", async () => {
    const six = "one two three four five six";
    const ok = await t.gql(Visual, { text: `${six} six one` });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.visualSearchAssets.totalCount).toBe(0);
    const over = await t.gql(Visual, { text: `${six} seven` });
    expect(over.errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["text"] });
  });
});
