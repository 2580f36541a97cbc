// Cloudinary's Upload API `rename`: a new public ID (and, with toType, delivery type) for an
// active asset, in one transaction with the `rename` event. A taken public ID is ALREADY_EXISTS
// unless overwrite is set; then the asset holding it is removed (rows cascade) and its files are
// released after the commit, unless another row still names them. In fixed folder mode the
// public ID's path is the folder, so the asset moves with it.
import type { Asset as AssetRow } from "../../generated/sqlite/client.js";
import { lockEnvironment } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, notFound } from "../../errors/errors.js";
import { transact } from "../../events/outbox.js";
import { assetRef } from "../../lib/asset-ref.js";
import type { DeliveryType, ResourceType } from "../../lib/enums.js";
import { ensureFolder } from "../folder/index.js";
import { blobKeysOf, releaseBlobs } from "./asset-blobs.js";
import { UPLOAD_DELIVERY_TYPES, checkPath } from "./upload.service.js";

export interface RenameAssetInput {
  publicId: string;
  toPublicId: string;
  resourceType?: ResourceType | null;
  type?: DeliveryType | null;
  /** a new delivery type (upload, private or authenticated); default: unchanged */
  toType?: DeliveryType | null;
  /** replace an asset that holds toPublicId (default false) */
  overwrite?: boolean | null;
}

export async function renameAsset(ctx: Ctx, input: RenameAssetInput): Promise<AssetRow> {
  const env = ctx.environment.id;
  const resourceType = input.resourceType ?? "image";
  const type = input.type ?? "upload";
  const toType = input.toType ?? type;
  checkPath(input.toPublicId, ["input", "toPublicId"], "toPublicId");
  if (!(UPLOAD_DELIVERY_TYPES as readonly string[]).includes(toType)) throw new DomainError("INVALID_ARGUMENT", `toType must be one of ${UPLOAD_DELIVERY_TYPES.join(", ")}`, ["input", "toType"]);
  const key = (t: string, publicId: string) => ({ environmentId_resourceType_type_publicId: { environmentId: env, resourceType, type: t, publicId } });
  const result = await transact(ctx, async (tx, emit) => {
    await lockEnvironment(tx, ctx);
    const asset = await tx.asset.findUnique({ where: key(type, input.publicId) });
    if (!asset || asset.status !== "active") throw notFound(`asset ${resourceType}/${type}/${input.publicId}`, ["input", "publicId"]);
    const target = await tx.asset.findUnique({ where: key(toType, input.toPublicId) });
    let released: string[] = [];
    if (target && target.id !== asset.id) {
      // A deleted asset's row (kept for its backups) gives way too: the public ID is free in Cloudinary's eyes.
      if (target.status === "active" && !input.overwrite) throw new DomainError("ALREADY_EXISTS", `asset ${resourceType}/${toType}/${input.toPublicId} already exists`, ["input", "toPublicId"]);
      released = await blobKeysOf(tx, [target.id]);
      await tx.asset.delete({ where: { id: target.id } });
    }
    const now = new Date();
    const folder = ctx.environment.folderMode === "fixed" ? await ensureFolder(tx, env, input.toPublicId.split("/").slice(0, -1).join("/"), emit) : undefined;
    const renamed = await tx.asset.update({
      where: { id: asset.id },
      data: { publicId: input.toPublicId, type: toType, publicIdUpdatedAt: now, updatedAt: now, ...(folder !== undefined ? { folderId: folder?.id ?? null } : {}) },
    });
    emit({ type: "rename", assetIds: [asset.assetId], payload: { asset: assetRef(renamed), from_public_id: input.publicId, to_public_id: input.toPublicId, from_type: type, to_type: toType } });
    return { renamed, released };
  });
  await releaseBlobs(ctx, result.released);
  return result.renamed;
}
