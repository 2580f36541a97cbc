// Admin API `tags`: Query.tags.
import { RESOURCE_TYPES } from "../../lib/enums.js";
import { enumValue, page, str } from "../params.js";
import type { Route } from "../router.js";
import { PAGE_INFO, listing, type Connection } from "./json.js";

export const tagRoutes: Route[] = [
  {
    method: "GET",
    path: "/tags/:resource_type",
    handle: async (call) => {
      const { tags } = await call.graphql.run<{ tags: Connection<{ name: string }> }>(
        `query RestTags($resourceType: ResourceType, $prefix: String, $first: Int, $after: String) {
          tags(resourceType: $resourceType, prefix: $prefix, first: $first, after: $after) { edges { node { name } } ${PAGE_INFO} }
        }`,
        { resourceType: enumValue("resource_type", call.path.resource_type, RESOURCE_TYPES), prefix: str(call.params, "prefix"), ...page(call.params) },
      );
      return listing("tags", tags, (t) => t.name);
    },
  },
];
