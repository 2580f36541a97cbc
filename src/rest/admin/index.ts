// The Admin API's route table, section by section as the reference orders them.
import type { Route } from "../router.js";
import { environmentRoutes } from "./environment.js";
import { folderRoutes } from "./folders.js";
import { resourceRoutes } from "./resources.js";
import { tagRoutes } from "./tags.js";

export const adminRoutes: Route[] = [...environmentRoutes, ...folderRoutes, ...resourceRoutes, ...tagRoutes];
