// The transformation area's public face: what other areas and the rest of src/ may import from it.
export { parseTransformation } from "./transformation.parser.js";
export { createTransformation, findTransformation, transformationForDerived } from "./transformation.service.js";
export { transformedUrl } from "./transformation.url.js";
