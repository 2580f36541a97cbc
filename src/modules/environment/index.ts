// The environment area's public face: what other areas and the rest of src/ may import from it.
export { Authenticator, bootstrapEnvironment, type BootstrapResult } from "./environment.service.js";
