// Admin API `resources`: listings, one asset, updates, restores, deletions and related assets,
// each one GraphQL operation (Query.assets, Query.asset, Mutation.updateAsset, ...).
import { DELIVERY_TYPES, MODERATION_KINDS, MODERATION_STATUSES, RESOURCE_TYPES } from "../../lib/enums.js";
import { RestError } from "../errors.js";
import {
  bool, enumValue, float, int, intRows, json, keyValues, list, page, required, str, type Params,
} from "../params.js";
import type { RestCall, Route } from "../router.js";
import { ASSET_FIELDS, ASSET_FLAGS, assetFlags, assetJson, pickFields, type AssetNode } from "./asset-json.js";
import { PAGE_INFO, lower, listing, nodes, num, time, type Connection } from "./json.js";

const resourceType = (v: string | undefined) => enumValue("resource_type", v, RESOURCE_TYPES);
const deliveryType = (v: string | undefined) => enumValue("type", v, DELIVERY_TYPES);

const LIST = `query RestResources($resourceType: ResourceType, $type: DeliveryType, $prefix: String, $publicIds: [String!], $assetIds: [String!],
  $tag: String, $context: ContextFilterInput, $moderation: ModerationFilterInput, $assetFolder: String, $startAt: DateTime, $direction: SortDirection,
  $first: Int, $after: String, ${ASSET_FLAGS}) {
  assets(resourceType: $resourceType, type: $type, prefix: $prefix, publicIds: $publicIds, assetIds: $assetIds, tag: $tag, context: $context,
    moderation: $moderation, assetFolder: $assetFolder, startAt: $startAt, direction: $direction, first: $first, after: $after) {
    edges { node { ${ASSET_FIELDS} } } ${PAGE_INFO}
  }
}`;

function direction(p: Params): string | undefined {
  const d = str(p, "direction");
  if (d === undefined || d === "") return undefined;
  if (d === "asc" || d === "1") return "ASC";
  if (d === "desc" || d === "-1") return "DESC";
  throw new RestError(400, `Invalid direction: ${d}`);
}

function startAt(p: Params): string | undefined {
  const s = str(p, "start_at");
  if (s === undefined || s === "") return undefined;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) throw new RestError(400, `Invalid start_at: ${s}`);
  return d.toISOString();
}

async function listResources(call: RestCall, filter: Record<string, unknown>) {
  const { params: p } = call;
  const data = await call.graphql.run<{ assets: Connection<AssetNode> }>(LIST, {
    ...filter, direction: direction(p), ...page(p), ...assetFlags(p),
  });
  const pick = pickFields(p);
  return listing("resources", data.assets, (a) => pick(assetJson(a)));
}

const ONE = `query RestResource($assetId: String, $publicId: String, $resourceType: ResourceType, $type: DeliveryType, $derivedFirst: Int, $derivedAfter: String,
  $withVersions: Boolean!, $withRelated: Boolean!, $relatedAfter: String, ${ASSET_FLAGS}) {
  asset(assetId: $assetId, publicId: $publicId, resourceType: $resourceType, type: $type) {
    ${ASSET_FIELDS}
    etag accessMode status backupBytes
    lastUpdated { updatedAt tagsUpdatedAt contextUpdatedAt publicIdUpdatedAt accessControlUpdatedAt metadataUpdatedAt }
    derived(first: $derivedFirst, after: $derivedAfter) { edges { node { derivedResourceId transformation format bytes url secureUrl } } ${PAGE_INFO} }
    versions(first: 500) @include(if: $withVersions) { edges { node { versionId version format size time restorable } } }
    relatedAssets(after: $relatedAfter) @include(if: $withRelated) { edges { node { assetId publicId resourceType type format version bytes url secureUrl } } ${PAGE_INFO} }
  }
}`;

interface FullAsset extends AssetNode {
  etag: string | null;
  accessMode: string;
  status: string;
  backupBytes: string;
  lastUpdated: Record<string, string | null>;
  derived: Connection<{ derivedResourceId: string; transformation: string; format: string | null; bytes: string; url: string; secureUrl: string }>;
  versions?: Connection<{ versionId: string; version: number; format: string | null; size: string; time: string; restorable: boolean }>;
  relatedAssets?: Connection<{ assetId: string; publicId: string; resourceType: string; type: string; format: string | null; version: number; bytes: string; url: string; secureUrl: string }>;
}

const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

async function getResource(call: RestCall, ref: Record<string, unknown>, shownAs: string) {
  const { params: p } = call;
  const related = bool(p, "related") ?? false;
  const data = await call.graphql.run<{ asset: FullAsset | null }>(ONE, {
    ...ref,
    derivedFirst: int(p, "max_results"),
    derivedAfter: str(p, "derived_next_cursor") || undefined,
    withVersions: bool(p, "versions") ?? false,
    withRelated: related,
    relatedAfter: str(p, "related_next_cursor") || undefined,
    ...assetFlags(p, true),
  });
  const a = data.asset;
  if (!a) throw new RestError(404, `Resource not found - ${shownAs}`);
  const json: Record<string, unknown> = {
    ...assetJson(a),
    tags: a.tags,
    context: assetJson(a).context ?? {},
    metadata: assetJson(a).metadata ?? {},
    access_mode: lower(a.accessMode),
    status: lower(a.status),
    etag: a.etag,
    backup_bytes: num(a.backupBytes),
    last_updated: Object.fromEntries(Object.entries(a.lastUpdated).filter(([, v]) => v !== null).map(([k, v]) => [snake(k), time(v)])),
  };
  const derived = nodes(a.derived, (d) => ({ transformation: d.transformation, format: d.format, bytes: num(d.bytes), id: d.derivedResourceId, url: d.url, secure_url: d.secureUrl }));
  json.derived = derived.items;
  if (derived.next_cursor) json.next_cursor = derived.next_cursor;
  if (a.versions) {
    json.versions = a.versions.edges.map(({ node: v }) => ({
      version_id: v.versionId, version: String(v.version), format: v.format, size: num(v.size), time: time(v.time), restorable: v.restorable,
    }));
  }
  if (a.relatedAssets) {
    const rel = nodes(a.relatedAssets, (r) => ({
      asset_id: r.assetId, public_id: r.publicId, resource_type: lower(r.resourceType), type: lower(r.type), format: r.format, version: r.version, bytes: num(r.bytes), url: r.url, secure_url: r.secureUrl,
    }));
    json.related_assets = rel.items;
    if (rel.next_cursor) json.related_next_cursor = rel.next_cursor;
  }
  return json;
}

const UPDATE = `mutation RestUpdateResource($input: UpdateAssetInput!, ${ASSET_FLAGS}) {
  updateAsset(input: $input) { asset { ${ASSET_FIELDS} } userErrors { code field message } }
}`;

function accessControl(p: Params) {
  const v = json(p, "access_control");
  if (v === undefined) return undefined;
  const rules = Array.isArray(v) ? v : [v];
  return rules.map((r) => {
    if (typeof r !== "object" || r === null) throw new RestError(400, "Invalid access_control");
    const rule = r as Record<string, unknown>;
    return { accessType: enumValue("access_type", String(rule.access_type), ["anonymous", "token"] as const), start: rule.start, end: rule.end };
  });
}

function updateInput(p: Params, ref: Record<string, unknown>) {
  const moderation = str(p, "moderation_status");
  return {
    ref,
    displayName: str(p, "display_name"),
    uniqueDisplayName: bool(p, "unique_display_name"),
    assetFolder: str(p, "asset_folder"),
    tags: list(p, "tags"),
    context: keyValues(p, "context")?.map(({ key, value }) => ({ key, value: Array.isArray(value) ? value.join(",") : value })),
    moderationStatus: enumValue("moderation_status", moderation, ["approved", "rejected"] as const),
    accessControl: accessControl(p),
    faceCoordinates: intRows(p, "face_coordinates"),
    customCoordinates: intRows(p, "custom_coordinates"),
    regions: json(p, "regions"),
    qualityOverride: int(p, "quality_override"),
    visualSearch: bool(p, "visual_search"),
    autoTagging: float(p, "auto_tagging"),
    detection: str(p, "detection"),
    ocr: str(p, "ocr"),
    rawConvert: str(p, "raw_convert"),
    categorization: str(p, "categorization"),
    backgroundRemoval: str(p, "background_removal"),
    metadata: keyValues(p, "metadata")?.map(({ key, value }) => ({ externalId: key, value })),
    clearInvalid: bool(p, "clear_invalid"),
  };
}

async function updateResource(call: RestCall, ref: Record<string, unknown>) {
  const payload = await call.graphql.mutate<{ asset: AssetNode | null; userErrors: never[] }>(
    UPDATE, { input: updateInput(call.params, ref), ...assetFlags({}, true) }, "updateAsset",
  );
  return assetJson(payload.asset!);
}

const RESTORE = `mutation RestRestore($input: RestoreAssetsInput!, ${ASSET_FLAGS}) {
  restoreAssets(input: $input) { restored { ${ASSET_FIELDS} } userErrors { code field message } }
}`;

async function restore(call: RestCall, input: Record<string, unknown>, key: "publicId" | "assetId") {
  const payload = await call.graphql.mutate<{ restored: AssetNode[]; userErrors: never[] }>(
    RESTORE, { input: { ...input, versionIds: list(call.params, "versions") }, withTags: true }, "restoreAssets",
  );
  return Object.fromEntries(payload.restored.map((a) => [a[key], assetJson(a)]));
}

const DELETED = "deleted { assetId publicId status } deletedDerivedCount partial";

interface DeletePayload {
  deleted: { assetId: string | null; publicId: string | null; status: string }[];
  deletedDerivedCount: number;
  partial: boolean;
  nextCursor?: string | null;
  userErrors: never[];
}

function deletedJson(payload: DeletePayload, key: "publicId" | "assetId") {
  const json: Record<string, unknown> = {
    deleted: Object.fromEntries(payload.deleted.map((d) => [d[key] ?? d.assetId ?? d.publicId, lower(d.status)])),
    partial: payload.partial,
  };
  if (payload.nextCursor) json.next_cursor = payload.nextCursor;
  return json;
}

const deleteOptions = (p: Params) => ({
  keepOriginal: bool(p, "keep_original"),
  invalidate: bool(p, "invalidate"),
  // One entry may chain several with |; commas belong to the transformation, so no comma split.
  transformations: Array.isArray(p.transformations) ? p.transformations.map(String) : str(p, "transformations") ? [str(p, "transformations")!] : undefined,
});

const DELETE_BY_IDS = `mutation RestDeleteResources($input: DeleteAssetsInput!) { deleteAssets(input: $input) { ${DELETED} userErrors { code field message } } }`;
const DELETE_BY_PREFIX = `mutation RestDeleteByPrefix($input: DeleteAssetsByPrefixInput!) { deleteAssetsByPrefix(input: $input) { ${DELETED} nextCursor userErrors { code field message } } }`;
const DELETE_BY_TAG = `mutation RestDeleteByTag($input: DeleteAssetsByTagInput!) { deleteAssetsByTag(input: $input) { ${DELETED} nextCursor userErrors { code field message } } }`;

async function deleteResources(call: RestCall) {
  const p = call.params;
  const scope = { resourceType: resourceType(call.path.resource_type), type: deliveryType(call.path.type) };
  const publicIds = list(p, "public_ids");
  if (publicIds) {
    const payload = await call.graphql.mutate<DeletePayload>(DELETE_BY_IDS, { input: { ...scope, publicIds, ...deleteOptions(p) } }, "deleteAssets");
    return deletedJson(payload, "publicId");
  }
  const prefix = str(p, "prefix");
  const all = bool(p, "all");
  if (prefix === undefined && !all) throw new RestError(400, "Missing required parameter - public_ids, prefix or all");
  const payload = await call.graphql.mutate<DeletePayload>(
    DELETE_BY_PREFIX, { input: { ...scope, prefix, all, after: str(p, "next_cursor") || undefined, ...deleteOptions(p) } }, "deleteAssetsByPrefix",
  );
  return deletedJson(payload, "publicId");
}

const RELATED = `{ succeeded { code message status target { assetId publicId } } failed { code message status target { assetId publicId } } userErrors { code field message } }`;
const ADD_RELATED = `mutation RestAddRelated($input: AddRelatedAssetsInput!) { addRelatedAssets(input: $input) ${RELATED} }`;
const DELETE_RELATED = `mutation RestDeleteRelated($input: DeleteRelatedAssetsInput!) { deleteRelatedAssets(input: $input) ${RELATED} }`;

interface RelatedItem {
  code: string;
  message: string;
  status: number;
  target: { assetId: string | null; publicId: string | null };
}

/** A related-assets target: `image/upload/a/b` (public id with its types) or a 32-hex asset id. */
function targetRef(s: string) {
  const m = /^(image|video|raw)\/([a-z]+)\/(.+)$/.exec(s);
  if (m) return { resourceType: resourceType(m[1]), type: deliveryType(m[2]), publicId: m[3] };
  return { assetId: s };
}

async function relate(call: RestCall, ref: Record<string, unknown>, removing: boolean) {
  const name = removing ? "assets_to_unrelate" : "assets_to_relate";
  const targets = list(call.params, name);
  if (!targets?.length) throw new RestError(400, `Missing required parameter - ${name}`);
  const field = removing ? "deleteRelatedAssets" : "addRelatedAssets";
  const data = await call.graphql.run<Record<string, { succeeded: RelatedItem[]; failed: RelatedItem[]; userErrors: { code: string; message: string }[] }>>(
    removing ? DELETE_RELATED : ADD_RELATED,
    { input: { asset: ref, [removing ? "assetsToUnrelate" : "assetsToRelate"]: targets.map(targetRef) } },
  );
  const payload = data[field];
  // Item failures are part of the answer; an error about the call itself (the source asset, a limit) fails it.
  const callError = payload.userErrors.find((e) => e.code !== "RELATED_ASSET_FAILED");
  if (callError) throw new RestError(callError.code === "NOT_FOUND" ? 404 : 400, callError.message);
  const item = (r: RelatedItem) => ({ message: r.message, code: r.code, ...(r.target.assetId ? { asset_id: r.target.assetId } : { public_id: r.target.publicId }), status: r.status });
  return { failed: payload.failed.map(item), [removing ? "deleted" : "success"]: payload.succeeded.map(item) };
}

const publicRef = (call: RestCall) => ({
  resourceType: resourceType(call.path.resource_type),
  type: deliveryType(call.path.type),
  publicId: call.path["*"],
});

/** `/resources/:x`: a resource type lists that type; anything else is an asset id. */
const isResourceType = (s: string) => (RESOURCE_TYPES as readonly string[]).includes(s);

export const resourceRoutes: Route[] = [
  {
    method: "GET",
    path: "/resources/by_asset_folder",
    handle: (call) => listResources(call, { assetFolder: required(call.params, "asset_folder") }),
  },
  {
    method: "GET",
    path: "/resources/by_asset_ids",
    handle: (call) => listResources(call, { assetIds: list(call.params, "asset_ids") ?? [] }),
  },
  {
    method: "GET",
    path: "/resources/:id",
    handle: (call) =>
      isResourceType(call.path.id)
        ? listResources(call, { resourceType: resourceType(call.path.id), prefix: str(call.params, "prefix"), startAt: startAt(call.params) })
        : getResource(call, { assetId: call.path.id }, call.path.id),
  },
  {
    method: "GET",
    path: "/resources/:resource_type/:type",
    handle: (call) =>
      listResources(call, {
        resourceType: resourceType(call.path.resource_type),
        type: deliveryType(call.path.type),
        prefix: str(call.params, "prefix"),
        publicIds: list(call.params, "public_ids"),
        startAt: startAt(call.params),
      }),
  },
  {
    method: "GET",
    path: "/resources/:resource_type/tags/*",
    handle: (call) => listResources(call, { resourceType: resourceType(call.path.resource_type), tag: call.path["*"] }),
  },
  {
    method: "GET",
    path: "/resources/:resource_type/context",
    handle: (call) =>
      listResources(call, {
        resourceType: resourceType(call.path.resource_type),
        context: { key: required(call.params, "key"), value: str(call.params, "value") },
      }),
  },
  {
    method: "GET",
    path: "/resources/:resource_type/moderations/:kind/:status",
    handle: (call) =>
      listResources(call, {
        resourceType: resourceType(call.path.resource_type),
        moderation: { kind: enumValue("moderation kind", call.path.kind, MODERATION_KINDS), status: enumValue("moderation status", call.path.status, MODERATION_STATUSES) },
      }),
  },
  {
    method: "GET",
    path: "/resources/:resource_type/:type/*",
    handle: (call) => getResource(call, publicRef(call), call.path["*"]),
  },
  {
    method: "PUT",
    path: "/resources/:asset_id",
    handle: (call) => updateResource(call, { assetId: call.path.asset_id }),
  },
  {
    method: "POST",
    path: "/resources/:resource_type/:type/*",
    handle: (call) => updateResource(call, publicRef(call)),
  },
  {
    method: "POST",
    path: "/resources/restore",
    handle: (call) => restore(call, { assetIds: list(call.params, "asset_ids") ?? [] }, "assetId"),
  },
  {
    method: "POST",
    path: "/resources/:resource_type/:type/restore",
    handle: (call) =>
      restore(call, { resourceType: resourceType(call.path.resource_type), type: deliveryType(call.path.type), publicIds: list(call.params, "public_ids") ?? [] }, "publicId"),
  },
  {
    // Deprecated in the reference (access_control replaces it), served as GraphQL still serves it.
    method: "POST",
    path: "/resources/:resource_type/upload/update_access_mode",
    handle: async (call) => {
      const p = call.params;
      const payload = await call.graphql.mutate<{ updated: { publicId: string; accessMode: string }[]; failed: { publicId: string; message: string }[]; userErrors: never[] }>(
        `mutation RestAccessMode($input: UpdateAssetsAccessModeInput!) {
          updateAssetsAccessMode(input: $input) { updated { publicId accessMode } failed { publicId message } userErrors { code field message } }
        }`,
        {
          input: {
            resourceType: resourceType(call.path.resource_type),
            accessMode: enumValue("access_mode", required(p, "access_mode"), ["public", "authenticated"] as const),
            publicIds: list(p, "public_ids"),
            prefix: str(p, "prefix"),
            tag: str(p, "tag"),
          },
        },
        "updateAssetsAccessMode",
      );
      return {
        updated: payload.updated.map((a) => ({ public_id: a.publicId, access_mode: lower(a.accessMode) })),
        failed: payload.failed.map((f) => ({ public_id: f.publicId, message: f.message })),
      };
    },
  },
  {
    method: "POST",
    path: "/resources/related_assets/:asset_id",
    handle: (call) => relate(call, { assetId: call.path.asset_id }, false),
  },
  {
    method: "POST",
    path: "/resources/related_assets/:resource_type/:type/*",
    handle: (call) => relate(call, publicRef(call), false),
  },
  {
    method: "DELETE",
    path: "/resources/related_assets/:asset_id",
    handle: (call) => relate(call, { assetId: call.path.asset_id }, true),
  },
  {
    method: "DELETE",
    path: "/resources/related_assets/:resource_type/:type/*",
    handle: (call) => relate(call, publicRef(call), true),
  },
  {
    method: "DELETE",
    path: "/resources",
    handle: async (call) => {
      const assetIds = list(call.params, "asset_ids");
      if (!assetIds?.length) throw new RestError(400, "Missing required parameter - asset_ids");
      const payload = await call.graphql.mutate<DeletePayload>(DELETE_BY_IDS, { input: { assetIds, ...deleteOptions(call.params) } }, "deleteAssets");
      return deletedJson(payload, "assetId");
    },
  },
  { method: "DELETE", path: "/resources/:resource_type/:type", handle: deleteResources },
  {
    method: "DELETE",
    path: "/resources/:resource_type/tags/*",
    handle: async (call) => {
      const input = { resourceType: resourceType(call.path.resource_type), tag: call.path["*"], after: str(call.params, "next_cursor") || undefined, ...deleteOptions(call.params) };
      return deletedJson(await call.graphql.mutate<DeletePayload>(DELETE_BY_TAG, { input }, "deleteAssetsByTag"), "publicId");
    },
  },
  {
    method: "DELETE",
    path: "/derived_resources",
    handle: async (call) => {
      const ids = list(call.params, "derived_resource_ids");
      if (!ids?.length) throw new RestError(400, "Missing required parameter - derived_resource_ids");
      const payload = await call.graphql.mutate<{ deletedIds: string[]; notFoundIds: string[]; userErrors: never[] }>(
        `mutation RestDeleteDerived($input: DeleteDerivedResourcesInput!) { deleteDerivedResources(input: $input) { deletedIds notFoundIds userErrors { code field message } } }`,
        { input: { derivedResourceIds: ids } },
        "deleteDerivedResources",
      );
      return { deleted: Object.fromEntries([...payload.deletedIds.map((id) => [id, "deleted"]), ...payload.notFoundIds.map((id) => [id, "not_found"])]), partial: false };
    },
  },
  {
    method: "DELETE",
    path: "/resources/backup/:asset_id",
    handle: async (call) => {
      const versionIds = list(call.params, "version_ids");
      if (!versionIds?.length) throw new RestError(400, "Missing required parameter - version_ids");
      const payload = await call.graphql.mutate<{ deletedVersionIds: string[]; userErrors: never[] }>(
        `mutation RestDeleteBackups($input: DeleteAssetBackupVersionsInput!) { deleteAssetBackupVersions(input: $input) { deletedVersionIds userErrors { code field message } } }`,
        { input: { assetId: call.path.asset_id, versionIds } },
        "deleteAssetBackupVersions",
      );
      return { asset_id: call.path.asset_id, deleted_version_ids: payload.deletedVersionIds };
    },
  },
];
