// The tag list of an environment, per resource type: distinct names in use, by name; and the
// Upload API's tags method over assets.
import type { Asset } from "../../generated/sqlite/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, assertMaxItems, userError, type UserErrorValue } from "../../errors/errors.js";
import { insertRows } from "../../db/insert.js";
import { transact } from "../../events/outbox.js";
import { startsWith } from "../../lib/prefix.js";
import type { ResourceType } from "../../lib/enums.js";
import { PAGE_10_500, keysetPage, type PageArgs, type KeyAfter } from "../../lib/page.js";
import { assetRef, describeRef, findAssetsByRefs, refWhere, type AssetRef } from "../../lib/asset-ref.js";
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

/** Assets per transaction: a few statements each, whatever the number of assets. */
const TAGGED_ASSETS_PER_TRANSACTION = 100;

/**
 * Adds, removes or replaces tags on up to 1,000 assets, or removes all their tags. The assets go
 * in transactions of 100, each a few set-based statements (read the assets and their tags,
 * delete, insert, stamp, events), so a call costs tens of statements rather than a transaction
 * per asset. An asset's change is all or nothing: one that fails (not found, named twice, over
 * the tag limit) is reported in its result and left as it was, and the others change. Its rows
 * are locked before its tags are read (PostgreSQL; SQLite serialises writers), so concurrent
 * calls on one asset never lose each other's tags.
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
  input.assets.forEach((ref, i) => refWhere(env, ref, ["input", "assets", i]));
  const seen = new Set<number>();
  const results: UpdateTagsResult[] = [];
  for (let from = 0; from < input.assets.length; from += TAGGED_ASSETS_PER_TRANSACTION) {
    const refs = input.assets.slice(from, from + TAGGED_ASSETS_PER_TRANSACTION);
    results.push(
      ...(await transact(ctx, async (tx, emit): Promise<UpdateTagsResult[]> => {
        const found = await findAssetsByRefs(tx, env, refs);
        const live = found.filter((a): a is Asset => a?.status === "active");
        // Writers of one asset take turns (PostgreSQL row locks, in id order so that two calls
        // never wait on each other; SQLite serialises writers).
        if (ctx.dialect === "postgres" && live.length) {
          await tx.$queryRaw`SELECT id FROM "Asset" WHERE id = ANY(${[...new Set(live.map((a) => a.id))]}) ORDER BY id FOR UPDATE`;
        }
        const before = new Map<number, string[]>(live.map((a) => [a.id, []]));
        const rows = await tx.assetTag.findMany({ where: { assetId: { in: [...before.keys()] } }, select: { assetId: true, name: true }, orderBy: { id: "asc" } });
        for (const row of rows) before.get(row.assetId)!.push(row.name);

        const now = new Date();
        const changes: { asset: Asset; added: string[]; removed: string[] }[] = [];
        const chunkResults = refs.map((ref, j): UpdateTagsResult => {
          const at = ["input", "assets", from + j];
          const name = describeRef(ref);
          const asset = found[j];
          if (!asset || asset.status !== "active") return { asset: null, changed: false, userErrors: [userError("NOT_FOUND", `${name} not found`, at)] };
          if (seen.has(asset.id)) return { asset, changed: false, userErrors: [userError("INVALID_ARGUMENT", `${name} is given more than once`, at)] };
          seen.add(asset.id);
          const had = before.get(asset.id)!;
          const after = nextTags(input.command, had, tags);
          if (after.length > MAX_TAGS_PER_ASSET) {
            return { asset, changed: false, userErrors: [userError("LIMIT_EXCEEDED", `${name} would have ${after.length} tags; at most ${MAX_TAGS_PER_ASSET}`, at)] };
          }
          const hadSet = new Set(had);
          const keeps = new Set(after);
          const added = after.filter((t) => !hadSet.has(t));
          const removed = had.filter((t) => !keeps.has(t));
          if (added.length === 0 && removed.length === 0) return { asset, changed: false, userErrors: [] };
          changes.push({ asset, added, removed });
          return { asset: { ...asset, tagsUpdatedAt: now, updatedAt: now }, changed: true, userErrors: [] };
        });
        if (changes.length === 0) return chunkResults;

        // The names each command removes, for every changed asset at once: exactly its `removed`.
        const removing = changes.filter((c) => c.removed.length).map((c) => c.asset.id);
        if (removing.length) {
          const names = input.command === "remove" ? { name: { in: tags } } : input.command === "replace" ? { name: { notIn: tags } } : {};
          await tx.assetTag.deleteMany({ where: { assetId: { in: removing }, ...names } });
        }
        const added = changes.flatMap((c) => c.added.map((name) => ({ assetId: c.asset.id, environmentId: env, resourceType: c.asset.resourceType, name })));
        await insertRows(tx, ctx.dialect, "AssetTag", ["assetId", "environmentId", "resourceType", "name"], added);
        await tx.asset.updateMany({ where: { id: { in: changes.map((c) => c.asset.id) } }, data: { tagsUpdatedAt: now, updatedAt: now } });
        emit(...changes.map((c) => ({ type: "resource_tags_changed" as const, assetIds: [c.asset.assetId], payload: { asset: assetRef(c.asset), added: c.added, removed: c.removed } })));
        return chunkResults;
      })),
    );
  }
  return { results, userErrors: results.flatMap((r) => r.userErrors) };
}
