// The Upload API's routes: the methods the SDKs' `uploader` calls for assets (upload, explicit,
// destroy, rename, tags, context, metadata). Cloudinary does not rate-limit the Upload API, so
// these run on the schema in-process with the caller's context (graphql.ts `onSchema`): upload
// and rename call their services (upload takes the staged file part), the others the same
// mutations GraphQL clients use (explicit: explicitAsset), and answers are read back through
// Query.asset. Service errors answer as the Upload API does: 400, 401 (for 403), 404 and 420 only.
import { DomainError } from "../../errors/errors.js";
import type { DeliveryType, ResourceType } from "../../lib/enums.js";
import { DELIVERY_TYPES } from "../../lib/enums.js";
import { signParams } from "../../lib/signature.js";
import { renameAsset, uploadAsset, type UploadOptions, type UploadResourceType, type UploadSource } from "../../modules/asset/index.js";
import { RestError, uploadStatusOfCode } from "../errors.js";
import { bool, int, intRows, keyValues, list, required, str, type Params } from "../params.js";
import type { Route, UploadCall } from "../router.js";
import { ASSET_FIELDS, ASSET_FLAGS, assetFlags, assetJson, type AssetNode } from "../admin/asset-json.js";
import { num } from "../admin/json.js";

const UPLOAD_RESOURCE_TYPES = ["image", "video", "raw", "auto"] as const;

/** The path's resource type; `auto` only for upload. */
function resourceType(call: UploadCall, auto = false): UploadResourceType {
  const v = call.path.resource_type;
  if (!(UPLOAD_RESOURCE_TYPES as readonly string[]).includes(v) || (v === "auto" && !auto)) throw new RestError(400, `Invalid resource type ${v}: give ${auto ? "image, video, raw or auto" : "image, video or raw"}`);
  return v as UploadResourceType;
}

/** A parameter the SDKs leave out when blank: "" is absent. */
const opt = (p: Params, name: string) => str(p, name) || undefined;

function deliveryType(p: Params, name = "type"): DeliveryType | undefined {
  const v = opt(p, name);
  if (v !== undefined && !(DELIVERY_TYPES as readonly string[]).includes(v)) throw new RestError(400, `Invalid ${name} ${v}`);
  return v as DeliveryType | undefined;
}

/** `eager` as the SDKs send it: transformations joined with |. */
const eagerOf = (p: Params) => opt(p, "eager")?.split("|");

const contextOf = (p: Params) => keyValues(p, "context")?.map(({ key, value }) => ({ key, value: Array.isArray(value) ? value.join(",") : value }));
const metadataOf = (p: Params) => keyValues(p, "metadata")?.map(({ key, value }) => ({ externalId: key, value }));

/** Service errors (DomainError) as the Upload API's. */
async function service<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof DomainError) throw new RestError(uploadStatusOfCode(e.userErrors[0].code), e.message);
    throw e;
  }
}

const UPLOADED = `query RestUploaded($assetId: String!, ${ASSET_FLAGS}) {
  asset(assetId: $assetId) { ${ASSET_FIELDS} etag pages derived(first: 100) { edges { node { transformation format bytes url secureUrl } } } }
}`;

interface UploadedNode extends AssetNode {
  etag: string | null;
  pages: number | null;
  derived: { edges: { node: { transformation: string; format: string | null; bytes: string | null; url: string; secureUrl: string } }[] };
}

/**
 * The upload response (Cloudinary's upload and explicit answers), read back through Query.asset.
 * `eager` lists the derived resources of these transformations (explicit's answer: the ones it
 * was asked for); without it, all of the asset's (upload's: the ones it made).
 */
async function uploadJson(call: UploadCall, assetId: string, extra: Record<string, unknown>, eager?: string[]): Promise<Record<string, unknown>> {
  const { asset } = await call.graphql.run<{ asset: UploadedNode }>(UPLOADED, { assetId, ...assetFlags({}, true) });
  const json: Record<string, unknown> = { ...assetJson(asset), tags: asset.tags ?? [] };
  // The SDKs check `signature` (of public_id and version) to trust an answer relayed by a browser.
  if (call.signer) json.signature = signParams({ public_id: asset.publicId, version: asset.version }, call.signer.secret, call.signer.algorithm);
  if (asset.pages !== null && asset.pages > 1) json.pages = asset.pages;
  Object.assign(json, { etag: asset.etag, placeholder: false, ...extra });
  const derived = asset.derived.edges.map(({ node }) => node).filter((d) => !eager || eager.includes(d.transformation));
  if (derived.length) {
    json.eager = derived.map((d) => ({ transformation: d.transformation, format: d.format, bytes: num(d.bytes), url: d.url, secure_url: d.secureUrl }));
  }
  return json;
}

/** Cloudinary's original_filename: the file's name without its extension ("file" for a data URI). */
function originalFilename(call: UploadCall, file: string | undefined): string {
  const name = call.file?.filename ?? (file && /^https?:/i.test(file) ? decodeURIComponent(new URL(file).pathname.split("/").pop() ?? "") : "");
  return name.replace(/\.[^.]*$/, "") || "file";
}

async function upload(call: UploadCall) {
  const p = call.params;
  const resource = resourceType(call, true);
  const file = call.file ? undefined : str(p, "file");
  if (!call.file && !file) throw new RestError(400, "Missing required parameter - file");
  const source: UploadSource = call.file ? { staged: call.file.staged, filename: call.file.filename } : { file: file! };
  const options: UploadOptions = {
    publicId: opt(p, "public_id"),
    folder: opt(p, "folder"),
    assetFolder: opt(p, "asset_folder"),
    displayName: opt(p, "display_name"),
    useFilename: bool(p, "use_filename"),
    uniqueFilename: bool(p, "unique_filename"),
    overwrite: bool(p, "overwrite"),
    tags: list(p, "tags"),
    context: contextOf(p),
    metadata: metadataOf(p),
    resourceType: resource,
    type: deliveryType(p),
    uploadPreset: opt(p, "upload_preset"),
    eager: eagerOf(p),
    notificationUrl: opt(p, "notification_url"),
    backup: bool(p, "backup"),
    unsigned: call.unsigned,
  };
  const result = await service(() => uploadAsset(call.ctx, { ...options, source }));
  return uploadJson(call, result.asset.assetId, {
    original_filename: originalFilename(call, file),
    ...(result.existing || options.overwrite === false ? { existing: result.existing } : {}),
  });
}

/** The call's resource type and `type` (upload by default) as GraphQL enum names. */
const scopeOf = (call: UploadCall) => ({ resourceType: resourceType(call).toUpperCase(), type: (deliveryType(call.params) ?? "upload").toUpperCase() });

/** An asset of the call's resource type and type by public id. */
const refOf = (call: UploadCall, publicId: string) => ({ publicId, ...scopeOf(call) });

const signedOnly = (call: UploadCall) => {
  if (call.unsigned) throw new RestError(401, "Must supply api_key");
};

const EXPLICIT = `mutation RestExplicit($input: ExplicitAssetInput!) { explicitAsset(input: $input) { asset { assetId } eager userErrors { code field message } } }`;

/**
 * explicit (Mutation.explicitAsset): tags, context, metadata, face and custom coordinates and
 * quality_override as updateAsset applies them, and eager transformations recorded as upload
 * records them, in one transaction. `invalidate` is accepted and does nothing: no CDN caches
 * this server's files.
 */
async function explicit(call: UploadCall) {
  signedOnly(call);
  const p = call.params;
  const input = {
    ref: refOf(call, required(p, "public_id")),
    tags: list(p, "tags"),
    context: contextOf(p),
    metadata: metadataOf(p),
    clearInvalid: bool(p, "clear_invalid"),
    faceCoordinates: intRows(p, "face_coordinates"),
    customCoordinates: intRows(p, "custom_coordinates"),
    qualityOverride: int(p, "quality_override"),
    eager: eagerOf(p),
    invalidate: bool(p, "invalidate"),
  };
  const payload = await call.graphql.mutate<{ asset: { assetId: string }; eager: string[]; userErrors: never[] }>(EXPLICIT, { input }, "explicitAsset");
  return uploadJson(call, payload.asset.assetId, {}, payload.eager);
}

const DESTROY = `mutation RestDestroy($input: DeleteAssetsInput!) { deleteAssets(input: $input) { deleted { status } userErrors { code field message } } }`;

async function destroy(call: UploadCall) {
  signedOnly(call);
  const p = call.params;
  const ref = refOf(call, required(p, "public_id"));
  const payload = await call.graphql.mutate<{ deleted: { status: string }[]; userErrors: never[] }>(
    DESTROY, { input: { publicIds: [ref.publicId], resourceType: ref.resourceType, type: ref.type, invalidate: bool(p, "invalidate") } }, "deleteAssets",
  );
  return { result: payload.deleted[0]?.status === "DELETED" ? "ok" : "not found" };
}

async function rename(call: UploadCall) {
  signedOnly(call);
  const p = call.params;
  const renamed = await service(() => renameAsset(call.ctx, {
    ref: { publicId: required(p, "from_public_id"), resourceType: resourceType(call) as ResourceType, type: deliveryType(p) },
    toPublicId: required(p, "to_public_id"),
    toType: deliveryType(p, "to_type"),
    overwrite: bool(p, "overwrite"),
  }));
  return uploadJson(call, renamed.assetId, {});
}

interface UserError {
  code: string;
  field: string[] | null;
  message: string;
}

interface PerAsset {
  results: { success: boolean; asset: { publicId: string } | null; userErrors: UserError[] }[];
  userErrors: UserError[];
}

/** The public ids a per-asset mutation changed; assets that do not exist are left out, as Cloudinary does, any other error fails the call. */
async function perAsset(call: UploadCall, query: string, input: Record<string, unknown>, field: string) {
  const payload = (await call.graphql.run<Record<string, PerAsset>>(query, { input }))[field];
  const missingAsset = (e: UserError) => e.code === "NOT_FOUND" && e.field?.[1] === "assets" && e.field.length === 3;
  const failed = [...payload.userErrors, ...payload.results.flatMap((r) => r.userErrors)].find((e) => !missingAsset(e));
  if (failed) throw new RestError(call.graphql.statusOf(failed.code), failed.message);
  return { public_ids: payload.results.filter((r) => r.success && r.asset).map((r) => r.asset!.publicId) };
}

const TAG_COMMANDS = { add: "ADD", remove: "REMOVE", replace: "REPLACE", remove_all: "REMOVE_ALL" } as const;
const UPDATE_TAGS = `mutation RestTags($input: UpdateTagsInput!) { updateTags(input: $input) { results { success asset { publicId } userErrors { code field message } } userErrors { code field message } } }`;

async function tags(call: UploadCall) {
  signedOnly(call);
  const p = call.params;
  const command = required(p, "command");
  if (!(command in TAG_COMMANDS)) throw new RestError(400, `Invalid command ${command}: give add, remove, replace or remove_all`);
  const publicIds = list(p, "public_ids") ?? [];
  return perAsset(call, UPDATE_TAGS, {
    assets: publicIds.map((id) => refOf(call, id)), command: TAG_COMMANDS[command as keyof typeof TAG_COMMANDS], tags: command === "remove_all" ? undefined : list(p, "tag"),
  }, "updateTags");
}

const CONTEXTS = `query RestContexts($publicIds: [String!], $resourceType: ResourceType, $type: DeliveryType) {
  assets(publicIds: $publicIds, resourceType: $resourceType, type: $type, first: 100) { edges { node { publicId context { key value } } } }
}`;
const SET_CONTEXT = `mutation RestContext($input: UpdateAssetInput!) { updateAsset(input: $input) { asset { publicId } userErrors { code field message } } }`;

/** `add` merges the given pairs into each asset's context (a key given replaces its value); `remove_all` clears it. */
async function context(call: UploadCall) {
  signedOnly(call);
  const p = call.params;
  const command = required(p, "command");
  if (command !== "add" && command !== "remove_all") throw new RestError(400, `Invalid command ${command}: give add or remove_all`);
  const given = command === "add" ? contextOf(p) : [];
  if (!given?.length && command === "add") throw new RestError(400, "Missing required parameter - context");
  const publicIds = list(p, "public_ids") ?? [];
  if (publicIds.length > 100) throw new RestError(400, "public_ids may name at most 100 assets");
  const found = await call.graphql.run<{ assets: { edges: { node: { publicId: string; context: { key: string; value: string }[] } }[] } }>(CONTEXTS, { publicIds, ...scopeOf(call) });
  const updated: string[] = [];
  for (const { node } of found.assets.edges) {
    const merged = new Map(node.context.map((c) => [c.key, c.value]));
    for (const c of given!) merged.set(c.key, c.value);
    const entries = command === "add" ? [...merged].map(([key, value]) => ({ key, value })) : [];
    await call.graphql.mutate(SET_CONTEXT, { input: { ref: refOf(call, node.publicId), context: entries } }, "updateAsset");
    updated.push(node.publicId);
  }
  return { public_ids: updated };
}

const UPDATE_METADATA = `mutation RestMetadata($input: UpdateMetadataInput!) { updateMetadata(input: $input) { results { success asset { publicId } userErrors { code field message } } userErrors { code field message } } }`;

async function metadata(call: UploadCall) {
  signedOnly(call);
  const p = call.params;
  const values = metadataOf(p);
  if (!values) throw new RestError(400, "Missing required parameter - metadata");
  const publicIds = list(p, "public_ids") ?? [];
  return perAsset(call, UPDATE_METADATA, { assets: publicIds.map((id) => refOf(call, id)), metadata: values, clearInvalid: bool(p, "clear_invalid") }, "updateMetadata");
}

/** What authenticates a call; every method takes them. */
const CREDENTIALS = ["api_key", "timestamp", "signature", "signature_algorithm"];

/**
 * The parameters each method takes: those it applies, and `invalidate`, accepted as Cloudinary
 * takes it and a no-op here (no CDN caches this server's files). Any other parameter, a
 * misspelling or one of Cloudinary's this server does not implement (`moderation`, `ocr`,
 * `async`, ...), is refused before anything is written: silently ignored, it would make a script
 * pass here that behaves otherwise against Cloudinary.
 */
const ACCEPTS: Record<string, readonly string[]> = {
  upload: ["file", "public_id", "folder", "asset_folder", "display_name", "use_filename", "unique_filename", "overwrite", "tags", "context", "metadata", "type", "upload_preset", "eager", "notification_url", "backup", "invalidate"],
  explicit: ["public_id", "type", "tags", "context", "metadata", "clear_invalid", "face_coordinates", "custom_coordinates", "quality_override", "eager", "invalidate"],
  destroy: ["public_id", "type", "invalidate"],
  rename: ["from_public_id", "to_public_id", "type", "to_type", "overwrite", "invalidate"],
  tags: ["command", "tag", "public_ids", "type"],
  context: ["command", "context", "public_ids", "type"],
  metadata: ["metadata", "public_ids", "type", "clear_invalid"],
};

const route = (action: keyof typeof ACCEPTS, handle: (call: UploadCall) => Promise<unknown>): Route => {
  const accepted = new Set([...CREDENTIALS, ...ACCEPTS[action]]);
  return {
    method: "POST",
    path: `/:resource_type/${action}`,
    upload: true,
    handle(call) {
      const unknown = Object.keys(call.params).filter((name) => !accepted.has(name));
      if (unknown.length) throw new RestError(400, `Unsupported parameter${unknown.length > 1 ? "s" : ""} - ${unknown.join(", ")}`);
      return handle(call);
    },
  };
};

export const uploadRoutes: Route[] = [
  route("upload", upload),
  route("explicit", explicit),
  route("destroy", destroy),
  route("rename", rename),
  route("tags", tags),
  route("context", context),
  route("metadata", metadata),
];
