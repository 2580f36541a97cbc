// The upload-preset area's public face: what other areas and the rest of src/ may import from it.
export { fromFormText } from "./upload-preset.params.js";
export { findPreset, parseSettings } from "./upload-preset.service.js";
