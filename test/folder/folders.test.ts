import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { FoldersRootQuery, FoldersRootQueryVariables } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp();

const CreateFolder = graphql(`
  mutation FoldersCreate($input: CreateFolderInput!) {
    createFolder(input: $input) {
      folder { externalId name path }
      createdPaths
      userErrors { code field message }
    }
  }
`);

const FolderByPath = graphql(`
  query FoldersByPath($path: String!) {
    folder(path: $path) { externalId name path updatedAt }
  }
`);

const RootFolders = graphql(`
  query FoldersRoot($first: Int, $after: String) {
    rootFolders(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { name path } }
    }
  }
`);

const Subfolders = graphql(`
  query FoldersSub($path: String!, $first: Int, $after: String) {
    subfolders(path: $path, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { name path } }
    }
  }
`);

const UpdateFolder = graphql(`
  mutation FoldersUpdate($input: UpdateFolderInput!) {
    updateFolder(input: $input) {
      from { name path }
      folder { externalId name path }
      movedFolderCount
      userErrors { code field message }
    }
  }
`);

const DeleteFolder = graphql(`
  mutation FoldersDelete($input: DeleteFolderInput!) {
    deleteFolder(input: $input) {
      deletedPaths
      userErrors { code field message }
    }
  }
`);

const FolderAssets = graphql(`
  query FoldersAssets($assetFolder: String!) {
    assets(assetFolder: $assetFolder, direction: ASC) {
      totalCount
      edges { node { publicId assetFolder } }
    }
  }
`);

type Connection = { edges: { node: { path: string } }[] };
const paths = (c: Connection) => c.edges.map((e) => e.node.path);

const subfolderPaths = async (path: string) => {
  const r = await t.gql(Subfolders, { path, first: 500 });
  expect(r.errors).toBeUndefined();
  return paths(r.data!.subfolders);
};

const assetsIn = async (assetFolder: string) => {
  const r = await t.gql(FolderAssets, { assetFolder });
  expect(r.errors).toBeUndefined();
  return r.data!.assets.edges.map((e) => e.node);
};

const create = async (path: string) => {
  const r = await t.gql(CreateFolder, { input: { path } });
  expect(r.errors).toBeUndefined();
  return r.data!.createFolder;
};

describe("folders", () => {
  let bootsId = "";

  test("createFolder creates missing ancestors, keeps existing spellings and lists what it created", async () => {
    const first = await create("Products/Shoes/Boots");
    expect(first.userErrors).toEqual([]);
    expect(first.createdPaths).toEqual(["Products", "Products/Shoes", "Products/Shoes/Boots"]);
    expect(first.folder).toMatchObject({ name: "Boots", path: "Products/Shoes/Boots" });
    expect(first.folder!.externalId).toMatch(/^[0-9a-f]{32}$/);
    bootsId = first.folder!.externalId;

    // Existing ancestors are matched case-insensitively and keep their stored spelling; a trailing / is dropped.
    const second = await create("products/SHOES/Sandals/");
    expect(second.userErrors).toEqual([]);
    expect(second.createdPaths).toEqual(["Products/Shoes/Sandals"]);
    expect(second.folder).toMatchObject({ name: "Sandals", path: "Products/Shoes/Sandals" });
    expect(second.folder!.externalId).not.toBe(bootsId);
  });

  test("createFolder refuses an existing path, case-insensitively, and creates nothing", async () => {
    for (const path of ["Products/Shoes/Boots", "PRODUCTS/shoes/boots", "products"]) {
      const r = await create(path);
      expect(r.folder).toBeNull();
      expect(r.createdPaths).toEqual([]);
      expect(r.userErrors).toHaveLength(1);
      expect(r.userErrors[0]).toMatchObject({ code: "ALREADY_EXISTS", field: ["input", "path"] });
    }
    expect(await subfolderPaths("Products/Shoes")).toEqual(["Products/Shoes/Boots", "Products/Shoes/Sandals"]);
  });

  test("createFolder rejects empty paths, empty segments and forbidden characters", async () => {
    const bad = ["", "/", "//", "a//b", "bad/ lead", "bad/trail /x", "a?b", "a&b", "a#b", "a%b", "a<b", "a>b", "a\\b", "bad/x?y"];
    for (const path of bad) {
      const r = await create(path);
      expect(r.folder, path).toBeNull();
      expect(r.createdPaths, path).toEqual([]);
      expect(r.userErrors, path).toEqual([{ code: "INVALID_ARGUMENT", field: ["input", "path"], message: expect.any(String) }]);
    }
    // Nothing of the refused paths exists, not even a valid ancestor like "a" or "bad".
    for (const path of ["a", "bad", "a/b"]) expect((await t.gql(FolderByPath, { path })).data!.folder, path).toBeNull();
  });

  test("folder(path) is case-insensitive, ignores a trailing slash, and is null when missing", async () => {
    for (const path of ["Products/Shoes/Boots", "products/shoes/boots", "PRODUCTS/SHOES/BOOTS/"]) {
      const r = await t.gql(FolderByPath, { path });
      expect(r.errors).toBeUndefined();
      expect(r.data!.folder).toMatchObject({ externalId: bootsId, name: "Boots", path: "Products/Shoes/Boots" });
    }
    expect((await t.gql(FolderByPath, { path: "Products/Shoes/Nope" })).data!.folder).toBeNull();
    expect((await t.gql(FolderByPath, { path: "Boots" })).data!.folder).toBeNull();
    const invalid = await t.gql(FolderByPath, { path: "a//b" });
    expect(invalid.errors![0].extensions).toMatchObject({ reason: "INVALID_ARGUMENT", field: ["path"] });
  });

  test("rootFolders: by path, totalCount, paging with first/after, first capped at 500", async () => {
    const names = Array.from({ length: 12 }, (_, i) => `page-${String(i).padStart(2, "0")}`);
    // Created out of order: the list is ordered by path, not by creation.
    for (const name of [...names].reverse()) expect((await create(name)).userErrors).toEqual([]);
    const expected = ["Products", ...names];

    const all = await t.gql(RootFolders, { first: 500 });
    expect(all.errors).toBeUndefined();
    expect(paths(all.data!.rootFolders)).toEqual(expected);
    expect(all.data!.rootFolders.totalCount).toBe(13);
    expect(all.data!.rootFolders.edges[0].node).toEqual({ name: "Products", path: "Products" });

    const byDefault = await t.gql(RootFolders, {});
    expect(paths(byDefault.data!.rootFolders)).toEqual(expected.slice(0, 10));
    expect(byDefault.data!.rootFolders.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: Awaited<ReturnType<typeof t.gql<FoldersRootQuery, FoldersRootQueryVariables>>> = await t.gql(RootFolders, { first: 5, after });
      expect(r.errors).toBeUndefined();
      expect(r.data!.rootFolders.totalCount).toBe(13);
      seen.push(...paths(r.data!.rootFolders));
      pages++;
      if (!r.data!.rootFolders.pageInfo.hasNextPage) break;
      after = r.data!.rootFolders.pageInfo.endCursor ?? null;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);

    const over = await t.gql(RootFolders, { first: 501 });
    expect(over.data).toBeNull();
    expect(over.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LIMIT_EXCEEDED", field: ["first"] });
  });

  test("subfolders: direct children only, by path, paged; NOT_FOUND for a missing folder", async () => {
    for (const p of ["page-00/c", "page-00/a/deep", "page-00/b"]) expect((await create(p)).userErrors).toEqual([]);

    const r = await t.gql(Subfolders, { path: "PAGE-00" });
    expect(r.errors).toBeUndefined();
    expect(paths(r.data!.subfolders)).toEqual(["page-00/a", "page-00/b", "page-00/c"]);
    expect(r.data!.subfolders.edges.map((e) => e.node.name)).toEqual(["a", "b", "c"]);
    expect(r.data!.subfolders.totalCount).toBe(3);
    expect(r.data!.subfolders.pageInfo.hasNextPage).toBe(false);

    const page1 = await t.gql(Subfolders, { path: "page-00", first: 2 });
    expect(paths(page1.data!.subfolders)).toEqual(["page-00/a", "page-00/b"]);
    expect(page1.data!.subfolders.pageInfo.hasNextPage).toBe(true);
    expect(page1.data!.subfolders.totalCount).toBe(3);
    const page2 = await t.gql(Subfolders, { path: "page-00", first: 2, after: page1.data!.subfolders.pageInfo.endCursor });
    expect(paths(page2.data!.subfolders)).toEqual(["page-00/c"]);
    expect(page2.data!.subfolders.pageInfo.hasNextPage).toBe(false);

    // A cursor resumes only the listing that issued it.
    const elsewhere = await t.gql(Subfolders, { path: "page-01", first: 2, after: page1.data!.subfolders.pageInfo.endCursor });
    expect(elsewhere.errors![0].extensions).toMatchObject({ reason: "INVALID_CURSOR", field: ["after"] });

    expect(await subfolderPaths("page-00/a")).toEqual(["page-00/a/deep"]);
    const empty = await t.gql(Subfolders, { path: "page-00/a/deep" });
    expect(empty.data!.subfolders).toMatchObject({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false } });

    const over = await t.gql(Subfolders, { path: "page-00", first: 501 });
    expect(over.data).toBeNull();
    expect(over.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LIMIT_EXCEEDED", field: ["first"] });

    const missing = await t.gql(Subfolders, { path: "page-00/nope" });
    expect(missing.data).toBeNull();
    expect(missing.errors).toHaveLength(1);
    expect(missing.errors![0].extensions).toMatchObject({ code: "NOT_FOUND", reason: "NOT_FOUND", field: ["path"] });
  });

  test("updateFolder renames a folder, carrying its subfolders and assets", async () => {
    expect((await create("mv/a/sub1")).userErrors).toEqual([]);
    expect((await create("mv/a/sub2/leaf")).userErrors).toEqual([]);
    await importAssets(t, [
      { publicId: "mv-asset-1", assetFolder: "mv/a" },
      { publicId: "mv-asset-2", assetFolder: "mv/a/sub2/leaf" },
    ]);
    const before = (await t.gql(FolderByPath, { path: "mv/a" })).data!.folder!;

    const r = await t.gql(UpdateFolder, { input: { path: "MV/A", toPath: "mv/b" } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateFolder).toEqual({
      from: { name: "a", path: "mv/a" },
      folder: { externalId: before.externalId, name: "b", path: "mv/b" },
      movedFolderCount: 4,
      userErrors: [],
    });
    expect((await t.gql(FolderByPath, { path: "mv/a" })).data!.folder).toBeNull();
    const after = (await t.gql(FolderByPath, { path: "mv/b" })).data!.folder!;
    expect(after.externalId).toBe(before.externalId);
    expect(Date.parse(after.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));
    expect(await subfolderPaths("mv")).toEqual(["mv/b"]);
    expect(await subfolderPaths("mv/b")).toEqual(["mv/b/sub1", "mv/b/sub2"]);
    expect(await subfolderPaths("mv/b/sub2")).toEqual(["mv/b/sub2/leaf"]);
    expect((await t.gql(FolderByPath, { path: "mv/a/sub2/leaf" })).data!.folder).toBeNull();

    expect(await assetsIn("mv/b")).toEqual([{ publicId: "mv-asset-1", assetFolder: "mv/b" }]);
    expect(await assetsIn("mv/b/sub2/leaf")).toEqual([{ publicId: "mv-asset-2", assetFolder: "mv/b/sub2/leaf" }]);
    expect(await assetsIn("mv/a")).toEqual([]);
    expect(await assetsIn("mv/a/sub2/leaf")).toEqual([]);
  });

  test("updateFolder moves a folder (creating the new parents), and moves and renames at once", async () => {
    const moved = await t.gql(UpdateFolder, { input: { path: "mv/b/sub2", toPath: "elsewhere/deeper/sub2" } });
    expect(moved.data!.updateFolder).toMatchObject({
      from: { name: "sub2", path: "mv/b/sub2" },
      folder: { name: "sub2", path: "elsewhere/deeper/sub2" },
      movedFolderCount: 2,
      userErrors: [],
    });
    expect((await t.gql(FolderByPath, { path: "elsewhere" })).data!.folder).toMatchObject({ path: "elsewhere" });
    expect(await subfolderPaths("elsewhere")).toEqual(["elsewhere/deeper"]);
    expect(await subfolderPaths("elsewhere/deeper/sub2")).toEqual(["elsewhere/deeper/sub2/leaf"]);
    expect(await subfolderPaths("mv/b")).toEqual(["mv/b/sub1"]);
    expect(await assetsIn("elsewhere/deeper/sub2/leaf")).toEqual([{ publicId: "mv-asset-2", assetFolder: "elsewhere/deeper/sub2/leaf" }]);
    expect(await assetsIn("mv/b/sub2/leaf")).toEqual([]);

    const both = await t.gql(UpdateFolder, { input: { path: "mv/b", toPath: "Archive/old-b" } });
    expect(both.data!.updateFolder).toMatchObject({
      from: { name: "b", path: "mv/b" },
      folder: { name: "old-b", path: "Archive/old-b" },
      movedFolderCount: 2,
      userErrors: [],
    });
    expect(await subfolderPaths("mv")).toEqual([]);
    expect(await subfolderPaths("archive")).toEqual(["Archive/old-b"]);
    expect(await subfolderPaths("archive/old-b")).toEqual(["Archive/old-b/sub1"]);
    expect(await assetsIn("archive/OLD-B")).toEqual([{ publicId: "mv-asset-1", assetFolder: "Archive/old-b" }]);

    // A change of case only is a rename of the same folder.
    const recased = await t.gql(UpdateFolder, { input: { path: "archive/old-b", toPath: "Archive/Old-B" } });
    expect(recased.data!.updateFolder).toMatchObject({ folder: { name: "Old-B", path: "Archive/Old-B" }, movedFolderCount: 2, userErrors: [] });
    expect(await subfolderPaths("archive")).toEqual(["Archive/Old-B"]);
    expect(await subfolderPaths("archive/old-b")).toEqual(["Archive/Old-B/sub1"]);
    expect(await assetsIn("archive/old-b")).toEqual([{ publicId: "mv-asset-1", assetFolder: "Archive/Old-B" }]);

    // Under an existing parent spelled differently, the parent keeps its spelling.
    const intoArchive = await t.gql(UpdateFolder, { input: { path: "elsewhere/deeper/sub2", toPath: "ARCHIVE/sub2" } });
    expect(intoArchive.data!.updateFolder).toMatchObject({ folder: { name: "sub2", path: "Archive/sub2" }, movedFolderCount: 2, userErrors: [] });
    expect(await subfolderPaths("archive")).toEqual(["Archive/Old-B", "Archive/sub2"]);
    expect(await subfolderPaths("archive/sub2")).toEqual(["Archive/sub2/leaf"]);
    expect(await subfolderPaths("elsewhere/deeper")).toEqual([]);
    expect(await assetsIn("archive/sub2/leaf")).toEqual([{ publicId: "mv-asset-2", assetFolder: "Archive/sub2/leaf" }]);
  });

  test("updateFolder moves only the folder's own subtree (siblings sharing a prefix, or an _ wildcard, stay)", async () => {
    for (const p of ["lit_1/in", "litA1/in", "lit_10/in"]) expect((await create(p)).userErrors).toEqual([]);
    const r = await t.gql(UpdateFolder, { input: { path: "lit_1", toPath: "lit_2" } });
    expect(r.data!.updateFolder).toMatchObject({ folder: { path: "lit_2" }, movedFolderCount: 2, userErrors: [] });
    expect(await subfolderPaths("lit_2")).toEqual(["lit_2/in"]);
    expect(await subfolderPaths("litA1")).toEqual(["litA1/in"]);
    expect(await subfolderPaths("lit_10")).toEqual(["lit_10/in"]);
    expect((await t.gql(FolderByPath, { path: "lit_1/in" })).data!.folder).toBeNull();
  });

  test("a refused updateFolder changes nothing", async () => {
    const snapshot = async () => ({
      root: paths((await t.gql(RootFolders, { first: 500 })).data!.rootFolders),
      archive: await subfolderPaths("archive"),
      oldB: await subfolderPaths("archive/old-b"),
      sub2: await subfolderPaths("archive/sub2"),
      folder: (await t.gql(FolderByPath, { path: "Archive/Old-B" })).data!.folder,
      assets: [...(await assetsIn("archive/old-b")), ...(await assetsIn("archive/sub2/leaf"))],
    });
    const before = await snapshot();
    expect(before.folder).not.toBeNull();

    const cases = [
      { input: { path: "Archive/Old-B", toPath: "archive/old-b/sub1/x" }, code: "INVALID_ARGUMENT", field: ["input", "toPath"] },
      { input: { path: "Archive/Old-B", toPath: "Archive/Old-B/new" }, code: "INVALID_ARGUMENT", field: ["input", "toPath"] },
      { input: { path: "Archive", toPath: "archive/sub2/x" }, code: "INVALID_ARGUMENT", field: ["input", "toPath"] },
      { input: { path: "Archive/Old-B", toPath: "archive/SUB2" }, code: "ALREADY_EXISTS", field: ["input", "toPath"] },
      { input: { path: "Archive/Old-B", toPath: "page-00" }, code: "ALREADY_EXISTS", field: ["input", "toPath"] },
      { input: { path: "nope/none", toPath: "brand-new/x" }, code: "NOT_FOUND", field: ["input", "path"] },
      { input: { path: "Archive/Old-B", toPath: "brand-new//x" }, code: "INVALID_ARGUMENT", field: ["input", "toPath"] },
      { input: { path: "Archive/Old-B", toPath: "brand-new/x#y" }, code: "INVALID_ARGUMENT", field: ["input", "toPath"] },
      { input: { path: "", toPath: "brand-new" }, code: "INVALID_ARGUMENT", field: ["input", "path"] },
    ];
    for (const c of cases) {
      const r = await t.gql(UpdateFolder, { input: c.input });
      expect(r.errors).toBeUndefined();
      expect(r.data!.updateFolder, JSON.stringify(c.input)).toEqual({
        from: null,
        folder: null,
        movedFolderCount: 0,
        userErrors: [{ code: c.code, field: c.field, message: expect.any(String) }],
      });
    }
    expect(await snapshot()).toEqual(before);
    expect((await t.gql(FolderByPath, { path: "brand-new" })).data!.folder).toBeNull();
  });

  test("deleteFolder refuses a folder holding assets or subfolders and changes nothing", async () => {
    expect((await create("del/full-subs/child")).userErrors).toEqual([]);
    await importAssets(t, [{ publicId: "del-asset", assetFolder: "del/full-assets" }]);

    for (const path of ["del/full-assets", "DEL/Full-Subs", "del"]) {
      const r = await t.gql(DeleteFolder, { input: { path } });
      expect(r.errors).toBeUndefined();
      expect(r.data!.deleteFolder, path).toEqual({ deletedPaths: [], userErrors: [{ code: "FOLDER_NOT_EMPTY", field: ["input", "path"], message: expect.any(String) }] });
    }
    expect(await subfolderPaths("del")).toEqual(["del/full-assets", "del/full-subs"]);
    expect(await subfolderPaths("del/full-subs")).toEqual(["del/full-subs/child"]);
    expect(await assetsIn("del/full-assets")).toEqual([{ publicId: "del-asset", assetFolder: "del/full-assets" }]);

    const missing = await t.gql(DeleteFolder, { input: { path: "del/missing" } });
    expect(missing.data!.deleteFolder).toEqual({ deletedPaths: [], userErrors: [{ code: "NOT_FOUND", field: ["input", "path"], message: expect.any(String) }] });
  });

  test("deleteFolder deletes an empty folder and returns its path", async () => {
    const child = await t.gql(DeleteFolder, { input: { path: "Del/Full-Subs/Child" } });
    expect(child.data!.deleteFolder).toEqual({ deletedPaths: ["del/full-subs/child"], userErrors: [] });
    expect((await t.gql(FolderByPath, { path: "del/full-subs/child" })).data!.folder).toBeNull();
    expect(await subfolderPaths("del/full-subs")).toEqual([]);

    // Its parent is empty now, so it can go too.
    const parent = await t.gql(DeleteFolder, { input: { path: "del/full-subs" } });
    expect(parent.data!.deleteFolder).toEqual({ deletedPaths: ["del/full-subs"], userErrors: [] });
    expect(await subfolderPaths("del")).toEqual(["del/full-assets"]);

    const again = await t.gql(DeleteFolder, { input: { path: "del/full-subs" } });
    expect(again.data!.deleteFolder.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "path"], message: expect.any(String) }]);

    // A folder emptied by moving it away leaves its parent deletable; the moved asset stays with its folder.
    const mvRoot = await t.gql(DeleteFolder, { input: { path: "mv" } });
    expect(mvRoot.data!.deleteFolder).toEqual({ deletedPaths: ["mv"], userErrors: [] });
    expect(await assetsIn("archive/old-b")).toEqual([{ publicId: "mv-asset-1", assetFolder: "Archive/Old-B" }]);
  });
});
