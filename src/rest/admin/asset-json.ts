// An asset as the Admin API shows it (the reference's resource examples), from GraphQL's Asset:
// the fields every listing has, and the optional parts (tags, context, metadata, moderation) that
// the include flags switch on through @include, so nothing unasked is read.
import type { Params } from "../params.js";
import { bool, list } from "../params.js";
import { lower, num, time } from "./json.js";

export const ASSET_FLAGS = "$withTags: Boolean = false, $withContext: Boolean = false, $withMetadata: Boolean = false, $withModeration: Boolean = false";

export const ASSET_FIELDS = `
  assetId publicId format version resourceType type createdAt bytes width height duration assetFolder displayName url secureUrl
  tags @include(if: $withTags)
  context @include(if: $withContext) { key value }
  metadata @include(if: $withMetadata) { externalId value }
  moderation @include(if: $withModeration) { kind status updatedAt }`;

export interface AssetNode {
  assetId: string;
  publicId: string;
  format: string | null;
  version: number;
  resourceType: string;
  type: string;
  createdAt: string;
  bytes: string;
  width: number | null;
  height: number | null;
  duration: number | null;
  assetFolder: string;
  displayName: string;
  url: string;
  secureUrl: string;
  tags?: string[];
  context?: { key: string; value: string }[];
  metadata?: { externalId: string; value: unknown }[];
  moderation?: { kind: string; status: string; updatedAt: string }[];
}

/** The include flags of a listing (`tags=true`, `context=1`, ...) as the fragment's variables. */
export function assetFlags(p: Params, all = false) {
  // Naming a part in `fields` asks for it too.
  const fields = new Set(list(p, "fields") ?? []);
  const wanted = (flag: string, field = flag) => all || fields.has(field) || (bool(p, flag) ?? false);
  return {
    withTags: wanted("tags"),
    withContext: wanted("context"),
    withMetadata: wanted("metadata"),
    withModeration: wanted("moderations", "moderation") || wanted("moderation"),
  };
}

export function assetJson(a: AssetNode): Record<string, unknown> {
  const json: Record<string, unknown> = {
    asset_id: a.assetId,
    public_id: a.publicId,
    format: a.format,
    version: a.version,
    resource_type: lower(a.resourceType),
    type: lower(a.type),
    created_at: time(a.createdAt),
    bytes: num(a.bytes),
  };
  // Dimensions and duration only where the asset has them, as the reference's examples show.
  if (a.width !== null) json.width = a.width;
  if (a.height !== null) json.height = a.height;
  if (a.duration !== null) json.duration = a.duration;
  Object.assign(json, { asset_folder: a.assetFolder, display_name: a.displayName, url: a.url, secure_url: a.secureUrl });
  if (a.tags) json.tags = a.tags;
  if (a.context?.length) json.context = { custom: Object.fromEntries(a.context.map((c) => [c.key, c.value])) };
  if (a.metadata?.length) json.metadata = Object.fromEntries(a.metadata.map((m) => [m.externalId, m.value]));
  if (a.moderation?.length) {
    json.moderation = a.moderation.map((m) => ({ kind: lower(m.kind), status: lower(m.status), updated_at: time(m.updatedAt) }));
    json.moderation_status = lower(a.moderation[a.moderation.length - 1].status);
  }
  return json;
}

/** `fields=public_id,tags`: only those keys, with public_id, asset_id and `always` kept. */
export function pickFields(p: Params, always: string[] = []): (json: Record<string, unknown>) => Record<string, unknown> {
  const fields = list(p, "fields");
  if (!fields) return (json) => json;
  const keep = new Set([...fields, "public_id", "asset_id", ...always]);
  return (json) => Object.fromEntries(Object.entries(json).filter(([k]) => keep.has(k)));
}
