// Related assets (reference/related-assets.md): relations are symmetric and one-to-many, at most
// 10 targets per call, with a per-target outcome instead of all-or-nothing.
import type { Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, assertMaxItems, userError, type UserErrorValue } from "../../errors/errors.js";
import { chunks } from "../../lib/page.js";
import { transact } from "../../events/outbox.js";
import { assetRef, describeRef, findAssetByRef, refWhere, type AssetRef } from "../../lib/asset-ref.js";

export const MAX_RELATED_PER_CALL = 10;

type AssetRow = Awaited<ReturnType<typeof findAssetByRef>>;

export interface RelatedAssetResult {
  target: AssetRef;
  asset: AssetRow | null;
  /** success_ids (as the Admin API says), or not_found, invalid_ref, self_relation, not_related */
  code: string;
  message: string;
  /** the HTTP status the Admin API would give this item */
  status: number;
}

type Action = "relate" | "unrelate";

const failure = (target: AssetRef, asset: AssetRow | null, code: string, message: string, status: number): RelatedAssetResult => ({ target, asset, code, message, status });

async function resolveTarget(tx: Tx, environmentId: number, source: AssetRow, target: AssetRef, index: number, listField: string) {
  let where;
  try {
    where = refWhere(environmentId, target, ["input", listField, index]);
  } catch (e) {
    if (e instanceof DomainError) return failure(target, null, "invalid_ref", e.message, 400);
    throw e;
  }
  const asset = await tx.asset.findUnique({ where });
  if (!asset || asset.status !== "active") return failure(target, null, "not_found", `${describeRef(target)} not found`, 404);
  if (asset.id === source.id) return failure(target, asset, "self_relation", "an asset cannot be related to itself", 400);
  return asset;
}

async function changeRelations(ctx: Ctx, action: Action, input: { asset: AssetRef; targets: AssetRef[]; listField: string }) {
  const field = ["input", input.listField];
  assertMaxItems(field, input.targets, MAX_RELATED_PER_CALL);
  if (input.targets.length === 0) throw new DomainError("INVALID_ARGUMENT", `${input.listField} needs at least one asset`, field);
  const env = ctx.environment.id;
  return transact(ctx, async (tx, emit) => {
    const source = await findAssetByRef(tx, env, input.asset, ["input", "asset"]);
    const succeeded: RelatedAssetResult[] = [];
    const failed: RelatedAssetResult[] = [];
    const userErrors: UserErrorValue[] = [];
    for (const [i, target] of input.targets.entries()) {
      const resolved = await resolveTarget(tx, env, source, target, i, input.listField);
      let outcome: RelatedAssetResult;
      if ("code" in resolved) outcome = resolved;
      else if (action === "relate") {
        // Both directions in one statement; an existing relation is kept (relating is idempotent).
        const pair = [{ fromId: source.id, toId: resolved.id }, { fromId: resolved.id, toId: source.id }];
        const existing = await tx.relatedAsset.count({ where: { OR: pair } });
        if (existing < 2) {
          await tx.relatedAsset.deleteMany({ where: { OR: pair } });
          await tx.relatedAsset.createMany({ data: pair });
        }
        outcome = { target, asset: resolved, code: "success_ids", message: existing === 2 ? "already related" : "success", status: 200 };
      } else {
        const removed = await tx.relatedAsset.deleteMany({
          where: { OR: [{ fromId: source.id, toId: resolved.id }, { fromId: resolved.id, toId: source.id }] },
        });
        outcome = removed.count > 0
          ? { target, asset: resolved, code: "success_ids", message: "success", status: 200 }
          : failure(target, resolved, "not_related", `${describeRef(target)} is not related to ${describeRef(input.asset)}`, 404);
      }
      if (outcome.status === 200) succeeded.push(outcome);
      else {
        failed.push(outcome);
        userErrors.push(userError("RELATED_ASSET_FAILED", outcome.message, [...field, i]));
      }
    }
    if (succeeded.length) {
      const item = (r: RelatedAssetResult) => ({ target: r.asset ? assetRef(r.asset) : r.target, code: r.code, message: r.message });
      emit({
        type: "related_assets",
        assetIds: [source.assetId, ...succeeded.map((r) => r.asset!.assetId)],
        payload: { asset: assetRef(source), action: action === "relate" ? "add" : "remove", succeeded: succeeded.map(item), failed: failed.map(item) },
      });
    }
    return { asset: source, succeeded, failed, userErrors };
  });
}

export const relateAssets = (ctx: Ctx, input: { asset: AssetRef; assetsToRelate: AssetRef[] }) =>
  changeRelations(ctx, "relate", { asset: input.asset, targets: input.assetsToRelate, listField: "assetsToRelate" });

export const unrelateAssets = (ctx: Ctx, input: { asset: AssetRef; assetsToUnrelate: AssetRef[] }) =>
  changeRelations(ctx, "unrelate", { asset: input.asset, targets: input.assetsToUnrelate, listField: "assetsToUnrelate" });

/** Stores many relations at once (seeding, imports), both directions, skipping existing ones. Returns how many were new. */
export async function relateInBulk(db: Tx, pairs: [number, number][]): Promise<number> {
  const wanted = new Map<string, { fromId: number; toId: number }>();
  for (const [a, b] of pairs) {
    if (a === b) continue;
    wanted.set(`${a}:${b}`, { fromId: a, toId: b });
    wanted.set(`${b}:${a}`, { fromId: b, toId: a });
  }
  const rows = [...wanted.values()];
  let created = 0;
  for (const part of chunks(rows)) {
    const existing = await db.relatedAsset.findMany({ where: { fromId: { in: part.map((r) => r.fromId) } }, select: { fromId: true, toId: true } });
    const have = new Set(existing.map((e) => `${e.fromId}:${e.toId}`));
    const fresh = part.filter((r) => !have.has(`${r.fromId}:${r.toId}`));
    if (fresh.length) created += (await db.relatedAsset.createMany({ data: fresh })).count;
  }
  // Each relation is two rows; a half-stored one (one direction only) counts as new.
  return Math.ceil(created / 2);
}
