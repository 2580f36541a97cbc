// Asset references: how every area names an asset (an AssetRefInput: assetId, or publicId with
// resource type and delivery type), finds it, describes it in a message and shows it in a
// notification. Below the areas, so that areas the asset area itself uses (metadata) name assets
// the same way without importing it.
import type { Asset, Prisma } from "../generated/sqlite/client.js";
import type { Tx } from "../db/client.js";
import { DomainError, notFound, type FieldPath } from "../errors/errors.js";
import type { DeliveryType, ResourceType } from "./enums.js";

export interface AssetRef {
  assetId?: string | null;
  publicId?: string | null;
  resourceType?: ResourceType | null;
  type?: DeliveryType | null;
}

/** The unique-key condition for an AssetRefInput: exactly one of assetId or publicId. */
export function refWhere(environmentId: number, ref: AssetRef, field: FieldPath): Prisma.AssetWhereUniqueInput {
  if (Boolean(ref.assetId) === Boolean(ref.publicId)) {
    throw new DomainError("INVALID_ASSET_REF", "give exactly one of assetId or publicId", field);
  }
  if (ref.assetId) return { environmentId_assetId: { environmentId, assetId: ref.assetId } };
  return {
    environmentId_resourceType_type_publicId: {
      environmentId,
      resourceType: ref.resourceType ?? "image",
      type: ref.type ?? "upload",
      publicId: ref.publicId!,
    },
  };
}

export function describeRef(ref: AssetRef): string {
  return ref.assetId ? `asset ${ref.assetId}` : `asset ${ref.resourceType ?? "image"}/${ref.type ?? "upload"}/${ref.publicId}`;
}

export async function findAssetByRef(tx: Tx, environmentId: number, ref: AssetRef, field: FieldPath) {
  const asset = await tx.asset.findUnique({ where: refWhere(environmentId, ref, field) });
  if (!asset || asset.status !== "active") throw notFound(describeRef(ref), field);
  return asset;
}

/**
 * The assets many references name, read in one statement (`refWhere` has checked each form):
 * the asset of each reference in order, undefined where none has it.
 */
export async function findAssetsByRefs(tx: Tx, environmentId: number, refs: AssetRef[]): Promise<(Asset | undefined)[]> {
  const key = (resourceType: string, type: string, publicId: string) => JSON.stringify([resourceType, type, publicId]);
  const assetIds = refs.flatMap((r) => (r.assetId ? [r.assetId] : []));
  // publicIds grouped by resource type and delivery type: one IN list each
  const byKind = new Map<string, { resourceType: string; type: string; publicIds: string[] }>();
  for (const r of refs) {
    if (r.assetId) continue;
    const resourceType = r.resourceType ?? "image";
    const type = r.type ?? "upload";
    const kind = byKind.get(`${resourceType}/${type}`) ?? { resourceType, type, publicIds: [] };
    kind.publicIds.push(r.publicId!);
    byKind.set(`${resourceType}/${type}`, kind);
  }
  const found = await tx.asset.findMany({
    where: {
      environmentId,
      OR: [
        ...(assetIds.length ? [{ assetId: { in: assetIds } }] : []),
        ...[...byKind.values()].map(({ resourceType, type, publicIds }) => ({ resourceType, type, publicId: { in: publicIds } })),
      ],
    },
  });
  const byAssetId = new Map(found.map((a) => [a.assetId, a]));
  const byPublicId = new Map(found.map((a) => [key(a.resourceType, a.type, a.publicId), a]));
  return refs.map((r) => (r.assetId ? byAssetId.get(r.assetId) : byPublicId.get(key(r.resourceType ?? "image", r.type ?? "upload", r.publicId!))));
}

/** How an asset appears in notifications. */
export const assetRef = (a: { assetId: string; publicId: string; resourceType: string; type: string }) => ({
  asset_id: a.assetId,
  public_id: a.publicId,
  resource_type: a.resourceType,
  type: a.type,
});
