// Last access (DOMAIN.md §1.19, §2.5). Cloudinary derives an asset's last access from its CDN
// logs; this service delivers nothing itself, so whatever delivers the assets (a CDN log
// shipper, an edge worker) reports deliveries through recordAssetAccesses. Each recorded access
// moves the asset's last access forward and counts as a request (with its bytes) in that day's
// usage. A report is a snapshot: created in one transaction with the matching assets in its
// order, so it is done (and `report` is emitted) as soon as it exists, and it does not shift as
// assets are accessed later.
import { randomBytes } from "node:crypto";
import { Prisma } from "../../generated/sqlite/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, assertMaxItems, notFound, userError, type UserErrorValue } from "../../errors/errors.js";
import { transact } from "../../events/outbox.js";
import type { DeliveryType, ResourceType } from "../../lib/enums.js";
import { decodeGlobalIdOf } from "../../lib/ids.js";
import { chunks } from "../../lib/page.js";
import { startsWith } from "../../lib/prefix.js";
import { folderKey, normalizeFolderPath } from "../folder/index.js";
import { describeRef, type AssetRef } from "../../lib/asset-ref.js";
import { isoDay, parseDay } from "../../lib/day.js";

export const MAX_EXCLUDE_FOLDERS = 50;
export const MAX_ACCESSES_PER_CALL = 1000;
export const SORT_FIELDS = ["accessed_at", "resource_type", "created_at"] as const;
export const REPORT_STATUSES = ["pending", "done", "failed"] as const;

const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Recording accesses

export interface AssetAccessInput {
  asset: AssetRef;
  accessedAt?: Date | null;
  /** bytes delivered; the asset's size when omitted */
  bytes?: bigint | null;
}

/** Records deliveries, all or nothing: every asset must exist (active) in the caller's environment. */
export async function recordAssetAccesses(ctx: Ctx, input: { accesses: AssetAccessInput[] }) {
  assertMaxItems(["input", "accesses"], input.accesses, MAX_ACCESSES_PER_CALL);
  const now = new Date();
  const errors: UserErrorValue[] = [];
  input.accesses.forEach((a, i) => {
    if (Boolean(a.asset.assetId) === Boolean(a.asset.publicId)) errors.push(userError("INVALID_ASSET_REF", "give exactly one of assetId or publicId", ["input", "accesses", i, "asset"]));
    if (a.accessedAt && a.accessedAt.getTime() > now.getTime() + 60_000) errors.push(userError("INVALID_ARGUMENT", "accessedAt may not be in the future", ["input", "accesses", i, "accessedAt"]));
    if (a.bytes != null && a.bytes < 0n) errors.push(userError("INVALID_ARGUMENT", "bytes may not be negative", ["input", "accesses", i, "bytes"]));
  });
  if (errors.length) throw DomainError.many(errors);
  const environmentId = ctx.environment.id;
  return transact(ctx, async (tx) => {
    const byId = input.accesses.filter((a) => a.asset.assetId).map((a) => a.asset.assetId!);
    const byPublicId = input.accesses.filter((a) => a.asset.publicId);
    const found = [];
    for (const part of chunks(byId)) found.push(...(await tx.asset.findMany({ where: { environmentId, status: "active", assetId: { in: part } } })));
    for (const part of chunks(byPublicId)) {
      found.push(...(await tx.asset.findMany({ where: { environmentId, status: "active", publicId: { in: part.map((a) => a.asset.publicId!) } } })));
    }
    const tripleOf = (rt: string, type: string, publicId: string) => `${rt}/${type}/${publicId}`;
    const byKey = new Map(found.flatMap((a) => [[a.assetId, a], [tripleOf(a.resourceType, a.type, a.publicId), a]] as const));
    const resolved = input.accesses.map((a, i) => {
      const key = a.asset.assetId ?? tripleOf(a.asset.resourceType ?? "image", a.asset.type ?? "upload", a.asset.publicId!);
      const asset = byKey.get(key);
      if (!asset) errors.push(userError("NOT_FOUND", `${describeRef(a.asset)} not found`, ["input", "accesses", i, "asset"]));
      return { asset, at: a.accessedAt ?? now, bytes: a.bytes ?? asset?.bytes ?? 0n };
    });
    if (errors.length) throw DomainError.many(errors);

    const latest = new Map<number, Date>();
    for (const r of resolved) if (!(latest.get(r.asset!.id)! >= r.at)) latest.set(r.asset!.id, r.at);
    const days = new Map<string, { requests: bigint; bandwidth: bigint }>();
    for (const r of resolved) {
      const day = days.get(isoDay(r.at)) ?? { requests: 0n, bandwidth: 0n };
      day.requests += 1n;
      day.bandwidth += r.bytes;
      days.set(isoDay(r.at), day);
    }
    // Upserts in the database (INSERT ... ON CONFLICT), so concurrent reports of the same asset or
    // day add up instead of racing to create the row; last access only moves forward.
    const greatest = Prisma.raw(ctx.dialect === "postgres" ? "GREATEST" : "MAX");
    for (const part of chunks([...latest], 300)) {
      await tx.$executeRaw`INSERT INTO "AssetLastAccess" ("assetId", "environmentId", "lastAccessAt")
        VALUES ${Prisma.join(part.map(([assetId, at]) => Prisma.sql`(${assetId}, ${environmentId}, ${at})`))}
        ON CONFLICT ("assetId") DO UPDATE SET "lastAccessAt" = ${greatest}("AssetLastAccess"."lastAccessAt", excluded."lastAccessAt")`;
    }
    for (const part of chunks([...days], 200)) {
      await tx.$executeRaw`INSERT INTO "UsageDay" ("environmentId", "day", "requests", "bandwidth")
        VALUES ${Prisma.join(part.map(([day, c]) => Prisma.sql`(${environmentId}, ${day}, ${c.requests}, ${c.bandwidth})`))}
        ON CONFLICT ("environmentId", "day") DO UPDATE SET "requests" = "UsageDay"."requests" + excluded."requests", "bandwidth" = "UsageDay"."bandwidth" + excluded."bandwidth"`;
    }
    return { recorded: resolved.length, assets: [...latest.keys()].length };
  });
}

// ---------------------------------------------------------------------------------------------
// Reports

export interface CreateLastAccessReportInput {
  fromDate?: string | null;
  toDate?: string | null;
  resourceType?: ResourceType | null;
  type?: DeliveryType | null;
  excludeFolders?: string[] | null;
  sortBy?: (typeof SORT_FIELDS)[number] | null;
  direction?: "asc" | "desc" | null;
}

export interface ReportParams {
  fromDate: string | null;
  toDate: string | null;
  resourceType: string | null;
  type: string | null;
  excludeFolders: string[];
  sortBy: string;
  direction: string;
}

export const reportParams = (r: { fromDate: string | null; toDate: string | null; resourceType: string | null; type: string | null; excludeFolders: string; sortBy: string; direction: string }): ReportParams => ({
  fromDate: r.fromDate,
  toDate: r.toDate,
  resourceType: r.resourceType,
  type: r.type,
  excludeFolders: JSON.parse(r.excludeFolders) as string[],
  sortBy: r.sortBy,
  direction: r.direction,
});

/** The REST shape of the parameters, for the `report` notification. */
const restParams = (p: ReportParams) => ({
  ...(p.fromDate ? { from_date: p.fromDate } : {}),
  ...(p.toDate ? { to_date: p.toDate } : {}),
  ...(p.resourceType ? { resource_type: p.resourceType } : {}),
  ...(p.type ? { type: p.type } : {}),
  ...(p.excludeFolders.length ? { exclude_folders: p.excludeFolders } : {}),
  sort_by: p.sortBy,
  direction: p.direction,
});

interface Candidate {
  id: number;
  lastAccess: Date | null;
  /** the value the report sorts by */
  key: number | string;
}

/** The report's sort value; never-accessed assets count as accessed longest ago. */
function sortKey(sortBy: string, row: { resourceType: string; createdAt: Date }, lastAccess: Date | null): number | string {
  return sortBy === "resource_type" ? row.resourceType : sortBy === "created_at" ? row.createdAt.getTime() : (lastAccess?.getTime() ?? -Infinity);
}

/** The report's order: by sort value, ties by asset row. */
function comparator(desc: boolean): (a: Candidate, b: Candidate) => number {
  return (a, b) => {
    const order = a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id;
    return desc ? -order : order;
  };
}

/**
 * Asset rows per read, by windows of row ids. The report's transaction runs on SQLite's writer,
 * on the main thread: one read of every asset (100,000) held the event loop for about 300 ms,
 * most of it Prisma mapping the rows; windows keep each statement short, and the writer yields
 * between them (src/db/yielding.ts). Windows of ids rather than keyset pages: for `id > ? ORDER
 * BY id LIMIT n` SQLite walks the environment's index and sorts, every page.
 */
const REPORT_READ_WINDOW = 5000;

export async function createLastAccessReport(ctx: Ctx, input: CreateLastAccessReportInput) {
  if (input.fromDate == null && input.toDate == null) {
    throw new DomainError("DATE_OUT_OF_RANGE", "give fromDate, toDate or both (the reference requires at least one)", ["input", "fromDate"]);
  }
  const from = input.fromDate != null ? parseDay(input.fromDate, ["input", "fromDate"]) : null;
  const to = input.toDate != null ? parseDay(input.toDate, ["input", "toDate"]) : null;
  // Both bounds are exclusive ("accessed after" from, "before" to), DOMAIN Q 47.
  const after = from ? new Date(from.getTime() + DAY_MS) : null;
  if (after && to && after >= to) throw new DomainError("INVALID_ARGUMENT", "toDate must be at least two days after fromDate (both are exclusive)", ["input", "toDate"]);
  assertMaxItems(["input", "excludeFolders"], input.excludeFolders, MAX_EXCLUDE_FOLDERS);
  const excluded = [...new Set((input.excludeFolders ?? []).map((f, i) => normalizeFolderPath(f, ["input", "excludeFolders", i])))];
  const params: ReportParams = {
    fromDate: input.fromDate ?? null,
    toDate: input.toDate ?? null,
    resourceType: input.resourceType ?? null,
    type: input.type ?? null,
    excludeFolders: excluded,
    sortBy: input.sortBy ?? "accessed_at",
    direction: input.direction ?? "asc",
  };
  const environmentId = ctx.environment.id;
  const where: Prisma.AssetWhereInput = {
    environmentId,
    status: "active",
    ...(params.resourceType ? { resourceType: params.resourceType } : {}),
    ...(params.type ? { type: params.type } : {}),
    ...(excluded.length
      ? { NOT: { folder: { OR: excluded.flatMap((f) => [{ pathKey: folderKey(f) }, { pathKey: startsWith(ctx.dialect, `${folderKey(f)}/`) }]) } } }
      : {}),
  };
  return transact(ctx, async (tx, emit) => {
    // Never-accessed assets are always included (the reference); the others by their last access.
    const inRange = (at: Date) => (!after || at >= after) && (!to || at < to);
    const candidates: Candidate[] = [];
    const { _max } = await tx.asset.aggregate({ where: { environmentId }, _max: { id: true } });
    for (let low = 0; low < (_max.id ?? 0); low += REPORT_READ_WINDOW) {
      const rows = await tx.asset.findMany({
        where: { ...where, id: { gt: low, lte: low + REPORT_READ_WINDOW } },
        select: { id: true, resourceType: true, createdAt: true, lastAccess: { select: { lastAccessAt: true } } },
      });
      for (const r of rows) {
        const lastAccess = r.lastAccess?.lastAccessAt ?? null;
        if (lastAccess === null || inRange(lastAccess)) candidates.push({ id: r.id, lastAccess, key: sortKey(params.sortBy, r, lastAccess) });
      }
    }
    candidates.sort(comparator(params.direction === "desc"));
    const now = new Date();
    const report = await tx.lastAccessReport.create({
      data: {
        environmentId, reportId: randomBytes(32).toString("hex"), status: "done",
        fromDate: params.fromDate, toDate: params.toDate, resourceType: params.resourceType, type: params.type,
        excludeFolders: JSON.stringify(params.excludeFolders), sortBy: params.sortBy, direction: params.direction,
        createdAt: now, completedAt: now,
      },
    });
    // Multi-row INSERTs: createMany's per-row client-side work dominated large snapshots
    // (about 0.13 ms a row); 200 rows keep each statement under SQLite's 999 bound parameters.
    for (let start = 0; start < candidates.length; start += 200) {
      const part = candidates.slice(start, start + 200).map((c, i) => Prisma.sql`(${report.id}, ${start + i}, ${c.id}, ${c.lastAccess})`);
      await tx.$executeRaw`INSERT INTO "LastAccessReportEntry" ("reportId", "position", "assetId", "lastAccess") VALUES ${Prisma.join(part)}`;
    }
    emit({ type: "report", payload: { report: { id: report.reportId, status: report.status, params: restParams(params), created_at: now.toISOString() } } });
    return { report };
  }, { timeout: 60_000 });
}

/** A report by its 64-hex id or its Relay global id, in the caller's environment. */
export function findReport(ctx: Ctx, id: string) {
  const reportId = decodeGlobalIdOf(id, "LastAccessReport") ?? id;
  return { environmentId: ctx.environment.id, reportId };
}

export const reportNotFound = (id: string) => notFound(`last access report ${id}`, ["id"]);
