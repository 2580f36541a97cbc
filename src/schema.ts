// Imports every module (each registers its types and fields on the builder), then builds.
import { builder } from "./builder.js";
import "./errors/errors.schema.js";
import "./modules/environment/environment.schema.js";
import "./modules/asset/asset.schema.js";
import "./modules/folder/folder.schema.js";
import "./modules/tag/tag.schema.js";
import "./modules/related-asset/related-asset.schema.js";
import "./modules/trigger/trigger.schema.js";
import "./modules/webhook/events.schema.js";
import "./modules/webhook/webhook.schema.js";
import "./modules/transformation/transformation.schema.js";
import "./modules/asset/asset-lifecycle.schema.js";
import "./modules/asset/upload.schema.js";
import "./modules/upload-preset/upload-preset.schema.js";
import "./modules/upload-mapping/upload-mapping.schema.js";
import "./modules/streaming-profile/streaming-profile.schema.js";
import "./modules/environment/config.schema.js";
import "./modules/usage/usage.schema.js";
import "./modules/asset/asset-access.schema.js";
import "./modules/last-access-report/last-access-report.schema.js";
import "./modules/metadata/metadata.schema.js";
import "./modules/metadata/metadata-rule.schema.js";
import "./modules/search/search.schema.js";
import "./modules/visual-search/visual-search.schema.js";

export const schema = builder.toSchema({ sortSchema: true });
