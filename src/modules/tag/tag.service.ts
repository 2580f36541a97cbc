// The tag list of an environment, per resource type: distinct names in use, by name; and the
// Upload API's tags method over assets.
import type { Asset } from "../../generated/sqlite/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, assertMaxItems, userError, type UserErrorValue } from "../../errors/errors.js";
import { transact } from "../../events/outbox.js";
import { startsWith } from "../../lib/prefix.js";
import type { ResourceType } from "../../lib/enums.js";
import { PAGE_10_500, keysetPage, type PageArgs, type KeyAfter } from "../../lib/page.js";
import { assetRef, describeRef, refWhere, type AssetRef } from "../../lib/asset-ref.js";
import { MAX_TAGS_PER_ASSET, cleanTags } from "../asset/index.js";

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

// ---------------------------------------------------------------------------------------------
// updateTags: the Upload API's tags method (add, remove, replace, remove_all)

export const TAG_COMMANDS = ["add", "remove", "replace", "remove_all"] as const;
export type TagCommand = (typeof TAG_COMMANDS)[number];
export const MAX_TAGGED_ASSETS = 1000;

export interface UpdateTagsInput {
  command: TagCommand;
  tags?: string[] | null;
  assets: AssetRef[];
}

export interface UpdateTagsResult {
  asset: Asset | null;
  changed: boolean;
  userErrors: UserErrorValue[];
}

function nextTags(command: TagCommand, before: string[], tags: string[]): string[] {
  switch (command) {
    case "add":
      return [...before, ...tags.filter((t) => !before.includes(t))];
    case "remove": {
      const gone = new Set(tags);
      return before.filter((t) => !gone.has(t));
    }
    case "replace":
      return tags;
    case "remove_all":
      return [];
  }
}

/**
 * Adds, removes or replaces tags on up to 1,000 assets, or removes all their tags. Each asset is
 * its own transaction (read, change, event), so concurrent calls on one asset never lose each
 * other's tags; an asset that fails is reported in its result and left as it was.
 */
export async function updateTags(ctx: Ctx, input: UpdateTagsInput): Promise<{ results: UpdateTagsResult[]; userErrors: UserErrorValue[] }> {
  assertMaxItems(["input", "assets"], input.assets, MAX_TAGGED_ASSETS);
  if (input.assets.length === 0) throw new DomainError("INVALID_ARGUMENT", "assets may not be empty", ["input", "assets"]);
  if (input.command === "remove_all") {
    if (input.tags?.length) throw new DomainError("INVALID_ARGUMENT", "REMOVE_ALL takes no tags", ["input", "tags"]);
  } else if (!input.tags?.length) {
    throw new DomainError("INVALID_ARGUMENT", `${input.command.toUpperCase()} needs at least one tag (REMOVE_ALL removes every tag)`, ["input", "tags"]);
  }
  const tags = cleanTags(input.tags ?? [], ["input", "tags"]);
  const env = ctx.environment.id;
  // Each reference's form is checked before anything is written.
  const wheres = input.assets.map((ref, i) => refWhere(env, ref, ["input", "assets", i]));
  const seen = new Set<number>();
  const results: UpdateTagsResult[] = [];
  for (const [i, where] of wheres.entries()) {
    const at = ["input", "assets", i];
    const name = describeRef(input.assets[i]);
    results.push(
      await transact(ctx, async (tx, emit): Promise<UpdateTagsResult> => {
        const asset = await tx.asset.findUnique({ where });
        if (!asset || asset.status !== "active") return { asset: null, changed: false, userErrors: [userError("NOT_FOUND", `${name} not found`, at)] };
        if (seen.has(asset.id)) return { asset, changed: false, userErrors: [userError("INVALID_ARGUMENT", `${name} is given more than once`, at)] };
        seen.add(asset.id);
        // Writers of one asset take turns (PostgreSQL row lock; SQLite serialises writers).
        if (ctx.dialect === "postgres") await tx.$queryRaw`SELECT id FROM "Asset" WHERE id = ${asset.id} FOR UPDATE`;
        const before = (await tx.assetTag.findMany({ where: { assetId: asset.id }, select: { name: true }, orderBy: { id: "asc" } })).map((t) => t.name);
        const after = nextTags(input.command, before, tags);
        if (after.length > MAX_TAGS_PER_ASSET) {
          return { asset, changed: false, userErrors: [userError("LIMIT_EXCEEDED", `${name} would have ${after.length} tags; at most ${MAX_TAGS_PER_ASSET}`, at)] };
        }
        const had = new Set(before);
        const keeps = new Set(after);
        const added = after.filter((t) => !had.has(t));
        const removed = before.filter((t) => !keeps.has(t));
        if (added.length === 0 && removed.length === 0) return { asset, changed: false, userErrors: [] };
        if (removed.length) await tx.assetTag.deleteMany({ where: { assetId: asset.id, name: { in: removed } } });
        if (added.length) await tx.assetTag.createMany({ data: added.map((t) => ({ assetId: asset.id, environmentId: env, resourceType: asset.resourceType, name: t })) });
        const now = new Date();
        const updated = await tx.asset.update({ where: { id: asset.id }, data: { tagsUpdatedAt: now, updatedAt: now } });
        emit({ type: "resource_tags_changed", assetIds: [asset.assetId], payload: { asset: assetRef(asset), added, removed } });
        return { asset: updated, changed: true, userErrors: [] };
      }),
    );
  }
  return { results, userErrors: results.flatMap((r) => r.userErrors) };
}
