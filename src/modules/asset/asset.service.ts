// Assets: lookup by reference, the `assets` list (every list variant of the Admin API's
// resources section that needs no search), updates and imports.
import type { Asset as AssetModel, Prisma } from "../../generated/sqlite/client.js";
import type { Tx } from "../../db/client.js";
import { insertRows } from "../../db/insert.js";
import { refreshStatistics } from "../../db/statistics.js";
import type { Ctx } from "../../context.js";
import { DomainError, assertMaxItems, assertMaxLength, assertName, assertText, userError, type FieldPath, type UserErrorValue } from "../../errors/errors.js";
import { argsHash, decodeCursor, encodeCursor } from "../../lib/cursor.js";
import type { DeliveryType, ResourceType } from "../../lib/enums.js";
import { transact, type Emit } from "../../events/outbox.js";
import { ASSET_ID_PATTERN, newHexId } from "../../lib/ids.js";
import { nextTurn } from "../../lib/next-turn.js";
import { startsWith } from "../../lib/prefix.js";
import { Edge, chunks, pageInfo, pageSize, type PageArgs } from "../../lib/page.js";
import { assetRef, findAssetByRef, refWhere, type AssetRef } from "../../lib/asset-ref.js";
import { assertDynamicMode, ensureFolder, findFolder, normalizeFolderPath } from "../folder/index.js";
import { importLifecycle, type ImportDerivedInput, type ImportVersionInput } from "./asset-lifecycle.service.js";
import { applyAssetAccess, type AssetAccessInput } from "./asset-access.service.js";
import { AssetColumns, assetPage, attachRelations, countAssets, plannable, SqlWhere, type Row, type Selection } from "./asset.sql.js";
import { applyAssetMetadata, importAssetMetadata, type MetadataValueInputShape } from "../metadata/index.js";

export const MAX_PUBLIC_IDS = 100;
export const MAX_ASSET_IDS = 10;
export const MAX_IMPORT = 1000;
/**
 * Tags and context entries across all records of one import. A call's work is bounded by what it
 * writes, not by its records alone: 1,000 records of 1,000 tags each would be a million rows in
 * one transaction, minutes of a blocked SQLite connection. At 10,000 of each a call writes about
 * 85 statements; it is still slower than the 2 s budget on a 100,000-asset SQLite file
 * (bench/limits.ts), for reasons other than the row count.
 */
export const MAX_IMPORT_TAGS = 10_000;
export const MAX_IMPORT_CONTEXT_ENTRIES = 10_000;
// The reference sets no per-asset tag limits (DOMAIN Q 30); these keep rows and indexes bounded.
export const MAX_TAGS_PER_ASSET = 1000;
export const MAX_TAG_LENGTH = 255;
export const MAX_CONTEXT_ENTRIES = 1000;
export const MAX_CONTEXT_KEY_LENGTH = 255;
export const MAX_CONTEXT_VALUE_LENGTH = 4096;
export const MAX_PUBLIC_ID_LENGTH = 1024;
export const MAX_DISPLAY_NAME_LENGTH = 1024;

/**
 * The `asset` query's condition. A publicId without resourceType means the image (as it always
 * has); when no image has it, the one asset of another resource type that does, or
 * INVALID_ARGUMENT naming the resource types when several do (a public ID is unique per resource
 * type and delivery type only).
 */
export async function assetLookupWhere(ctx: Ctx, ref: AssetRef): Promise<Prisma.AssetWhereUniqueInput> {
  if (ref.assetId || !ref.publicId || ref.resourceType) return refWhere(ctx.environment.id, { ...ref, resourceType: ref.resourceType ?? "image" }, ["assetId"]);
  const type = ref.type ?? "upload";
  const found = await ctx.db.asset.findMany({
    where: { environmentId: ctx.environment.id, type, publicId: ref.publicId },
    select: { id: true, resourceType: true },
    orderBy: { resourceType: "asc" },
  });
  const image = found.find((a) => a.resourceType === "image");
  if (image) return { id: image.id };
  if (found.length > 1) {
    throw new DomainError(
      "INVALID_ARGUMENT",
      `public ID ${ref.publicId} (type ${type}) names ${found.length} assets, of resource types ${found.map((a) => a.resourceType.toUpperCase()).join(", ")}: give resourceType`,
      ["resourceType"],
    );
  }
  return found.length === 1 ? { id: found[0].id } : refWhere(ctx.environment.id, { ...ref, resourceType: "image" }, ["assetId"]);
}

// ---------------------------------------------------------------------------------------------
// The assets list

export interface AssetListArgs extends PageArgs {
  resourceType?: ResourceType | null;
  type?: DeliveryType | null;
  prefix?: string | null;
  publicIds?: string[] | null;
  assetIds?: string[] | null;
  tag?: string | null;
  context?: { key: string; value?: string | null } | null;
  moderation?: { kind: string; status: string } | null;
  assetFolder?: string | null;
  startAt?: Date | null;
  direction?: "asc" | "desc" | null;
}

interface ListPlan {
  where: SqlWhere;
  /** public_id order (with a prefix), else created_at order in `direction` */
  byPublicId: boolean;
  desc: boolean;
  take: number;
  hash: string;
  after: (string | number | null)[] | null;
}

const LIST_PAGE = { default: 10, max: 500 };
const FOLDER_LIST_PAGE = { default: 50, max: 500 };

/** The list's filters as SQL over alias `a` (src/modules/asset/asset.sql.ts runs it). */
async function planList(ctx: Ctx, args: AssetListArgs): Promise<ListPlan | null> {
  const take = pageSize(args, args.assetFolder != null ? FOLDER_LIST_PAGE : LIST_PAGE);
  assertMaxItems(["publicIds"], args.publicIds, MAX_PUBLIC_IDS);
  assertMaxItems(["assetIds"], args.assetIds, MAX_ASSET_IDS);
  if (args.startAt && (args.prefix != null || args.publicIds)) {
    throw new DomainError("INVALID_ARGUMENT", "startAt cannot be combined with prefix or publicIds", ["startAt"]);
  }
  if (args.prefix != null && args.publicIds) {
    throw new DomainError("INVALID_ARGUMENT", "give prefix or publicIds, not both", ["prefix"]);
  }
  const { sql } = ctx;
  const where = new SqlWhere().add(`a."environmentId" = ?`, ctx.environment.id).add(`a."status" = 'active'`);
  if (args.resourceType) where.add(`a."resourceType" = ?`, args.resourceType);
  if (args.type) where.add(`a."type" = ?`, args.type);
  if (args.prefix != null) {
    const range = startsWith(ctx.dialect, args.prefix);
    if ("startsWith" in range) where.add(`a."publicId" LIKE ?`, `${range.startsWith}%`);
    else where.add(`a."publicId" >= ? AND a."publicId" < ?`, range.gte, range.lt);
  }
  if (args.publicIds) where.add(`a."publicId" IN (${args.publicIds.map(() => "?").join(", ") || "NULL"})`, ...args.publicIds);
  if (args.assetIds) where.add(`a."assetId" IN (${args.assetIds.map(() => "?").join(", ") || "NULL"})`, ...args.assetIds);
  if (args.tag != null) where.add(`EXISTS (SELECT 1 FROM "AssetTag" t WHERE t."assetId" = a."id" AND t."name" = ?)`, args.tag);
  if (args.context) {
    if (args.context.value != null) where.add(`EXISTS (SELECT 1 FROM "AssetContext" c WHERE c."assetId" = a."id" AND c."key" = ? AND c."value" = ?)`, args.context.key, args.context.value);
    else where.add(`EXISTS (SELECT 1 FROM "AssetContext" c WHERE c."assetId" = a."id" AND c."key" = ?)`, args.context.key);
  }
  if (args.moderation) where.add(`EXISTS (SELECT 1 FROM "AssetModeration" m WHERE m."assetId" = a."id" AND m."kind" = ? AND m."status" = ?)`, args.moderation.kind, args.moderation.status);
  if (args.startAt) where.add(`a."createdAt" >= ?`, sql.date(args.startAt));
  if (args.assetFolder != null) {
    assertDynamicMode(ctx, ["assetFolder"]);
    const path = normalizeFolderPath(args.assetFolder, ["assetFolder"], { allowRoot: true });
    if (path === "") where.add(`a."folderId" IS NULL`);
    else {
      // "The asset folder name isn't case sensitive": folders are looked up by lower(path).
      const folder = await findFolder(ctx.db, ctx.environment.id, path);
      if (!folder) return null;
      where.add(`a."folderId" = ?`, folder.id);
    }
  }
  const byPublicId = args.prefix != null;
  const desc = !byPublicId && (args.direction ?? "desc") === "desc";
  const { first: _f, after: _a, ...rest } = args;
  const hash = argsHash(rest);
  const after = args.after ? decodeCursor(args.after, hash, 2) : null;
  return { where, byPublicId, desc, take, hash, after };
}

/** The page's rows start after the cursor's (key, id). */
function keysetWhere(ctx: Ctx, plan: ListPlan): SqlWhere {
  const where = new SqlWhere().add(plan.where.toString(), ...plan.where.params);
  if (!plan.after) return where;
  const [value, id] = plan.after;
  if (typeof id !== "number") throw new DomainError("INVALID_CURSOR", "after is not a cursor this API issued", ["after"]);
  const op = plan.desc ? "<" : ">";
  // (key, id) past the cursor, written as `key <= v AND (key < v OR id < i)` (for descending
  // order) so the database can range-scan the (key, id) index from the cursor on.
  if (plan.byPublicId) {
    const v = String(value);
    return where.add(`a."publicId" ${op}= ? AND (a."publicId" ${op} ? OR a."id" ${op} ?)`, v, v, id);
  }
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new DomainError("INVALID_CURSOR", "after is not a cursor this API issued", ["after"]);
  const v = ctx.sql.date(date);
  return where.add(`a."createdAt" ${op}= ? AND (a."createdAt" ${op} ? OR a."id" ${op} ?)`, v, v, id);
}

/**
 * One page of assets as a Relay connection. `selection` is what the Prisma plugin planned for
 * the edges' nodes (queryFromInfo): planned in SQL of our own when every part of it is
 * (asset.sql.ts), else loaded by Prisma by the page's ids; either way one statement per level.
 */
export async function listAssets(ctx: Ctx, args: AssetListArgs, selection: Selection, columns: AssetColumns) {
  const plan = await planList(ctx, args);
  if (!plan) return emptyConnection();
  const direction = plan.desc ? "DESC" : "ASC";
  const orderBy = plan.byPublicId ? `a."publicId" ASC, a."id" ASC` : `a."createdAt" ${direction}, a."id" ${direction}`;
  const planned = plannable(selection);
  // Prisma loads the rows again by id when the selection is not planned here: the page needs only its keys then.
  let rows = await assetPage(ctx.sql, { columns: planned ? columns : new AssetColumns([], {}), where: keysetWhere(ctx, plan), orderBy, limit: plan.take + 1 });
  if (planned) await attachRelations(ctx.sql, rows, selection, columns);
  else if (selection !== true && rows.length) {
    const query = selection.select ? { select: { ...selection.select, id: true, createdAt: true, publicId: true } } : selection;
    const loaded = await ctx.db.asset.findMany({ ...query, where: { id: { in: rows.map((r) => r.id as number) } } } as Prisma.AssetFindManyArgs);
    const byId = new Map(loaded.map((r) => [r.id, r as unknown as Row]));
    rows = rows.map((r) => byId.get(r.id as number)).filter((r): r is Row => r !== undefined);
  }
  const page = (rows as unknown as AssetModel[]).slice(0, plan.take);
  const encode = (node: AssetModel) => encodeCursor([plan.byPublicId ? node.publicId : node.createdAt.toISOString(), node.id], plan.hash);
  const edges = page.map((node) => new Edge(node, encode));
  return {
    edges,
    pageInfo: pageInfo(edges, rows.length, plan.take),
    totalCount: () => countAssets(ctx.sql, plan.where),
  };
}

export function emptyConnection() {
  return {
    edges: [] as Edge<AssetModel>[],
    pageInfo: pageInfo([], 0, 0),
    totalCount: async () => 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Writes

export interface ContextEntryInput {
  key: string;
  value: string;
}

/** Checks a tag list (duplicates are dropped, order kept) and returns it. */
export function cleanTags(tags: string[], field: FieldPath): string[] {
  const unique = [...new Set(tags)];
  assertMaxItems(field, unique, MAX_TAGS_PER_ASSET);
  // Checked as given, so an error's field is the tag's index in the input, duplicates included.
  tags.forEach((tag, i) => {
    if (tag.trim() === "") throw new DomainError("INVALID_ARGUMENT", "tags may not be empty", [...field, i]);
    assertMaxLength([...field, i], tag, MAX_TAG_LENGTH);
    assertName([...field, i], tag);
  });
  return unique;
}

export function cleanContext(entries: ContextEntryInput[], field: FieldPath): ContextEntryInput[] {
  assertMaxItems(field, entries, MAX_CONTEXT_ENTRIES);
  const byKey = new Map<string, string>();
  entries.forEach((e, i) => {
    if (e.key === "") throw new DomainError("INVALID_ARGUMENT", "context keys may not be empty", [...field, i, "key"]);
    assertMaxLength([...field, i, "key"], e.key, MAX_CONTEXT_KEY_LENGTH);
    assertMaxLength([...field, i, "value"], e.value, MAX_CONTEXT_VALUE_LENGTH);
    assertName([...field, i, "key"], e.key);
    assertText([...field, i, "value"], e.value);
    if (byKey.has(e.key)) throw new DomainError("INVALID_ARGUMENT", `context key ${e.key} is given twice`, [...field, i, "key"]);
    byKey.set(e.key, e.value);
  });
  return entries;
}

function checkDisplayName(name: string, field: FieldPath): void {
  if (name.includes("/")) throw new DomainError("INVALID_ARGUMENT", "displayName cannot contain /", field);
  if (name.trim() === "") throw new DomainError("INVALID_ARGUMENT", "displayName may not be empty", field);
  assertMaxLength(field, name, MAX_DISPLAY_NAME_LENGTH);
  assertName(field, name);
}

/** With uniqueDisplayName, a name already used in the target folder gets a random suffix. */
async function uniqueDisplayName(tx: Tx, environmentId: number, folderId: number | null, name: string, selfId: number): Promise<string> {
  let candidate = name;
  while (await tx.asset.findFirst({ where: { environmentId, folderId, displayName: candidate, id: { not: selfId } }, select: { id: true } })) {
    candidate = `${name}_${newHexId().slice(0, 6)}`;
  }
  return candidate;
}

export interface UpdateAssetInput extends AssetAccessInput {
  ref: AssetRef;
  displayName?: string | null;
  uniqueDisplayName?: boolean | null;
  assetFolder?: string | null;
  tags?: string[] | null;
  context?: ContextEntryInput[] | null;
  metadata?: MetadataValueInputShape[] | null;
  clearInvalid?: boolean | null;
}

/** Updates display name, asset folder, tags (replaced) and context (replaced), in one transaction. */
export async function updateAsset(ctx: Ctx, input: UpdateAssetInput) {
  const checked = checkUpdate(ctx, input);
  return transact(ctx, (tx, emit) => applyUpdate(tx, ctx, emit, input, checked));
}

/** updateAsset's checks before its transaction; what they return is the update's to apply. */
export function checkUpdate(ctx: Ctx, input: UpdateAssetInput) {
  if (input.displayName != null || input.assetFolder != null) assertDynamicMode(ctx, ["input", input.displayName != null ? "displayName" : "assetFolder"]);
  if (input.displayName != null) checkDisplayName(input.displayName, ["input", "displayName"]);
  return {
    folderPath: input.assetFolder != null ? normalizeFolderPath(input.assetFolder, ["input", "assetFolder"], { allowRoot: true }) : undefined,
    tags: input.tags ? cleanTags(input.tags, ["input", "tags"]) : undefined,
    context: input.context ? cleanContext(input.context, ["input", "context"]) : undefined,
  };
}

/** updateAsset inside a transaction (the Upload API's explicit runs it beside its eager transformations). */
export async function applyUpdate(tx: Tx, ctx: Ctx, emit: Emit, input: UpdateAssetInput, { folderPath, tags, context }: ReturnType<typeof checkUpdate>) {
  const env = ctx.environment.id;
  const found = await findAssetByRef(tx, env, input.ref, ["input", "ref"]);
  // Concurrent updates of one asset take turns (PostgreSQL row lock; SQLite serialises writers),
  // so tags and context are replaced whole and each event's "before" is what the change replaced.
  if (ctx.dialect === "postgres") await tx.$queryRaw`SELECT id FROM "Asset" WHERE id = ${found.id} FOR UPDATE`;
  const asset = ctx.dialect === "postgres" ? await tx.asset.findUniqueOrThrow({ where: { id: found.id } }) : found;
  const ref = assetRef(asset);
  const now = new Date();
  const data: Prisma.AssetUncheckedUpdateInput = { updatedAt: now };
  let folderId = asset.folderId;
  if (folderPath !== undefined) {
    const from = asset.folderId === null ? "" : (await tx.folder.findUniqueOrThrow({ where: { id: asset.folderId } })).path;
    const folder = await ensureFolder(tx, env, folderPath, emit);
    folderId = folder?.id ?? null;
    data.folderId = folderId;
    if (folderId !== asset.folderId) emit({ type: "move", assetIds: [asset.assetId], payload: { asset: ref, from_asset_folder: from, to_asset_folder: folder?.path ?? "" } });
  }
  if (input.displayName != null) {
    const name = input.uniqueDisplayName ? await uniqueDisplayName(tx, env, folderId, input.displayName, asset.id) : input.displayName;
    data.displayName = name;
    const before = asset.displayName ?? lastSegment(asset.publicId);
    if (name !== before) emit({ type: "resource_display_name_changed", assetIds: [asset.assetId], payload: { asset: ref, before, after: name } });
  }
  if (tags) {
    const before = (await tx.assetTag.findMany({ where: { assetId: asset.id }, select: { name: true }, orderBy: { id: "asc" } })).map((t) => t.name);
    await tx.assetTag.deleteMany({ where: { assetId: asset.id } });
    await tx.assetTag.createMany({ data: tags.map((name) => ({ assetId: asset.id, environmentId: env, resourceType: asset.resourceType, name })) });
    data.tagsUpdatedAt = now;
    const added = tags.filter((t) => !before.includes(t));
    const removed = before.filter((t) => !tags.includes(t));
    if (added.length || removed.length) emit({ type: "resource_tags_changed", assetIds: [asset.assetId], payload: { asset: ref, added, removed } });
  }
  if (context) {
    const previous = await tx.assetContext.findMany({ where: { assetId: asset.id }, select: { key: true, value: true } });
    await tx.assetContext.deleteMany({ where: { assetId: asset.id } });
    await tx.assetContext.createMany({ data: context.map((e) => ({ assetId: asset.id, environmentId: env, key: e.key, value: e.value })) });
    data.contextUpdatedAt = now;
    const before = Object.fromEntries(previous.map((e) => [e.key, e.value]));
    const after = Object.fromEntries(context.map((e) => [e.key, e.value]));
    if (JSON.stringify(sortKeys(before)) !== JSON.stringify(sortKeys(after))) {
      emit({ type: "resource_context_changed", assetIds: [asset.assetId], payload: { asset: ref, before, after } });
    }
  }
  await applyAssetAccess(tx, asset, input, data, emit, now);
  if (input.metadata != null || input.clearInvalid) Object.assign(data, await applyAssetMetadata(tx, ctx, asset, input, emit));
  return { asset: await tx.asset.update({ where: { id: asset.id }, data }) };
}

const sortKeys = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

export interface ImportAssetInput {
  publicId: string;
  assetId?: string | null;
  resourceType?: ResourceType | null;
  type?: DeliveryType | null;
  format?: string | null;
  version?: number | null;
  bytes?: bigint | null;
  width?: number | null;
  height?: number | null;
  duration?: number | null;
  displayName?: string | null;
  assetFolder?: string | null;
  etag?: string | null;
  createdAt?: Date | null;
  tags?: string[] | null;
  context?: ContextEntryInput[] | null;
  moderation?: { kind: string; status: string }[] | null;
  derived?: ImportDerivedInput[] | null;
  backup?: boolean | null;
  versions?: ImportVersionInput[] | null;
  metadata?: MetadataValueInputShape[] | null;
}

/** Last public-ID segment: the default display name, and `filename` (raw keeps its extension). */
export const lastSegment = (publicId: string) => publicId.slice(publicId.lastIndexOf("/") + 1);

interface CheckedImport {
  record: ImportAssetInput;
  /** position in the input list, for error fields (records that failed checks are not in `checked`) */
  index: number;
  assetId: string;
  resourceType: ResourceType;
  type: DeliveryType;
  folderPath: string;
  tags: string[];
  context: ContextEntryInput[];
}

function checkImport(record: ImportAssetInput, i: number): CheckedImport {
  const field = ["input", "assets", i];
  const publicId = record.publicId;
  if (publicId.trim() === "" || publicId.startsWith("/") || publicId.endsWith("/")) {
    throw new DomainError("INVALID_ARGUMENT", "publicId must be non-empty and may not start or end with /", [...field, "publicId"]);
  }
  assertMaxLength([...field, "publicId"], publicId, MAX_PUBLIC_ID_LENGTH);
  assertName([...field, "publicId"], publicId);
  if (record.assetId != null && !ASSET_ID_PATTERN.test(record.assetId)) {
    throw new DomainError("INVALID_ARGUMENT", "assetId must be 32 lowercase hexadecimal characters", [...field, "assetId"]);
  }
  for (const key of ["version", "width", "height"] as const) {
    const v = record[key];
    if (v != null && v < 0) throw new DomainError("INVALID_ARGUMENT", `${key} may not be negative`, [...field, key]);
  }
  if (record.bytes != null && record.bytes < 0n) throw new DomainError("INVALID_ARGUMENT", "bytes may not be negative", [...field, "bytes"]);
  if (record.duration != null && record.duration < 0) throw new DomainError("INVALID_ARGUMENT", "duration may not be negative", [...field, "duration"]);
  if (record.displayName != null) checkDisplayName(record.displayName, [...field, "displayName"]);
  return {
    record,
    index: i,
    assetId: record.assetId ?? newHexId(),
    resourceType: record.resourceType ?? "image",
    type: record.type ?? "upload",
    folderPath: normalizeFolderPath(record.assetFolder ?? "", [...field, "assetFolder"], { allowRoot: true }),
    tags: cleanTags(record.tags ?? [], [...field, "tags"]),
    context: cleanContext(record.context ?? [], [...field, "context"]),
  };
}

/**
 * Brings asset records in (the Upload API's job in Cloudinary; files come later). All or
 * nothing: every record is checked first and any problem is reported per record, with nothing written.
 */
/** An import of at least this many records refreshes the planner's statistics once it has committed. */
export const ANALYZE_AFTER_IMPORT = 100;

const ASSETS_PER_CREATE = 100;

export async function importAssets(ctx: Ctx, input: { assets: ImportAssetInput[] }) {
  // GraphQL has just coerced up to 20,000 input values synchronously (about 100 ms at the caps);
  // the checks below are as long again, so the event loop gets a turn between the two.
  await nextTurn();
  assertMaxItems(["input", "assets"], input.assets, MAX_IMPORT);
  // before any per-record work: the totals bound what the rest of the call costs
  assertImportTotal(input.assets, "tags", MAX_IMPORT_TAGS, (r) => r.tags?.length ?? 0);
  assertImportTotal(input.assets, "context", MAX_IMPORT_CONTEXT_ENTRIES, (r) => r.context?.length ?? 0);
  if (input.assets.length > 0) assertDynamicModeFor(ctx, input.assets);
  const errors: UserErrorValue[] = [];
  const checked: CheckedImport[] = [];
  input.assets.forEach((record, i) => {
    try {
      checked.push(checkImport(record, i));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      errors.push(...e.userErrors);
    }
  });
  findDuplicatesWithin(checked, errors);
  if (errors.length) throw DomainError.many(errors);
  await nextTurn();

  const env = ctx.environment.id;
  const imported = await transact(ctx, async (tx, emit) => {
    // IN lists rather than one OR per record (SQLite caps expression depth at 1000), each on a
    // unique index: asset ids, and public ids per resource type and type (an OR of the two, or
    // public ids alone, read every asset of the environment: about 100 ms per 400 records).
    const clashes = [];
    const select = { assetId: true, resourceType: true, type: true, publicId: true };
    for (const part of chunks(checked)) clashes.push(...(await tx.asset.findMany({ where: { environmentId: env, assetId: { in: part.map((c) => c.assetId) } }, select })));
    const kinds = new Map<string, CheckedImport[]>();
    for (const c of checked) kinds.set(`${c.resourceType}/${c.type}`, [...(kinds.get(`${c.resourceType}/${c.type}`) ?? []), c]);
    for (const kind of kinds.values()) {
      for (const part of chunks(kind)) {
        const { resourceType, type } = part[0];
        clashes.push(...(await tx.asset.findMany({ where: { environmentId: env, resourceType, type, publicId: { in: part.map((c) => c.record.publicId) } }, select })));
      }
    }
    const clashing = clashErrors(checked, clashes);
    if (clashing.length) throw DomainError.many(clashing);

    const folderIds = new Map<string, number | null>();
    const folderSpelling = new Map<string, string>();
    for (const path of new Set(checked.map((c) => c.folderPath))) {
      const folder = await ensureFolder(tx, env, path, emit);
      folderIds.set(path, folder?.id ?? null);
      folderSpelling.set(path, folder?.path ?? "");
    }
    const now = new Date();
    // In statements of ASSETS_PER_CREATE: Prisma compiles a createMany synchronously, and the
    // INSERT fills the search index by trigger; 1,000 assets in one held the event loop for about
    // 450 ms, and the writer yields only between statements (src/db/yielding.ts).
    for (const part of chunks(checked, ASSETS_PER_CREATE)) {
      await tx.asset.createMany({
        data: part.map(({ record: r, assetId, resourceType, type, folderPath }) => {
          const createdAt = r.createdAt ?? now;
          return {
            environmentId: env, assetId, publicId: r.publicId, resourceType, type,
            format: r.format ?? null, version: r.version ?? Math.floor(createdAt.getTime() / 1000), bytes: r.bytes ?? 0n,
            width: r.width ?? null, height: r.height ?? null, duration: r.duration ?? null,
            displayName: r.displayName ?? lastSegment(r.publicId), folderId: folderIds.get(folderPath) ?? null,
            etag: r.etag ?? null, createdAt, uploadedAt: now, updatedAt: now,
          };
        }),
      });
    }
    const rows = [];
    for (const part of chunks(checked)) rows.push(...(await tx.asset.findMany({ where: { environmentId: env, assetId: { in: part.map((c) => c.assetId) } } })));
    const idOf = new Map(rows.map((r) => [r.assetId, r.id]));
    const tagRows = checked.flatMap((c) => c.tags.map((name) => ({ assetId: idOf.get(c.assetId)!, environmentId: env, resourceType: c.resourceType, name })));
    const contextRows = checked.flatMap((c) => c.context.map((e) => ({ assetId: idOf.get(c.assetId)!, environmentId: env, key: e.key, value: e.value })));
    const moderationRows = checked.flatMap((c) => (c.record.moderation ?? []).map((m) => ({ assetId: idOf.get(c.assetId)!, kind: m.kind, status: m.status })));
    await insertRows(tx, ctx.dialect, "AssetTag", ["assetId", "environmentId", "resourceType", "name"], tagRows);
    await insertRows(tx, ctx.dialect, "AssetContext", ["assetId", "environmentId", "key", "value"], contextRows);
    if (moderationRows.length) await tx.assetModeration.createMany({ data: moderationRows });
    const byAssetId = new Map(rows.map((r) => [r.assetId, r]));
    await importLifecycle(tx, ctx.dialect, env, checked.filter((c) => c.record.derived?.length || c.record.backup || c.record.versions?.length)
      .map((c) => ({ index: c.index, asset: byAssetId.get(c.assetId)!, derived: c.record.derived, backup: c.record.backup, versions: c.record.versions })));
    await importAssetMetadata(tx, ctx, rows, checked.map((c) => ({ assetId: c.assetId, metadata: c.record.metadata ?? [], index: c.index })));
    const order = new Map(checked.map((c, i) => [c.assetId, i]));
    // One upload notification per asset, as Cloudinary sends one per upload.
    const folderPaths = new Map(checked.map((c) => [c.assetId, folderSpelling.get(c.folderPath)]));
    for (const row of [...rows].sort((a, b) => order.get(a.assetId)! - order.get(b.assetId)!)) {
      emit({ type: "upload", assetIds: [row.assetId], payload: { asset: assetRef(row), version: row.version, format: row.format, bytes: Number(row.bytes), asset_folder: folderPaths.get(row.assetId) ?? "" } });
    }
    return { assets: rows.sort((a, b) => order.get(a.assetId)! - order.get(b.assetId)!) };
  }, { timeout: 60_000 });
  if (checked.length >= ANALYZE_AFTER_IMPORT) await refreshStatistics(ctx.db, ctx.dialect);
  return imported;
}

/** LIMIT_EXCEEDED naming the record whose `field` takes the call past `max` entries (as given) in all. */
function assertImportTotal(records: ImportAssetInput[], field: string, max: number, count: (r: ImportAssetInput) => number): void {
  let total = 0;
  records.forEach((r, i) => {
    total += count(r);
    if (total > max) {
      throw new DomainError("LIMIT_EXCEEDED", `one importAssets call takes at most ${max} ${field} entries across its records (record ${i} brings the total past it)`, ["input", "assets", i, field]);
    }
  });
}

function assertDynamicModeFor(ctx: Ctx, records: ImportAssetInput[]): void {
  const i = records.findIndex((r) => r.assetFolder || r.displayName);
  if (i >= 0) assertDynamicMode(ctx, ["input", "assets", i, records[i].assetFolder ? "assetFolder" : "displayName"]);
}

const tripleKey = (rt: string, type: string, publicId: string) => `${rt}/${type}/${publicId}`;

function findDuplicatesWithin(checked: CheckedImport[], errors: UserErrorValue[]): void {
  const seenTriple = new Set<string>();
  const seenId = new Set<string>();
  checked.forEach((c) => {
    const triple = tripleKey(c.resourceType, c.type, c.record.publicId);
    if (seenTriple.has(triple)) errors.push(userError("ALREADY_EXISTS", `${triple} appears twice in this import`, ["input", "assets", String(c.index), "publicId"]));
    if (seenId.has(c.assetId)) errors.push(userError("ALREADY_EXISTS", `assetId ${c.assetId} appears twice in this import`, ["input", "assets", String(c.index), "assetId"]));
    seenTriple.add(triple);
    seenId.add(c.assetId);
  });
}

function clashErrors(checked: CheckedImport[], clashes: { assetId: string; resourceType: string; type: string; publicId: string }[]): UserErrorValue[] {
  const triples = new Set(clashes.map((c) => tripleKey(c.resourceType, c.type, c.publicId)));
  const ids = new Set(clashes.map((c) => c.assetId));
  const errors: UserErrorValue[] = [];
  checked.forEach((c, i) => {
    const triple = tripleKey(c.resourceType, c.type, c.record.publicId);
    if (triples.has(triple)) errors.push(userError("ALREADY_EXISTS", `asset ${triple} already exists`, ["input", "assets", String(i), "publicId"]));
    else if (ids.has(c.assetId)) errors.push(userError("ALREADY_EXISTS", `assetId ${c.assetId} already exists`, ["input", "assets", String(i), "assetId"]));
  });
  return errors;
}
