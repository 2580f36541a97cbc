import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { CreateUploadPresetInput } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";

const t = useTestApp();

const Create = graphql(`
  mutation PresetCreate($input: CreateUploadPresetInput!) {
    createUploadPreset(input: $input) {
      overwritten
      uploadPreset { id name externalId unsigned disallowPublicId live useAssetFolderAsPublicIdPrefix settings }
      userErrors { code field message }
    }
  }
`);
const Update = graphql(`
  mutation PresetUpdate($input: UpdateUploadPresetInput!) {
    updateUploadPreset(input: $input) {
      uploadPreset { name externalId unsigned disallowPublicId live settings }
      userErrors { code field message }
    }
  }
`);
const Delete = graphql(`
  mutation PresetDelete($input: DeleteUploadPresetInput!) {
    deleteUploadPreset(input: $input) { deletedName deletedId externalId userErrors { code field message } }
  }
`);
const Get = graphql(`
  query PresetGet($name: String!) { uploadPreset(name: $name) { name unsigned settings } }
`);
const List = graphql(`
  query PresetList($first: Int, $after: String) {
    uploadPresets(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { name } }
    }
  }
`);
const Node = graphql(`
  query PresetNode($id: ID!) { node(id: $id) { __typename ... on UploadPreset { name } } }
`);

/** A create that must fail: its userErrors. */
async function errorsOf(input: CreateUploadPresetInput) {
  const r = await t.gql(Create, { input });
  expect(r.errors).toBeUndefined();
  expect(r.data!.createUploadPreset.uploadPreset).toBeNull();
  return r.data!.createUploadPreset.userErrors;
}

describe("upload presets", () => {
  test("create with every setting, read it back, find it as a node", async () => {
    const r = await t.gql(Create, {
      input: { name: "remote_media", unsigned: false, live: true, settings: { tags: "test", allowed_formats: "jpg,png", eager: "c_fill,g_face,h_150,w_200" } },
    });
    expect(r.data!.createUploadPreset.userErrors).toEqual([]);
    const p = r.data!.createUploadPreset.uploadPreset!;
    expect(r.data!.createUploadPreset.overwritten).toBe(false);
    expect(p).toMatchObject({ name: "remote_media", unsigned: false, disallowPublicId: false, live: true, useAssetFolderAsPublicIdPrefix: false });
    expect(p.settings).toEqual({ tags: "test", allowed_formats: "jpg,png", eager: "c_fill,g_face,h_150,w_200" });
    expect(p.externalId).toMatch(/^[0-9a-f-]{36}$/);
    const got = await t.gql(Get, { name: "remote_media" });
    expect(got.data!.uploadPreset).toEqual({ name: "remote_media", unsigned: false, settings: p.settings });
    const node = await t.gql(Node, { id: p.id });
    expect(node.data!.node).toEqual({ __typename: "UploadPreset", name: "remote_media" });
    expect((await t.gql(Get, { name: "remote_media" }, t.otherAdmin)).data!.uploadPreset).toBeNull();
    expect((await t.gql(Node, { id: p.id }, t.otherAdmin)).data!.node).toBeNull();
  });

  test("create with an existing name overwrites it, keeping its externalId", async () => {
    const first = (await t.gql(Create, { input: { name: "over", unsigned: true, settings: { tags: ["a"] } } })).data!.createUploadPreset;
    const second = (await t.gql(Create, { input: { name: "over", settings: { folder: "x/y" } } })).data!.createUploadPreset;
    expect(second.userErrors).toEqual([]);
    expect(second.overwritten).toBe(true);
    expect(second.uploadPreset).toMatchObject({ name: "over", unsigned: false, settings: { folder: "x/y" }, externalId: first.uploadPreset!.externalId });
  });

  test("a random name when none is given; unsigned + disallowPublicId forces unique_filename", async () => {
    const r = (await t.gql(Create, { input: { unsigned: true, disallowPublicId: true, settings: { unique_filename: false } } })).data!.createUploadPreset;
    expect(r.userErrors).toEqual([]);
    expect(r.uploadPreset!.name).toMatch(/^[a-z0-9]{8}$/);
    expect(r.uploadPreset!.settings).toEqual({ unique_filename: true });
  });

  test("settings are checked by parameter name and shape, naming the key", async () => {
    expect(await errorsOf({ name: "bad1", settings: { alowed_formats: "jpg" } })).toEqual([
      { code: "INVALID_ARGUMENT", field: ["input", "settings", "alowed_formats"], message: expect.stringContaining("not an Upload API parameter") },
    ]);
    expect((await errorsOf({ name: "bad2", settings: { overwrite: "yes" } }))[0].field).toEqual(["input", "settings", "overwrite"]);
    expect((await errorsOf({ name: "bad3", settings: { auto_tagging: 1.5 } }))[0].field).toEqual(["input", "settings", "auto_tagging"]);
    expect((await errorsOf({ name: "bad4", settings: { unsigned: true } }))[0].message).toContain("input.unsigned");
    expect((await errorsOf({ name: "bad5", settings: { public_id: "x" } }))[0].field).toEqual(["input", "settings", "public_id"]);
    expect((await errorsOf({ name: "bad6", settings: { notification_url: "ftp://x" } }))[0]).toMatchObject({ code: "INVALID_URI", field: ["input", "settings", "notification_url"] });
    expect((await errorsOf({ name: "bad7", settings: { folder: "a//b" } }))[0].field).toEqual(["input", "settings", "folder"]);
    expect((await errorsOf({ name: "bad8", settings: ["tags"] }))[0].field).toEqual(["input", "settings"]);
    expect((await errorsOf({ name: "bad name" }))[0]).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "name"] });
    expect((await errorsOf({ name: "n".repeat(256) }))[0]).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "name"] });
    expect((await t.gql(Get, { name: "bad1" })).data!.uploadPreset).toBeNull();
  });

  test("useAssetFolderAsPublicIdPrefix and asset_folder need dynamic folder mode", async () => {
    const ok = (await t.gql(Create, { input: { name: "dyn", useAssetFolderAsPublicIdPrefix: true, settings: { asset_folder: "a/b" } } }, t.otherAdmin)).data!.createUploadPreset;
    expect(ok.userErrors).toEqual([]);
    expect(ok.uploadPreset!.useAssetFolderAsPublicIdPrefix).toBe(true);
    await t.app.db.environment.update({ where: { cloudName: "other-cloud" }, data: { folderMode: "fixed" } });
    t.app.auth.forget(t.otherAdmin.apiKey);
    try {
      const flag = (await t.gql(Create, { input: { name: "fixed1", useAssetFolderAsPublicIdPrefix: true } }, t.otherAdmin)).data!.createUploadPreset;
      expect(flag.userErrors).toEqual([{ code: "FIXED_FOLDER_MODE_UNSUPPORTED", field: ["input", "useAssetFolderAsPublicIdPrefix"], message: expect.any(String) }]);
      const folder = (await t.gql(Create, { input: { name: "fixed2", settings: { asset_folder: "x" } } }, t.otherAdmin)).data!.createUploadPreset;
      expect(folder.userErrors[0]).toMatchObject({ code: "FIXED_FOLDER_MODE_UNSUPPORTED", field: ["input", "settings", "asset_folder"] });
      const plain = (await t.gql(Create, { input: { name: "fixed3", settings: { folder: "legacy/path" } } }, t.otherAdmin)).data!.createUploadPreset;
      expect(plain.userErrors).toEqual([]);
    } finally {
      await t.app.db.environment.update({ where: { cloudName: "other-cloud" }, data: { folderMode: "dynamic" } });
      t.app.auth.forget(t.otherAdmin.apiKey);
    }
    await t.gql(Delete, { input: { name: "dyn" } }, t.otherAdmin);
    await t.gql(Delete, { input: { name: "fixed3" } }, t.otherAdmin);
  });

  test("update changes the given fields and merges settings (null removes a key)", async () => {
    await t.gql(Create, { input: { name: "wiki", settings: { tags: "old", allowed_formats: "gif", backup: true } } });
    const r = (await t.gql(Update, { input: { name: "wiki", unsigned: true, settings: { tags: "remote", allowed_formats: "jpg,png", backup: null } } })).data!.updateUploadPreset;
    expect(r.userErrors).toEqual([]);
    expect(r.uploadPreset).toMatchObject({ name: "wiki", unsigned: true, live: false, settings: { tags: "remote", allowed_formats: "jpg,png" } });
    const missing = (await t.gql(Update, { input: { name: "nope", live: true } })).data!.updateUploadPreset;
    expect(missing.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "name"], message: "upload preset nope not found" }]);
    const bad = (await t.gql(Update, { input: { name: "wiki", settings: { eager: 3 } } })).data!.updateUploadPreset;
    expect(bad.userErrors[0].field).toEqual(["input", "settings", "eager"]);
    expect((await t.gql(Get, { name: "wiki" })).data!.uploadPreset!.settings).toEqual({ tags: "remote", allowed_formats: "jpg,png" });
  });

  test("delete returns the name and externalId; a second delete is NOT_FOUND", async () => {
    const created = (await t.gql(Create, { input: { name: "gone" } })).data!.createUploadPreset.uploadPreset!;
    const r = (await t.gql(Delete, { input: { name: "gone" } })).data!.deleteUploadPreset;
    expect(r).toEqual({ deletedName: "gone", deletedId: created.id, externalId: created.externalId, userErrors: [] });
    expect((await t.gql(Delete, { input: { name: "gone" } })).data!.deleteUploadPreset.userErrors[0].code).toBe("NOT_FOUND");
  });

  test("list pages by name with totalCount; first above 500 is refused; read-only keys cannot write", async () => {
    for (const name of ["p-a", "p-b", "p-c"]) await t.gql(Create, { input: { name } }, t.otherAdmin);
    const page1 = await t.gql(List, { first: 2 }, t.otherAdmin);
    expect(page1.data!.uploadPresets.totalCount).toBe(3);
    expect(page1.data!.uploadPresets.edges.map((e) => e.node.name)).toEqual(["p-a", "p-b"]);
    const page2 = await t.gql(List, { first: 2, after: page1.data!.uploadPresets.pageInfo.endCursor }, t.otherAdmin);
    expect(page2.data!.uploadPresets.edges.map((e) => e.node.name)).toEqual(["p-c"]);
    expect(page2.data!.uploadPresets.pageInfo.hasNextPage).toBe(false);
    const big = await t.gql(List, { first: 501 });
    expect(big.errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["first"] });
    const ro = await t.gql(Create, { input: { name: "ro" } }, t.readOnly);
    expect(ro.errors![0].extensions!.code).toBe("FORBIDDEN");
  });
});

describe("concurrent writers", () => {
  test("parallel creates of one name all succeed: one preset, the others overwrote it", async () => {
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => t.gql(Create, { input: { name: "same", settings: { tags: `t${i}` } } })));
    expect(results.map((r) => [r.errors, r.data!.createUploadPreset.userErrors])).toEqual(Array.from({ length: 6 }, () => [undefined, []]));
    expect(results.filter((r) => !r.data!.createUploadPreset.overwritten)).toHaveLength(1);
    expect(new Set(results.map((r) => r.data!.createUploadPreset.uploadPreset!.externalId)).size).toBe(1);
    const stored = (await t.gql(Get, { name: "same" })).data!.uploadPreset!;
    expect(stored.settings).toEqual({ tags: expect.stringMatching(/^t[1-6]$/) });
  });
});
