// The asset area's public face: what other areas and the rest of src/ may import from it.
export { AccessModeEnum, Asset, AssetRefInput, AssetStatusEnum, DeliveryTypeEnum, ModerationKindEnum, ModerationStatusEnum, ResourceTypeEnum, SortDirectionEnum } from "./asset.schema.js";
export { cleanTags, type ImportAssetInput, importAssets, MAX_IMPORT, MAX_TAGS_PER_ASSET } from "./asset.service.js";
export { type UploadInput, type UploadOptions, type UploadResourceType, type UploadResult, type UploadSource, uploadAsset } from "./upload.service.js";
export { releaseBlobs } from "./asset-blobs.js";
export { type RenameAssetInput, renameAsset } from "./rename.service.js";
