// Admin API `resources_last_access_reports`: Mutation.createLastAccessReport,
// Query.lastAccessReports, lastAccessReport and LastAccessReport.assets.
import { DELIVERY_TYPES, RESOURCE_TYPES } from "../../lib/enums.js";
import { RestError } from "../errors.js";
import { enumValue, list, page, str } from "../params.js";
import type { Route } from "../router.js";
import { ASSET_FIELDS, ASSET_FLAGS, assetFlags, assetJson, type AssetNode } from "./asset-json.js";
import { PAGE_INFO, lower, listing, time, type Connection } from "./json.js";

interface ReportNode {
  reportId: string;
  status: string;
  createdAt: string;
  params: { fromDate: string | null; toDate: string | null; resourceType: string | null; type: string | null; excludeFolders: string[]; sortBy: string; direction: string };
}

const REPORT = "reportId status createdAt params { fromDate toDate resourceType type excludeFolders sortBy direction }";

function reportJson(r: ReportNode) {
  const p = r.params;
  const params: Record<string, unknown> = {};
  if (p.fromDate) params.from_date = p.fromDate;
  if (p.toDate) params.to_date = p.toDate;
  if (p.resourceType) params.resource_type = lower(p.resourceType);
  if (p.type) params.type = lower(p.type);
  if (p.excludeFolders.length) params.exclude_folders = p.excludeFolders;
  params.sort_by = lower(p.sortBy);
  params.direction = lower(p.direction);
  return { id: r.reportId, status: lower(r.status), params, created_at: time(r.createdAt) };
}

export const lastAccessRoutes: Route[] = [
  {
    method: "POST",
    path: "/resources_last_access_reports",
    handle: async (call) => {
      const p = call.params;
      const payload = await call.graphql.mutate<{ report: ReportNode; userErrors: never[] }>(
        `mutation RestCreateReport($input: CreateLastAccessReportInput!) { createLastAccessReport(input: $input) { report { ${REPORT} } userErrors { code field message } } }`,
        {
          input: {
            fromDate: str(p, "from_date"),
            toDate: str(p, "to_date"),
            resourceType: enumValue("resource_type", str(p, "resource_type"), RESOURCE_TYPES),
            type: enumValue("type", str(p, "type"), DELIVERY_TYPES),
            excludeFolders: list(p, "exclude_folders"),
            sortBy: enumValue("sort_by", str(p, "sort_by"), ["accessed_at", "created_at", "resource_type"] as const),
            direction: enumValue("direction", str(p, "direction"), ["asc", "desc"] as const),
          },
        },
        "createLastAccessReport",
      );
      return { message: "created", id: payload.report.reportId };
    },
  },
  {
    method: "GET",
    path: "/resources_last_access_reports",
    handle: async (call) => {
      const { lastAccessReports } = await call.graphql.run<{ lastAccessReports: Connection<ReportNode> }>(
        `query RestReports($first: Int, $after: String) { lastAccessReports(first: $first, after: $after) { edges { node { ${REPORT} } } ${PAGE_INFO} } }`,
        page(call.params),
      );
      return listing("reports", lastAccessReports, reportJson);
    },
  },
  {
    method: "GET",
    path: "/resources_last_access_reports/:report_id",
    handle: async (call) => {
      const { lastAccessReport } = await call.graphql.run<{ lastAccessReport: ReportNode | null }>(
        `query RestReport($id: String!) { lastAccessReport(id: $id) { ${REPORT} } }`,
        { id: call.path.report_id },
      );
      if (!lastAccessReport) throw new RestError(404, `Report ${call.path.report_id} not found`);
      return reportJson(lastAccessReport);
    },
  },
  {
    method: "GET",
    path: "/resources/last_access_report/:report_id",
    handle: async (call) => {
      const { lastAccessReport } = await call.graphql.run<{
        lastAccessReport: { assets: { edges: { lastAccess: string | null; node: AssetNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null;
      }>(
        `query RestReportAssets($id: String!, $first: Int, $after: String, ${ASSET_FLAGS}) {
          lastAccessReport(id: $id) { assets(first: $first, after: $after) { edges { lastAccess node { ${ASSET_FIELDS} } } ${PAGE_INFO} } }
        }`,
        { id: call.path.report_id, ...page(call.params), ...assetFlags(call.params) },
      );
      if (!lastAccessReport) throw new RestError(404, `Report ${call.path.report_id} not found`);
      const { assets } = lastAccessReport;
      const resources = assets.edges.map((e) => ({ ...assetJson(e.node), last_access: time(e.lastAccess) }));
      return assets.pageInfo.hasNextPage ? { resources, next_cursor: assets.pageInfo.endCursor } : { resources };
    },
  },
];
