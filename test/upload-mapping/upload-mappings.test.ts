import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";

const t = useTestApp();

const Create = graphql(`
  mutation MappingCreate($input: CreateUploadMappingInput!) {
    createUploadMapping(input: $input) { uploadMapping { id folder template externalId } userErrors { code field message } }
  }
`);
const Update = graphql(`
  mutation MappingUpdate($input: UpdateUploadMappingInput!) {
    updateUploadMapping(input: $input) { uploadMapping { folder template externalId } userErrors { code field message } }
  }
`);
const Delete = graphql(`
  mutation MappingDelete($input: DeleteUploadMappingInput!) {
    deleteUploadMapping(input: $input) { deletedFolder deletedId externalId userErrors { code field message } }
  }
`);
const Get = graphql(`
  query MappingGet($folder: String!) { uploadMapping(folder: $folder) { folder template } }
`);
const List = graphql(`
  query MappingList($first: Int, $after: String) {
    uploadMappings(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { folder template } } }
  }
`);

describe("upload mappings", () => {
  test("create, get (case-insensitive), update, delete", async () => {
    const c = (await t.gql(Create, { input: { folder: "wiki", template: "https://u.wiki.example.com/wiki-images/" } })).data!.createUploadMapping;
    expect(c.userErrors).toEqual([]);
    expect(c.uploadMapping).toMatchObject({ folder: "wiki", template: "https://u.wiki.example.com/wiki-images/" });
    expect((await t.gql(Get, { folder: "WIKI" })).data!.uploadMapping).toEqual({ folder: "wiki", template: "https://u.wiki.example.com/wiki-images/" });
    expect((await t.gql(Get, { folder: "wiki" }, t.otherAdmin)).data!.uploadMapping).toBeNull();
    const u = (await t.gql(Update, { input: { folder: "wiki", template: "https://u.wiki.com/images/" } })).data!.updateUploadMapping;
    expect(u).toEqual({ uploadMapping: { folder: "wiki", template: "https://u.wiki.com/images/", externalId: c.uploadMapping!.externalId }, userErrors: [] });
    const d = (await t.gql(Delete, { input: { folder: "wiki" } })).data!.deleteUploadMapping;
    expect(d).toEqual({ deletedFolder: "wiki", deletedId: c.uploadMapping!.id, externalId: c.uploadMapping!.externalId, userErrors: [] });
    expect((await t.gql(Get, { folder: "wiki" })).data!.uploadMapping).toBeNull();
    expect((await t.gql(Delete, { input: { folder: "wiki" } })).data!.deleteUploadMapping.userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: ["input", "folder"] });
    expect((await t.gql(Update, { input: { folder: "wiki", template: "https://x.com/" } })).data!.updateUploadMapping.userErrors[0].code).toBe("NOT_FOUND");
  });

  test("one mapping per folder; folder and template are validated", async () => {
    await t.gql(Create, { input: { folder: "my_map", template: "https://www.example.com/images/" } });
    const dup = (await t.gql(Create, { input: { folder: "My_Map/", template: "https://other.example.com/" } })).data!.createUploadMapping;
    expect(dup.userErrors).toEqual([{ code: "ALREADY_EXISTS", field: ["input", "folder"], message: expect.stringContaining("already mapped") }]);
    const bad = async (folder: string, template: string) => (await t.gql(Create, { input: { folder, template } })).data!.createUploadMapping.userErrors[0];
    expect(await bad("", "https://a.com/")).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "folder"] });
    expect(await bad("a//b", "https://a.com/")).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "folder"] });
    expect(await bad("ok", "ftp://a.com/")).toMatchObject({ code: "INVALID_URI", field: ["input", "template"] });
    expect(await bad("ok", "https://a.com/x?y=1")).toMatchObject({ code: "INVALID_URI", field: ["input", "template"] });
    expect(await bad("ok", "https://user:pw@a.com/")).toMatchObject({ code: "INVALID_URI", field: ["input", "template"] });
    expect((await t.gql(Get, { folder: "ok" })).data!.uploadMapping).toBeNull();
  });

  test("list pages by folder with totalCount", async () => {
    for (const folder of ["c", "a", "b"]) await t.gql(Create, { input: { folder, template: `https://${folder}.example.com/` } }, t.otherAdmin);
    const p1 = (await t.gql(List, { first: 2 }, t.otherAdmin)).data!.uploadMappings;
    expect(p1.totalCount).toBe(3);
    expect(p1.edges.map((e) => e.node.folder)).toEqual(["a", "b"]);
    const p2 = (await t.gql(List, { first: 2, after: p1.pageInfo.endCursor }, t.otherAdmin)).data!.uploadMappings;
    expect(p2.edges.map((e) => e.node.folder)).toEqual(["c"]);
    expect((await t.gql(List, { first: 501 })).errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED" });
  });
});
