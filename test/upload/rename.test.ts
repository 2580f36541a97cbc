// renameAsset over GraphQL (the service the Upload API's rename calls): a new public ID and
// delivery type by either form of asset reference, typed errors, overwrite releasing the
// replaced file, the rename event, and nothing changed by a refused rename.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { useTestApp } from "../helpers/app.js";
import { graphql } from "../gql/index.js";
import type { RenameAssetInput } from "../gql/graphql.js";
import { UPLOAD, expectInStep, md5, png, tempBlobDir, uploadFile } from "./helpers.js";

const blobDir = tempBlobDir();
const t = useTestApp({ blobDir, webhooks: false });
afterAll(() => rmSync(blobDir, { recursive: true, force: true }));

const RENAME = graphql(`
  mutation Rename($input: RenameAssetInput!) {
    renameAsset(input: $input) {
      asset { assetId publicId type etag lastUpdated { publicIdUpdatedAt } }
      userErrors { code field message }
    }
  }
`);

async function uploaded(publicId: string, bytes: Buffer, type?: "PRIVATE") {
  const { body } = await uploadFile(t, UPLOAD, { publicId, url: `data:image/png;base64,${bytes.toString("base64")}`, ...(type ? { type } : {}) }, null);
  const asset = (body as { data: { uploadAsset: { asset: { assetId: string } } } }).data.uploadAsset.asset;
  expect(asset).not.toBeNull();
  return asset;
}

async function rename(input: RenameAssetInput) {
  const result = await t.gql(RENAME, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.renameAsset;
}

describe("renameAsset", () => {
  it("renames by public id and by asset id, changes the type with toType, and emits rename", async () => {
    const a = await uploaded("g/from", png(20, 10, 1));
    const r = await rename({ ref: { publicId: "g/from" }, toPublicId: "g/to", invalidate: true });
    expect(r.userErrors).toEqual([]);
    expect(r.asset).toMatchObject({ assetId: a.assetId, publicId: "g/to", type: "UPLOAD", lastUpdated: { publicIdUpdatedAt: expect.any(String) } });
    const event = await t.app.db.event.findFirstOrThrow({ where: { type: "rename" }, orderBy: { id: "desc" } });
    expect(JSON.parse(event.payload)).toMatchObject({
      asset: { asset_id: a.assetId, public_id: "g/to", resource_type: "image", type: "upload" }, from_public_id: "g/from", to_public_id: "g/to", from_type: "upload", to_type: "upload",
    });
    const moved = await rename({ ref: { assetId: a.assetId }, toPublicId: "g/secret", toType: "PRIVATE" });
    expect(moved.asset).toMatchObject({ publicId: "g/secret", type: "PRIVATE" });
    expect((await rename({ ref: { publicId: "g/secret", type: "PRIVATE" }, toPublicId: "g/back", toType: "UPLOAD" })).asset).toMatchObject({ publicId: "g/back", type: "UPLOAD" });
  });

  it("a taken public id is ALREADY_EXISTS without overwrite; with it the other asset and its file go", async () => {
    const mine = png(13, 13, 2);
    const theirs = png(14, 14, 3);
    await uploaded("g/mine", mine);
    await uploaded("g/theirs", theirs);
    const theirKey = (await t.app.db.asset.findFirstOrThrow({ where: { publicId: "g/theirs" } })).blobKey!;
    const events = await t.app.db.event.count();
    const refused = await rename({ ref: { publicId: "g/mine" }, toPublicId: "g/theirs" });
    expect(refused).toEqual({ asset: null, userErrors: [{ code: "ALREADY_EXISTS", field: ["input", "toPublicId"], message: "asset image/upload/g/theirs already exists" }] });
    expect(await t.app.db.event.count()).toBe(events);
    expect(await t.app.db.asset.count({ where: { publicId: { in: ["g/mine", "g/theirs"] } } })).toBe(2);
    const done = await rename({ ref: { publicId: "g/mine" }, toPublicId: "g/theirs", overwrite: true });
    expect(done.asset).toMatchObject({ publicId: "g/theirs", etag: md5(mine) });
    expect(await t.app.blobs.exists(theirKey)).toBe(false);
    await expectInStep(t);
  });

  it("a missing asset is NOT_FOUND; bad ids and refs are INVALID_ARGUMENT; nothing changes", async () => {
    await uploaded("g/stay", png(15, 15, 4));
    expect((await rename({ ref: { publicId: "g/none" }, toPublicId: "g/x" })).userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "ref"], message: expect.stringContaining("g/none") }]);
    expect((await rename({ ref: { publicId: "g/stay", type: "PRIVATE" }, toPublicId: "g/x" })).userErrors[0].code).toBe("NOT_FOUND");
    for (const [toPublicId, reason] of [["../up", ". or .."], ["a//b", "empty path segment"], ["/lead", "start or end"], ["a?b", "may not contain"], ["", "empty"]]) {
      expect((await rename({ ref: { publicId: "g/stay" }, toPublicId })).userErrors).toEqual([{ code: "INVALID_ARGUMENT", field: ["input", "toPublicId"], message: expect.stringContaining(reason) }]);
    }
    expect((await rename({ ref: { publicId: "g/stay" }, toPublicId: "g/x", toType: "FETCH" })).userErrors).toEqual([{ code: "INVALID_ARGUMENT", field: ["input", "toType"], message: expect.stringContaining("toType") }]);
    expect((await rename({ ref: { publicId: "g/stay", assetId: "0".repeat(32) }, toPublicId: "g/x" })).userErrors[0].code).toBe("INVALID_ASSET_REF");
    expect(await t.app.db.asset.findFirst({ where: { publicId: "g/stay" } })).not.toBeNull();
  });
});
