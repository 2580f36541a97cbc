// The asset lifecycle beyond create and update: deleting assets (by ids, by prefix or all, by
// tag; originals or only derived resources), deleting derived resources and backed-up versions,
// restoring from backup, and the derived resources and versions importAssets brings in.
//
// An asset deleted while it has backed-up versions keeps its row with status `deleted`: invisible
// to lists and lookups, restorable. Without a backup it is gone, with its tags, context,
// metadata, relations and derived resources (foreign keys cascade).
import type { Asset as AssetRow, Prisma } from "../../generated/sqlite/client.js";
import { lockEnvironment, type Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, assertMaxItems, userError, type FieldPath, type UserErrorValue } from "../../errors/errors.js";
import { transact, type Emit } from "../../events/outbox.js";
import { argsHash, decodeCursor, encodeCursor } from "../../lib/cursor.js";
import type { DeliveryType, ResourceType } from "../../lib/enums.js";
import { ASSET_ID_PATTERN, newHexId } from "../../lib/ids.js";
import { chunks } from "../../lib/page.js";
import { startsWith, type Dialect } from "../../lib/prefix.js";
import { parseTransformation } from "../transformation/index.js";
import { transformationForDerived } from "../transformation/index.js";
import { assetRef } from "../../lib/asset-ref.js";
import { validateUri } from "../../lib/uri.js";
import { blobKeysOf, releaseBlobs } from "./asset-blobs.js";

/** public_ids / asset_ids per delete and per restore; derived_resource_ids per delete */
export const MAX_IDS_PER_CALL = 100;
/** delete by prefix, all or tag: "up to a maximum of 1000 original resources" per call */
export const DELETE_CHUNK = 1000;
/** version_ids per deleteAssetBackupVersions: the reference gives none; bounded like the other id lists */
export const MAX_VERSION_IDS = 100;
export const MAX_DERIVED_PER_IMPORT = 100;
export const MAX_VERSIONS_PER_IMPORT = 100;
const BULK_TIMEOUT = 60_000;

// ---------------------------------------------------------------------------------------------
// importAssets: derived resources and backed-up versions of imported records

export interface ImportDerivedInput {
  transformation: string;
  format?: string | null;
  bytes?: bigint | null;
}

export interface ImportVersionInput {
  versionId?: string | null;
  version?: number | null;
  format?: string | null;
  bytes?: bigint | null;
  createdAt?: Date | null;
  restorable?: boolean | null;
}

export interface ImportLifecycleRecord {
  /** position in importAssets' input, for error fields */
  index: number;
  /** the imported row; its backup columns are brought up to date here, as the payload shows them */
  asset: { id: number; version: number; format: string | null; bytes: bigint; createdAt: Date; backup: boolean; backupBytes: bigint };
  derived?: ImportDerivedInput[] | null;
  backup?: boolean | null;
  versions?: ImportVersionInput[] | null;
}

/**
 * Writes the derived resources and backed-up versions of freshly imported assets, inside the
 * import's transaction. `backup: true` without `versions` backs up the asset as imported.
 * Problems are reported per record and field; the import then writes nothing.
 */
export async function importLifecycle(tx: Tx, dialect: Dialect, environmentId: number, records: ImportLifecycleRecord[]): Promise<void> {
  const errors: UserErrorValue[] = [];
  const derivedRows: Prisma.DerivedResourceCreateManyInput[] = [];
  const versionRows: Prisma.AssetVersionCreateManyInput[] = [];
  const backedUp: { asset: ImportLifecycleRecord["asset"]; backupBytes: bigint }[] = [];
  const transformationIds = new Map<string, { id: number; canonical: string }>();
  for (const r of records) {
    const field = ["input", "assets", r.index];
    try {
      assertMaxItems([...field, "derived"], r.derived, MAX_DERIVED_PER_IMPORT);
      assertMaxItems([...field, "versions"], r.versions, MAX_VERSIONS_PER_IMPORT);
      for (const [j, d] of (r.derived ?? []).entries()) {
        if (d.bytes != null && d.bytes < 0n) throw new DomainError("INVALID_ARGUMENT", "bytes may not be negative", [...field, "derived", j, "bytes"]);
        let t = transformationIds.get(d.transformation);
        if (!t) {
          const found = await transformationForDerived(tx, dialect, environmentId, d.transformation, [...field, "derived", j, "transformation"]);
          t = { id: found.row.id, canonical: found.canonical };
          transformationIds.set(d.transformation, t);
        }
        derivedRows.push({ environmentId, assetId: r.asset.id, externalId: newHexId(), transformation: t.canonical, transformationId: t.id, format: d.format ?? null, bytes: d.bytes ?? 0n });
      }
      const versions = r.versions?.length ? r.versions : r.backup ? [{}] : [];
      const seen = new Set<string>();
      let total = 0n;
      for (const [j, v] of versions.entries()) {
        const vf = [...field, "versions", j];
        if (v.versionId != null && !ASSET_ID_PATTERN.test(v.versionId)) throw new DomainError("INVALID_ARGUMENT", "versionId must be 32 lowercase hexadecimal characters", [...vf, "versionId"]);
        const versionId = v.versionId ?? newHexId();
        if (seen.has(versionId)) throw new DomainError("ALREADY_EXISTS", `versionId ${versionId} appears twice`, [...vf, "versionId"]);
        seen.add(versionId);
        if (v.bytes != null && v.bytes < 0n) throw new DomainError("INVALID_ARGUMENT", "bytes may not be negative", [...vf, "bytes"]);
        if (v.version != null && v.version < 0) throw new DomainError("INVALID_ARGUMENT", "version may not be negative", [...vf, "version"]);
        const bytes = v.bytes ?? r.asset.bytes;
        total += bytes;
        versionRows.push({
          assetId: r.asset.id, versionId, version: v.version ?? r.asset.version, format: v.format ?? r.asset.format, bytes,
          restorable: v.restorable ?? true, createdAt: v.createdAt ?? r.asset.createdAt,
        });
      }
      if (versions.length) backedUp.push({ asset: r.asset, backupBytes: total });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      errors.push(...e.userErrors);
    }
  }
  if (errors.length) throw DomainError.many(errors);
  for (const part of chunks(derivedRows, 100)) await tx.derivedResource.createMany({ data: part });
  for (const part of chunks(versionRows, 100)) await tx.assetVersion.createMany({ data: part });
  for (const { asset, backupBytes } of backedUp) {
    await tx.asset.update({ where: { id: asset.id }, data: { backup: true, backupBytes } });
    Object.assign(asset, { backup: true, backupBytes });
  }
}

// ---------------------------------------------------------------------------------------------
// Deletes

/**
 * Deletes and restores of one environment take turns: two concurrent calls never both delete, or
 * both restore, the same asset and report it twice, and each reads what the other committed.
 */
const takeTurn = (tx: Tx, ctx: Ctx) => lockEnvironment(tx, ctx);

export interface DeleteOptions {
  keepOriginal?: boolean | null;
  invalidate?: boolean | null;
  /** only derived resources made with these (each may hold several, pipe-separated) */
  transformations?: string[] | null;
}

export type DeletedStatus = "deleted" | "not_found";

/** An asset a delete concerned; an asset id that names no asset has only its assetId. */
export interface DeletedAssetResult {
  assetId: string | null;
  publicId: string | null;
  resourceType: string | null;
  type: string | null;
  status: DeletedStatus;
}

const resultOf = (a: AssetRow, status: DeletedStatus): DeletedAssetResult => ({ assetId: a.assetId, publicId: a.publicId, resourceType: a.resourceType, type: a.type, status });

/** Canonical strings of the `transformations` option, or null when it was not given. */
function transformationFilter(options: DeleteOptions): string[] | null {
  if (!options.transformations) return null;
  const canonical = options.transformations.flatMap((entry, i) => {
    const field = ["input", "transformations", i];
    if (entry.trim() === "") throw new DomainError("INVALID_TRANSFORMATION", "a transformation may not be empty", field);
    return entry.split("|").map((t) => parseTransformation(t, field).canonical);
  });
  if (canonical.length === 0) throw new DomainError("INVALID_ARGUMENT", "transformations needs at least one transformation (omit it to delete every derived resource)", ["input", "transformations"]);
  return canonical;
}

interface ChunkResult {
  deleted: DeletedAssetResult[];
  deletedDerivedCount: number;
  /** blob keys of the rows deleted outright, released once the transaction has committed */
  released: string[];
}

/**
 * Assets per DELETE or UPDATE statement. Deleting an asset cascades to its tags, context,
 * metadata, related assets and their search-index rows; on SQLite every statement runs on the
 * main thread, and 400 assets per statement held the event loop for about 330 ms. The writer
 * yields between statements (src/db/yielding.ts), so smaller statements keep each block short.
 */
const ASSETS_PER_WRITE = 50;

/**
 * Deletes one chunk of active assets: only their derived resources (keepOriginal, or the
 * `transformations` filter), or the originals with all their derived resources; then one
 * `delete` event for the chunk's originals.
 */
async function deleteChunk(tx: Tx, emit: Emit, assets: AssetRow[], filter: string[] | null, options: DeleteOptions, partial: boolean): Promise<ChunkResult> {
  const derivedOnly = Boolean(options.keepOriginal) || filter !== null;
  let deletedDerivedCount = 0;
  let released: string[] = [];
  const ids = assets.map((a) => a.id);
  for (const part of chunks(ids, ASSETS_PER_WRITE)) {
    const where: Prisma.DerivedResourceWhereInput = { assetId: { in: part }, ...(filter ? { transformation: { in: filter } } : {}) };
    deletedDerivedCount += (await tx.derivedResource.deleteMany({ where })).count;
  }
  if (!derivedOnly && assets.length) {
    const withBackup = new Set<number>();
    for (const part of chunks(ids)) {
      const rows = await tx.assetVersion.groupBy({ by: ["assetId"], where: { assetId: { in: part } } });
      rows.forEach((r) => withBackup.add(r.assetId));
    }
    const now = new Date();
    for (const part of chunks(ids.filter((id) => withBackup.has(id)), ASSETS_PER_WRITE)) {
      await tx.asset.updateMany({ where: { id: { in: part } }, data: { status: "deleted", updatedAt: now } });
    }
    const gone = ids.filter((id) => !withBackup.has(id));
    released = await blobKeysOf(tx, gone);
    for (const part of chunks(gone, ASSETS_PER_WRITE)) await tx.asset.deleteMany({ where: { id: { in: part } } });
    emit({ type: "delete", assetIds: assets.map((a) => a.assetId), payload: { assets: assets.map(assetRef), partial } });
  }
  return { deleted: assets.map((a) => resultOf(a, "deleted")), deletedDerivedCount, released };
}

/** Deletes the files a committed change stopped referencing; returns the result without the keys. */
async function releasing<T extends { released: string[] }>(ctx: Ctx, result: T): Promise<Omit<T, "released">> {
  const { released, ...rest } = result;
  await releaseBlobs(ctx, released);
  return rest;
}

export interface DeleteAssetsInput extends DeleteOptions {
  assetIds?: string[] | null;
  publicIds?: string[] | null;
  resourceType?: ResourceType | null;
  type?: DeliveryType | null;
}

/** Exactly one of two id lists, non-empty and within the per-call cap; returns which was given. */
function oneIdList(input: { assetIds?: string[] | null; publicIds?: string[] | null }): { field: "assetIds" | "publicIds"; ids: string[] } {
  if ((input.assetIds == null) === (input.publicIds == null)) {
    throw new DomainError("INVALID_ARGUMENT", "give exactly one of assetIds or publicIds", ["input", input.assetIds == null ? "assetIds" : "publicIds"]);
  }
  const field = input.assetIds != null ? "assetIds" : "publicIds";
  const ids = (input.assetIds ?? input.publicIds)!;
  assertMaxItems(["input", field], ids, MAX_IDS_PER_CALL);
  if (ids.length === 0) throw new DomainError("INVALID_ARGUMENT", `${field} needs at least one id`, ["input", field]);
  return { field, ids };
}

/** Assets by asset ids or by public ids of one resource type and type, any status, keyed as given. */
async function findByIds(tx: Tx, environmentId: number, field: "assetIds" | "publicIds", ids: string[], resourceType: string, type: string) {
  const where: Prisma.AssetWhereInput = field === "assetIds" ? { environmentId, assetId: { in: ids } } : { environmentId, resourceType, type, publicId: { in: ids } };
  const rows = await tx.asset.findMany({ where });
  return new Map(rows.map((r) => [field === "assetIds" ? r.assetId : r.publicId, r]));
}

export async function deleteAssets(ctx: Ctx, input: DeleteAssetsInput) {
  const { field, ids } = oneIdList(input);
  const filter = transformationFilter(input);
  const resourceType = input.resourceType ?? "image";
  const type = input.type ?? "upload";
  return releasing(ctx, await transact(ctx, async (tx, emit) => {
    await takeTurn(tx, ctx);
    const found = await findByIds(tx, ctx.environment.id, field, ids, resourceType, type);
    const unique = [...new Set(ids)];
    const active = unique.map((id) => found.get(id)).filter((a): a is AssetRow => a?.status === "active");
    const result = await deleteChunk(tx, emit, active, filter, input, false);
    const deleted = unique.map((id): DeletedAssetResult => {
      const row = found.get(id);
      if (row) return resultOf(row, row.status === "active" ? "deleted" : "not_found");
      return field === "assetIds" ? { assetId: id, publicId: null, resourceType: null, type: null, status: "not_found" } : { assetId: null, publicId: id, resourceType, type, status: "not_found" };
    });
    return { deleted, deletedDerivedCount: result.deletedDerivedCount, released: result.released, partial: false, nextCursor: null };
  }, { timeout: BULK_TIMEOUT }));
}

export interface DeleteAssetsByPrefixInput extends DeleteOptions {
  prefix?: string | null;
  all?: boolean | null;
  resourceType?: ResourceType | null;
  type?: DeliveryType | null;
  after?: string | null;
}

/** Deletes up to 1000 originals (by public ID order) whose public ID starts with `prefix`, or all of a resource type and type. */
export async function deleteAssetsByPrefix(ctx: Ctx, input: DeleteAssetsByPrefixInput) {
  const byPrefix = input.prefix != null;
  if (byPrefix === Boolean(input.all)) throw new DomainError("INVALID_ARGUMENT", "give exactly one of prefix or all: true", ["input", byPrefix ? "all" : "prefix"]);
  if (byPrefix && input.prefix === "") throw new DomainError("INVALID_ARGUMENT", "prefix may not be empty (use all: true to delete everything)", ["input", "prefix"]);
  const filter = transformationFilter(input);
  const resourceType = input.resourceType ?? "image";
  const type = input.type ?? "upload";
  const hash = argsHash({ op: "prefix", prefix: input.prefix ?? null, resourceType, type, keepOriginal: Boolean(input.keepOriginal), filter });
  const after = input.after ? decodeCursor(input.after, hash, 2, ["input", "after"]) : null;
  const where: Prisma.AssetWhereInput = { environmentId: ctx.environment.id, resourceType, type, status: "active", ...(byPrefix ? { publicId: startsWith(ctx.dialect, input.prefix!) } : {}) };
  if (after) {
    const [publicId, id] = after;
    if (typeof publicId !== "string" || typeof id !== "number") throw new DomainError("INVALID_CURSOR", "after is not a cursor this API issued", ["input", "after"]);
    where.OR = [{ publicId: { gt: publicId } }, { publicId, id: { gt: id } }];
  }
  return releasing(ctx, await transact(ctx, async (tx, emit) => {
    await takeTurn(tx, ctx);
    const rows = await tx.asset.findMany({ where, orderBy: [{ publicId: "asc" }, { id: "asc" }], take: DELETE_CHUNK + 1 });
    const chunk = rows.slice(0, DELETE_CHUNK);
    const partial = rows.length > DELETE_CHUNK;
    const result = await deleteChunk(tx, emit, chunk, filter, input, partial);
    const last = chunk.at(-1);
    return { ...result, partial, nextCursor: partial && last ? encodeCursor([last.publicId, last.id], hash) : null };
  }, { timeout: BULK_TIMEOUT }));
}

export interface DeleteAssetsByTagInput extends DeleteOptions {
  tag: string;
  resourceType?: ResourceType | null;
  after?: string | null;
}

/** Deletes up to 1000 originals of a resource type carrying `tag` (any delivery type). */
export async function deleteAssetsByTag(ctx: Ctx, input: DeleteAssetsByTagInput) {
  if (input.tag.trim() === "") throw new DomainError("INVALID_ARGUMENT", "tag may not be empty", ["input", "tag"]);
  const filter = transformationFilter(input);
  const resourceType = input.resourceType ?? "image";
  const hash = argsHash({ op: "tag", tag: input.tag, resourceType, keepOriginal: Boolean(input.keepOriginal), filter });
  const after = input.after ? decodeCursor(input.after, hash, 1, ["input", "after"])[0] : null;
  if (after !== null && typeof after !== "number") throw new DomainError("INVALID_CURSOR", "after is not a cursor this API issued", ["input", "after"]);
  // From the tag's rows, in the order of their index (environment, resource type, name, asset):
  // from the assets, checking each one's tags, the read took 200-300 ms on 100,000 assets.
  const where: Prisma.AssetTagWhereInput = {
    environmentId: ctx.environment.id, resourceType, name: input.tag, asset: { status: "active" }, ...(after !== null ? { assetId: { gt: after } } : {}),
  };
  return releasing(ctx, await transact(ctx, async (tx, emit) => {
    await takeTurn(tx, ctx);
    const tagged = await tx.assetTag.findMany({ where, orderBy: { assetId: "asc" }, take: DELETE_CHUNK + 1, select: { assetId: true } });
    const rows = [];
    for (const part of chunks(tagged.map((t) => t.assetId))) rows.push(...(await tx.asset.findMany({ where: { id: { in: part } }, orderBy: { id: "asc" } })));
    const chunk = rows.slice(0, DELETE_CHUNK);
    const partial = rows.length > DELETE_CHUNK;
    const result = await deleteChunk(tx, emit, chunk, filter, input, partial);
    const last = chunk.at(-1);
    return { ...result, partial, nextCursor: partial && last ? encodeCursor([last.id], hash) : null };
  }, { timeout: BULK_TIMEOUT }));
}

/** Deletes derived resources by id; ids that name none (in this environment) come back in notFoundIds. */
export async function deleteDerivedResources(ctx: Ctx, input: { derivedResourceIds: string[] }) {
  const field = ["input", "derivedResourceIds"];
  assertMaxItems(field, input.derivedResourceIds, MAX_IDS_PER_CALL);
  if (input.derivedResourceIds.length === 0) throw new DomainError("INVALID_ARGUMENT", "derivedResourceIds needs at least one id", field);
  const ids = [...new Set(input.derivedResourceIds)];
  return transact(ctx, async (tx) => {
    const where = { environmentId: ctx.environment.id, externalId: { in: ids } };
    const found = new Set((await tx.derivedResource.findMany({ where, select: { externalId: true } })).map((d) => d.externalId));
    await tx.derivedResource.deleteMany({ where });
    return { deletedIds: ids.filter((id) => found.has(id)), notFoundIds: ids.filter((id) => !found.has(id)) };
  });
}

// ---------------------------------------------------------------------------------------------
// Backed-up versions and restore

/** backup_bytes: the space all backed-up versions of the asset take. */
async function backupTotals(tx: Tx, assetId: number) {
  const agg = await tx.assetVersion.aggregate({ where: { assetId }, _sum: { bytes: true }, _count: { _all: true } });
  return { count: agg._count._all, bytes: agg._sum.bytes ?? 0n };
}

/**
 * Deletes backed-up versions of an asset, irreversibly. A deleted asset left with no version
 * has nothing to be restored from, so it is gone too (asset: null).
 */
export async function deleteAssetBackupVersions(ctx: Ctx, input: { assetId: string; versionIds: string[] }) {
  const field = ["input", "versionIds"];
  assertMaxItems(field, input.versionIds, MAX_VERSION_IDS);
  if (input.versionIds.length === 0) throw new DomainError("INVALID_ARGUMENT", "versionIds needs at least one version id", field);
  return releasing(ctx, await transact(ctx, async (tx) => {
    await takeTurn(tx, ctx);
    const asset = await tx.asset.findUnique({ where: { environmentId_assetId: { environmentId: ctx.environment.id, assetId: input.assetId } } });
    if (!asset) throw new DomainError("NOT_FOUND", `asset ${input.assetId} not found`, ["input", "assetId"]);
    const versions = await tx.assetVersion.findMany({ where: { assetId: asset.id, versionId: { in: input.versionIds } }, select: { id: true, versionId: true, blobKey: true } });
    const known = new Set(versions.map((v) => v.versionId));
    const missing = input.versionIds.map((v, i) => [v, i] as const).filter(([v]) => !known.has(v));
    if (missing.length) {
      throw DomainError.many(missing.map(([v, i]) => userError("NOT_FOUND", `asset ${asset.assetId} has no backed-up version ${v}`, [...field, i])));
    }
    await tx.assetVersion.deleteMany({ where: { id: { in: versions.map((v) => v.id) } } });
    const released = versions.flatMap((v) => (v.blobKey ? [v.blobKey] : []));
    const totals = await backupTotals(tx, asset.id);
    if (totals.count === 0 && asset.status === "deleted") {
      await tx.asset.delete({ where: { id: asset.id } });
      return { asset: null, deletedVersionIds: [...known], released: asset.blobKey ? [...released, asset.blobKey] : released };
    }
    const updated = await tx.asset.update({ where: { id: asset.id }, data: { backupBytes: totals.bytes, backup: totals.count > 0 } });
    return { asset: updated.status === "active" ? updated : null, deletedVersionIds: [...known], released };
  }));
}

export interface RestoreAssetsInput {
  assetIds?: string[] | null;
  publicIds?: string[] | null;
  resourceType?: ResourceType | null;
  type?: DeliveryType | null;
  versionIds?: string[] | null;
  notificationUrl?: string | null;
}

/**
 * Restores assets from backup, each on its own (failures come back as userErrors naming the id's
 * position). A deleted asset comes back active with its latest backed-up version (or the given
 * one). Restoring an active asset, or a specific version, makes a new version from the backup
 * (with a new version id, as the reference says); with versionIds each restore emits
 * restore_asset_version. A notificationUrl (asset-ID form only, as in the reference) gets one
 * notification when the call is done, in its transaction: a restore_asset_version event
 * describing every restored asset and every failure, delivered to that URI only.
 */
export async function restoreAssets(ctx: Ctx, input: RestoreAssetsInput) {
  const { field, ids } = oneIdList(input);
  if (input.notificationUrl != null) {
    if (field !== "assetIds") throw new DomainError("INVALID_ARGUMENT", "notificationUrl is taken with assetIds only (the reference's restore by asset ID)", ["input", "notificationUrl"]);
    validateUri(input.notificationUrl, ["input", "notificationUrl"]);
  }
  if (input.versionIds != null && input.versionIds.length !== ids.length) {
    throw new DomainError("VERSION_MISMATCH", `versionIds has ${input.versionIds.length} entries for ${ids.length} ${field}: give one version id per asset, in the same order`, ["input", "versionIds"]);
  }
  const resourceType = input.resourceType ?? "image";
  const type = input.type ?? "upload";
  return releasing(ctx, await transact(ctx, async (tx, emit) => {
    await takeTurn(tx, ctx);
    const found = await findByIds(tx, ctx.environment.id, field, ids, resourceType, type);
    const restored: AssetRow[] = [];
    const released: string[] = [];
    const userErrors: UserErrorValue[] = [];
    const done = new Set<number>();
    const notified: Record<string, unknown>[] = [];
    for (const [i, id] of ids.entries()) {
      const idField: FieldPath = ["input", field, i];
      const asset = found.get(id);
      if (!asset) {
        userErrors.push(userError("NOT_FOUND", field === "assetIds" ? `asset ${id} not found` : `asset ${resourceType}/${type}/${id} not found`, idField));
        continue;
      }
      if (done.has(asset.id)) {
        userErrors.push(userError("INVALID_ARGUMENT", `${id} is given twice`, idField));
        continue;
      }
      const wanted = input.versionIds?.[i] ?? null;
      const versions = await tx.assetVersion.findMany({ where: { assetId: asset.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
      const version = wanted === null ? versions.find((v) => v.restorable) : versions.find((v) => v.versionId === wanted);
      if (!version) {
        userErrors.push(wanted === null
          ? userError("NOT_FOUND", `asset ${asset.assetId} has no restorable backed-up version`, idField)
          : userError("VERSION_MISMATCH", `asset ${asset.assetId} has no backed-up version ${wanted}`, ["input", "versionIds", i]));
        continue;
      }
      if (!version.restorable) {
        userErrors.push(userError("VERSION_MISMATCH", `version ${wanted} of asset ${asset.assetId} is not restorable`, ["input", "versionIds", i]));
        continue;
      }
      done.add(asset.id);
      const now = new Date();
      const data: Prisma.AssetUncheckedUpdateInput = { status: "active", format: version.format, bytes: version.bytes, updatedAt: now };
      // A version with a file brings it back (a version imported without one leaves the file columns as they are).
      const file = version.blobKey ? { blobKey: version.blobKey, width: version.width, height: version.height, etag: version.etag } : {};
      Object.assign(data, file);
      if (version.blobKey && asset.blobKey && asset.blobKey !== version.blobKey) released.push(asset.blobKey);
      let newVersionId: string | null = null;
      if (wanted !== null || asset.status === "active") {
        // A new version made from the backed-up one; it is backed up too.
        const next = Math.max(Math.floor(now.getTime() / 1000), asset.version + 1);
        const copy = await tx.assetVersion.create({ data: { assetId: asset.id, versionId: newHexId(), version: next, format: version.format, bytes: version.bytes, createdAt: now, ...file } });
        data.version = next;
        newVersionId = copy.versionId;
        data.backupBytes = (await backupTotals(tx, asset.id)).bytes;
        if (wanted !== null) {
          emit({ type: "restore_asset_version", assetIds: [asset.assetId], payload: { asset: assetRef(asset), restored_version_id: version.versionId, new_version_id: copy.versionId } });
        }
      } else {
        data.version = version.version;
      }
      const row = await tx.asset.update({ where: { id: asset.id }, data });
      restored.push(row);
      notified.push({ asset: assetRef(row), version: row.version, restored_version_id: version.versionId, new_version_id: newVersionId });
    }
    if (input.notificationUrl != null) {
      emit({
        type: "restore_asset_version",
        assetIds: restored.map((a) => a.assetId),
        payload: { restored: notified, failed: userErrors.map((e) => ({ asset_id: ids[Number(e.field![2])], code: e.code, message: e.message })) },
        deliverOnlyTo: input.notificationUrl,
      });
    }
    return { restored, userErrors, released };
  }));
}
