// The tag list of an environment, per resource type: distinct names in use, by name.
import type { Ctx } from "../../context.js";
import { startsWith } from "../../lib/prefix.js";
import { argsHash, decodeCursor, encodeCursor } from "../../lib/cursor.js";
import type { ResourceType } from "../../lib/enums.js";
import { PAGE_10_500, pageInfo, pageSize, type PageArgs } from "../../lib/page.js";

export interface TagListArgs extends PageArgs {
  resourceType: ResourceType;
  prefix?: string | null;
}

export interface TagNode {
  name: string;
  resourceType: ResourceType;
  assetCount: number;
}

export async function listTags(ctx: Ctx, args: TagListArgs) {
  const take = pageSize(args, PAGE_10_500);
  const where = {
    environmentId: ctx.environment.id,
    resourceType: args.resourceType,
    ...(args.prefix ? { name: startsWith(ctx.dialect, args.prefix) } : {}),
  };
  const hash = argsHash({ resourceType: args.resourceType, prefix: args.prefix ?? null });
  const after = args.after ? String(decodeCursor(args.after, hash, 1)[0]) : null;
  const groups = await ctx.db.assetTag.groupBy({
    by: ["name"],
    where: after ? { AND: [where, { name: { gt: after } }] } : where,
    _count: { _all: true },
    orderBy: { name: "asc" },
    take: take + 1,
  });
  const edges = groups.slice(0, take).map((g) => ({
    node: { name: g.name, resourceType: args.resourceType, assetCount: g._count._all } satisfies TagNode,
    cursor: encodeCursor([g.name], hash),
  }));
  return {
    edges,
    pageInfo: pageInfo(edges, groups.length, take),
    totalCount: async () => (await ctx.db.assetTag.groupBy({ by: ["name"], where })).length,
  };
}
