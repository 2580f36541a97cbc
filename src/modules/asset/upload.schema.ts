import { builder } from "../../builder.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import { DomainError } from "../../errors/errors.js";
import { MetadataValueInput } from "../metadata/index.js";
import { Asset, AssetRefInput, ContextEntryInput, DeliveryTypeEnum, explicitUpdateFields } from "./asset.schema.js";
import { explicitAsset, type ExplicitAssetInput, type ExplicitResult } from "./explicit.service.js";
import { renameAsset, type RenameAssetInput } from "./rename.service.js";
import { MAX_EAGER, uploadAsset, type UploadInput, type UploadOptions, type UploadResult } from "./upload.service.js";
import type { UploadedFile } from "../../blob/store.js";
import { enumValues } from "../../lib/enums.js";

const UploadResourceTypeEnum = builder.enumType("UploadResourceType", {
  description: "What the file is: auto detects an image, then video or audio, else raw.",
  values: enumValues(["image", "video", "raw", "auto"] as const),
});

/** The GraphQL input: the service's options and the file or its URL. */
interface UploadAssetInputShape extends UploadOptions {
  file?: UploadedFile | null;
  url?: string | null;
}

const UploadAssetInput = builder.inputType("UploadAssetInput", {
  description: "The Upload API's upload options (camelCase). Exactly one of file and url.",
  fields: (t) => ({
    file: t.field({ type: "File", description: "The file, as a part of a multipart request (GraphQL multipart request spec)." }),
    url: t.string({ description: "Instead of file: an http(s) URL the server fetches, or a data URI (data:image/png;base64,...)." }),
    publicId: t.string({ description: "Random when omitted (or from the filename with useFilename)." }),
    folder: t.string({ description: "Prefix of the public ID; in dynamic folder mode also the asset folder unless assetFolder is given." }),
    assetFolder: t.string({ description: "Dynamic folder mode: the asset's folder, created as needed; the public ID is unaffected." }),
    displayName: t.string({ description: "Dynamic folder mode; defaults to the last public-ID segment." }),
    useFilename: t.boolean({ description: "Make the public ID from the file's name." }),
    uniqueFilename: t.boolean({ description: "With useFilename: add a random suffix (default true)." }),
    overwrite: t.boolean({ description: "Replace an asset with the same public ID (default true); false returns it unchanged with existing: true." }),
    tags: t.stringList(),
    context: t.field({ type: [ContextEntryInput] }),
    metadata: t.field({ type: [MetadataValueInput], description: "Structured metadata values; mandatory fields without one get their default." }),
    resourceType: t.field({ type: UploadResourceTypeEnum, description: "Default image." }),
    type: t.field({ type: DeliveryTypeEnum, description: "upload (default), private or authenticated." }),
    uploadPreset: t.string({ description: "A preset whose settings fill the options not given here." }),
    eager: t.stringList({ description: `Up to ${MAX_EAGER} transformations, recorded as derived resources.` }),
    notificationUrl: t.string({ description: "Gets the upload notification besides the upload triggers." }),
    backup: t.boolean({ description: "Keep this version (and, when overwriting, the previous one) as backed-up versions." }),
  }),
});

mutationWithPayload<UploadAssetInputShape, UploadResult>("uploadAsset", {
  input: UploadAssetInput,
  description: "Uploads a file (multipart), or the file at a URL or in a data URI, as Cloudinary's Upload API does; emits upload.",
  payload: (t) => ({
    asset: t.field({ type: Asset, nullable: true, resolve: (p) => p.asset ?? null }),
    existing: t.boolean({ description: "overwrite was false and the public ID was taken: asset is the existing one, unchanged.", resolve: (p) => p.existing ?? false }),
  }),
  service: (ctx, { file, url, ...options }) => uploadAsset(ctx, { ...options, source: sourceOf(file, url) } satisfies UploadInput),
});

function sourceOf(file: UploadedFile | null | undefined, url: string | null | undefined): UploadInput["source"] {
  if (file && url == null) return { staged: file.staged, filename: file.filename };
  if (!file && url != null) return { file: url };
  throw new DomainError("INVALID_ARGUMENT", file ? "give file or url, not both" : "give file or url", ["input", "file"]);
}

const RenameAssetInput = builder.inputType("RenameAssetInput", {
  description: "The Upload API's rename: a new public ID (and, with toType, delivery type) for an asset.",
  fields: (t) => ({
    ref: t.field({ type: AssetRefInput, required: true }),
    toPublicId: t.string({ required: true, description: "In fixed folder mode its path is the asset's folder, created as needed." }),
    toType: t.field({ type: DeliveryTypeEnum, description: "upload, private or authenticated; default: the asset's type." }),
    overwrite: t.boolean({ defaultValue: false, description: "Replace an asset that holds toPublicId (its files are released); without it, ALREADY_EXISTS." }),
    invalidate: t.boolean({ defaultValue: false, description: "Also invalidate CDN copies (accepted; there is no CDN here)." }),
  }),
});

mutationWithPayload<RenameAssetInput & { invalidate?: boolean | null }, { asset: Awaited<ReturnType<typeof renameAsset>> }>("renameAsset", {
  input: RenameAssetInput,
  description: "Renames an asset, as Cloudinary's Upload API rename does; emits rename.",
  payload: (t) => ({ asset: t.field({ type: Asset, nullable: true, resolve: (p) => p.asset ?? null }) }),
  service: async (ctx, { invalidate: _invalidate, ...input }) => ({ asset: await renameAsset(ctx, input) }),
});

const ExplicitAssetInput = builder.inputType("ExplicitAssetInput", {
  description: "The Upload API's explicit: updateAsset's tags, context, coordinates, quality override and metadata, and eager transformations, in one transaction.",
  fields: (t) => ({
    ...explicitUpdateFields(t),
    eager: t.stringList({ description: `Up to ${MAX_EAGER} transformations, recorded as derived resources as uploadAsset records them (one the asset already has is not recorded again).` }),
    invalidate: t.boolean({ defaultValue: false, description: "Also invalidate CDN copies (accepted; there is no CDN here)." }),
  }),
});

mutationWithPayload<ExplicitAssetInput & { invalidate?: boolean | null }, ExplicitResult>("explicitAsset", {
  input: ExplicitAssetInput,
  description: "Updates an existing asset and records eager transformations, as Cloudinary's Upload API explicit does; emits what updateAsset emits.",
  payload: (t) => ({
    asset: t.field({ type: Asset, nullable: true, resolve: (p) => p.asset ?? null }),
    eager: t.stringList({ description: "The eager transformations, canonical, in the order given.", resolve: (p) => p.eager ?? [] }),
  }),
  service: (ctx, { invalidate: _invalidate, ...input }) => explicitAsset(ctx, input),
});
