// The tag list of an environment, per resource type: distinct names in use, by name.
import type { Ctx } from "../../context.js";
import { startsWith } from "../../lib/prefix.js";
import type { ResourceType } from "../../lib/enums.js";
import { PAGE_10_500, keysetPage, type PageArgs, type KeyAfter } from "../../lib/page.js";

export interface TagListArgs extends PageArgs {
  resourceType: ResourceType;
  prefix?: string | null;
}

export interface TagNode {
  name: string;
  resourceType: ResourceType;
  assetCount: number;
}

export function listTags(ctx: Ctx, args: TagListArgs) {
  const where = {
    environmentId: ctx.environment.id,
    resourceType: args.resourceType,
    // Deleted assets kept as backups hold their tags for a restore, but are not in the list.
    asset: { status: "active" },
    ...(args.prefix ? { name: startsWith(ctx.dialect, args.prefix) } : {}),
  };
  return keysetPage(args, PAGE_10_500, {
    boundTo: { resourceType: args.resourceType, prefix: args.prefix ?? null },
    key: (tag: TagNode) => tag.name,
    fetch: async (after: KeyAfter, take: number) => {
      const groups = await ctx.db.assetTag.groupBy({
        by: ["name"],
        where: after === null ? where : { AND: [where, { name: { gt: String(after) } }] },
        _count: { _all: true },
        orderBy: { name: "asc" },
        take,
      });
      return groups.map((g) => ({ name: g.name, resourceType: args.resourceType, assetCount: g._count._all }));
    },
    count: async () => (await ctx.db.assetTag.groupBy({ by: ["name"], where })).length,
  });
}
