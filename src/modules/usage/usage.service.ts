// The usage report (DOMAIN.md §1.15), computed from our own tables as of the end of the
// requested day (UTC): storage and object counts from assets, derived resources and backups;
// requests and bandwidth from the delivery counters that recordAssetAccesses feeds (30 days
// ending on that day, as Cloudinary reports them); transformations = derived resources created
// in that month up to that day. A handful of grouped aggregate queries, whatever the data size.
import type { Ctx } from "../../context.js";
import { DomainError } from "../../errors/errors.js";
import { isoDay, parseDay } from "../../lib/day.js";

/** The plan this service reports; limits are the Free plan's order of magnitude, media limits as in the reference's sample. */
export const PLAN = {
  name: "Free",
  storageLimit: 25n * 1024n ** 3n,
  bandwidthLimit: 25n * 1024n ** 3n,
  transformationsLimit: 25_000n,
  mediaLimits: {
    imageMaxSizeBytes: 157_286_400n,
    videoMaxSizeBytes: 3_145_728_000n,
    rawMaxSizeBytes: 2_097_152_000n,
    imageMaxPx: 100_000_000n,
    assetMaxTotalPx: 300_000_000n,
  },
};

const DAY_MS = 86_400_000;
/** The report's day: today by default; "within the last 3 months" (calendar months, UTC), never in the future. */
export function usageDay(date: string | null | undefined, now = new Date()): Date {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (date == null) return today;
  const day = parseDay(date, ["date"]);
  const earliest = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 3, today.getUTCDate()));
  // 31 May minus 3 months is 31 Feb, which Date rolls into March: clamp to the month's last day.
  if (earliest.getUTCDate() !== today.getUTCDate()) earliest.setUTCDate(0);
  if (day < earliest || day > today) {
    throw new DomainError("DATE_OUT_OF_RANGE", `date must be within the last 3 months: ${isoDay(earliest)} to ${isoDay(today)} (got ${date})`, ["date"]);
  }
  return day;
}

const percent = (usage: bigint, limit: bigint) => (limit === 0n ? 0 : Math.round((Number(usage) / Number(limit)) * 10_000) / 100);

export interface Quota {
  usage: bigint;
  limit: bigint | null;
  usedPercent: number | null;
}

const quota = (usage: bigint, limit: bigint | null): Quota => ({ usage, limit, usedPercent: limit === null ? null : percent(usage, limit) });

export async function usage(ctx: Ctx, args: { date?: string | null }) {
  const day = usageDay(args.date);
  const end = new Date(day.getTime() + DAY_MS);
  const monthStart = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
  const windowStart = isoDay(new Date(day.getTime() - 29 * DAY_MS));
  const environmentId = ctx.environment.id;
  const [assets, derived, transformed, delivery] = await ctx.db.$transaction([
    ctx.db.asset.groupBy({
      by: ["status"],
      where: { environmentId, createdAt: { lt: end } },
      _count: { _all: true },
      _sum: { bytes: true, backupBytes: true },
      orderBy: { status: "asc" },
    }),
    ctx.db.derivedResource.aggregate({ where: { environmentId, createdAt: { lt: end } }, _count: { _all: true }, _sum: { bytes: true } }),
    ctx.db.derivedResource.count({ where: { environmentId, createdAt: { gte: monthStart, lt: end } } }),
    ctx.db.usageDay.aggregate({ where: { environmentId, day: { gte: windowStart, lte: isoDay(day) } }, _sum: { requests: true, bandwidth: true } }),
  ]);
  // groupBy's result type is lost inside a batch transaction's tuple.
  const groups = assets as unknown as { status: string; _count: { _all: number }; _sum: { bytes: bigint | null; backupBytes: bigint | null } }[];
  const active = groups.find((g) => g.status === "active");
  const resources = BigInt(active?._count._all ?? 0);
  const derivedResources = BigInt(derived._count._all);
  // Originals of active assets, every derived copy, and the backups of all assets (deleted ones keep theirs).
  const storage = (active?._sum.bytes ?? 0n) + (derived._sum.bytes ?? 0n) + groups.reduce((sum, g) => sum + (g._sum.backupBytes ?? 0n), 0n);
  const transformations = BigInt(transformed);
  return {
    plan: PLAN.name,
    lastUpdated: isoDay(day),
    dateRequested: day,
    transformations: { ...quota(transformations, PLAN.transformationsLimit), breakdown: { transformation: Number(transformations) } },
    objects: quota(resources + derivedResources, null),
    bandwidth: quota(delivery._sum.bandwidth ?? 0n, PLAN.bandwidthLimit),
    storage: quota(storage, PLAN.storageLimit),
    requests: delivery._sum.requests ?? 0n,
    resources,
    derivedResources,
    mediaLimits: PLAN.mediaLimits,
  };
}
export type UsageValue = Awaited<ReturnType<typeof usage>>;
