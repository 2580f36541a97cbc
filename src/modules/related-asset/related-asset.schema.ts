import { formatPrismaCursor, prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { builder } from "../../builder.js";
import { mutationWithPayload, type MutationOptions } from "../../errors/errors.schema.js";
import { loadedPage } from "../../lib/page.js";
import { Asset, AssetRefInput, DeliveryTypeEnum, ResourceTypeEnum } from "../asset/index.js";
import type { AssetRef } from "../../lib/asset-ref.js";
import { MAX_RELATED_PER_CALL, relateAssets, unrelateAssets, type RelatedAssetResult } from "./related-asset.service.js";

/** The Admin API pages related assets by 100. */
const RELATED_PAGE = { default: 100, max: 100 };

const relatedHelpers = prismaConnectionHelpers(builder, "RelatedAsset", {
  cursor: "fromId_toId",
  defaultSize: RELATED_PAGE.default,
  maxSize: RELATED_PAGE.max,
  query: () => ({ where: { to: { status: "active" } }, orderBy: { toId: "asc" as const } }),
  select: (nodeSelection) => {
    const to = nodeSelection();
    // Nothing selected under edges.node (only totalCount or cursors) comes back as `select: {}`,
    // which Prisma rejects; the related asset's id is all that is needed then.
    const { select } = to as { select?: object | null };
    const empty = select != null && Object.keys(select).length === 0;
    // The key is selected for the cursor (the plugin adds it anyway; naming it types it).
    return { fromId: true, toId: true, to: empty ? { select: { id: true } } : to };
  },
});

/** The plugin's own cursor of a relation row (the (fromId, toId) key), as `after` parses it. */
const relatedCursor = (relation: { fromId: number; toId: number }) => formatPrismaCursor(relation, ["fromId", "toId"]);

builder.prismaObjectField("Asset", "relatedAssets", (t) =>
  t.connection({
    type: Asset,
    description: `Assets related to this one (relations are symmetric). first: default ${RELATED_PAGE.default}, at most ${RELATED_PAGE.max}.`,
    select: (args, ctx, nestedSelection) => ({ id: true, relatedTo: relatedHelpers.getQuery(args, ctx, nestedSelection) }),
    resolve: (asset, args, ctx) => ({
      ...loadedPage(asset.relatedTo, args, RELATED_PAGE, (relation) => relation.to, relatedCursor),
      totalCount: () => ctx.loaders.relatedCount.load(asset.id),
    }),
  }),
);

const AssetRefShape = builder.objectRef<AssetRef>("AssetRef").implement({
  description: "An asset reference as it was passed in.",
  fields: (t) => ({
    assetId: t.exposeString("assetId", { nullable: true }),
    publicId: t.exposeString("publicId", { nullable: true }),
    resourceType: t.field({ type: ResourceTypeEnum, nullable: true, resolve: (r) => (r.publicId ? (r.resourceType ?? "image") : null) }),
    type: t.field({ type: DeliveryTypeEnum, nullable: true, resolve: (r) => (r.publicId ? (r.type ?? "upload") : null) }),
  }),
});

const RelatedAssetResultRef = builder.objectRef<RelatedAssetResult>("RelatedAssetResult").implement({
  fields: (t) => ({
    target: t.field({ type: AssetRefShape, resolve: (r) => r.target }),
    asset: t.field({ type: Asset, nullable: true, resolve: (r) => r.asset }),
    code: t.exposeString("code", { description: "success_ids, not_found, invalid_ref, self_relation or not_related." }),
    message: t.exposeString("message"),
    status: t.exposeInt("status", { description: "The HTTP status the Admin API would report for this item." }),
  }),
});

const relatedPayload = (t: Parameters<MutationOptions<unknown, Awaited<ReturnType<typeof relateAssets>>>["payload"]>[0]) => ({
  asset: t.field({ type: Asset, nullable: true, resolve: (p) => p.asset ?? null }),
  succeeded: t.field({ type: [RelatedAssetResultRef], resolve: (p) => p.succeeded ?? [] }),
  failed: t.field({ type: [RelatedAssetResultRef], description: "Also mirrored into userErrors as RELATED_ASSET_FAILED.", resolve: (p) => p.failed ?? [] }),
});

const AddRelatedAssetsInput = builder.inputType("AddRelatedAssetsInput", {
  fields: (t) => ({
    asset: t.field({ type: AssetRefInput, required: true }),
    assetsToRelate: t.field({ type: [AssetRefInput], required: true, description: `At most ${MAX_RELATED_PER_CALL}.` }),
  }),
});

mutationWithPayload("addRelatedAssets", {
  input: AddRelatedAssetsInput,
  description: "Relates an asset to up to 10 others, both ways. Each target succeeds or fails on its own.",
  payload: relatedPayload,
  service: relateAssets,
});

const DeleteRelatedAssetsInput = builder.inputType("DeleteRelatedAssetsInput", {
  fields: (t) => ({
    asset: t.field({ type: AssetRefInput, required: true }),
    assetsToUnrelate: t.field({ type: [AssetRefInput], required: true, description: `At most ${MAX_RELATED_PER_CALL}.` }),
  }),
});

mutationWithPayload("deleteRelatedAssets", {
  input: DeleteRelatedAssetsInput,
  description: "Removes relations (both ways) between an asset and up to 10 others.",
  payload: relatedPayload,
  service: unrelateAssets,
});
