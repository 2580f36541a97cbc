// Statements per query for this branch's reads: the report's assets (with the Asset fields this
// branch adds) and the assets list with those fields do not grow with the page size; usage is a
// fixed handful of aggregates whatever the data.
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";
import { runCounted } from "../helpers/statements.js";

// No webhook worker: its background polls would land in the count of the query under test.
const t = useTestApp({ webhooks: false });

const Record = graphql(`
  mutation SqlLarRecord($input: RecordAssetAccessesInput!) { recordAssetAccesses(input: $input) { recorded userErrors { code field message } } }
`);
const Update = graphql(`
  mutation SqlLarUpdate($input: UpdateAssetInput!) { updateAsset(input: $input) { userErrors { code field message } } }
`);
const Create = graphql(`
  mutation SqlLarCreate($input: CreateLastAccessReportInput!) { createLastAccessReport(input: $input) { report { reportId } userErrors { code field message } } }
`);
const ReportAssets = graphql(`
  query SqlLarReportAssets($id: String!, $first: Int) {
    lastAccessReport(id: $id) {
      status
      assets(first: $first) {
        edges {
          lastAccess
          node { publicId tags lastAccessedAt accessControl { accessType } faceCoordinates qualityOverride visualSearchIndexed addonRequests { kind } moderation { status } }
        }
      }
    }
  }
`);
const AssetsWithFields = graphql(`
  query SqlLarAssets($first: Int) {
    assets(first: $first) { edges { node { publicId lastAccessedAt accessControl { accessType } faceCoordinates regions addonRequests { kind value } } } }
  }
`);
const Usage = graphql(`
  query SqlLarUsage { usage { storage { usage } objects { usage } requests resources derivedResources transformations { usage } } }
`);

const ReportsWithAssets = graphql(`
  query SqlLarReportsWithAssets($first: Int) {
    lastAccessReports(first: $first) {
      totalCount
      edges { node { reportId assets(first: 3) { totalCount pageInfo { hasNextPage } edges { lastAccess node { publicId tags } } } } }
    }
  }
`);

const COUNT = 150;
let reportId = "";

beforeAll(async () => {
  await importAssets(t, images(COUNT, "lar", { tags: ["a", "b"] }));
  const accesses = Array.from({ length: COUNT / 2 }, (_, i) => ({ asset: { publicId: `lar-${String(i * 2).padStart(4, "0")}` }, accessedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() }));
  expect((await t.gql(Record, { input: { accesses } })).data!.recordAssetAccesses.userErrors).toEqual([]);
  for (const i of [0, 1, 2, 3, 4]) {
    const r = await t.gql(Update, {
      input: { ref: { publicId: `lar-000${i}` }, faceCoordinates: [[1, 1, 10, 10]], accessControl: [{ accessType: "TOKEN" }], detection: "coco_v2", moderationStatus: "APPROVED" },
    });
    expect(r.data!.updateAsset.userErrors).toEqual([]);
  }
  const created = await t.gql(Create, { input: { fromDate: "2024-06-01" } });
  reportId = created.data!.createLastAccessReport.report!.reportId;
});

async function statementsOf<R, V>(doc: Parameters<typeof t.gql<R, V>>[0], variables: V) {
  const { data, statements } = await runCounted(t, doc, variables);
  return { data, count: statements.length };
}

describe("SQL statements", () => {
  test("a report's assets with their fields: independent of the page size", async () => {
    const small = await statementsOf(ReportAssets, { id: reportId, first: 10 });
    const large = await statementsOf(ReportAssets, { id: reportId, first: COUNT });
    console.log(`report assets: ${small.count} SQL statements at first: 10, ${large.count} at first: ${COUNT}`);
    const edges = large.data.lastAccessReport!.assets.edges;
    expect(edges).toHaveLength(COUNT);
    // Never-accessed first (ascending by last access), then the accessed ones oldest first.
    expect(edges[0]).toMatchObject({ lastAccess: null, node: { lastAccessedAt: null } });
    expect(edges.at(-1)!.lastAccess).toBe(new Date(Date.UTC(2025, 0, 1) + (COUNT / 2 - 1) * 60_000).toISOString());
    const first = edges.find((e) => e.node.publicId === "lar-0000")!.node;
    expect(first).toMatchObject({ tags: ["a", "b"], accessControl: [{ accessType: "TOKEN" }], faceCoordinates: [[1, 1, 10, 10]], addonRequests: [{ kind: "detection" }], moderation: [{ status: "APPROVED" }] });
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(8);
  });

  test("the assets list with this branch's fields: independent of the page size", async () => {
    const small = await statementsOf(AssetsWithFields, { first: 10 });
    const large = await statementsOf(AssetsWithFields, { first: COUNT });
    console.log(`assets with access/image fields: ${small.count} SQL statements at first: 10, ${large.count} at first: ${COUNT}`);
    expect(large.data.assets.edges).toHaveLength(COUNT);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(6);
  });

  test("usage is a fixed handful of aggregate statements", async () => {
    const { data, count } = await statementsOf(Usage, {});
    // The accesses recorded above are from January 2025, outside the 30 days usage counts.
    expect(data.usage).toMatchObject({ resources: String(COUNT), objects: { usage: String(COUNT) }, requests: "0" });
    console.log(`usage: ${count} SQL statements`);
    // The environment's lookups aside: four aggregates in one batch transaction.
    expect(count).toBeLessThanOrEqual(7);
  });

  test("reports with their assets: independent of the number of reports", async () => {
    for (let i = 0; i < 11; i++) expect((await t.gql(Create, { input: { fromDate: "2024-06-01" } })).data!.createLastAccessReport.userErrors).toEqual([]);
    const small = await statementsOf(ReportsWithAssets, { first: 2 });
    const large = await statementsOf(ReportsWithAssets, { first: 12 });
    console.log(`reports { assets }: ${small.count} SQL statements at first: 2, ${large.count} at first: 12`);
    const reports = large.data.lastAccessReports.edges.map((e) => e.node);
    expect(reports).toHaveLength(12);
    for (const r of reports) {
      expect(r.assets.totalCount).toBe(COUNT);
      expect(r.assets.pageInfo.hasNextPage).toBe(true);
      // Never-accessed first (odd-numbered assets), each edge with its asset.
      expect(r.assets.edges.map((e) => [e.lastAccess, e.node.publicId, e.node.tags])).toEqual([
        [null, "lar-0001", ["a", "b"]], [null, "lar-0003", ["a", "b"]], [null, "lar-0005", ["a", "b"]],
      ]);
    }
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(8);
  });
});
