import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { CreateLastAccessReportInput } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp();

const Record = graphql(`
  mutation LarRecord($input: RecordAssetAccessesInput!) {
    recordAssetAccesses(input: $input) { recorded assets userErrors { code field message } }
  }
`);
const Create = graphql(`
  mutation LarCreate($input: CreateLastAccessReportInput!) {
    createLastAccessReport(input: $input) {
      report {
        id reportId status createdAt completedAt
        params { fromDate toDate resourceType type excludeFolders sortBy direction }
      }
      userErrors { code field message }
    }
  }
`);
const Assets = graphql(`
  query LarAssets($id: String!, $first: Int, $after: String) {
    lastAccessReport(id: $id) {
      reportId
      assets(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { lastAccess node { publicId resourceType lastAccessedAt } }
      }
    }
  }
`);
const List = graphql(`
  query LarList($first: Int, $after: String) {
    lastAccessReports(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { reportId status } } }
  }
`);
const Node = graphql(`
  query LarNode($id: ID!) { node(id: $id) { __typename ... on LastAccessReport { reportId } } }
`);
const Usage = graphql(`
  query LarUsage { usage { requests bandwidth { usage } } }
`);

async function create(input: CreateLastAccessReportInput) {
  const r = await t.gql(Create, { input });
  expect(r.errors).toBeUndefined();
  return r.data!.createLastAccessReport;
}

describe("last access", () => {
  test("recording accesses moves last access forward and counts requests and bandwidth", async () => {
    const [a] = await importAssets(t, [{ publicId: "rec-a", bytes: "100" }]);
    const r = await t.gql(Record, {
      input: {
        accesses: [
          { asset: { assetId: a }, accessedAt: "2025-01-02T00:00:00.000Z" },
          { asset: { publicId: "rec-a" }, accessedAt: "2025-01-05T00:00:00.000Z", bytes: "7" },
          { asset: { assetId: a }, accessedAt: "2025-01-03T00:00:00.000Z" },
        ],
      },
    });
    expect(r.data!.recordAssetAccesses).toEqual({ recorded: 3, assets: 1, userErrors: [] });
    await t.gql(Record, { input: { accesses: [{ asset: { assetId: a }, accessedAt: "2025-01-04T00:00:00.000Z" }] } });
    const row = await t.app.db.asset.findFirstOrThrow({ where: { assetId: a }, include: { lastAccess: true } });
    expect(row.lastAccess!.lastAccessAt.toISOString()).toBe("2025-01-05T00:00:00.000Z");
    await t.gql(Record, { input: { accesses: [{ asset: { assetId: a } }, { asset: { assetId: a }, bytes: "50" }] } });
    expect((await t.gql(Usage)).data!.usage).toEqual({ requests: "2", bandwidth: { usage: "150" } });
  });

  test("concurrent recordings of one asset and day all count", async () => {
    const [a] = await importAssets(t, [{ publicId: "rec-race", bytes: "10" }]);
    const at = (m: number) => new Date(Date.UTC(2025, 5, 1, 12, m)).toISOString();
    const results = await Promise.all([1, 5, 3, 2, 4].map((m) => t.gql(Record, { input: { accesses: [{ asset: { assetId: a }, accessedAt: at(m) }] } })));
    expect(results.map((r) => r.data!.recordAssetAccesses.userErrors)).toEqual([[], [], [], [], []]);
    const row = await t.app.db.asset.findFirstOrThrow({ where: { assetId: a }, include: { lastAccess: true } });
    expect(row.lastAccess!.lastAccessAt.toISOString()).toBe(at(5));
    const env = await t.app.db.environment.findUniqueOrThrow({ where: { cloudName: "test-cloud" } });
    const day = await t.app.db.usageDay.findUniqueOrThrow({ where: { environmentId_day: { environmentId: env.id, day: "2025-06-01" } } });
    expect([day.requests, day.bandwidth]).toEqual([5n, 50n]);
  });

  test("recording is all or nothing, and checks every entry", async () => {
    const [a] = await importAssets(t, [{ publicId: "rec-b" }]);
    const r = (await t.gql(Record, {
      input: { accesses: [{ asset: { assetId: a } }, { asset: { publicId: "missing" } }, { asset: { assetId: a }, accessedAt: "2999-01-01T00:00:00Z" }] },
    })).data!.recordAssetAccesses;
    expect(r.userErrors).toEqual([{ code: "INVALID_ARGUMENT", field: ["input", "accesses", "2", "accessedAt"], message: "accessedAt may not be in the future" }]);
    const missing = (await t.gql(Record, { input: { accesses: [{ asset: { assetId: a } }, { asset: { publicId: "missing" } }] } })).data!.recordAssetAccesses;
    expect(missing.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "accesses", "1", "asset"], message: "asset image/upload/missing not found" }]);
    const other = (await t.gql(Record, { input: { accesses: [{ asset: { assetId: a } }] } }, t.otherAdmin)).data!.recordAssetAccesses;
    expect(other.userErrors[0].code).toBe("NOT_FOUND");
    expect(await t.app.db.assetLastAccess.count({ where: { asset: { assetId: a } } })).toBe(0);
    const many = Array.from({ length: 1001 }, () => ({ asset: { assetId: a } }));
    expect((await t.gql(Record, { input: { accesses: many } })).data!.recordAssetAccesses.userErrors[0]).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "accesses"] });
  });
});

const Import = graphql(`
  mutation LarImport($input: ImportAssetsInput!) { importAssets(input: $input) { assets { assetId publicId } userErrors { code field message } } }
`);

describe("last access reports", () => {
  // In the other environment, so that the assets of the tests above stay out of these reports.
  const as = () => t.otherAdmin;
  const at = (day: string) => `${day}T12:00:00.000Z`;

  test("a report holds the assets accessed in the range plus the never-accessed ones, in order, and emits report", async () => {
    const imported = await t.gql(Import, {
      input: {
        assets: [
          { publicId: "old", createdAt: "2024-01-01T00:00:00Z" },
          { publicId: "mid", createdAt: "2024-01-02T00:00:00Z", resourceType: "VIDEO" },
          { publicId: "recent", createdAt: "2024-01-03T00:00:00Z" },
          { publicId: "never", createdAt: "2024-01-04T00:00:00Z" },
          { publicId: "hidden", createdAt: "2024-01-05T00:00:00Z", assetFolder: "docs" },
          { publicId: "hidden-sub", createdAt: "2024-01-06T00:00:00Z", assetFolder: "Docs/Sub" },
          { publicId: "kept", createdAt: "2024-01-07T00:00:00Z", assetFolder: "docsx" },
        ],
      },
    }, as());
    expect(imported.data!.importAssets.userErrors).toEqual([]);
    const rec = await t.gql(Record, {
      input: {
        accesses: [
          { asset: { publicId: "old" }, accessedAt: at("2025-01-01") },
          { asset: { publicId: "mid", resourceType: "VIDEO" }, accessedAt: at("2025-02-10") },
          { asset: { publicId: "recent" }, accessedAt: at("2025-03-20") },
          { asset: { publicId: "hidden" }, accessedAt: at("2025-02-11") },
          { asset: { publicId: "kept" }, accessedAt: at("2025-02-12") },
        ],
      },
    }, as());
    expect(rec.data!.recordAssetAccesses.userErrors).toEqual([]);

    const created = (await t.gql(Create, { input: { fromDate: "2025-01-01", toDate: "2025-03-01", excludeFolders: ["docs"] } }, as())).data!.createLastAccessReport;
    expect(created.userErrors).toEqual([]);
    const report = created.report!;
    expect(report).toMatchObject({
      status: "DONE",
      params: { fromDate: "2025-01-01", toDate: "2025-03-01", resourceType: null, type: null, excludeFolders: ["docs"], sortBy: "ACCESSED_AT", direction: "ASC" },
    });
    expect(report.reportId).toMatch(/^[0-9a-f]{64}$/);
    expect(report.completedAt).not.toBeNull();
    // "old" was accessed on the from day itself (exclusive), "recent" after the to day; never-accessed first in ascending order.
    const rows = (await t.gql(Assets, { id: report.reportId, first: 500 }, as())).data!.lastAccessReport!.assets;
    expect(rows.totalCount).toBe(3);
    expect(rows.edges.map((e) => [e.node.publicId, e.lastAccess, e.node.lastAccessedAt])).toEqual([
      ["never", null, null],
      ["mid", at("2025-02-10"), at("2025-02-10")],
      ["kept", at("2025-02-12"), at("2025-02-12")],
    ]);
    const events = (await t.app.db.event.findMany({ where: { type: "report" } })).map((e) => JSON.parse(e.payload));
    expect(events).toEqual([expect.objectContaining({
      notification_type: "report",
      report: expect.objectContaining({ id: report.reportId, status: "done", params: { from_date: "2025-01-01", to_date: "2025-03-01", exclude_folders: ["docs"], sort_by: "accessed_at", direction: "asc" } }),
    })]);
    // The report is a snapshot: later accesses do not change it.
    await t.gql(Record, { input: { accesses: [{ asset: { publicId: "never" } }] } }, as());
    expect((await t.gql(Assets, { id: report.id, first: 1 }, as())).data!.lastAccessReport!.assets.edges.map((e) => e.node.publicId)).toEqual(["never"]);
    expect((await t.gql(Assets, { id: report.reportId }, t.admin)).data!.lastAccessReport).toBeNull();
    expect((await t.gql(Node, { id: report.id }, as())).data!.node).toEqual({ __typename: "LastAccessReport", reportId: report.reportId });
  });

  test("filters and orders: resource type, only toDate, sort by created_at / resource_type, descending", async () => {
    const byCreated = (await t.gql(Create, { input: { toDate: "2025-02-11", sortBy: "CREATED_AT", direction: "DESC" } }, as())).data!.createLastAccessReport.report!;
    const names = async (id: string) => (await t.gql(Assets, { id, first: 500 }, as())).data!.lastAccessReport!.assets.edges.map((e) => e.node.publicId);
    // Accessed before 2025-02-11 (exclusive): old, mid; never accessed: hidden-sub ("never" was accessed just now).
    expect(await names(byCreated.reportId)).toEqual(["hidden-sub", "mid", "old"]);
    const videos = (await t.gql(Create, { input: { toDate: "2025-12-31", resourceType: "VIDEO" } }, as())).data!.createLastAccessReport.report!;
    expect(await names(videos.reportId)).toEqual(["mid"]);
    const byType = (await t.gql(Create, { input: { fromDate: "2024-12-01", sortBy: "RESOURCE_TYPE", direction: "DESC" } }, as())).data!.createLastAccessReport.report!;
    expect((await names(byType.reportId))[0]).toBe("mid");
  });

  test("pages through a report's assets and through the reports", async () => {
    const report = (await t.gql(Create, { input: { fromDate: "2020-01-01" } }, as())).data!.createLastAccessReport.report!;
    const p1 = (await t.gql(Assets, { id: report.reportId, first: 4 }, as())).data!.lastAccessReport!.assets;
    expect(p1.totalCount).toBe(7);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await t.gql(Assets, { id: report.reportId, first: 4, after: p1.pageInfo.endCursor }, as())).data!.lastAccessReport!.assets;
    expect(p2.edges).toHaveLength(3);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...p1.edges, ...p2.edges].map((e) => e.node.publicId)).size).toBe(7);
    const garbage = await t.gql(Assets, { id: report.reportId, first: 4, after: "nope" }, as());
    expect(garbage.errors![0].extensions).toMatchObject({ reason: "INVALID_CURSOR", field: ["after"] });
    const tooBig = await t.gql(Assets, { id: report.reportId, first: 501 }, as());
    expect(tooBig.errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["first"] });
    const list = (await t.gql(List, { first: 2 }, as())).data!.lastAccessReports;
    expect(list.totalCount).toBe(5);
    const rest = (await t.gql(List, { first: 10, after: list.pageInfo.endCursor }, as())).data!.lastAccessReports;
    expect(rest.edges).toHaveLength(3);
    expect(rest.edges.at(-1)!.node.reportId).toBe(report.reportId);
  });

  test("parameters are validated, naming the field", async () => {
    const errors = async (input: CreateLastAccessReportInput) => (await create(input)).userErrors;
    expect(await errors({})).toEqual([{ code: "DATE_OUT_OF_RANGE", field: ["input", "fromDate"], message: expect.stringContaining("at least one") }]);
    expect((await errors({ fromDate: "2025-13-01" }))[0]).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "fromDate"] });
    expect((await errors({ toDate: "yesterday" }))[0]).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "toDate"] });
    expect((await errors({ fromDate: "2025-02-01", toDate: "2025-02-02" }))[0]).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "toDate"] });
    const folders = Array.from({ length: 51 }, (_, i) => `f${i}`);
    expect((await errors({ fromDate: "2025-01-01", excludeFolders: folders }))[0]).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "excludeFolders"] });
    expect((await errors({ fromDate: "2025-01-01", excludeFolders: ["ok", "a//b"] }))[0]).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "excludeFolders", "1"] });
    expect(await t.app.db.lastAccessReport.count({ where: { environment: { cloudName: "test-cloud" } } })).toBe(0);
  });
});

describe("excludeFolders", () => {
  test("_ in a folder name is literal, not a wildcard", async () => {
    const imported = await t.gql(Import, {
      input: {
        assets: [
          { publicId: "wild-under", assetFolder: "a_b/y" },
          { publicId: "wild-x", assetFolder: "axb/y" },
          { publicId: "wild-under-sub", assetFolder: "a_b/y/z" },
          { publicId: "wild-x-top", assetFolder: "axb" },
        ],
      },
    });
    expect(imported.data!.importAssets.userErrors).toEqual([]);
    const report = (await create({ fromDate: "2020-01-01", excludeFolders: ["a_b"] })).report!;
    const names = (await t.gql(Assets, { id: report.reportId, first: 500 })).data!.lastAccessReport!.assets.edges.map((e) => e.node.publicId);
    expect(names.filter((n) => n.startsWith("wild-")).sort()).toEqual(["wild-x", "wild-x-top"]);
  });
});
