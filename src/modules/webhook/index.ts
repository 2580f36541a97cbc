// The webhook area's public face: what other areas and the rest of src/ may import from it.
export { TriggerEventType } from "./events.schema.js";
