// Asset references: how every area names an asset (an AssetRefInput: assetId, or publicId with
// resource type and delivery type), finds it, describes it in a message and shows it in a
// notification. Below the areas, so that areas the asset area itself uses (metadata) name assets
// the same way without importing it.
import type { Prisma } from "../generated/sqlite/client.js";
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

/** How an asset appears in notifications. */
export const assetRef = (a: { assetId: string; publicId: string; resourceType: string; type: string }) => ({
  asset_id: a.assetId,
  public_id: a.publicId,
  resource_type: a.resourceType,
  type: a.type,
});
