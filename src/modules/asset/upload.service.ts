// Uploads (Cloudinary's Upload API `upload` method): a file from a stream, a data URI or an
// http(s) URL goes into the blob store, and its asset row with tags, context, metadata, eager
// derived resources and backup follows in one transaction with the `upload` event.
//
// Files and rows stay in step: the file is streamed into the store's staging area and probed
// first; the transaction renames it under its key just before it commits (under the
// environment's turn, see asset-blobs.ts). A failure before the rename discards the staged
// file; a failure after it (the commit) releases the key, which deletes the file unless another
// row already names the same content.
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import type { Asset as AssetRow, Prisma } from "../../generated/sqlite/client.js";
import { lockEnvironment, type Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { BlobTooLargeError, type StagedBlob } from "../../blob/store.js";
import { probeAuto, probeImage, probeRaw, probeVideo, type Probed } from "../../blob/probe.js";
import { DomainError, assertMaxItems, assertMaxLength, assertName, type FieldPath } from "../../errors/errors.js";
import { transact, type Emit } from "../../events/outbox.js";
import { assetRef } from "../../lib/asset-ref.js";
import type { DeliveryType } from "../../lib/enums.js";
import { newHexId } from "../../lib/ids.js";
import { validateUri } from "../../lib/uri.js";
import { assertDynamicMode, ensureFolder, normalizeFolderPath } from "../folder/index.js";
import { applyAssetMetadata, importAssetMetadata, type MetadataValueInputShape } from "../metadata/index.js";
import { parseTransformation, transformationForDerived } from "../transformation/index.js";
import { findPreset, parseSettings } from "../upload-preset/index.js";
import { releaseBlobs } from "./asset-blobs.js";
import { cleanContext, cleanTags, lastSegment, MAX_DISPLAY_NAME_LENGTH, MAX_PUBLIC_ID_LENGTH, type ContextEntryInput } from "./asset.service.js";

export type UploadResourceType = "image" | "video" | "raw" | "auto";
export const UPLOAD_DELIVERY_TYPES = ["upload", "private", "authenticated"] as const;
/** eager transformations per upload: the reference gives none; bounded like derived resources per import */
export const MAX_EAGER = 100;

/**
 * Where the file comes from: a stream (a REST multipart part), a file the GraphQL edge already
 * staged (null when it was over the limit), or the Upload API's `file` string: a data URI or an
 * http(s) URL the server fetches.
 */
export type UploadSource =
  | { stream: Readable | AsyncIterable<Uint8Array>; filename?: string | null }
  | { staged: StagedBlob | null; filename?: string | null }
  | { file: string };

/** The Upload API's options, camelCase; a preset's settings fill what the call leaves out. */
export interface UploadOptions {
  publicId?: string | null;
  folder?: string | null;
  assetFolder?: string | null;
  displayName?: string | null;
  useFilename?: boolean | null;
  uniqueFilename?: boolean | null;
  overwrite?: boolean | null;
  tags?: string[] | null;
  context?: ContextEntryInput[] | null;
  metadata?: MetadataValueInputShape[] | null;
  resourceType?: UploadResourceType | null;
  type?: DeliveryType | null;
  uploadPreset?: string | null;
  /** transformations to record as derived resources (each may chain with /) */
  eager?: string[] | null;
  notificationUrl?: string | null;
  backup?: boolean | null;
  /** the call was not signed: only an unsigned preset may be used, and overwrite defaults to false */
  unsigned?: boolean | null;
}

export interface UploadInput extends UploadOptions {
  source: UploadSource;
}

/** Field names of the options in error paths: the GraphQL input's (REST maps them back). */
const F = (name: string): FieldPath => ["input", name];

// ---------------------------------------------------------------------------------------------
// Presets: Cloudinary's parameter forms (snake_case, strings or arrays) as options

/** "a,b" or ["a", "b"] */
const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : String(v).split(",").map((s) => s.trim()).filter(Boolean));

/** Splits "k=v|k2=v2" on unescaped separators (Cloudinary escapes = and | in values with \). */
function pairsOf(v: unknown): [string, string][] {
  if (typeof v === "object" && v !== null) return Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, typeof x === "string" ? x : JSON.stringify(x)]);
  return String(v).split(/(?<!\\)\|/).filter(Boolean).map((pair) => {
    const [k, ...rest] = pair.split(/(?<!\\)=/);
    return [k.replace(/\\([=|])/g, "$1"), rest.join("=").replace(/\\([=|])/g, "$1")];
  });
}

/** A metadata value as given in a string: a JSON array for set fields, else the text. */
const metadataValue = (text: string): unknown => (text.startsWith("[") ? (JSON.parse(text) as unknown) : text);

function presetOptions(settings: Record<string, unknown>): UploadOptions {
  const s = settings;
  const bool = (k: string) => (typeof s[k] === "boolean" ? (s[k] as boolean) : undefined);
  const str = (k: string) => (typeof s[k] === "string" ? (s[k] as string) : undefined);
  return {
    folder: str("folder") ?? str("public_id_prefix"),
    assetFolder: str("asset_folder"),
    displayName: str("display_name"),
    useFilename: bool("use_filename"),
    uniqueFilename: bool("unique_filename"),
    overwrite: bool("overwrite"),
    tags: s.tags != null ? listOf(s.tags) : undefined,
    context: s.context != null ? pairsOf(s.context).map(([key, value]) => ({ key, value })) : undefined,
    metadata: s.metadata != null ? pairsOf(s.metadata).map(([externalId, value]) => ({ externalId, value: metadataValue(value) })) : undefined,
    resourceType: str("resource_type") as UploadResourceType | undefined,
    type: str("type") as DeliveryType | undefined,
    eager: typeof s.eager === "string" ? s.eager.split("|") : Array.isArray(s.eager) ? s.eager.filter((e): e is string => typeof e === "string") : undefined,
    notificationUrl: str("notification_url"),
    backup: bool("backup"),
  };
}

/** The call's options over the preset's: a value the call gives wins. */
async function withPreset(ctx: Ctx, input: UploadInput): Promise<{ options: UploadOptions; preset: { disallowPublicId: boolean; useAssetFolderAsPublicIdPrefix: boolean } | null }> {
  if (input.uploadPreset == null) {
    if (input.unsigned) throw new DomainError("INVALID_ARGUMENT", "an unsigned upload needs an unsigned upload preset", F("uploadPreset"));
    return { options: input, preset: null };
  }
  const preset = await findPreset(ctx.db, ctx.environment.id, input.uploadPreset);
  if (!preset) throw new DomainError("NOT_FOUND", `upload preset ${input.uploadPreset} not found`, F("uploadPreset"));
  if (input.unsigned && !preset.unsigned) throw new DomainError("FORBIDDEN", `upload preset ${preset.name} is not unsigned: the upload must be signed`, F("uploadPreset"));
  if (input.unsigned && preset.disallowPublicId && input.publicId != null) {
    throw new DomainError("INVALID_ARGUMENT", `upload preset ${preset.name} does not allow a public ID`, F("publicId"));
  }
  const fromPreset = presetOptions(parseSettings(preset));
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v != null)) as UploadOptions;
  return { options: { ...fromPreset, ...given }, preset };
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Characters Cloudinary does not allow in public IDs and folders. */
const FORBIDDEN_ID_CHARS = /[\\?&#%<>]/;

export function checkPath(value: string, field: FieldPath, what: string): void {
  if (value.trim() === "") throw new DomainError("INVALID_ARGUMENT", `${what} may not be empty`, field);
  assertMaxLength(field, value, MAX_PUBLIC_ID_LENGTH);
  assertName(field, value);
  if (value.startsWith("/") || value.endsWith("/")) throw new DomainError("INVALID_ARGUMENT", `${what} may not start or end with /`, field);
  if (FORBIDDEN_ID_CHARS.test(value)) throw new DomainError("INVALID_ARGUMENT", `${what} may not contain \\ ? & # % < >`, field);
  for (const segment of value.split("/")) {
    if (segment === "") throw new DomainError("INVALID_ARGUMENT", `${what} has an empty path segment`, field);
    if (segment === "." || segment === "..") throw new DomainError("INVALID_ARGUMENT", `${what} may not have . or .. segments`, field);
  }
}

function checkFolder(value: string, field: FieldPath): string {
  const path = normalizeFolderPath(value, field, { allowRoot: true });
  if (path !== "") checkPath(path, field, field.at(-1) as string);
  return path;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const randomId = (length: number) => [...randomBytes(length)].map((b) => ALPHABET[b % ALPHABET.length]).join("");

/** The public ID as Cloudinary makes it: given, else the filename (with a random suffix when unique), else random. */
function publicIdFor(options: UploadOptions, filename: string | null, folder: string): string {
  let id = options.publicId;
  if (id == null) {
    const base = filename?.replace(/\.[^./]*$/, "").replace(/[\s\\?&#%<>/]+/g, "_").replace(/^\.+/, "");
    if (options.useFilename && base) id = options.uniqueFilename === false ? base : `${base}_${randomId(6)}`;
    else id = randomId(20);
  }
  return folder ? `${folder}/${id}` : id;
}

// ---------------------------------------------------------------------------------------------
// The file

const DATA_URI = /^data:([^;,]*)((?:;[^;,]*)*?)(;base64)?,/i;

/** Streams the source into the store's staging area; LIMIT_EXCEEDED naming `file` past the limit. */
async function stage(ctx: Ctx, source: UploadSource): Promise<{ staged: StagedBlob; filename: string | null }> {
  const put = { maxBytes: ctx.config.maxUploadBytes, namespace: String(ctx.environment.id) };
  const tooLarge = () => new DomainError("LIMIT_EXCEEDED", `file is larger than the upload limit of ${ctx.config.maxUploadBytes} bytes`, F("file"));
  try {
    if ("staged" in source) {
      if (!source.staged) throw tooLarge();
      return { staged: source.staged, filename: source.filename ?? null };
    }
    if ("stream" in source) return { staged: await ctx.blobs.stage(source.stream, put), filename: source.filename ?? null };
    const text = source.file;
    const data = DATA_URI.exec(text);
    if (data) {
      const body = text.slice(data[0].length);
      // base64 is 4 characters per 3 bytes: refuse before decoding what would be too large.
      if ((data[3] ? Math.floor((body.length * 3) / 4) - 2 : body.length) > put.maxBytes) throw tooLarge();
      const bytes = data[3] ? Buffer.from(body, "base64") : percentDecoded(body);
      return { staged: await ctx.blobs.stage(Readable.from([bytes]), put), filename: null };
    }
    if (/^https?:\/\//i.test(text)) return await fetchFile(ctx, text, put);
    throw new DomainError("INVALID_ARGUMENT", "file must be a file part, a data URI (data:...;base64,...) or an http(s) URL", F("file"));
  } catch (e) {
    if (e instanceof BlobTooLargeError) throw tooLarge();
    throw e;
  }
}

function percentDecoded(text: string): Buffer {
  try {
    return Buffer.from(decodeURIComponent(text));
  } catch {
    throw new DomainError("INVALID_ARGUMENT", "file is a data URI whose percent-encoding is malformed", F("file"));
  }
}

/** Fetches an http(s) URL into staging. Any address the server can reach is allowed, private ones included. */
async function fetchFile(ctx: Ctx, url: string, put: { maxBytes: number; namespace: string }) {
  validateUri(url, F("file"));
  const failed = (why: string) => new DomainError("INVALID_ARGUMENT", `file ${url} could not be fetched: ${why}`, F("file"));
  const signal = AbortSignal.timeout(ctx.config.uploadFetchTimeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: "follow" });
  } catch (e) {
    throw failed(signal.aborted ? `no answer within ${ctx.config.uploadFetchTimeoutMs} ms` : (e as Error).message);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw failed(`HTTP ${response.status}`);
  }
  const length = Number(response.headers.get("content-length"));
  if (length > put.maxBytes) {
    await response.body.cancel();
    throw new BlobTooLargeError(put.maxBytes);
  }
  const filename = decodeURIComponent(new URL(response.url || url).pathname.split("/").pop() ?? "") || null;
  try {
    return { staged: await ctx.blobs.stage(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>), put), filename };
  } catch (e) {
    if (e instanceof BlobTooLargeError) throw e;
    throw failed(signal.aborted ? `no answer within ${ctx.config.uploadFetchTimeoutMs} ms` : (e as Error).message);
  }
}

async function probe(staged: StagedBlob, resourceType: UploadResourceType, filename: string | null): Promise<Probed> {
  if (resourceType === "raw") return probeRaw(filename);
  if (resourceType === "auto") return probeAuto(staged.path, filename);
  const probed = resourceType === "image" ? await probeImage(staged.path) : await probeVideo(staged.path);
  if (!probed) {
    throw new DomainError("INVALID_FILE", resourceType === "image" ? "Invalid image file: not a format this server reads (PNG, JPEG, GIF, WebP, SVG, TIFF, BMP, ICO, HEIC/AVIF, PSD...)" : "Invalid video file: not a container this server reads (MP4, WebM, MKV, MOV, MP3, WAV, OGG, FLAC...)", F("file"));
  }
  return probed;
}

// ---------------------------------------------------------------------------------------------
// The upload

export interface UploadResult {
  asset: AssetRow;
  /** overwrite was false and the public ID was taken: the existing asset, unchanged */
  existing: boolean;
}

/** Checks the options; returns what the transaction needs. */
function checkOptions(ctx: Ctx, options: UploadOptions) {
  if (options.publicId != null) checkPath(options.publicId, F("publicId"), "publicId");
  const folder = options.folder != null ? checkFolder(options.folder, F("folder")) : "";
  if (options.assetFolder != null) assertDynamicMode(ctx, F("assetFolder"));
  if (options.displayName != null) {
    assertDynamicMode(ctx, F("displayName"));
    if (options.displayName.trim() === "" || options.displayName.includes("/")) throw new DomainError("INVALID_ARGUMENT", "displayName may not be empty or contain /", F("displayName"));
    assertMaxLength(F("displayName"), options.displayName, MAX_DISPLAY_NAME_LENGTH);
    assertName(F("displayName"), options.displayName);
  }
  // In dynamic mode `folder` is also the asset folder unless asset_folder says otherwise.
  const assetFolder = options.assetFolder != null ? checkFolder(options.assetFolder, F("assetFolder")) : folder;
  const type = options.type ?? "upload";
  if (!(UPLOAD_DELIVERY_TYPES as readonly string[]).includes(type)) throw new DomainError("INVALID_ARGUMENT", `type must be one of ${UPLOAD_DELIVERY_TYPES.join(", ")}`, F("type"));
  const tags = cleanTags(options.tags ?? [], F("tags"));
  const context = cleanContext(options.context ?? [], F("context"));
  checkEager(options.eager);
  if (options.notificationUrl != null) validateUri(options.notificationUrl, F("notificationUrl"));
  return { folder, assetFolder, type, tags, context };
}

/** The `eager` option's checks (upload's and explicit's): at most MAX_EAGER transformations, each valid. */
export function checkEager(eager: string[] | null | undefined): void {
  assertMaxItems(F("eager"), eager, MAX_EAGER);
  (eager ?? []).forEach((t, i) => parseTransformation(t, [...F("eager"), i]));
}

/**
 * Records eager transformations as the asset's derived resources, in the asset's format (nothing
 * is rendered). A transformation the asset already has a derived resource of is not recorded
 * twice (an overwrite or an explicit call asks for it again). Returns the canonical
 * transformations, in the order given.
 */
export async function recordEager(tx: Tx, ctx: Ctx, asset: AssetRow, eager: string[]): Promise<string[]> {
  const env = ctx.environment.id;
  const canonical: string[] = [];
  const have = new Set(eager.length ? (await tx.derivedResource.findMany({ where: { assetId: asset.id }, select: { transformation: true } })).map((d) => d.transformation) : []);
  for (const [i, raw] of eager.entries()) {
    const t = await transformationForDerived(tx, ctx.dialect, env, raw, [...F("eager"), i]);
    canonical.push(t.canonical);
    if (have.has(t.canonical)) continue;
    have.add(t.canonical);
    await tx.derivedResource.create({ data: { environmentId: env, assetId: asset.id, externalId: newHexId(), transformation: t.canonical, transformationId: t.row.id, format: asset.format } });
  }
  return canonical;
}

export async function uploadAsset(ctx: Ctx, input: UploadInput): Promise<UploadResult> {
  let staged: StagedBlob | null = "staged" in input.source ? input.source.staged : null;
  let renamed = false;
  try {
    const { options, preset } = await withPreset(ctx, input);
    const checked = checkOptions(ctx, options);
    const file = await stage(ctx, input.source);
    staged = file.staged;
    const resourceType = options.resourceType ?? "image";
    const probed = await probe(staged, resourceType, file.filename);
    const prefix = preset?.useAssetFolderAsPublicIdPrefix && checked.assetFolder ? checked.assetFolder : checked.folder;
    const publicId = publicIdFor(options, file.filename, prefix);
    checkPath(publicId, F(options.publicId != null ? "publicId" : "folder"), "publicId");
    const blob = staged;
    const result = await transact(ctx, async (tx, emit) => {
      await lockEnvironment(tx, ctx);
      const existing = await tx.asset.findUnique({
        where: { environmentId_resourceType_type_publicId: { environmentId: ctx.environment.id, resourceType: probed.kind, type: checked.type, publicId } },
      });
      const overwrite = options.overwrite ?? !options.unsigned;
      if (existing?.status === "active" && !overwrite) return { asset: existing, existing: true, released: null };
      const written = await writeAsset(tx, ctx, emit, { options, checked, probed, publicId, blob, existing });
      // Last: the file appears under its key only when nothing can fail any more but the commit.
      await blob.commit();
      renamed = true;
      return { ...written, existing: false };
    });
    if (result.released) await releaseBlobs(ctx, [result.released]);
    return { asset: result.asset, existing: result.existing };
  } catch (e) {
    if (renamed && staged) await releaseBlobs(ctx, [staged.key]);
    throw e;
  } finally {
    await staged?.discard();
  }
}

interface WriteArgs {
  options: UploadOptions;
  checked: ReturnType<typeof checkOptions>;
  probed: Probed;
  publicId: string;
  blob: StagedBlob;
  existing: AssetRow | null;
}

/** Creates or overwrites the row; returns it and the blob key it no longer holds (to release). */
async function writeAsset(tx: Tx, ctx: Ctx, emit: Emit, { options, checked, probed, publicId, blob, existing }: WriteArgs) {
  const env = ctx.environment.id;
  const now = new Date();
  const folder = await ensureFolder(tx, env, checked.assetFolder, emit);
  const file = {
    format: probed.format, bytes: BigInt(blob.bytes), width: probed.width, height: probed.height, pages: probed.pages,
    duration: probed.duration, etag: blob.etag, blobKey: blob.key,
  };
  const version = Math.max(Math.floor(now.getTime() / 1000), (existing?.version ?? 0) + 1);
  let asset: AssetRow;
  let released: string | null = null;
  if (!existing) {
    asset = await tx.asset.create({
      data: {
        environmentId: env, assetId: newHexId(), publicId, resourceType: probed.kind, type: checked.type, ...file, version,
        displayName: options.displayName ?? lastSegment(publicId), folderId: folder?.id ?? null, createdAt: now, uploadedAt: now, updatedAt: now,
      },
    });
  } else {
    const data: Prisma.AssetUncheckedUpdateInput = { ...file, version, status: "active", uploadedAt: now, updatedAt: now, folderId: folder?.id ?? existing.folderId };
    if (options.displayName != null) data.displayName = options.displayName;
    asset = await tx.asset.update({ where: { id: existing.id }, data });
    released = existing.blobKey;
  }
  if (options.tags != null || !existing) {
    await tx.assetTag.deleteMany({ where: { assetId: asset.id } });
    await tx.assetTag.createMany({ data: checked.tags.map((name) => ({ assetId: asset.id, environmentId: env, resourceType: asset.resourceType, name })) });
  }
  if (options.context != null || !existing) {
    await tx.assetContext.deleteMany({ where: { assetId: asset.id } });
    await tx.assetContext.createMany({ data: checked.context.map((e) => ({ assetId: asset.id, environmentId: env, key: e.key, value: e.value })) });
  }
  if (existing) {
    if (options.metadata?.length) Object.assign(asset, await tx.asset.update({ where: { id: asset.id }, data: await applyAssetMetadata(tx, ctx, asset, { metadata: options.metadata }, emit) }));
  } else {
    await importAssetMetadata(tx, ctx, [asset], [{ assetId: asset.assetId, metadata: options.metadata ?? [], index: 0, at: F("metadata") }]);
  }
  await recordEager(tx, ctx, asset, options.eager ?? []);
  if (options.backup || existing?.backup) {
    // The previous version is kept as a backed-up version (when it was not already), then the new one.
    if (existing?.blobKey && !(await tx.assetVersion.findFirst({ where: { assetId: existing.id, blobKey: existing.blobKey, version: existing.version }, select: { id: true } }))) {
      await tx.assetVersion.create({ data: versionOf(existing, existing.uploadedAt) });
    }
    await tx.assetVersion.create({ data: versionOf(asset, now) });
    const totals = await tx.assetVersion.aggregate({ where: { assetId: asset.id }, _sum: { bytes: true } });
    asset = await tx.asset.update({ where: { id: asset.id }, data: { backup: true, backupBytes: totals._sum.bytes ?? 0n } });
  }
  emit({
    type: "upload",
    assetIds: [asset.assetId],
    payload: { asset: assetRef(asset), version: asset.version, format: asset.format, bytes: Number(asset.bytes), width: asset.width, height: asset.height, etag: asset.etag, overwritten: Boolean(existing), asset_folder: folder?.path ?? "" },
    alsoDeliverTo: options.notificationUrl ?? undefined,
  });
  return { asset, released };
}

const versionOf = (a: { id: number; version: number; format: string | null; bytes: bigint; width: number | null; height: number | null; etag: string | null; blobKey: string | null }, createdAt: Date) => ({
  assetId: a.id, versionId: newHexId(), version: a.version, format: a.format, bytes: a.bytes, width: a.width, height: a.height, etag: a.etag, blobKey: a.blobKey, createdAt,
});
