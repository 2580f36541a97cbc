// Files and rows in step: a blob is deleted from the store once no asset and no backed-up
// version names it. Keys are namespaced by environment and every write that adds or drops a
// reference holds the environment's turn (lockEnvironment on PostgreSQL; SQLite has one writer),
// so a blob is never deleted between an upload's rename and its commit.
import { lockEnvironment, type Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { chunks } from "../../lib/page.js";

/** Blob keys of these assets (internal ids) and of their backed-up versions. */
export async function blobKeysOf(tx: Tx, assetIds: number[]): Promise<string[]> {
  const keys = new Set<string>();
  for (const part of chunks(assetIds)) {
    const assets = await tx.asset.findMany({ where: { id: { in: part }, blobKey: { not: null } }, select: { blobKey: true } });
    const versions = await tx.assetVersion.findMany({ where: { assetId: { in: part }, blobKey: { not: null } }, select: { blobKey: true } });
    for (const row of [...assets, ...versions]) keys.add(row.blobKey!);
  }
  return [...keys];
}

/** Deletes those of `keys` that no row references any more (after the change that dropped them committed). */
export async function releaseBlobs(ctx: Ctx, keys: (string | null | undefined)[]): Promise<void> {
  const candidates = [...new Set(keys.filter((k): k is string => Boolean(k)))];
  if (candidates.length === 0) return;
  await ctx.db.$transaction(async (tx) => {
    await lockEnvironment(tx, ctx);
    for (const part of chunks(candidates)) {
      const used = new Set([
        ...(await tx.asset.findMany({ where: { blobKey: { in: part } }, select: { blobKey: true } })).map((r) => r.blobKey),
        ...(await tx.assetVersion.findMany({ where: { blobKey: { in: part } }, select: { blobKey: true } })).map((r) => r.blobKey),
      ]);
      for (const key of part) if (!used.has(key)) await ctx.blobs.delete(key);
    }
  });
}
