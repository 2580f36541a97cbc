// The related-asset area's public face: what other areas and the rest of src/ may import from it.
export { relateInBulk } from "./related-asset.service.js";
