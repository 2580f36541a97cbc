// The folder area's public face: what other areas and the rest of src/ may import from it.
export { Folder } from "./folder.schema.js";
export { assertDynamicMode, ensureFolder, findFolder, folderKey, normalizeFolderPath } from "./folder.service.js";
