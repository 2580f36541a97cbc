// Cloudinary's Upload API `rename`: a new public ID (and, with toType, delivery type) for an
// active asset, in one transaction with the `rename` event. A taken public ID is ALREADY_EXISTS
// unless overwrite is set; then the asset holding it is removed (rows cascade) and its files are
// released after the commit, unless another row still names them. In fixed folder mode the
// public ID's path is the folder, so the asset moves with it.
import type { Asset as AssetRow } from "../../generated/sqlite/client.js";
import { lockEnvironment } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { DomainError } from "../../errors/errors.js";
import { transact } from "../../events/outbox.js";
import { assetRef, findAssetByRef, type AssetRef } from "../../lib/asset-ref.js";
import type { DeliveryType } from "../../lib/enums.js";
import { ensureFolder } from "../folder/index.js";
import { blobKeysOf, releaseBlobs } from "./asset-blobs.js";
import { UPLOAD_DELIVERY_TYPES, checkPath } from "./upload.service.js";

export interface RenameAssetInput {
  /** the asset: by assetId, or by publicId, resourceType and type */
  ref: AssetRef;
  toPublicId: string;
  /** a new delivery type (upload, private or authenticated); default: unchanged */
  toType?: DeliveryType | null;
  /** replace an asset that holds toPublicId (default false) */
  overwrite?: boolean | null;
}

export async function renameAsset(ctx: Ctx, input: RenameAssetInput): Promise<AssetRow> {
  const env = ctx.environment.id;
  checkPath(input.toPublicId, ["input", "toPublicId"], "toPublicId");
  if (input.toType != null && !(UPLOAD_DELIVERY_TYPES as readonly string[]).includes(input.toType)) {
    throw new DomainError("INVALID_ARGUMENT", `toType must be one of ${UPLOAD_DELIVERY_TYPES.join(", ")}`, ["input", "toType"]);
  }
  const result = await transact(ctx, async (tx, emit) => {
    await lockEnvironment(tx, ctx);
    const asset = await findAssetByRef(tx, env, input.ref, ["input", "ref"]);
    const { resourceType, type } = asset;
    const toType = input.toType ?? type;
    const target = await tx.asset.findUnique({ where: { environmentId_resourceType_type_publicId: { environmentId: env, resourceType, type: toType, publicId: input.toPublicId } } });
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
    emit({ type: "rename", assetIds: [asset.assetId], payload: { asset: assetRef(renamed), from_public_id: asset.publicId, to_public_id: input.toPublicId, from_type: type, to_type: toType } });
    return { renamed, released };
  });
  await releaseBlobs(ctx, result.released);
  return result.renamed;
}
