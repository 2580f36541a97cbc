// Request-scoped loaders for what the Prisma plugin cannot batch here: the entry count behind a
// report's `assets.totalCount`, one grouped query for every report of a request. Kept per
// Ctx.loaders object (renewed per request).
import DataLoader from "dataloader";
import type { Ctx } from "../../context.js";

function create(ctx: Ctx) {
  return {
    /** entries per report (internal id) */
    entryCountByReport: new DataLoader<number, number>(async (ids) => {
      const rows = await ctx.db.lastAccessReportEntry.groupBy({ by: ["reportId"], where: { reportId: { in: [...ids] } }, _count: { _all: true } });
      const counts = new Map(rows.map((r) => [r.reportId, r._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

const cache = new WeakMap<object, ReturnType<typeof create>>();

export function reportLoaders(ctx: Ctx) {
  let loaders = cache.get(ctx.loaders);
  if (!loaders) {
    loaders = create(ctx);
    cache.set(ctx.loaders, loaders);
  }
  return loaders;
}
