// Request-scoped loaders for what the Prisma plugin cannot batch here: the counts behind
// `totalCount` of nested connections, and named-transformation lookups of delivery URLs. Kept
// per Ctx.loaders object (renewed per request, and per event of a subscription).
import DataLoader from "dataloader";
import type { Ctx } from "../../context.js";

function create(ctx: Ctx) {
  const db = ctx.db;
  const env = ctx.environment.id;
  return {
    /** derived resources per asset (internal id) */
    derivedCountByAsset: new DataLoader<number, number>(async (ids) => {
      const rows = await db.derivedResource.groupBy({ by: ["assetId"], where: { assetId: { in: [...ids] } }, _count: { _all: true } });
      const counts = new Map(rows.map((r) => [r.assetId, r._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    /** derived resources per transformation (internal id) */
    derivedCountByTransformation: new DataLoader<number, number>(async (ids) => {
      const rows = await db.derivedResource.groupBy({ by: ["transformationId"], where: { transformationId: { in: [...ids] } }, _count: { _all: true } });
      const counts = new Map(rows.map((r) => [r.transformationId, r._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    /** backed-up versions per asset (internal id) */
    versionCountByAsset: new DataLoader<number, number>(async (ids) => {
      const rows = await db.assetVersion.groupBy({ by: ["assetId"], where: { assetId: { in: [...ids] } }, _count: { _all: true } });
      const counts = new Map(rows.map((r) => [r.assetId, r._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    /** whether a named transformation exists in the caller's environment, by name (without t_) */
    namedExists: new DataLoader<string, boolean>(async (names) => {
      const rows = await db.transformation.findMany({ where: { environmentId: env, named: true, name: { in: [...names] } }, select: { name: true } });
      const found = new Set(rows.map((r) => r.name));
      return names.map((n) => found.has(n));
    }),
  };
}

const cache = new WeakMap<object, ReturnType<typeof create>>();

export function lifecycleLoaders(ctx: Ctx) {
  let loaders = cache.get(ctx.loaders);
  if (!loaders) {
    loaders = create(ctx);
    cache.set(ctx.loaders, loaders);
  }
  return loaders;
}
