import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { SqlNestedAssetsQuery } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";
import { runCounted } from "../helpers/statements.js";

// No webhook worker: its background polls would land in the count of the query under test.
const t = useTestApp({ webhooks: false });

const SqlRelate = graphql(`
  mutation SqlRelate($input: AddRelatedAssetsInput!) {
    addRelatedAssets(input: $input) { succeeded { code } userErrors { code field message } }
  }
`);

const SqlNestedAssets = graphql(`
  query SqlNestedAssets($first: Int) {
    assets(first: $first) {
      edges {
        node {
          publicId
          tags
          context { key value }
          assetFolder
          folder { path }
          relatedAssets(first: 5) { edges { node { publicId tags } } }
        }
      }
    }
  }
`);

const COUNT = 200;
const name = (i: number) => `sql-${String((i + COUNT) % COUNT).padStart(4, "0")}`;
const tagsOf = (i: number) => [`color-${i % 5}`, `size-${i % 3}`];
const folderOf = (i: number) => `sql/folder-${i % 4}`;

beforeAll(async () => {
  // 200 assets, each with 2 tags, 1 context entry and a folder (4 distinct ones)...
  const records = images(COUNT, "sql").map((r, i) => ({
    ...r,
    tags: tagsOf(i),
    context: [{ key: "caption", value: `Caption ${i}` }],
    assetFolder: folderOf(i),
  }));
  await importAssets(t, records);
  // ...related in a ring: every asset to its two neighbours (relations are symmetric, so relating
  // each even asset to both of its neighbours relates every asset to exactly two others).
  for (let i = 0; i < COUNT; i += 2) {
    const r = await t.gql(SqlRelate, { input: { asset: { publicId: name(i) }, assetsToRelate: [{ publicId: name(i + 1) }, { publicId: name(i - 1) }] } });
    expect(r.data!.addRelatedAssets.userErrors).toEqual([]);
    expect(r.data!.addRelatedAssets.succeeded).toHaveLength(2);
  }
});

const measure = (first: number) => runCounted(t, SqlNestedAssets, { first });

function expectRight(data: SqlNestedAssetsQuery, n: number) {
  const nodes = data.assets.edges.map((e) => e.node);
  expect(nodes).toHaveLength(n);
  // Newest first: sql-0199, sql-0198, ...
  nodes.forEach((node, k) => {
    const i = COUNT - 1 - k;
    expect(node.publicId).toBe(name(i));
    expect(node.tags).toEqual(tagsOf(i));
    expect(node.context).toEqual([{ key: "caption", value: `Caption ${i}` }]);
    expect(node.assetFolder).toBe(folderOf(i));
    expect(node.folder).toEqual({ path: folderOf(i) });
    const neighbours = [(i + COUNT - 1) % COUNT, (i + 1) % COUNT].sort((a, b) => a - b);
    expect(node.relatedAssets.edges.map((e) => e.node)).toEqual(neighbours.map((j) => ({ publicId: name(j), tags: tagsOf(j) })));
  });
}

describe("SQL statements of a nested assets query", () => {
  test("do not depend on the page size", async () => {
    const small = await measure(10);
    const large = await measure(200);
    console.log(`nested assets query: ${small.statements.length} SQL statements at first: 10, ${large.statements.length} at first: 200`);

    expectRight(small.data, 10);
    expectRight(large.data, 200);
    // A sample asset spelled out: sql-0195 and its neighbours.
    const sample = small.data.assets.edges.find((e) => e.node.publicId === "sql-0195")!.node;
    expect(sample).toEqual({
      publicId: "sql-0195",
      tags: ["color-0", "size-0"],
      context: [{ key: "caption", value: "Caption 195" }],
      assetFolder: "sql/folder-3",
      folder: { path: "sql/folder-3" },
      relatedAssets: {
        edges: [
          { node: { publicId: "sql-0194", tags: ["color-4", "size-2"] } },
          { node: { publicId: "sql-0196", tags: ["color-1", "size-1"] } },
        ],
      },
    });
    // The ring closes: the oldest asset is related to the newest.
    const oldest = large.data.assets.edges.at(-1)!.node;
    expect(oldest.publicId).toBe("sql-0000");
    expect(oldest.relatedAssets.edges.map((e) => e.node.publicId)).toEqual(["sql-0001", "sql-0199"]);

    expect(small.statements.length).toBeGreaterThan(0);
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(8);
  });
});
