// A search page's nested selections are planned by the Prisma plugin: the number of SQL
// statements depends on the query's depth, never on its page size.
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";
import { runCounted } from "../helpers/statements.js";

// No webhook worker: its background polls would land in the count of the query under test.
const t = useTestApp({ webhooks: false });

const Relate = graphql(`
  mutation SearchSqlRelate($input: AddRelatedAssetsInput!) {
    addRelatedAssets(input: $input) { userErrors { code field message } }
  }
`);

const Nested = graphql(`
  query SearchSqlNested($first: Int) {
    searchAssets(expression: "stmt AND tags:even", sortBy: [{ field: "public_id", direction: DESC }], first: $first) {
      totalCount
      edges {
        node {
          publicId
          tags
          context { key value }
          assetFolder
          relatedAssets(first: 5) { edges { node { publicId tags } } }
        }
      }
    }
  }
`);

const COUNT = 400;
const name = (i: number) => `stmt-${String(i).padStart(4, "0")}`;

beforeAll(async () => {
  await importAssets(t, images(COUNT, "stmt").map((r, i) => ({
    ...r,
    tags: [i % 2 === 0 ? "even" : "odd", `n${i % 7}`],
    context: [{ key: "caption", value: `Caption ${i}` }],
    assetFolder: `stmt/f${i % 3}`,
  })));
  // each even asset related to its odd successor
  for (let i = 0; i < COUNT; i += 2) {
    const r = await t.gql(Relate, { input: { asset: { publicId: name(i) }, assetsToRelate: [{ publicId: name(i + 1) }] } });
    expect(r.data!.addRelatedAssets.userErrors).toEqual([]);
  }
});

const measure = (first: number) => runCounted(t, Nested, { first });

describe("SQL statements of a nested search page", () => {
  test("are the same for 10 and 200 results", async () => {
    const small = await measure(10);
    const large = await measure(200);
    console.log(`nested search page: ${small.statements.length} SQL statements at first: 10, ${large.statements.length} at first: 200`);
    for (const [m, n] of [[small, 10], [large, 200]] as const) {
      const nodes = m.data.searchAssets.edges.map((e) => e.node);
      expect(nodes).toHaveLength(n);
      expect(m.data.searchAssets.totalCount).toBe(COUNT / 2);
      // public_id desc over the even assets: stmt-0398, stmt-0396, ...
      nodes.forEach((node, k) => {
        const i = COUNT - 2 - 2 * k;
        expect(node.publicId).toBe(name(i));
        expect(node.tags).toEqual(["even", `n${i % 7}`]);
        expect(node.context).toEqual([{ key: "caption", value: `Caption ${i}` }]);
        expect(node.assetFolder).toBe(`stmt/f${i % 3}`);
        expect(node.relatedAssets.edges.map((e) => e.node)).toEqual([{ publicId: name(i + 1), tags: ["odd", `n${(i + 1) % 7}`] }]);
      });
    }
    expect(large.statements.length).toBe(small.statements.length);
    // the page's ids; assets; their tags, context and folders; related edges, related assets and
    // their tags (one each, planned by the Prisma plugin); totalCount
    expect(large.statements.length).toBeLessThanOrEqual(9);
  });
});

const Aggregated = graphql(`
  query SearchSqlAggregated($aggregate: [AggregateInput!]) {
    searchAssets(expression: "stmt AND tags:even", aggregate: $aggregate, first: 1) {
      edges { node { publicId } }
      aggregations { field buckets { key count } }
    }
  }
`);

describe("SQL statements of a search's aggregations", () => {
  test("all of them are one statement, which evaluates the search's condition once", async () => {
    const bytes = [{ key: "low", to: 1200 }, { key: "mid", from: 1200, to: 1300 }, { key: "high", from: 1300 }];
    const { data, statements } = await runCounted(t, Aggregated, {
      aggregate: [{ field: "FORMAT" }, { field: "BYTES", ranges: bytes }, { field: "TYPE" }, { field: "TAGS" }, { field: "RESOURCE_TYPE" }, { field: "IMAGE_PIXELS", ranges: [{ key: "all", from: 0 }] }, { field: "DURATION", ranges: [{ key: "any", from: 0 }] }],
    });
    // the even assets: bytes 1000 + i for i = 0, 2, ..., 398
    const even = Array.from({ length: COUNT / 2 }, (_, k) => 2 * k);
    const perN = Array.from({ length: 7 }, (_, n) => ({ key: `n${n}`, count: even.filter((i) => i % 7 === n).length }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    expect(data.searchAssets.aggregations).toEqual([
      { field: "FORMAT", buckets: [{ key: "jpg", count: 200 }] },
      { field: "BYTES", buckets: [{ key: "low", count: 100 }, { key: "mid", count: 50 }, { key: "high", count: 50 }] },
      { field: "TYPE", buckets: [{ key: "upload", count: 200 }] },
      { field: "TAGS", buckets: [{ key: "even", count: 200 }, ...perN] },
      { field: "RESOURCE_TYPE", buckets: [{ key: "image", count: 200 }] },
      { field: "IMAGE_PIXELS", buckets: [{ key: "all", count: 200 }] },
      { field: "DURATION", buckets: [{ key: "any", count: 0 }] },
    ]);
    // the page's ids, its assets, the aggregations
    expect(statements).toHaveLength(3);
  });
});
