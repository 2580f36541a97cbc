import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../builder.js";
import { enumValues } from "../../lib/enums.js";
import {
  AccessModeEnum, Asset, AssetStatusEnum, DeliveryTypeEnum, ModerationKindEnum, ModerationStatusEnum, ResourceTypeEnum, SortDirectionEnum,
} from "../asset/index.js";
import { Folder } from "../folder/index.js";
import type { AssetFilterInput, ContextFilterPart, DateFilterInput, MetadataFilterPart, NumberFilterInput, StringFilterInput } from "./search.filter.js";
import { MAX_EXPRESSION_LENGTH } from "./search.parser.js";
import {
  MAX_AGGREGATES, MAX_TAG_BUCKETS, RANGE_AGGREGATES, SIMPLE_AGGREGATES, searchAssets, searchFolders,
  type AggregateField, type Aggregation,
} from "./search.service.js";

const SortInput = builder.inputType("SortInput", {
  description: "One sort key: a field name as in expressions (created_at, public_id, bytes, score, ...) and a direction.",
  fields: (t) => ({
    field: t.string({ required: true }),
    direction: t.field({ type: SortDirectionEnum, required: true }),
  }),
});

const StringFilter = builder.inputRef<StringFilterInput>("AssetStringFilter").implement({
  description: "Conditions on a string field; the ones given combine with AND.",
  fields: (t) => ({
    equals: t.string({ description: "The whole value, case-sensitive (as field=value)." }),
    in: t.stringList({ description: "Any of these whole values." }),
    matches: t.string({ description: "Tokens of the value, any case; several tokens form a phrase (as field:value)." }),
    prefix: t.string({ description: "Starts with (as field:value*); public_id, filename and asset_folder only." }),
    exists: t.boolean({ description: "Has a value (tags: has any tag)." }),
  }),
});

const NumberFilter = builder.inputRef<NumberFilterInput>("AssetNumberFilter").implement({
  fields: (t) => ({ equals: t.float(), gt: t.float(), gte: t.float(), lt: t.float(), lte: t.float() }),
});

const DateFilter = builder.inputRef<DateFilterInput>("AssetDateFilter").implement({
  fields: (t) => ({ gt: t.field({ type: "DateTime" }), gte: t.field({ type: "DateTime" }), lt: t.field({ type: "DateTime" }), lte: t.field({ type: "DateTime" }) }),
});

const ContextFilter = builder.inputRef<ContextFilterPart>("AssetContextFilter").implement({
  fields: (t) => ({
    key: t.string({ required: true }),
    value: t.field({ type: StringFilter, description: "Omit to match every asset that has the key." }),
  }),
});

const MetadataDateFilter = builder.inputRef<NonNullable<MetadataFilterPart["date"]>>("AssetMetadataDateFilter").implement({
  description: "Dates as yyyy-mm-dd, or relative (10d, 4w).",
  fields: (t) => ({ equals: t.string(), gt: t.string(), gte: t.string(), lt: t.string(), lte: t.string() }),
});

const MetadataFilter = builder.inputRef<MetadataFilterPart>("AssetMetadataFilter").implement({
  description: "A structured metadata field by external id; give the part that fits its type (none: the field is populated).",
  fields: (t) => ({
    externalId: t.string({ required: true }),
    value: t.field({ type: StringFilter, description: "string fields; enum and set fields: equals / in a datasource entry's external id" }),
    number: t.field({ type: NumberFilter, description: "integer fields" }),
    date: t.field({ type: MetadataDateFilter, description: "date fields" }),
  }),
});

const AssetFilter = builder.inputRef<AssetFilterInput>("AssetFilter");
AssetFilter.implement({
  description: "Typed search conditions with the same meaning as the expression (the parts of one object combine with AND).",
  fields: (t) => ({
    and: t.field({ type: [AssetFilter] }),
    or: t.field({ type: [AssetFilter] }),
    not: t.field({ type: AssetFilter }),
    term: t.string({ description: "A bare term: tokens in any searchable field." }),
    publicId: t.field({ type: StringFilter }),
    assetId: t.field({ type: StringFilter }),
    filename: t.field({ type: StringFilter }),
    displayName: t.field({ type: StringFilter }),
    assetFolder: t.field({ type: StringFilter, description: "equals: exactly this folder; prefix \"a/\": a and its subfolders" }),
    tags: t.field({ type: StringFilter }),
    format: t.field({ type: StringFilter, description: "case-insensitive" }),
    etag: t.field({ type: StringFilter }),
    resourceType: t.field({ type: [ResourceTypeEnum] }),
    type: t.field({ type: [DeliveryTypeEnum] }),
    status: t.field({ type: [AssetStatusEnum], description: "Default: ACTIVE only." }),
    accessMode: t.field({ type: [AccessModeEnum] }),
    moderationKind: t.field({ type: [ModerationKindEnum] }),
    moderationStatus: t.field({ type: [ModerationStatusEnum] }),
    createdAt: t.field({ type: DateFilter }),
    uploadedAt: t.field({ type: DateFilter }),
    updatedAt: t.field({ type: DateFilter }),
    bytes: t.field({ type: NumberFilter }),
    backupBytes: t.field({ type: NumberFilter }),
    width: t.field({ type: NumberFilter }),
    height: t.field({ type: NumberFilter }),
    pixels: t.field({ type: NumberFilter }),
    aspectRatio: t.field({ type: NumberFilter }),
    duration: t.field({ type: NumberFilter, description: "seconds" }),
    context: t.field({ type: [ContextFilter], description: "Every entry must hold." }),
    metadata: t.field({ type: [MetadataFilter], description: "Every entry must hold." }),
  }),
});

const AggregateFieldEnum = builder.enumType("AggregateField", { values: enumValues<AggregateField>([...SIMPLE_AGGREGATES, ...RANGE_AGGREGATES]) });

const AggregateRangeInput = builder.inputType("AggregateRangeInput", {
  description: "A bucket: from inclusive, to exclusive; either may be omitted.",
  fields: (t) => ({ key: t.string({ required: true }), from: t.float(), to: t.float() }),
});

const AggregateInput = builder.inputType("AggregateInput", {
  fields: (t) => ({
    field: t.field({ type: AggregateFieldEnum, required: true }),
    ranges: t.field({ type: [AggregateRangeInput], description: "Required for BYTES, IMAGE_PIXELS, VIDEO_PIXELS and DURATION; not taken by the others." }),
  }),
});

const AggregationBucket = builder.objectRef<{ key: string; count: number }>("AggregationBucket").implement({
  fields: (t) => ({ key: t.exposeString("key"), count: t.exposeInt("count") }),
});

const AggregationRef = builder.objectRef<Aggregation>("Aggregation").implement({
  fields: (t) => ({
    field: t.field({ type: AggregateFieldEnum, resolve: (a) => a.field }),
    buckets: t.field({ type: [AggregationBucket], resolve: (a) => a.buckets }),
  }),
});

interface SearchExtras {
  time: number;
  aggregations?: () => Promise<Aggregation[]>;
}

builder.queryField("searchAssets", (t) =>
  t.connection(
    {
      type: Asset,
      description: [
        "Assets matching a search expression (the Admin API's Lucene-like syntax) and/or a typed filter (both: AND).",
        "Only active assets unless the expression names status. Default sort created_at desc;",
        `first: default 10, at most 500. Expressions up to ${MAX_EXPRESSION_LENGTH} characters; malformed ones are INVALID_EXPRESSION with extensions.position.`,
      ].join(" "),
      args: {
        expression: t.arg.string(),
        filter: t.arg({ type: AssetFilter }),
        sortBy: t.arg({ type: [SortInput], description: "Keys in order; score sorts by relevance." }),
        aggregate: t.arg({ type: [AggregateInput], description: `Up to ${MAX_AGGREGATES}; counts over all matches, not just the page.` }),
      },
      resolve: (_root, args, ctx, info) => searchAssets(ctx, args, queryFromInfo({ context: ctx, info, path: ["edges", "node"] })),
    },
    {
      name: "AssetSearchConnection",
      fields: (t) => ({
        time: t.int({ description: "Milliseconds the search took.", resolve: (c) => (c as unknown as SearchExtras).time }),
        aggregations: t.field({
          type: [AggregationRef],
          description: `The aggregate argument's counts (TAGS: the ${MAX_TAG_BUCKETS} most frequent tags).`,
          resolve: (c) => (c as unknown as SearchExtras).aggregations?.() ?? [],
        }),
      }),
    },
    { name: "AssetSearchEdge" },
  ),
);

builder.queryField("searchFolders", (t) =>
  t.connection(
    {
      type: Folder,
      description: "Folders matching an expression over name, path, created_at, updated_at and id. Default sort created_at desc; first: default 50, at most 500; at most the first 2000 matches are returned.",
      args: {
        expression: t.arg.string(),
        sortBy: t.arg({ type: [SortInput] }),
      },
      resolve: (_root, args, ctx, info) => searchFolders(ctx, args, queryFromInfo({ context: ctx, info, path: ["edges", "node"] })),
    },
    {
      name: "FolderSearchConnection",
      fields: (t) => ({ time: t.int({ description: "Milliseconds the search took.", resolve: (c) => (c as unknown as SearchExtras).time }) }),
    },
    { name: "FolderSearchEdge" },
  ),
);
