// Property test of the token indexes (issue 15): after random writes through GraphQL (imports,
// tag commands, context, display names, metadata, deletes) and through plain SQL (a public ID
// renamed, an asset deleted with its rows cascading), tokenized searches return exactly what a
// scan of the stored rows finds with search's tokenizer, on both databases. On SQLite each FTS5
// index also holds exactly its table's rows (the triggers kept it in step).
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { isPostgresUrl } from "../../src/db/url.js";
import { tokens } from "../../src/modules/search/search.values.js";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp({ webhooks: false });
let environmentId: number;

const Field = graphql(`
  mutation SearchIndexField($input: CreateMetadataFieldInput!) {
    createMetadataField(input: $input) { userErrors { code field message } }
  }
`);
const Tags = graphql(`
  mutation SearchIndexTags($input: UpdateTagsInput!) {
    updateTags(input: $input) { userErrors { code field message } }
  }
`);
const Update = graphql(`
  mutation SearchIndexUpdate($input: UpdateAssetInput!) {
    updateAsset(input: $input) { userErrors { code field message } }
  }
`);
const Delete = graphql(`
  mutation SearchIndexDelete($input: DeleteAssetsInput!) {
    deleteAssets(input: $input) { userErrors { code field message } }
  }
`);
const Search = graphql(`
  query SearchIndexSearch($expression: String!) {
    searchAssets(expression: $expression, first: 500) { totalCount edges { node { publicId } } }
  }
`);

// Words of every kind the index treats differently: tokens of 1-2 characters (too short for a
// trigram), upper case, non-ASCII letters (separators for search, text for FTS5), and words
// containing others ("summer" in "summertime", "sale" in "wholesale").
const WORDS = ["shoe", "red", "sale", "wholesale", "summer", "summertime", "Dog", "café", "Ölwechsel", "x1", "ab", "SALE"];
const QUERIES = ["shoe", "red", "sale", "summer", "dog", "caf", "lwechsel", "x1", "ab", "ole"];
const word = fc.constantFrom(...WORDS);
const text = fc.array(word, { minLength: 1, maxLength: 3 }).chain((ws) => fc.constantFrom("-", " ", "_", ".").map((sep) => ws.join(sep)));

type Op =
  | { kind: "import"; id: number; publicId: string; displayName: string; tags: string[]; caption: string }
  | { kind: "tags"; command: "ADD" | "REMOVE" | "REPLACE"; target: number; tags: string[] }
  | { kind: "context"; target: number; caption: string }
  | { kind: "displayName"; target: number; displayName: string }
  | { kind: "note"; target: number; note: string }
  | { kind: "rename"; target: number; publicId: string }
  | { kind: "delete"; target: number }
  | { kind: "sqlDelete"; target: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("import" as const), id: fc.nat(), publicId: text, displayName: text, tags: fc.array(text, { maxLength: 3 }), caption: text }),
  fc.record({ kind: fc.constant("tags" as const), command: fc.constantFrom("ADD" as const, "REMOVE" as const, "REPLACE" as const), target: fc.nat(), tags: fc.array(text, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant("context" as const), target: fc.nat(), caption: text }),
  fc.record({ kind: fc.constant("displayName" as const), target: fc.nat(), displayName: text }),
  fc.record({ kind: fc.constant("note" as const), target: fc.nat(), note: text }),
  fc.record({ kind: fc.constant("rename" as const), target: fc.nat(), publicId: text }),
  fc.record({ kind: fc.constant("delete" as const), target: fc.nat() }),
  fc.record({ kind: fc.constant("sqlDelete" as const), target: fc.nat() }),
);

const ok = (r: { errors?: unknown; data?: unknown }, payload: string) => {
  expect(r.errors).toBeUndefined();
  expect((r.data as Record<string, { userErrors: unknown[] }>)[payload].userErrors).toEqual([]);
};

let serial = 0;
async function apply(o: Op, live: string[]): Promise<void> {
  if (o.kind === "import") {
    // a serial suffix keeps public IDs unique; its digits are a token no query names
    const publicId = `p${++serial}/${o.publicId}`;
    await importAssets(t, [{ publicId, format: "jpg", bytes: "1", displayName: o.displayName, tags: o.tags, context: [{ key: "caption", value: o.caption }] }]);
    live.push(publicId);
    return;
  }
  if (!live.length) return;
  const i = o.target % live.length;
  const ref = { publicId: live[i] };
  switch (o.kind) {
    case "tags":
      return ok(await t.gql(Tags, { input: { assets: [ref], command: o.command, tags: o.tags } }), "updateTags");
    case "context":
      return ok(await t.gql(Update, { input: { ref, context: [{ key: "caption", value: o.caption }] } }), "updateAsset");
    case "displayName":
      return ok(await t.gql(Update, { input: { ref, displayName: o.displayName } }), "updateAsset");
    case "note":
      return ok(await t.gql(Update, { input: { ref, metadata: [{ externalId: "note", value: o.note }] } }), "updateAsset");
    case "rename": {
      const publicId = `p${++serial}/${o.publicId}`;
      await t.app.db.$executeRaw`UPDATE "Asset" SET "publicId" = ${publicId} WHERE "environmentId" = ${environmentId} AND "publicId" = ${live[i]}`;
      live[i] = publicId;
      return;
    }
    case "delete":
      ok(await t.gql(Delete, { input: { publicIds: [live[i]] } }), "deleteAssets");
      live.splice(i, 1);
      return;
    case "sqlDelete":
      await t.app.db.$executeRaw`DELETE FROM "Asset" WHERE "environmentId" = ${environmentId} AND "publicId" = ${live[i]}`;
      live.splice(i, 1);
  }
}

/** What a scan finds: the active assets with the query as a whole token of each field. */
async function scan(): Promise<Map<string, (q: string) => string[]>> {
  const assets = await t.app.db.asset.findMany({
    where: { environmentId, status: "active" },
    select: { publicId: true, displayName: true, tags: { select: { name: true } }, context: { select: { value: true } }, metadata: { select: { text: true } } },
  });
  const has = (q: string, ...values: (string | null)[]) => values.some((v) => v !== null && tokens(v).includes(q));
  const where = (test: (a: (typeof assets)[number], q: string) => boolean) => (q: string) => assets.filter((a) => test(a, q)).map((a) => a.publicId).sort();
  return new Map([
    ["", where((a, q) => has(q, a.publicId, a.displayName, ...a.tags.map((x) => x.name), ...a.context.map((x) => x.value), ...a.metadata.map((x) => x.text)))],
    ["tags:", where((a, q) => has(q, ...a.tags.map((x) => x.name)))],
    ["context.caption:", where((a, q) => has(q, ...a.context.map((x) => x.value)))],
    ["metadata.note:", where((a, q) => has(q, ...a.metadata.map((x) => x.text)))],
    ["public_id:", where((a, q) => has(q, a.publicId))],
    ["display_name:", where((a, q) => has(q, a.displayName))],
    ["filename:", where((a, q) => has(q, a.publicId.slice(a.publicId.lastIndexOf("/") + 1)))],
  ]);
}

/** SQLite: each FTS5 table holds exactly its source rows (id and text). */
async function indexesMatchTables(): Promise<void> {
  const pairs: [index: string, source: string, columns: string[], where: string][] = [
    ["AssetSearchText", "Asset", ["publicId", "displayName"], ""],
    ["AssetTagSearchText", "AssetTag", ["name"], ""],
    ["AssetContextSearchText", "AssetContext", ["value"], ""],
    ["AssetMetadataSearchText", "AssetMetadata", ["text"], `WHERE "text" IS NOT NULL`],
  ];
  for (const [index, source, columns, where] of pairs) {
    const cols = columns.map((c) => `"${c}"`).join(", ");
    const indexed = await t.app.db.$queryRawUnsafe<unknown[]>(`SELECT rowid AS id, ${cols} FROM "${index}" ORDER BY rowid`);
    const stored = await t.app.db.$queryRawUnsafe<unknown[]>(`SELECT "id" AS id, ${cols} FROM "${source}" ${where} ORDER BY "id"`);
    expect(indexed, index).toEqual(stored);
    // and FTS5's own check of its index against its content
    await t.app.db.$executeRawUnsafe(`INSERT INTO "${index}" ("${index}") VALUES ('integrity-check')`);
  }
}

beforeAll(async () => {
  ok(await t.gql(Field, { input: { externalId: "note", label: "note", type: "STRING" } }), "createMetadataField");
  environmentId = (await t.app.db.environment.findUniqueOrThrow({ where: { cloudName: "test-cloud" } })).id;
});

describe("token indexes", () => {
  test("after random writes, tokenized searches return what a scan finds", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 16 }), async (ops) => {
        await t.app.db.$executeRaw`DELETE FROM "Asset" WHERE "environmentId" = ${environmentId}`;
        const live: string[] = [];
        for (const o of ops) await apply(o, live);
        if (!isPostgresUrl(t.databaseUrl)) await indexesMatchTables();
        const expected = await scan();
        for (const [field, find] of expected) {
          for (const q of QUERIES) {
            const r = await t.gql(Search, { expression: `${field}${q}` });
            expect(r.errors, `${field}${q}`).toBeUndefined();
            const found = r.data!.searchAssets.edges.map((e) => e.node.publicId).sort();
            expect(found, `${field}${q}`).toEqual(find(q));
            expect(r.data!.searchAssets.totalCount, `${field}${q}`).toBe(found.length);
          }
        }
      }),
      { numRuns: 12 },
    );
  }, 600_000);
});
