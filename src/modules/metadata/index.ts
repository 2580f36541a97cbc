// The metadata area's public face: what other areas and the rest of src/ may import from it.
export { createMetadataRule } from "./metadata-rule.service.js";
export { MetadataValueInput } from "./metadata.inputs.js";
export { createMetadataField, type CreateMetadataFieldInput } from "./metadata.service.js";
export { applyAssetMetadata, importAssetMetadata, metadataTextKey, type MetadataValueInput as MetadataValueInputShape } from "./metadata.values.js";
