import { prismaConnectionHelpers, queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../builder.js";
import { DomainError } from "../../errors/errors.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import type { Asset as AssetModel } from "../../generated/sqlite/client.js";
import { SortDirectionEnum, Asset, AssetRefInput, DeliveryTypeEnum, ResourceTypeEnum } from "../asset/index.js";
import { enumValues } from "../../lib/enums.js";
import { PAGE_10_500, columnPage, pageSize } from "../../lib/page.js";
import {
  MAX_ACCESSES_PER_CALL, MAX_EXCLUDE_FOLDERS, REPORT_STATUSES, SORT_FIELDS, createLastAccessReport, findReport, recordAssetAccesses, reportParams, type ReportParams,
} from "./last-access-report.service.js";

const ReportStatusEnum = builder.enumType("LastAccessReportStatus", { values: enumValues(REPORT_STATUSES) });
const SortByEnum = builder.enumType("LastAccessReportSortBy", { values: enumValues(SORT_FIELDS) });

const Params = builder.objectRef<ReportParams>("LastAccessReportParams").implement({
  description: "The parameters a report was created with.",
  fields: (t) => ({
    fromDate: t.exposeString("fromDate", { nullable: true, description: "Assets accessed after this day (yyyy-mm-dd, exclusive)." }),
    toDate: t.exposeString("toDate", { nullable: true, description: "Assets accessed before this day (yyyy-mm-dd, exclusive)." }),
    resourceType: t.field({ type: ResourceTypeEnum, nullable: true, description: "Null: all.", resolve: (p) => p.resourceType as never }),
    type: t.field({ type: DeliveryTypeEnum, nullable: true, description: "Null: all.", resolve: (p) => p.type as never }),
    excludeFolders: t.exposeStringList("excludeFolders"),
    sortBy: t.field({ type: SortByEnum, resolve: (p) => p.sortBy as (typeof SORT_FIELDS)[number] }),
    direction: t.field({ type: SortDirectionEnum, resolve: (p) => p.direction as "asc" | "desc" }),
  }),
});

type EntryEdge = { cursor: string; node: AssetModel; lastAccess: Date | null };

/** A report's entries in its order, each edge the entry (its lastAccess) with the asset as node. */
const entryHelpers = prismaConnectionHelpers(builder, "LastAccessReportEntry", {
  cursor: "reportId_position",
  defaultSize: PAGE_10_500.default,
  maxSize: PAGE_10_500.max,
  query: () => ({ orderBy: { position: "asc" as const } }),
  select: (nodeSelection) => {
    const asset = nodeSelection();
    // Nothing selected under edges.node comes back as `select: {}`, which Prisma rejects.
    const { select } = asset as { select?: object | null };
    return { lastAccess: true, asset: select != null && Object.keys(select).length === 0 ? { select: { id: true } } : asset };
  },
  resolveNode: (entry) => entry.asset,
});

export const LastAccessReport = builder.prismaNode("LastAccessReport", {
  description: "Assets last accessed in a time range, plus every asset never accessed: a snapshot taken when the report was created.",
  // node/nodes give null for an id that names nothing in the caller's environment.
  nullable: true,
  id: { field: "reportId" },
  findUnique: (reportId, ctx) => ({ reportId, environmentId: ctx.environment.id }),
  fields: (t) => ({
    reportId: t.exposeString("reportId", { description: "64 hex characters, as the Admin API shows report ids." }),
    status: t.field({ type: ReportStatusEnum, resolve: (r) => r.status as (typeof REPORT_STATUSES)[number] }),
    params: t.field({ type: Params, resolve: (r) => reportParams(r) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    assets: t.connection(
      {
        type: Asset,
        description: "The report's assets in its order, each edge with its last access. first: default 10, at most 500.",
        // Planned into the query that loads the report(s): one statement for the entries of every
        // report of the page, whatever the page sizes.
        select: (args, ctx, nestedSelection) => {
          try {
            return { id: true, entries: entryHelpers.getQuery(args, ctx, nestedSelection) };
          } catch (e) {
            // The plugin's cursor parser rejects a cursor it did not issue with a plain error.
            if (args.after != null && e instanceof Error && e.message.startsWith("Invalid cursor")) throw new DomainError("INVALID_CURSOR", "after is not a cursor this API issued", ["after"]);
            throw e;
          }
        },
        resolve: (report, args, ctx) => {
          pageSize(args, PAGE_10_500);
          return { ...entryHelpers.resolve(report.entries, args, ctx), totalCount: () => ctx.loaders.entryCountByReport.load(report.id) };
        },
      },
      { name: "LastAccessAssetConnection" },
      {
        name: "LastAccessAssetEdge",
        fields: (e) => ({
          lastAccess: e.field({
            type: "DateTime",
            nullable: true,
            description: "When the asset was last delivered; null if never.",
            resolve: (edge) => (edge as unknown as EntryEdge).lastAccess,
          }),
        }),
      },
    ),
  }),
});

builder.queryField("lastAccessReports", (t) =>
  t.connection({
    type: LastAccessReport,
    description: "The environment's last access reports, oldest first. first: default 10, at most 500.",
    resolve: (_root, args, ctx, info) => {
      // The reports' own selections (their assets' entries among them) planned into one query.
      const query = queryFromInfo({ context: ctx, info, path: ["edges", "node"] }) as object;
      const where = { environmentId: ctx.environment.id };
      return columnPage(args, PAGE_10_500, { model: ctx.db.lastAccessReport, where, column: "id", type: "int", query });
    },
  }),
);

builder.queryField("lastAccessReport", (t) =>
  t.prismaField({
    type: "LastAccessReport",
    nullable: true,
    description: "A report by its id (64 hex) or global id. Null when not found.",
    args: { id: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.db.lastAccessReport.findFirst({ ...query, where: findReport(ctx, args.id) }),
  }),
);

const CreateLastAccessReportInput = builder.inputType("CreateLastAccessReportInput", {
  fields: (t) => ({
    fromDate: t.string({ description: "yyyy-mm-dd: assets accessed after this day. At least one of fromDate, toDate." }),
    toDate: t.string({ description: "yyyy-mm-dd: assets accessed before this day." }),
    resourceType: t.field({ type: ResourceTypeEnum, description: "Default: all." }),
    type: t.field({ type: DeliveryTypeEnum, description: "Default: all." }),
    excludeFolders: t.stringList({ description: `Up to ${MAX_EXCLUDE_FOLDERS} folders whose assets (subfolders included) are left out.` }),
    sortBy: t.field({ type: SortByEnum, defaultValue: "accessed_at" }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: "asc" }),
  }),
});
mutationWithPayload("createLastAccessReport", {
  input: CreateLastAccessReportInput,
  description: "Creates a report (done at once: it is a snapshot of this service's own data) and emits report.",
  payload: (t) => ({ report: t.field({ type: LastAccessReport, nullable: true, resolve: (p) => p.report ?? null }) }),
  service: createLastAccessReport,
});

const AssetAccessInput = builder.inputType("AssetAccessInput", {
  fields: (t) => ({
    asset: t.field({ type: AssetRefInput, required: true }),
    accessedAt: t.field({ type: "DateTime", description: "Default: now. Not in the future." }),
    bytes: t.field({ type: "BigInt", description: "Bytes delivered; default the asset's size." }),
  }),
});
const RecordAssetAccessesInput = builder.inputType("RecordAssetAccessesInput", {
  fields: (t) => ({ accesses: t.field({ type: [AssetAccessInput], required: true, description: `At most ${MAX_ACCESSES_PER_CALL} per call.` }) }),
});
mutationWithPayload("recordAssetAccesses", {
  input: RecordAssetAccessesInput,
  description: [
    "Records deliveries of assets (what Cloudinary reads from its CDN logs), all or nothing: moves each asset's last access forward",
    "and counts a request and its bytes in that day's usage. For the delivery side (a log shipper, an edge worker).",
  ].join(" "),
  payload: (t) => ({
    recorded: t.int({ description: "Accesses recorded.", resolve: (p) => p.recorded ?? 0 }),
    assets: t.int({ description: "Distinct assets among them.", resolve: (p) => p.assets ?? 0 }),
  }),
  service: recordAssetAccesses,
});

builder.prismaObjectField("Asset", "lastAccessedAt", (t) =>
  t.field({
    type: "DateTime",
    nullable: true,
    description: "When the asset was last delivered (recordAssetAccesses); null if never.",
    select: { lastAccess: { select: { lastAccessAt: true } } },
    resolve: (a) => a.lastAccess?.lastAccessAt ?? null,
  }),
);
