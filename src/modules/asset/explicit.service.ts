// Cloudinary's Upload API `explicit`: an existing asset's tags, context, metadata and coordinates
// updated as updateAsset updates them, and its eager transformations recorded as upload records
// them, all in one transaction: a bad transformation leaves the tags as they were.
import type { Asset as AssetRow } from "../../generated/sqlite/client.js";
import type { Ctx } from "../../context.js";
import { transact } from "../../events/outbox.js";
import { applyUpdate, checkUpdate, type UpdateAssetInput } from "./asset.service.js";
import { checkEager, recordEager } from "./upload.service.js";

export interface ExplicitAssetInput extends UpdateAssetInput {
  /** transformations to record as derived resources (each may chain with /) */
  eager?: string[] | null;
}

export interface ExplicitResult {
  asset: AssetRow;
  /** the eager transformations, canonical, in the order given */
  eager: string[];
}

export async function explicitAsset(ctx: Ctx, { eager, ...update }: ExplicitAssetInput): Promise<ExplicitResult> {
  checkEager(eager);
  const checked = checkUpdate(ctx, update);
  return transact(ctx, async (tx, emit) => {
    const { asset } = await applyUpdate(tx, ctx, emit, update, checked);
    return { asset, eager: await recordEager(tx, ctx, asset, eager ?? []) };
  });
}
