// Admin API search: `resources/search` (Query.searchAssets) and `resources/visual_search`
// (Query.visualSearchAssets). The SDK posts JSON; GET takes the same names as parameters.
import { RestError } from "../errors.js";
import { json, list, page, sortBy, str, type Params } from "../params.js";
import type { RestCall, Route } from "../router.js";
import { ASSET_FIELDS, ASSET_FLAGS, assetFlags, assetJson, pickFields, type AssetNode } from "./asset-json.js";
import { PAGE_INFO, lower, listing, nodes, num, time, type Connection } from "./json.js";

const AGGREGATE_FIELDS = ["format", "type", "resource_type", "tags", "bytes", "image_pixels", "video_pixels", "duration"];

/** `aggregate`: names (`format`), or `{ type, ranges: [{ key, from, to }] }` for the numeric ones. */
function aggregate(p: Params) {
  const raw = p.aggregate === undefined ? undefined : typeof p.aggregate === "string" && /^\s*[[{]/.test(p.aggregate) ? json(p, "aggregate") : p.aggregate;
  if (raw === undefined || raw === null) return undefined;
  const entries = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : [raw];
  return entries.map((entry) => {
    const spec = (typeof entry === "string" && /^\s*\{/.test(entry) ? json({ aggregate: entry }, "aggregate") : entry) as unknown;
    const name = typeof spec === "string" ? spec.trim() : typeof spec === "object" && spec !== null ? String((spec as { type?: unknown }).type) : "";
    if (!AGGREGATE_FIELDS.includes(name)) throw new RestError(400, `Invalid aggregate: ${name}`);
    const ranges = typeof spec === "object" && spec !== null ? (spec as { ranges?: unknown }).ranges : undefined;
    if (ranges !== undefined && !Array.isArray(ranges)) throw new RestError(400, `Invalid aggregate ranges for ${name}`);
    return { field: name.toUpperCase(), ranges: ranges?.map((r: Record<string, unknown>) => ({ key: String(r.key), from: r.from, to: r.to })) };
  });
}

const SEARCH = `query RestSearch($expression: String, $sortBy: [SortInput!], $aggregate: [AggregateInput!], $first: Int, $after: String, ${ASSET_FLAGS}) {
  searchAssets(expression: $expression, sortBy: $sortBy, aggregate: $aggregate, first: $first, after: $after) {
    totalCount time aggregations { field buckets { key count } }
    edges { node { ${ASSET_FIELDS} filename uploadedAt backupBytes aspectRatio pixels status accessMode etag } } ${PAGE_INFO}
  }
}`;

interface SearchNode extends AssetNode {
  filename: string;
  uploadedAt: string;
  backupBytes: string;
  aspectRatio: number | null;
  pixels: number | null;
  status: string;
  accessMode: string;
  etag: string | null;
}

function searchJson(a: SearchNode) {
  const json = assetJson(a);
  Object.assign(json, {
    filename: a.filename,
    uploaded_at: time(a.uploadedAt),
    backup_bytes: num(a.backupBytes),
    // A deleted asset that search still finds (status:deleted) is not_found, as the reference says.
    status: a.status === "DELETED" ? "not_found" : "active",
    access_mode: lower(a.accessMode),
    etag: a.etag,
  });
  if (a.aspectRatio !== null) json.aspect_ratio = a.aspectRatio;
  if (a.pixels !== null) json.pixels = a.pixels;
  return json;
}

async function search(call: RestCall) {
  const p = call.params;
  // with_field names the optional parts; the include flags (tags=true, ...) work too.
  const withField = new Set(list(p, "with_field") ?? []);
  const flags = assetFlags(p);
  const { searchAssets: found } = await call.graphql.run<{
    searchAssets: Connection<SearchNode> & { totalCount: number; time: number; aggregations: { field: string; buckets: { key: string; count: number }[] }[] };
  }>(SEARCH, {
    expression: str(p, "expression"),
    sortBy: sortBy(p),
    aggregate: aggregate(p),
    ...page(p),
    withTags: flags.withTags || withField.has("tags"),
    withContext: flags.withContext || withField.has("context"),
    withMetadata: flags.withMetadata || withField.has("metadata"),
    withModeration: flags.withModeration || withField.has("moderation"),
  });
  const pick = pickFields(p, ["asset_folder", "created_at", "status", "type", "resource_type"]);
  const { items, next_cursor } = nodes(found, (a) => pick(searchJson(a)));
  const json: Record<string, unknown> = { total_count: found.totalCount, time: found.time };
  if (found.aggregations.length) {
    json.aggregations = Object.fromEntries(found.aggregations.map((agg) => [agg.field.toLowerCase(), Object.fromEntries(agg.buckets.map((b) => [b.key, b.count]))]));
  }
  if (next_cursor) json.next_cursor = next_cursor;
  json.resources = items;
  return json;
}

const VISUAL = `query RestVisualSearch($text: String, $imageAssetId: String, $imageUrl: String, $first: Int, $after: String, ${ASSET_FLAGS}) {
  visualSearchAssets(text: $text, imageAssetId: $imageAssetId, imageUrl: $imageUrl, first: $first, after: $after) {
    edges { node { ${ASSET_FIELDS} accessMode } } ${PAGE_INFO}
  }
}`;

async function visualSearch(call: RestCall) {
  const p = call.params;
  const { visualSearchAssets: found } = await call.graphql.run<{ visualSearchAssets: Connection<AssetNode & { accessMode: string }> }>(VISUAL, {
    text: str(p, "text"),
    imageAssetId: str(p, "image_asset_id"),
    imageUrl: str(p, "image_url"),
    ...page(p),
    ...assetFlags({ tags: true }),
  });
  return listing("resources", found, (a) => ({ ...assetJson(a), access_mode: lower(a.accessMode) }));
}

export const searchRoutes: Route[] = [
  { method: "POST", path: "/resources/search", handle: search },
  { method: "GET", path: "/resources/search", handle: search },
  { method: "POST", path: "/resources/visual_search", handle: visualSearch },
  { method: "GET", path: "/resources/visual_search", handle: visualSearch },
];
