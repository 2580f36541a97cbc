import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";
import { AssetState, state } from "./helpers.js";

const t = useTestApp({ webhooks: false });

const Import = graphql(`
  mutation LcImport($input: ImportAssetsInput!) {
    importAssets(input: $input) { assets { publicId backupBytes versions { totalCount } } userErrors { code field message } }
  }
`);

const DeleteDerived = graphql(`
  mutation LcDeleteDerived($input: DeleteDerivedResourcesInput!) {
    deleteDerivedResources(input: $input) { deletedIds notFoundIds userErrors { code field message } }
  }
`);

const DeleteVersions = graphql(`
  mutation LcDeleteVersions($input: DeleteAssetBackupVersionsInput!) {
    deleteAssetBackupVersions(input: $input) { asset { publicId backupBytes } deletedVersionIds userErrors { code field message } }
  }
`);

const hex = (n: number) => n.toString(16).padStart(32, "0");

describe("derived resources and backed-up versions", () => {
  test("importAssets records derived resources, paged under the asset (10 by default, at most 500)", async () => {
    const derived = Array.from({ length: 25 }, (_, i) => ({ transformation: `w_${i + 1}`, bytes: String(i) }));
    await importAssets(t, [{ publicId: "dv/many", format: "jpg", derived }]);
    const first = await state(t, { publicId: "dv/many" });
    expect(first!.derived.totalCount).toBe(25);
    expect(first!.derived.edges.map((e) => e.node.transformation)).toEqual(derived.slice(0, 10).map((d) => d.transformation));
    expect(first!.derived.edges[0].node).toMatchObject({ format: "jpg", bytes: "0" });
    expect(first!.derived.pageInfo.hasNextPage).toBe(true);
    const rest = await t.gql(AssetState, { publicId: "dv/many", first: 500, after: first!.derived.pageInfo.endCursor });
    expect(rest.data!.asset!.derived.edges.map((e) => e.node.transformation)).toEqual(derived.slice(10).map((d) => d.transformation));
    expect(rest.data!.asset!.derived.pageInfo.hasNextPage).toBe(false);
    const tooMany = await t.gql(AssetState, { publicId: "dv/many", first: 501 });
    expect(tooMany.errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["first"] });
    const over = await t.gql(Import, { input: { assets: [{ publicId: "dv/over", derived: Array.from({ length: 101 }, () => ({ transformation: "w_1" })) }] } });
    expect(over.data!.importAssets.userErrors).toEqual([expect.objectContaining({ code: "LIMIT_EXCEEDED", field: ["input", "assets", "0", "derived"] })]);
  });

  test("backup: true backs the asset up as imported; versions give a history; backupBytes sums them", async () => {
    const r = await t.gql(Import, {
      input: {
        assets: [
          { publicId: "dv/backed", format: "png", bytes: "700", version: 5, backup: true },
          {
            publicId: "dv/history", format: "jpg", bytes: "300", version: 30,
            versions: [
              { versionId: hex(1), version: 10, bytes: "100", createdAt: "2024-01-01T00:00:00Z", format: "png" },
              { versionId: hex(2), version: 20, bytes: "200", createdAt: "2024-02-01T00:00:00Z", restorable: false },
              { versionId: hex(3), version: 30, bytes: "300", createdAt: "2024-03-01T00:00:00Z" },
            ],
          },
          { publicId: "dv/none" },
        ],
      },
    });
    expect(r.data!.importAssets.userErrors).toEqual([]);
    expect(r.data!.importAssets.assets).toEqual([
      { publicId: "dv/backed", backupBytes: "700", versions: { totalCount: 1 } },
      { publicId: "dv/history", backupBytes: "600", versions: { totalCount: 3 } },
      { publicId: "dv/none", backupBytes: "0", versions: { totalCount: 0 } },
    ]);
    const history = await state(t, { publicId: "dv/history", versionsFirst: 2 });
    // Newest first.
    expect(history!.versions.edges.map((e) => e.node)).toEqual([
      { versionId: hex(3), version: 30, format: "jpg", size: "300", restorable: true },
      { versionId: hex(2), version: 20, format: "jpg", size: "200", restorable: false },
    ]);
    const backed = await state(t, { publicId: "dv/backed" });
    expect(backed!.versions.edges[0].node).toMatchObject({ version: 5, format: "png", size: "700", restorable: true });

    const bad = await t.gql(Import, { input: { assets: [{ publicId: "dv/bad", versions: [{ versionId: "nope" }] }, { publicId: "dv/bad2", versions: [{ versionId: hex(9) }, { versionId: hex(9) }] }] } });
    expect(bad.data!.importAssets.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: ["input", "assets", "0", "versions", "0", "versionId"] }),
      expect.objectContaining({ code: "ALREADY_EXISTS", field: ["input", "assets", "1", "versions", "1", "versionId"] }),
    ]);
    expect(await state(t, { publicId: "dv/bad2" })).toBeNull();
  });

  test("deleteDerivedResources deletes by id (at most 100), reporting ids that name none", async () => {
    await importAssets(t, [{ publicId: "dv/del", derived: [{ transformation: "w_10" }, { transformation: "w_20" }, { transformation: "w_30" }] }]);
    const before = await state(t, { publicId: "dv/del" });
    const [a, , c] = before!.derived.edges.map((e) => e.node.derivedResourceId);
    const r = await t.gql(DeleteDerived, { input: { derivedResourceIds: [a, c, "0".repeat(32)] } });
    expect(r.data!.deleteDerivedResources).toEqual({ deletedIds: [a, c], notFoundIds: ["0".repeat(32)], userErrors: [] });
    expect((await state(t, { publicId: "dv/del" }))!.derived.edges.map((e) => e.node.transformation)).toEqual(["w_20"]);
    const tooMany = await t.gql(DeleteDerived, { input: { derivedResourceIds: Array.from({ length: 101 }, (_, i) => hex(i)) } });
    expect(tooMany.data!.deleteDerivedResources.userErrors).toEqual([expect.objectContaining({ code: "LIMIT_EXCEEDED", field: ["input", "derivedResourceIds"] })]);
    const empty = await t.gql(DeleteDerived, { input: { derivedResourceIds: [] } });
    expect(empty.data!.deleteDerivedResources.userErrors[0].code).toBe("INVALID_ARGUMENT");
    // Another environment's ids are not found there.
    const [b] = (await state(t, { publicId: "dv/del" }))!.derived.edges.map((e) => e.node.derivedResourceId);
    const other = await t.gql(DeleteDerived, { input: { derivedResourceIds: [b] } }, t.otherAdmin);
    expect(other.data!.deleteDerivedResources).toMatchObject({ deletedIds: [], notFoundIds: [b] });
  });

  test("deleteAssetBackupVersions deletes versions irreversibly and updates backupBytes; unknown ids change nothing", async () => {
    const [assetId] = await importAssets(t, [{
      publicId: "dv/versions", bytes: "50",
      versions: [{ versionId: hex(11), bytes: "10" }, { versionId: hex(12), bytes: "20" }, { versionId: hex(13), bytes: "30" }],
    }]);
    const unknown = await t.gql(DeleteVersions, { input: { assetId, versionIds: [hex(11), hex(99)] } });
    expect(unknown.data!.deleteAssetBackupVersions.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "versionIds", "1"] })]);
    expect((await state(t, { assetId }))!.versions.totalCount).toBe(3);
    const r = await t.gql(DeleteVersions, { input: { assetId, versionIds: [hex(11), hex(13)] } });
    expect(r.data!.deleteAssetBackupVersions.userErrors).toEqual([]);
    expect(r.data!.deleteAssetBackupVersions.asset).toEqual({ publicId: "dv/versions", backupBytes: "20" });
    expect([...r.data!.deleteAssetBackupVersions.deletedVersionIds].sort()).toEqual([hex(11), hex(13)]);
    expect((await state(t, { assetId }))!.versions.edges.map((e) => e.node.versionId)).toEqual([hex(12)]);
    const missing = await t.gql(DeleteVersions, { input: { assetId: hex(404), versionIds: [hex(12)] } });
    expect(missing.data!.deleteAssetBackupVersions.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "assetId"] })]);
    const tooMany = await t.gql(DeleteVersions, { input: { assetId, versionIds: Array.from({ length: 101 }, (_, i) => hex(i)) } });
    expect(tooMany.data!.deleteAssetBackupVersions.userErrors[0]).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "versionIds"] });
    const foreign = await t.gql(DeleteVersions, { input: { assetId, versionIds: [hex(12)] } }, t.otherAdmin);
    expect(foreign.data!.deleteAssetBackupVersions.userErrors[0].code).toBe("NOT_FOUND");
  });
});
