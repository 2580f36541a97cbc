// Asset.accessControl and the deprecated updateAssetsAccessMode (DOMAIN.md §1.17, §2.4).
import { builder } from "../../builder.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import { AccessTypeEnum } from "./asset-access.inputs.js";
import { MAX_ACCESS_MODE_ASSETS, parseAccessControl, updateAssetsAccessMode, type StoredAccessRule } from "./asset-access.service.js";
import { AccessModeEnum, Asset, ResourceTypeEnum } from "./asset.schema.js";

const AccessRule = builder.objectRef<StoredAccessRule>("AccessRule").implement({
  description: "One way the asset may be delivered; it is accessible while any of its rules holds.",
  fields: (t) => ({
    accessType: t.field({ type: AccessTypeEnum, resolve: (r) => r.access_type }),
    start: t.field({ type: "DateTime", nullable: true, resolve: (r) => (r.start ? new Date(r.start) : null) }),
    end: t.field({ type: "DateTime", nullable: true, resolve: (r) => (r.end ? new Date(r.end) : null) }),
  }),
});

builder.prismaObjectField("Asset", "accessControl", (t) =>
  t.field({
    type: [AccessRule],
    nullable: true,
    description: "Access rules set with updateAsset(accessControl); null when the asset has none (public).",
    resolve: (a) => parseAccessControl(a.accessControl),
  }),
);

const AssetRefResult = builder.objectRef<{ publicId: string; index: number; message: string }>("AssetRefResult").implement({
  description: "An asset a bulk call could not act on, as it was named in the input.",
  fields: (t) => ({
    publicId: t.exposeString("publicId"),
    index: t.exposeInt("index", { description: "Position in the input list." }),
    message: t.exposeString("message"),
  }),
});

const UpdateAssetsAccessModeInput = builder.inputType("UpdateAssetsAccessModeInput", {
  fields: (t) => ({
    accessMode: t.field({ type: AccessModeEnum, required: true }),
    publicIds: t.stringList({ description: `Up to ${MAX_ACCESS_MODE_ASSETS} public IDs. Exactly one of publicIds, prefix, tag.` }),
    prefix: t.string({ description: `Public IDs starting with this (up to ${MAX_ACCESS_MODE_ASSETS} matching assets).` }),
    tag: t.string({ description: `Assets with this tag (up to ${MAX_ACCESS_MODE_ASSETS} matching assets).` }),
    resourceType: t.field({ type: ResourceTypeEnum, defaultValue: "image" }),
  }),
});

mutationWithPayload("updateAssetsAccessMode", {
  input: UpdateAssetsAccessModeInput,
  description: "Sets the access mode of upload-type assets by public IDs, prefix or tag; emits access_control_changed per changed asset.",
  deprecationReason: "access_mode is no longer supported by the Admin API: use updateAsset(accessControl).",
  payload: (t) => ({
    updated: t.field({ type: [Asset], description: "Every matching asset, now with the access mode.", resolve: (p) => p.updated ?? [] }),
    failed: t.field({ type: [AssetRefResult], description: "Public IDs that name no active upload asset.", resolve: (p) => p.failed ?? [] }),
  }),
  service: updateAssetsAccessMode,
});

const parseBoxes = (json: string | null | undefined) => (json ? (JSON.parse(json) as number[][]) : null);

builder.prismaObjectFields("Asset", (t) => ({
  faceCoordinates: t.field({
    type: t.listRef(t.listRef("Int")),
    nullable: true,
    description: "Faces as [x, y, width, height], as set with updateAsset.",
    select: { attributes: { select: { faceCoordinates: true } } },
    resolve: (a) => parseBoxes(a.attributes?.faceCoordinates),
  }),
  customCoordinates: t.field({
    type: t.listRef(t.listRef("Int")),
    nullable: true,
    description: "Custom-gravity regions as [x, y, width, height].",
    select: { attributes: { select: { customCoordinates: true } } },
    resolve: (a) => parseBoxes(a.attributes?.customCoordinates),
  }),
  regions: t.field({
    type: "JSON",
    nullable: true,
    description: "Named regions: {\"name\": [[x, y], ...]}.",
    select: { attributes: { select: { regions: true } } },
    resolve: (a) => (a.attributes?.regions ? (JSON.parse(a.attributes.regions) as unknown) : null),
  }),
  qualityOverride: t.int({
    nullable: true,
    select: { attributes: { select: { qualityOverride: true } } },
    resolve: (a) => a.attributes?.qualityOverride ?? null,
  }),
  visualSearchIndexed: t.boolean({
    description: "Indexed for visual search (updateAsset visualSearch).",
    select: { attributes: { select: { visualSearch: true } } },
    resolve: (a) => a.attributes?.visualSearch ?? false,
  }),
  addonRequests: t.relation("addonRequests", { query: { orderBy: { id: "asc" } }, description: "Add-on runs asked for through updateAsset, oldest first; recorded, never processed here." }),
}));

builder.prismaObject("AddonRequest", {
  description: "An add-on run asked for through updateAsset. This service calls no add-on, so it stays PENDING.",
  fields: (t) => ({
    kind: t.exposeString("kind", { description: "detection, categorization, ocr, raw_convert or background_removal" }),
    value: t.exposeString("value"),
    autoTagging: t.exposeFloat("autoTagging", { nullable: true }),
    status: t.string({ resolve: (r) => r.status.toUpperCase() }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});
