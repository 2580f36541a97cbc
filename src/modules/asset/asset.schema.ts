import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../builder.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import { transformedUrl } from "../transformation/index.js";
import {
  ACCESS_MODES, ASSET_STATUSES, DELIVERY_TYPES, MODERATION_KINDS, MODERATION_STATUSES, RESOURCE_TYPES, enumValues,
} from "../../lib/enums.js";
import { AccessRuleInput, ModerationDecisionEnum } from "./asset-access.inputs.js";
import {
  MAX_ASSET_IDS, MAX_IMPORT, MAX_PUBLIC_IDS, assetLookupWhere, importAssets, lastSegment, listAssets, updateAsset,
} from "./asset.service.js";
import { MetadataValueInput } from "../metadata/index.js";
import { AssetColumns, nodeSets } from "./asset.sql.js";

export const ResourceTypeEnum = builder.enumType("ResourceType", { values: enumValues(RESOURCE_TYPES) });
export const DeliveryTypeEnum = builder.enumType("DeliveryType", { values: enumValues(DELIVERY_TYPES) });
export const SortDirectionEnum = builder.enumType("SortDirection", { values: enumValues(["asc", "desc"] as const) });
export const AssetStatusEnum = builder.enumType("AssetStatus", { values: enumValues(ASSET_STATUSES) });
export const AccessModeEnum = builder.enumType("AccessMode", { values: enumValues(ACCESS_MODES) });
export const ModerationKindEnum = builder.enumType("ModerationKind", { values: enumValues(MODERATION_KINDS) });
export const ModerationStatusEnum = builder.enumType("ModerationStatus", { values: enumValues(MODERATION_STATUSES) });

export const AssetRefInput = builder.inputType("AssetRefInput", {
  description: "An asset, by assetId or by publicId + resourceType + type: exactly one form.",
  fields: (t) => ({
    assetId: t.string(),
    publicId: t.string(),
    resourceType: t.field({ type: ResourceTypeEnum, defaultValue: "image" }),
    type: t.field({ type: DeliveryTypeEnum, defaultValue: "upload" }),
  }),
});

const ContextEntry = builder.objectRef<{ key: string; value: string }>("ContextEntry").implement({
  fields: (t) => ({ key: t.exposeString("key"), value: t.exposeString("value") }),
});

const ModerationEntry = builder.objectRef<{ kind: string; status: string; updatedAt: Date }>("ModerationEntry").implement({
  fields: (t) => ({
    kind: t.field({ type: ModerationKindEnum, resolve: (m) => m.kind as (typeof MODERATION_KINDS)[number] }),
    status: t.field({ type: ModerationStatusEnum, resolve: (m) => m.status as (typeof MODERATION_STATUSES)[number] }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

interface LastUpdatedShape {
  updatedAt: Date;
  tagsUpdatedAt: Date | null;
  contextUpdatedAt: Date | null;
  publicIdUpdatedAt: Date | null;
  accessControlUpdatedAt: Date | null;
  metadataUpdatedAt: Date | null;
}

const LastUpdated = builder.objectRef<LastUpdatedShape>("LastUpdated").implement({
  description: "When parts of the asset last changed (the Admin API's last_updated).",
  fields: (t) => ({
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    tagsUpdatedAt: t.expose("tagsUpdatedAt", { type: "DateTime", nullable: true }),
    contextUpdatedAt: t.expose("contextUpdatedAt", { type: "DateTime", nullable: true }),
    publicIdUpdatedAt: t.expose("publicIdUpdatedAt", { type: "DateTime", nullable: true }),
    accessControlUpdatedAt: t.expose("accessControlUpdatedAt", { type: "DateTime", nullable: true }),
    metadataUpdatedAt: t.expose("metadataUpdatedAt", { type: "DateTime", nullable: true }),
  }),
});

const URL_TRANSFORMATION = "A transformation (c_fill,w_100,h_100, chained with /) or a named one (t_thumb), placed before the version.";

export const Asset = builder.prismaNode("Asset", {
  // node/nodes give null for an id that names nothing in the caller's environment.
  nullable: true,
  id: { resolve: (a) => a.assetId },
  findUnique: (assetId, ctx) => ({ environmentId_assetId: { environmentId: ctx.environment.id, assetId } }),
  fields: (t) => ({
    assetId: t.exposeString("assetId", { description: "Immutable 32-hex identifier." }),
    publicId: t.exposeString("publicId"),
    resourceType: t.field({ type: ResourceTypeEnum, resolve: (a) => a.resourceType as (typeof RESOURCE_TYPES)[number] }),
    type: t.field({ type: DeliveryTypeEnum, resolve: (a) => a.type as (typeof DELIVERY_TYPES)[number] }),
    format: t.exposeString("format", { nullable: true }),
    version: t.exposeInt("version"),
    bytes: t.expose("bytes", { type: "BigInt" }),
    width: t.exposeInt("width", { nullable: true }),
    height: t.exposeInt("height", { nullable: true }),
    aspectRatio: t.float({ nullable: true, resolve: (a) => (a.width && a.height ? Math.round((a.width / a.height) * 100000) / 100000 : null) }),
    pixels: t.int({ nullable: true, resolve: (a) => (a.width != null && a.height != null ? a.width * a.height : null) }),
    duration: t.exposeFloat("duration", { nullable: true }),
    pages: t.exposeInt("pages", { nullable: true, description: "Images in the file (ICO/CUR hold several); null when not read from an uploaded file." }),
    displayName: t.string({ resolve: (a) => a.displayName ?? lastSegment(a.publicId) }),
    filename: t.string({ description: "Last element of the public ID.", resolve: (a) => lastSegment(a.publicId) }),
    assetFolder: t.string({
      description: "Path of the asset's folder; \"\" is the root.",
      select: { folder: { select: { path: true } } },
      resolve: (a) => a.folder?.path ?? "",
    }),
    folder: t.relation("folder", { nullable: true }),
    url: t.string({ args: { transformation: t.arg.string({ description: URL_TRANSFORMATION }) }, resolve: (a, args, ctx) => transformedUrl(ctx, a, args.transformation, false) }),
    secureUrl: t.string({ args: { transformation: t.arg.string({ description: URL_TRANSFORMATION }) }, resolve: (a, args, ctx) => transformedUrl(ctx, a, args.transformation, true) }),
    status: t.field({ type: AssetStatusEnum, resolve: (a) => (a.status === "deleted" ? "deleted" : "active") }),
    accessMode: t.field({ type: AccessModeEnum, resolve: (a) => (a.accessMode === "authenticated" ? "authenticated" : "public") }),
    etag: t.exposeString("etag", { nullable: true }),
    backupBytes: t.expose("backupBytes", { type: "BigInt" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    uploadedAt: t.expose("uploadedAt", { type: "DateTime" }),
    lastUpdated: t.field({ type: LastUpdated, resolve: (a) => a }),
    tags: t.stringList({
      select: { tags: { select: { name: true }, orderBy: { id: "asc" } } },
      resolve: (a) => a.tags.map((tag) => tag.name),
    }),
    context: t.field({
      type: [ContextEntry],
      select: { context: { select: { key: true, value: true }, orderBy: { key: "asc" } } },
      resolve: (a) => a.context,
    }),
    moderation: t.field({
      type: [ModerationEntry],
      select: { moderations: { select: { kind: true, status: true, updatedAt: true }, orderBy: { id: "asc" } } },
      resolve: (a) => a.moderations,
    }),
  }),
});

builder.queryField("asset", (t) =>
  t.prismaField({
    type: "Asset",
    nullable: true,
    description: [
      "One asset, by assetId or by publicId (+ resourceType, type). Null when not found.",
      "Without resourceType a publicId finds the image, or when no image has it the one asset of another resource type that does (several: an error that lists them).",
    ].join(" "),
    args: {
      assetId: t.arg.string(),
      publicId: t.arg.string(),
      resourceType: t.arg({ type: ResourceTypeEnum, description: "Omit for the image, else the one asset of any resource type." }),
      type: t.arg({ type: DeliveryTypeEnum, defaultValue: "upload" }),
    },
    resolve: async (query, _root, args, ctx) => ctx.db.asset.findUnique({ ...query, where: await assetLookupWhere(ctx, args) }),
  }),
);

const ContextFilterInput = builder.inputType("ContextFilterInput", {
  fields: (t) => ({
    key: t.string({ required: true }),
    value: t.string({ description: "Omit to match every asset that has the key, whatever its value." }),
  }),
});

const ModerationFilterInput = builder.inputType("ModerationFilterInput", {
  fields: (t) => ({
    kind: t.field({ type: ModerationKindEnum, required: true }),
    status: t.field({ type: ModerationStatusEnum, required: true }),
  }),
});

builder.queryField("assets", (t) =>
  t.connection({
    type: Asset,
    description: [
      "Active assets; every argument narrows the list (AND). Newest first by default (direction);",
      "with prefix, sorted by public ID. first: default 10 (50 with assetFolder), at most 500.",
    ].join(" "),
    args: {
      resourceType: t.arg({ type: ResourceTypeEnum, description: "Omit for every resource type." }),
      type: t.arg({ type: DeliveryTypeEnum, description: "Omit for every delivery type." }),
      prefix: t.arg.string({ description: "Public IDs starting with this (case-sensitive); sorts by public ID." }),
      publicIds: t.arg.stringList({ description: `Up to ${MAX_PUBLIC_IDS} public IDs.` }),
      assetIds: t.arg.stringList({ description: `Up to ${MAX_ASSET_IDS} asset IDs.` }),
      tag: t.arg.string({ description: "Assets with this exact tag." }),
      context: t.arg({ type: ContextFilterInput }),
      moderation: t.arg({ type: ModerationFilterInput }),
      assetFolder: t.arg.string({ description: "Assets directly in this folder (case-insensitive; \"\" is the root; no subfolders)." }),
      startAt: t.arg({ type: "DateTime", description: "Assets created at or after this instant. Not with prefix or publicIds." }),
      direction: t.arg({ type: SortDirectionEnum, defaultValue: "desc", description: "Order by creation time; ignored with prefix." }),
    },
    resolve: (_root, args, ctx, info) =>
      listAssets(ctx, args, queryFromInfo({ context: ctx, info, path: ["edges", "node"] }), new AssetColumns(nodeSets(info.fieldNodes, info.fragments), info.fragments)),
  }),
);

export const ContextEntryInput = builder.inputType("ContextEntryInput", {
  fields: (t) => ({ key: t.string({ required: true }), value: t.string({ required: true }) }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The fields updateAsset shares with the Upload API's explicit (explicitAsset). */
export const explicitUpdateFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) => ({
  ref: t.field({ type: AssetRefInput, required: true }),
  tags: t.stringList({ description: "Replaces the asset's tags." }),
  context: t.field({ type: [ContextEntryInput], description: "Replaces the asset's context." }),
  faceCoordinates: t.field({ type: t.listRef(t.listRef("Int")), description: "Images only: [x, y, width, height] per face, inside the image ([] removes them)." }),
  customCoordinates: t.field({ type: t.listRef(t.listRef("Int")), description: "Images only: [x, y, width, height] per region for custom gravity ([] removes them)." }),
  qualityOverride: t.int({ description: "Quality (1-100) that overrides automatic quality (q_auto) for this asset." }),
  metadata: t.field({ type: [MetadataValueInput], description: "Structured metadata values by field external id; fields not given keep their values, null clears one." }),
  clearInvalid: t.boolean({ defaultValue: false, description: "Clear values that metadata rules made invalid instead of failing (METADATA_INVALIDATED)." }),
});

const UpdateAssetInput = builder.inputType("UpdateAssetInput", {
  fields: (t) => ({
    ...explicitUpdateFields(t),
    displayName: t.string({ description: "May not contain /." }),
    uniqueDisplayName: t.boolean({ defaultValue: false, description: "Add a random suffix when the name is taken in the folder." }),
    assetFolder: t.string({ description: "Moves the asset (its public ID is unchanged); folders are created as needed." }),
    moderationStatus: t.field({ type: ModerationDecisionEnum, description: "Approves or rejects the asset, overriding its moderation (emits moderation, and moderation_summary with several moderations)." }),
    accessControl: t.field({ type: [AccessRuleInput], description: "Replaces the asset's access rules ([] removes them); emits access_control_changed." }),
    regions: t.field({ type: "JSON", description: "Images only: {\"name\": [[x, y], [x, y], ...]} (names: letters, digits, hyphens; 2+ points)." }),
    visualSearch: t.boolean({ description: "Images only: index the image for visual search." }),
    autoTagging: t.float({ description: "0.0-1.0: tag with what detection or categorization finds above this confidence (recorded as a pending add-on request)." }),
    detection: t.string({ description: "Images only: detection model to run (recorded as a pending add-on request)." }),
    ocr: t.string({ description: "Images only: adv_ocr (recorded as a pending add-on request)." }),
    rawConvert: t.string({ description: "aspose (raw), google_speech (video) or extract_text (recorded as a pending add-on request)." }),
    categorization: t.string({ description: "Comma-separated: google_tagging, google_video_tagging, imagga_tagging, aws_rek_tagging (recorded as a pending add-on request)." }),
    backgroundRemoval: t.string({ description: "Images only: cloudinary_ai or pixelz (recorded as a pending add-on request)." }),
  }),
});

mutationWithPayload("updateAsset", {
  input: UpdateAssetInput,
  payload: (t) => ({ asset: t.field({ type: Asset, nullable: true, resolve: (p) => p.asset ?? null }) }),
  service: updateAsset,
});

const ModerationEntryInput = builder.inputType("ModerationEntryInput", {
  fields: (t) => ({
    kind: t.field({ type: ModerationKindEnum, required: true }),
    status: t.field({ type: ModerationStatusEnum, required: true }),
  }),
});

const ImportDerivedInput = builder.inputType("ImportDerivedInput", {
  description: "A derived resource (transformed copy) of an imported asset.",
  fields: (t) => ({
    transformation: t.string({ required: true, description: "Parameters (c_fill,w_100,h_100) or a named transformation (t_thumb), validated." }),
    format: t.string({ description: "Defaults to the asset's format." }),
    bytes: t.field({ type: "BigInt" }),
  }),
});

const ImportVersionInput = builder.inputType("ImportVersionInput", {
  description: "A backed-up version of an imported asset.",
  fields: (t) => ({
    versionId: t.string({ description: "32 hex characters; generated when omitted." }),
    version: t.int({ description: "Defaults to the asset's version." }),
    format: t.string({ description: "Defaults to the asset's format." }),
    bytes: t.field({ type: "BigInt", description: "Defaults to the asset's bytes." }),
    createdAt: t.field({ type: "DateTime", description: "When it was backed up; defaults to the asset's createdAt." }),
    restorable: t.boolean({ defaultValue: true }),
  }),
});

const ImportAssetInput = builder.inputType("ImportAssetInput", {
  fields: (t) => ({
    publicId: t.string({ required: true }),
    assetId: t.string({ description: "32 hex characters; generated when omitted." }),
    resourceType: t.field({ type: ResourceTypeEnum, defaultValue: "image" }),
    type: t.field({ type: DeliveryTypeEnum, defaultValue: "upload" }),
    format: t.string(),
    version: t.int({ description: "Defaults to createdAt in Unix seconds, as Cloudinary versions are." }),
    bytes: t.field({ type: "BigInt" }),
    width: t.int(),
    height: t.int(),
    duration: t.float(),
    displayName: t.string({ description: "Defaults to the last public-ID segment." }),
    assetFolder: t.string({ description: "Created (with its ancestors) as needed; \"\" is the root." }),
    etag: t.string(),
    createdAt: t.field({ type: "DateTime" }),
    tags: t.stringList(),
    context: t.field({ type: [ContextEntryInput] }),
    moderation: t.field({ type: [ModerationEntryInput] }),
    derived: t.field({ type: [ImportDerivedInput], description: "At most 100 derived resources." }),
    backup: t.boolean({ description: "Back the asset up as imported (one backed-up version) when no versions are given." }),
    versions: t.field({ type: [ImportVersionInput], description: "Backed-up versions (at most 100); implies backup." }),
    metadata: t.field({ type: [MetadataValueInput], description: "Structured metadata values; mandatory fields without one get their default." }),
  }),
});

const ImportAssetsInput = builder.inputType("ImportAssetsInput", {
  fields: (t) => ({ assets: t.field({ type: [ImportAssetInput], required: true, description: `At most ${MAX_IMPORT} records.` }) }),
});

mutationWithPayload("importAssets", {
  input: ImportAssetsInput,
  description: `Brings up to ${MAX_IMPORT} asset records in, all or nothing: any invalid or clashing record is reported and nothing is written.`,
  payload: (t) => ({ assets: t.field({ type: [Asset], resolve: (p) => p.assets ?? [] }) }),
  service: importAssets,
});
