// The Admin API's route table, section by section as the reference orders them.
import type { Route } from "../router.js";
import { environmentRoutes } from "./environment.js";
import { folderRoutes } from "./folders.js";
import { lastAccessRoutes } from "./last-access.js";
import { metadataRoutes } from "./metadata.js";
import { presetRoutes } from "./presets.js";
import { resourceRoutes } from "./resources.js";
import { searchRoutes } from "./search.js";
import { streamingProfileRoutes } from "./streaming-profiles.js";
import { tagRoutes } from "./tags.js";
import { transformationRoutes } from "./transformations.js";
import { triggerRoutes } from "./triggers.js";

export const adminRoutes: Route[] = [
  ...environmentRoutes,
  ...folderRoutes,
  ...metadataRoutes,
  ...searchRoutes,
  ...resourceRoutes,
  ...lastAccessRoutes,
  ...streamingProfileRoutes,
  ...tagRoutes,
  ...transformationRoutes,
  ...triggerRoutes,
  ...presetRoutes,
];
