// The assets page's hand-written SQL (src/modules/asset/asset.sql.ts): related assets limited per
// parent in SQL, answers equal to Prisma's (the single-asset path still goes through Prisma), and
// planner statistics after bulk imports.
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";
import { runCounted } from "../helpers/statements.js";

// No webhook worker: its background polls would land in the statements of the query under test.
const t = useTestApp({ webhooks: false });

const PrRelate = graphql(`
  mutation PrRelate($input: AddRelatedAssetsInput!) {
    addRelatedAssets(input: $input) { userErrors { code field message } }
  }
`);

const PrDelete = graphql(`
  mutation PrDelete($input: DeleteAssetsInput!) {
    deleteAssets(input: $input) { userErrors { code field message } }
  }
`);

const PrPage = graphql(`
  query PrPage($first: Int, $related: Int) {
    assets(first: $first, prefix: "pr-") {
      edges {
        node {
          publicId
          relatedAssets(first: $related) {
            pageInfo { hasNextPage endCursor }
            edges { cursor node { publicId tags } }
          }
        }
      }
    }
  }
`);

const PrOne = graphql(`
  query PrOne($publicId: String!, $related: Int, $after: String) {
    asset(publicId: $publicId) {
      relatedAssets(first: $related, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { cursor node { publicId tags } }
      }
    }
  }
`);

// 40 assets; each is related to the 6 that follow it (relations are symmetric, so most have 12),
// and pr-0003 is deleted: related lists skip it.
const COUNT = 40;
const name = (i: number) => `pr-${String(i).padStart(4, "0")}`;

beforeAll(async () => {
  await importAssets(t, images(COUNT, "pr").map((r, i) => ({ ...r, tags: [`t${i % 7}`, `u${i}`] })));
  for (let i = 0; i < COUNT - 1; i++) {
    const targets = Array.from({ length: 6 }, (_, k) => i + 1 + k).filter((j) => j < COUNT).map((j) => ({ publicId: name(j) }));
    const r = await t.gql(PrRelate, { input: { asset: { publicId: name(i) }, assetsToRelate: targets } });
    expect(r.data!.addRelatedAssets.userErrors).toEqual([]);
  }
  const d = await t.gql(PrDelete, { input: { publicIds: [name(3)] } });
  expect(d.data!.deleteAssets.userErrors).toEqual([]);
});

describe("relatedAssets(first: n) under the assets page", () => {
  test("is limited per parent in SQL: one related-assets statement, whatever the page size", async () => {
    const small = await runCounted(t, PrPage, { first: 5, related: 2 });
    const large = await runCounted(t, PrPage, { first: 39, related: 2 });
    expect(large.statements.length).toBe(small.statements.length);
    for (const run of [small, large]) {
      const related = run.statements.filter((s) => s.includes('"RelatedAsset"'));
      expect(related).toHaveLength(1);
      // first: 2 reads 3 rows per parent (one more tells whether a next page exists), in the statement itself.
      expect(related[0]).toMatch(t.databaseUrl.startsWith("file:") ? /ROW_NUMBER\(\) OVER \(PARTITION BY x\."fromId"/ : /CROSS JOIN LATERAL[\s\S]*LIMIT \$\d/);
    }
    for (const edge of large.data.assets.edges) {
      expect(edge.node.relatedAssets.edges.length).toBeLessThanOrEqual(2);
    }
  });

  test("answers as the single-asset path (Prisma) does: order, tags, cursors, next pages, deleted assets skipped", async () => {
    const page = await t.gql(PrPage, { first: 39, related: 3 });
    expect(page.errors).toBeUndefined();
    const nodes = page.data!.assets.edges.map((e) => e.node);
    // Sorted by public ID; the deleted pr-0003 is not in the list.
    expect(nodes.map((n) => n.publicId)).toEqual(Array.from({ length: COUNT }, (_, i) => name(i)).filter((n) => n !== name(3)));
    for (const node of nodes) {
      const one = await t.gql(PrOne, { publicId: node.publicId, related: 3 });
      expect(one.errors).toBeUndefined();
      expect(node.relatedAssets).toEqual(one.data!.asset!.relatedAssets);
    }
    // Spelled out: pr-0005 is related to pr-0000..0004 and pr-0006..0011, without pr-0003.
    const five = nodes.find((n) => n.publicId === name(5))!;
    expect(five.relatedAssets.edges.map((e) => e.node)).toEqual([
      { publicId: name(0), tags: ["t0", "u0"] },
      { publicId: name(1), tags: ["t1", "u1"] },
      { publicId: name(2), tags: ["t2", "u2"] },
    ]);
    expect(five.relatedAssets.pageInfo.hasNextPage).toBe(true);
    // The page's cursor resumes where it stopped.
    const rest = await t.gql(PrOne, { publicId: name(5), related: 20, after: five.relatedAssets.pageInfo.endCursor });
    expect(rest.data!.asset!.relatedAssets.edges.map((e) => e.node.publicId)).toEqual([4, 6, 7, 8, 9, 10, 11].map(name));
    expect(rest.data!.asset!.relatedAssets.pageInfo.hasNextPage).toBe(false);
  });
});

describe("planner statistics", () => {
  test("an import of 100 or more records leaves the database analysed", async () => {
    await importAssets(t, images(100, "stats"));
    if (t.databaseUrl.startsWith("file:")) {
      const rows = await t.app.db.$queryRawUnsafe<{ tbl: string }[]>(`SELECT DISTINCT tbl FROM sqlite_stat1`);
      expect(rows.map((r) => r.tbl)).toEqual(expect.arrayContaining(["Asset", "AssetTag", "RelatedAsset"]));
    } else {
      const rows = await t.app.db.$queryRawUnsafe<{ tablename: string }[]>(`SELECT DISTINCT tablename::text AS tablename FROM pg_stats WHERE schemaname = 'public'`);
      expect(rows.map((r) => r.tablename)).toEqual(expect.arrayContaining(["Asset", "AssetTag", "RelatedAsset"]));
    }
  });
});
