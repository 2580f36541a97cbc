// Imports every module (each registers its types and fields on the builder), then builds.
import { builder } from "./builder.js";
import "./errors/errors.schema.js";
import "./modules/environment/environment.schema.js";
import "./modules/asset/asset.schema.js";
import "./modules/folder/folder.schema.js";
import "./modules/tag/tag.schema.js";
import "./modules/related-asset/related-asset.schema.js";
import "./modules/trigger/trigger.schema.js";
import "./events/events.schema.js";
import "./events/webhooks.schema.js";
import "./modules/search/search.schema.js";

export const schema = builder.toSchema({ sortSchema: true });
