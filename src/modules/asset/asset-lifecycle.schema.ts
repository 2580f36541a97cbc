import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { builder } from "../../builder.js";
import { mutationWithPayload, type MutationOptions } from "../../errors/errors.schema.js";
import { enumValues, type DeliveryType, type ResourceType } from "../../lib/enums.js";
import { PAGE_10_500, pageSize } from "../../lib/page.js";
import { Asset, DeliveryTypeEnum, ResourceTypeEnum } from "./asset.schema.js";
import {
  DELETE_CHUNK, MAX_IDS_PER_CALL, MAX_VERSION_IDS, deleteAssetBackupVersions, deleteAssets, deleteAssetsByPrefix, deleteAssetsByTag,
  deleteDerivedResources, restoreAssets, type DeletedAssetResult,
} from "./asset-lifecycle.service.js";

const AssetVersion = builder.prismaObject("AssetVersion", {
  description: "A backed-up version of an asset.",
  fields: (t) => ({
    versionId: t.exposeString("versionId", { description: "Pass to restoreAssets (versionIds) or deleteAssetBackupVersions." }),
    version: t.exposeInt("version"),
    format: t.exposeString("format", { nullable: true }),
    size: t.expose("bytes", { type: "BigInt", description: "Bytes of this version." }),
    time: t.expose("createdAt", { type: "DateTime", description: "When it was backed up." }),
    restorable: t.exposeBoolean("restorable"),
  }),
});

const versionHelpers = prismaConnectionHelpers(builder, "AssetVersion", {
  cursor: "id",
  defaultSize: PAGE_10_500.default,
  maxSize: PAGE_10_500.max,
  query: () => ({ orderBy: { id: "desc" as const } }),
});

builder.prismaObjectField("Asset", "versions", (t) =>
  t.connection({
    type: AssetVersion,
    description: "Backed-up versions, newest first. first: default 10, at most 500.",
    select: (args, ctx, nestedSelection) => ({ id: true, versions: versionHelpers.getQuery(args, ctx, nestedSelection) }),
    resolve: (asset, args, ctx) => {
      pageSize(args, PAGE_10_500);
      return { ...versionHelpers.resolve(asset.versions, args, ctx), totalCount: () => ctx.loaders.versionCountByAsset.load(asset.id) };
    },
  }),
);

const DeletedStatusEnum = builder.enumType("DeletedAssetStatus", { values: enumValues(["deleted", "not_found"] as const) });

const DeletedAssetResultRef = builder.objectRef<DeletedAssetResult>("DeletedAssetResult").implement({
  fields: (t) => ({
    assetId: t.exposeString("assetId", { nullable: true }),
    publicId: t.exposeString("publicId", { nullable: true }),
    resourceType: t.field({ type: ResourceTypeEnum, nullable: true, resolve: (r) => r.resourceType as ResourceType | null }),
    type: t.field({ type: DeliveryTypeEnum, nullable: true, resolve: (r) => r.type as DeliveryType | null }),
    status: t.field({ type: DeletedStatusEnum, resolve: (r) => r.status }),
  }),
});

type DeletePayloadBuilder = Parameters<MutationOptions<unknown, Awaited<ReturnType<typeof deleteAssetsByPrefix>>>["payload"]>[0];
const deletePayload = (t: DeletePayloadBuilder) => ({
  deleted: t.field({ type: [DeletedAssetResultRef], description: "Each asset the call concerned: deleted, or not_found.", resolve: (p) => p.deleted ?? [] }),
  deletedDerivedCount: t.int({ description: "Derived resources deleted (all of the originals', or those keepOriginal / transformations selected).", resolve: (p) => p.deletedDerivedCount ?? 0 }),
  partial: t.boolean({ description: `More assets match than this call deleted (${DELETE_CHUNK} originals per call): call again with after: nextCursor.`, resolve: (p) => p.partial ?? false }),
  nextCursor: t.string({ nullable: true, resolve: (p) => p.nextCursor ?? null }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The options every asset delete takes, as the reference has them. */
const deleteOptionFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) => ({
  keepOriginal: t.boolean({ defaultValue: false, description: "Delete only the derived resources." }),
  invalidate: t.boolean({ defaultValue: false, description: "Also invalidate CDN copies (accepted; there is no CDN here)." }),
  transformations: t.stringList({ description: "Only derived resources made with these transformations (an entry may hold several, separated by |); originals stay." }),
});

const DeleteAssetsInput = builder.inputType("DeleteAssetsInput", {
  fields: (t) => ({
    assetIds: t.stringList({ description: `Up to ${MAX_IDS_PER_CALL}; or publicIds.` }),
    publicIds: t.stringList({ description: `Up to ${MAX_IDS_PER_CALL}, of resourceType and type; or assetIds.` }),
    resourceType: t.field({ type: ResourceTypeEnum, defaultValue: "image" }),
    type: t.field({ type: DeliveryTypeEnum, defaultValue: "upload" }),
    ...deleteOptionFields(t),
  }),
});
mutationWithPayload("deleteAssets", {
  input: DeleteAssetsInput,
  description: "Deletes assets by asset ids or public ids (with their derived resources). Backed-up assets stay restorable with status DELETED.",
  payload: deletePayload,
  service: deleteAssets,
});

const DeleteAssetsByPrefixInput = builder.inputType("DeleteAssetsByPrefixInput", {
  fields: (t) => ({
    prefix: t.string({ description: "Public IDs starting with this; or all." }),
    all: t.boolean({ description: "Every asset of resourceType and type; or prefix." }),
    resourceType: t.field({ type: ResourceTypeEnum, defaultValue: "image" }),
    type: t.field({ type: DeliveryTypeEnum, defaultValue: "upload" }),
    after: t.string({ description: "nextCursor of the previous call (with the same other arguments)." }),
    ...deleteOptionFields(t),
  }),
});
mutationWithPayload("deleteAssetsByPrefix", {
  input: DeleteAssetsByPrefixInput,
  description: `Deletes up to ${DELETE_CHUNK} originals per call by public-ID prefix (or all), in public-ID order; partial and nextCursor tell how to go on.`,
  payload: deletePayload,
  service: deleteAssetsByPrefix,
});

const DeleteAssetsByTagInput = builder.inputType("DeleteAssetsByTagInput", {
  fields: (t) => ({
    tag: t.string({ required: true }),
    resourceType: t.field({ type: ResourceTypeEnum, defaultValue: "image" }),
    after: t.string({ description: "nextCursor of the previous call (with the same other arguments)." }),
    ...deleteOptionFields(t),
  }),
});
mutationWithPayload("deleteAssetsByTag", {
  input: DeleteAssetsByTagInput,
  description: `Deletes up to ${DELETE_CHUNK} originals per call carrying the tag; partial and nextCursor tell how to go on.`,
  payload: deletePayload,
  service: deleteAssetsByTag,
});

const DeleteDerivedResourcesInput = builder.inputType("DeleteDerivedResourcesInput", {
  fields: (t) => ({ derivedResourceIds: t.stringList({ required: true, description: `Up to ${MAX_IDS_PER_CALL} derivedResourceId values.` }) }),
});
mutationWithPayload("deleteDerivedResources", {
  input: DeleteDerivedResourcesInput,
  payload: (t) => ({
    deletedIds: t.stringList({ resolve: (p) => p.deletedIds ?? [] }),
    notFoundIds: t.stringList({ description: "Ids that name no derived resource of this environment.", resolve: (p) => p.notFoundIds ?? [] }),
  }),
  service: deleteDerivedResources,
});

const DeleteAssetBackupVersionsInput = builder.inputType("DeleteAssetBackupVersionsInput", {
  fields: (t) => ({
    assetId: t.string({ required: true }),
    versionIds: t.stringList({ required: true, description: `Up to ${MAX_VERSION_IDS}; irreversible.` }),
  }),
});
mutationWithPayload("deleteAssetBackupVersions", {
  input: DeleteAssetBackupVersionsInput,
  description: "Deletes backed-up versions of an asset, irreversibly. A deleted asset left without versions is gone for good.",
  payload: (t) => ({
    asset: t.field({ type: Asset, nullable: true, description: "The asset, when it is active.", resolve: (p) => p.asset ?? null }),
    deletedVersionIds: t.stringList({ resolve: (p) => p.deletedVersionIds ?? [] }),
  }),
  service: deleteAssetBackupVersions,
});

const RestoreAssetsInput = builder.inputType("RestoreAssetsInput", {
  fields: (t) => ({
    assetIds: t.stringList({ description: `Up to ${MAX_IDS_PER_CALL}; or publicIds.` }),
    publicIds: t.stringList({ description: `Up to ${MAX_IDS_PER_CALL}, of resourceType and type; or assetIds.` }),
    resourceType: t.field({ type: ResourceTypeEnum, defaultValue: "image" }),
    type: t.field({ type: DeliveryTypeEnum, defaultValue: "upload" }),
    versionIds: t.stringList({ description: "One version id per asset, in the same order; default: each asset's latest restorable version." }),
    notificationUrl: t.string({ description: "With assetIds only: an http(s) URL notified once when the restore is done (a restore_asset_version notification listing what was restored and what failed)." }),
  }),
});
mutationWithPayload("restoreAssets", {
  input: RestoreAssetsInput,
  description: "Restores assets from backup, each on its own: failures are userErrors naming the id's position, the others are restored.",
  payload: (t) => ({ restored: t.field({ type: [Asset], resolve: (p) => p.restored ?? [] }) }),
  service: restoreAssets,
});
