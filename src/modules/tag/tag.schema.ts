import { queryFromInfo } from "@pothos/plugin-prisma";
import type { Asset as AssetRow } from "../../generated/sqlite/client.js";
import { builder } from "../../builder.js";
import { chunks } from "../../lib/page.js";
import { UserError, mutationWithPayload } from "../../errors/errors.schema.js";
import { enumValues } from "../../lib/enums.js";
import { MAX_TAGS_PER_ASSET } from "../asset/index.js";
import { Asset, AssetRefInput, ResourceTypeEnum } from "../asset/index.js";
import { MAX_TAGGED_ASSETS, TAG_COMMANDS, listTags, updateTags, type TagNode, type UpdateTagsResult } from "./tag.service.js";

const Tag = builder.objectRef<TagNode>("Tag").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    resourceType: t.field({ type: ResourceTypeEnum, resolve: (tag) => tag.resourceType }),
    assetCount: t.exposeInt("assetCount", { description: "Assets of this resource type carrying the tag." }),
  }),
});

builder.queryField("tags", (t) =>
  t.connection({
    type: Tag,
    description: "Tags in use, by name. first: default 10, at most 500.",
    args: {
      resourceType: t.arg({ type: ResourceTypeEnum, defaultValue: "image" }),
      prefix: t.arg.string({ description: "Tags starting with this (case-sensitive)." }),
    },
    resolve: (_root, args, ctx) => listTags(ctx, { ...args, resourceType: args.resourceType ?? "image" }),
  }),
);

const TagCommandEnum = builder.enumType("TagCommand", {
  description: "What updateTags does with its tags: ADD them, REMOVE them, REPLACE every tag with them, or REMOVE_ALL tags (no tags given).",
  values: enumValues(TAG_COMMANDS),
});

const UpdateTagsResultRef = builder.objectRef<UpdateTagsResult>("UpdateTagsResult").implement({
  fields: (t) => ({
    asset: t.field({ type: Asset, nullable: true, description: "The asset as it is now (unchanged when it failed); null when not found.", resolve: (r) => r.asset }),
    success: t.boolean({ resolve: (r) => r.userErrors.length === 0 }),
    changed: t.boolean({ description: "Whether its tags changed.", resolve: (r) => r.changed }),
    userErrors: t.field({ type: [UserError], resolve: (r) => r.userErrors }),
  }),
});

mutationWithPayload("updateTags", {
  input: builder.inputType("UpdateTagsInput", {
    fields: (t) => ({
      command: t.field({ type: TagCommandEnum, required: true }),
      tags: t.stringList({ description: `The tags to add, remove or set (at least one; none with REMOVE_ALL). An asset holds at most ${MAX_TAGS_PER_ASSET}.` }),
      assets: t.field({ type: [AssetRefInput], required: true, description: `At most ${MAX_TAGGED_ASSETS} assets.` }),
    }),
  }),
  description: [
    `The Upload API's tags method: adds, removes or replaces tags on up to ${MAX_TAGGED_ASSETS} assets, or removes all their tags,`,
    "without reading the list first. Each asset is changed atomically and on its own (a resource_tags_changed event when its tags change);",
    "one that fails is reported in its result and in userErrors and left as it was.",
  ].join(" "),
  payload: (t) => ({
    results: t.field({
      type: [UpdateTagsResultRef],
      description: "One per input asset, in input order.",
      // Up to 1,000 assets: read what the query selects of them in a few planned statements, not
      // one lookup per asset (which also exceeds SQLite's bound-parameter limit).
      resolve: async (p, _args, ctx, info) => {
        const results = p.results ?? [];
        const ids = results.flatMap((r) => (r.asset ? [r.asset.id] : []));
        if (ids.length === 0) return results;
        const query = queryFromInfo({ context: ctx, info, path: ["asset"] });
        const rows = new Map<number, AssetRow>();
        for (const part of chunks(ids, 500)) for (const a of await ctx.db.asset.findMany({ ...query, where: { id: { in: part } } })) rows.set(a.id, a);
        return results.map((r) => ({ ...r, asset: r.asset ? rows.get(r.asset.id) ?? null : null }));
      },
    }),
  }),
  service: updateTags,
});
