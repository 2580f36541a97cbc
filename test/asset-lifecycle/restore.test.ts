import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { RestoreAssetsInput } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";
import { eventMark, eventsSince, listed, state } from "./helpers.js";

const t = useTestApp({ webhooks: false });

const Restore = graphql(`
  mutation LcRestore($input: RestoreAssetsInput!) {
    restoreAssets(input: $input) {
      restored { assetId publicId status version format bytes backupBytes tags }
      userErrors { code field message }
    }
  }
`);

const Delete = graphql(`
  mutation LcRestoreDelete($input: DeleteAssetsInput!) {
    deleteAssets(input: $input) { deleted { status } userErrors { code } }
  }
`);

const hex = (n: number) => n.toString(16).padStart(32, "0");

/** An asset with three backed-up versions (v10 png 100 B, v20 jpg 200 B not restorable, v30 jpg 300 B = current). */
async function withHistory(publicId: string) {
  const [assetId] = await importAssets(t, [{
    publicId, format: "jpg", bytes: "300", version: 30, tags: ["kept"],
    versions: [
      { versionId: hex(1), version: 10, bytes: "100", format: "png", createdAt: "2024-01-01T00:00:00Z" },
      { versionId: hex(2), version: 20, bytes: "200", createdAt: "2024-02-01T00:00:00Z", restorable: false },
      { versionId: hex(3), version: 30, bytes: "300", createdAt: "2024-03-01T00:00:00Z" },
    ],
  }]);
  return assetId;
}

describe("restoreAssets", () => {
  test("a deleted asset comes back active with its latest version and its tags; no event without versionIds", async () => {
    const assetId = await withHistory("rs/deleted");
    await t.gql(Delete, { input: { assetIds: [assetId] } });
    expect(await listed(t, { prefix: "rs/deleted" })).toEqual([]);
    const mark = await eventMark(t);
    const r = await t.gql(Restore, { input: { publicIds: ["rs/deleted"] } });
    expect(r.data!.restoreAssets).toEqual({
      restored: [{ assetId, publicId: "rs/deleted", status: "ACTIVE", version: 30, format: "jpg", bytes: "300", backupBytes: "600", tags: ["kept"] }],
      userErrors: [],
    });
    expect(await listed(t, { prefix: "rs/deleted" })).toEqual(["rs/deleted"]);
    expect((await state(t, { assetId }))!.versions.totalCount).toBe(3);
    expect(await eventsSince(t, mark, "restore_asset_version")).toEqual([]);
  });

  test("a specific version becomes a new version with a new version id, and emits restore_asset_version", async () => {
    const assetId = await withHistory("rs/version");
    await t.gql(Delete, { input: { assetIds: [assetId] } });
    const mark = await eventMark(t);
    const r = await t.gql(Restore, { input: { assetIds: [assetId], versionIds: [hex(1)] } });
    expect(r.data!.restoreAssets.userErrors).toEqual([]);
    const restored = r.data!.restoreAssets.restored[0];
    expect(restored).toMatchObject({ status: "ACTIVE", format: "png", bytes: "100", backupBytes: "700" });
    expect(restored.version).toBeGreaterThan(30);
    const versions = (await state(t, { assetId, versionsFirst: 10 }))!.versions;
    expect(versions.totalCount).toBe(4);
    const newest = versions.edges[0].node;
    expect(newest).toMatchObject({ version: restored.version, format: "png", size: "100", restorable: true });
    expect(newest.versionId).toMatch(/^[0-9a-f]{32}$/);
    expect([hex(1), hex(2), hex(3)]).not.toContain(newest.versionId);
    const events = await eventsSince(t, mark, "restore_asset_version");
    expect(events).toEqual([{
      assetIds: [assetId],
      payload: expect.objectContaining({ asset: expect.objectContaining({ asset_id: assetId, public_id: "rs/version" }), restored_version_id: hex(1), new_version_id: newest.versionId }),
    }]);
  });

  test("restoring an active asset re-instates the backup as a new version", async () => {
    const assetId = await withHistory("rs/active");
    const r = await t.gql(Restore, { input: { assetIds: [assetId] } });
    expect(r.data!.restoreAssets.restored[0]).toMatchObject({ status: "ACTIVE", format: "jpg", bytes: "300" });
    expect(r.data!.restoreAssets.restored[0].version).toBeGreaterThan(30);
    expect((await state(t, { assetId }))!.versions.totalCount).toBe(4);
  });

  test("each id succeeds or fails on its own: unknown, unrestorable or mismatched versions name their position", async () => {
    const a = await withHistory("rs/mixed-a");
    const b = await withHistory("rs/mixed-b");
    const [plain] = await importAssets(t, [{ publicId: "rs/plain" }]);
    const r = await t.gql(Restore, { input: { assetIds: [a, "0".repeat(32), b, plain], versionIds: [hex(3), hex(3), hex(2), hex(3)] } });
    expect(r.data!.restoreAssets.restored.map((x) => x.assetId)).toEqual([a]);
    expect(r.data!.restoreAssets.userErrors).toEqual([
      expect.objectContaining({ code: "NOT_FOUND", field: ["input", "assetIds", "1"] }),
      expect.objectContaining({ code: "VERSION_MISMATCH", field: ["input", "versionIds", "2"] }),
      expect.objectContaining({ code: "VERSION_MISMATCH", field: ["input", "versionIds", "3"] }),
    ]);
    const none = await t.gql(Restore, { input: { assetIds: [plain] } });
    expect(none.data!.restoreAssets.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "assetIds", "0"] })]);
  });

  test("inputs are checked: exactly one id list, at most 100, versionIds aligned", async () => {
    const cases: [RestoreAssetsInput, string, string[]][] = [
      [{}, "INVALID_ARGUMENT", ["input", "assetIds"]],
      [{ assetIds: ["a"], publicIds: ["a"] }, "INVALID_ARGUMENT", ["input", "publicIds"]],
      [{ assetIds: Array.from({ length: 101 }, (_, i) => hex(i)) }, "LIMIT_EXCEEDED", ["input", "assetIds"]],
      [{ publicIds: ["a", "b"], versionIds: [hex(1)] }, "VERSION_MISMATCH", ["input", "versionIds"]],
    ];
    for (const [input, code, field] of cases) {
      const r = await t.gql(Restore, { input });
      expect(r.data!.restoreAssets.userErrors).toEqual([expect.objectContaining({ code, field })]);
    }
  });

  test("another environment cannot restore this one's assets", async () => {
    const assetId = await withHistory("rs/tenant");
    await t.gql(Delete, { input: { assetIds: [assetId] } });
    const r = await t.gql(Restore, { input: { assetIds: [assetId] } }, t.otherAdmin);
    expect(r.data!.restoreAssets.userErrors[0].code).toBe("NOT_FOUND");
    expect((await state(t, { assetId }))!.status).toBe("DELETED");
  });
});
