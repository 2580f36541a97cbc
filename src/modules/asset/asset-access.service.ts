// Moderation decisions and access control of an asset (DOMAIN.md §1.17, §1.18): updateAsset's
// moderationStatus and accessControl parameters, and the deprecated updateAssetsAccessMode.
import type { Asset as AssetModel, Prisma } from "../../generated/sqlite/client.js";
import type { Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, assertMaxItems, type FieldPath } from "../../errors/errors.js";
import { transact, type Emit } from "../../events/outbox.js";
import type { ResourceType } from "../../lib/enums.js";
import { startsWith } from "../../lib/prefix.js";
import { applyImageParams, type AssetImageInput } from "./asset-image.service.js";
import { assetRef } from "../../lib/asset-ref.js";

export const ACCESS_TYPES = ["token", "anonymous"] as const;
export const MODERATION_DECISIONS = ["approved", "rejected"] as const;
/** The reference sets no limit on access types per asset; any useful list is a handful. */
export const MAX_ACCESS_RULES = 50;
/** publicIds per updateAssetsAccessMode call, and matching originals for prefix/tag (reference). */
export const MAX_ACCESS_MODE_ASSETS = 100;

export interface AccessRuleInput {
  accessType: (typeof ACCESS_TYPES)[number];
  start?: Date | null;
  end?: Date | null;
}

/** An access rule as stored and notified (snake_case, as the Admin API spells access_control). */
export interface StoredAccessRule {
  access_type: (typeof ACCESS_TYPES)[number];
  start?: string;
  end?: string;
}

export interface AssetAccessInput extends AssetImageInput {
  moderationStatus?: (typeof MODERATION_DECISIONS)[number] | null;
  accessControl?: AccessRuleInput[] | null;
}

export function parseAccessControl(stored: string | null): StoredAccessRule[] | null {
  return stored ? (JSON.parse(stored) as StoredAccessRule[]) : null;
}

function checkAccessControl(rules: AccessRuleInput[], field: FieldPath): StoredAccessRule[] {
  assertMaxItems(field, rules, MAX_ACCESS_RULES);
  return rules.map((rule, i) => {
    if (rule.accessType === "token") {
      const extra = rule.start != null ? "start" : rule.end != null ? "end" : null;
      if (extra) throw new DomainError("INVALID_ARGUMENT", `a TOKEN access rule takes no ${extra} (only ANONYMOUS rules have a time window)`, [...field, i, extra]);
      return { access_type: "token" };
    }
    if (rule.start && rule.end && rule.start >= rule.end) throw new DomainError("INVALID_ARGUMENT", "end must be after start", [...field, i, "end"]);
    return {
      access_type: "anonymous",
      ...(rule.start ? { start: rule.start.toISOString() } : {}),
      ...(rule.end ? { end: rule.end.toISOString() } : {}),
    };
  });
}

/**
 * updateAsset's moderation, access-control, image and add-on parameters, inside its
 * transaction: sets `data.accessControl` (an empty list removes every rule: the asset is public),
 * records the moderation decision, emitting access_control_changed, moderation and
 * moderation_summary for what actually changed, then the image parameters (asset-image.service.ts).
 */
export async function applyAssetAccess(tx: Tx, asset: AssetModel, input: AssetAccessInput, data: Prisma.AssetUncheckedUpdateInput, emit: Emit, now: Date): Promise<void> {
  if (input.accessControl) {
    const rules = checkAccessControl(input.accessControl, ["input", "accessControl"]);
    const after = rules.length ? rules : null;
    const before = parseAccessControl(asset.accessControl);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      data.accessControl = after ? JSON.stringify(after) : null;
      data.accessControlUpdatedAt = now;
      emit({ type: "access_control_changed", assetIds: [asset.assetId], payload: { asset: assetRef(asset), before: { access_control: before }, after: { access_control: after } } });
    }
  }
  if (input.moderationStatus) await decideModeration(tx, asset, input.moderationStatus, emit, now);
  await applyImageParams(tx, asset, input, now);
}

/**
 * A manual decision overrides the asset's moderation: the current entry takes the decision (the
 * first still pending or queued; on a decided asset, the rejecting entry, else the last one
 * applied), and later entries still waiting are aborted, since the asset is decided. An asset
 * never moderated gets a `manual` entry.
 */
async function decideModeration(tx: Tx, asset: AssetModel, status: (typeof MODERATION_DECISIONS)[number], emit: Emit, now: Date): Promise<void> {
  const entries = await tx.assetModeration.findMany({ where: { assetId: asset.id }, orderBy: { id: "asc" } });
  const waiting = (s: string) => s === "pending" || s === "queued";
  let index = entries.findIndex((e) => waiting(e.status));
  // A decided asset: the decision sits with the rejecting entry, else with the last one applied.
  if (index < 0) index = entries.findIndex((e) => e.status === "rejected");
  if (index < 0) index = entries.findLastIndex((e) => e.status !== "aborted");
  if (index < 0) index = entries.length - 1;
  let current = entries[index];
  if (!current) {
    current = await tx.assetModeration.create({ data: { assetId: asset.id, kind: "manual", status, updatedAt: now } });
    entries.push(current);
    index = 0;
  } else if (current.status === status && !entries.slice(index + 1).some((e) => waiting(e.status))) {
    return;
  } else {
    await tx.assetModeration.update({ where: { id: current.id }, data: { status, updatedAt: now } });
    entries[index] = { ...current, status, updatedAt: now };
    const later = entries.slice(index + 1).filter((e) => waiting(e.status));
    if (later.length) {
      await tx.assetModeration.updateMany({ where: { id: { in: later.map((e) => e.id) } }, data: { status: "aborted", updatedAt: now } });
      for (const e of later) entries[entries.indexOf(e)] = { ...e, status: "aborted", updatedAt: now };
    }
  }
  const ref = assetRef(asset);
  emit({ type: "moderation", assetIds: [asset.assetId], payload: { asset: ref, moderation_kind: current.kind, moderation_status: status } });
  if (entries.length > 1) {
    emit({ type: "moderation_summary", assetIds: [asset.assetId], payload: { asset: ref, moderation_status: status, moderations: entries.map((e) => ({ kind: e.kind, status: e.status })) } });
  }
}

export interface UpdateAssetsAccessModeInput {
  accessMode: "public" | "authenticated";
  publicIds?: string[] | null;
  prefix?: string | null;
  tag?: string | null;
  resourceType?: ResourceType | null;
}

/**
 * The deprecated access-mode update of `upload` assets, by public IDs (up to 100), a prefix or
 * a tag (up to 100 matching originals: more is LIMIT_EXCEEDED, never a silent cut). Every asset
 * here was given an access mode when it came in (public unless set), so each match is updated.
 */
export async function updateAssetsAccessMode(ctx: Ctx, input: UpdateAssetsAccessModeInput) {
  const given = (["publicIds", "prefix", "tag"] as const).filter((k) => input[k] != null);
  if (given.length !== 1) throw new DomainError("INVALID_ARGUMENT", "give exactly one of publicIds, prefix or tag", ["input", given[1] ?? "publicIds"]);
  assertMaxItems(["input", "publicIds"], input.publicIds, MAX_ACCESS_MODE_ASSETS);
  if (input.prefix === "") throw new DomainError("INVALID_ARGUMENT", "prefix may not be empty", ["input", "prefix"]);
  if (input.tag === "") throw new DomainError("INVALID_ARGUMENT", "tag may not be empty", ["input", "tag"]);
  const environmentId = ctx.environment.id;
  const base: Prisma.AssetWhereInput = { environmentId, resourceType: input.resourceType ?? "image", type: "upload", status: "active" };
  const where: Prisma.AssetWhereInput = input.publicIds
    ? { ...base, publicId: { in: [...new Set(input.publicIds)] } }
    : input.prefix != null
      ? { ...base, publicId: startsWith(ctx.dialect, input.prefix) }
      : { ...base, tags: { some: { name: input.tag! } } };
  return transact(ctx, async (tx, emit) => {
    const matches = await tx.asset.findMany({ where, orderBy: { publicId: "asc" }, take: MAX_ACCESS_MODE_ASSETS + 1 });
    if (!input.publicIds && matches.length > MAX_ACCESS_MODE_ASSETS) {
      const field = input.prefix != null ? "prefix" : "tag";
      throw new DomainError("LIMIT_EXCEEDED", `more than ${MAX_ACCESS_MODE_ASSETS} assets match this ${field}; narrow it down`, ["input", field]);
    }
    const now = new Date();
    const changed = matches.filter((a) => a.accessMode !== input.accessMode);
    if (changed.length) {
      await tx.asset.updateMany({ where: { id: { in: changed.map((a) => a.id) } }, data: { accessMode: input.accessMode, accessControlUpdatedAt: now, updatedAt: now } });
    }
    for (const a of changed) {
      emit({ type: "access_control_changed", assetIds: [a.assetId], payload: { asset: assetRef(a), before: { access_mode: a.accessMode }, after: { access_mode: input.accessMode } } });
    }
    const found = new Set(matches.map((a) => a.publicId));
    const failed = (input.publicIds ?? [])
      .map((publicId, index) => ({ publicId, index }))
      .filter((f) => !found.has(f.publicId))
      .map((f) => ({ ...f, message: `no active ${input.resourceType ?? "image"}/upload asset ${f.publicId}` }));
    const updated = await tx.asset.findMany({ where: { id: { in: matches.map((a) => a.id) } }, orderBy: { publicId: "asc" } });
    return { updated, failed };
  });
}
