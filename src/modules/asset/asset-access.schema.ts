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
