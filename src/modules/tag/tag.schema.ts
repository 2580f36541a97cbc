import { builder } from "../../builder.js";
import { ResourceTypeEnum } from "../asset/asset.schema.js";
import { listTags, type TagNode } from "./tag.service.js";

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
