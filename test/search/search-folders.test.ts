// searchFolders: the reference's folder expression fields, sorting, paging and its limits.
import { beforeAll, describe, expect, test } from "vitest";
import type { ExecutionResult } from "graphql";
import { graphql } from "../gql/index.js";
import type { SearchFoldersQuery } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp({ webhooks: false });

const CreateFolder = graphql(`
  mutation SearchFoldersCreate($input: CreateFolderInput!) {
    createFolder(input: $input) { folder { externalId path } userErrors { code field message } }
  }
`);

const UpdateFolder = graphql(`
  mutation SearchFoldersUpdate($input: UpdateFolderInput!) {
    updateFolder(input: $input) { folder { path } userErrors { code field message } }
  }
`);

const Search = graphql(`
  query SearchFolders($expression: String, $sortBy: [SortInput!], $first: Int, $after: String) {
    searchFolders(expression: $expression, sortBy: $sortBy, first: $first, after: $after) {
      totalCount
      time
      pageInfo { hasNextPage endCursor }
      edges { node { name path externalId createdAt } }
    }
  }
`);

const PATHS = [
  "my_parent/1_folder_param", "my_parent/a_folder_param", "my_parent/different_folder", "other/folder_x", "test/sample",
  "my folder with spaces", "Upper/Case",
];
// createFolder creates ancestors too: my_parent, other, test, Upper
const ALL = ["my_parent", "my_parent/1_folder_param", "my_parent/a_folder_param", "my_parent/different_folder", "other", "other/folder_x", "test", "test/sample", "my folder with spaces", "Upper", "Upper/Case"];
type Page = ExecutionResult<SearchFoldersQuery>;
let externalId = "";
let beforeRename = "";

beforeAll(async () => {
  for (const path of PATHS) {
    const r = await t.gql(CreateFolder, { input: { path } });
    expect(r.data!.createFolder.userErrors).toEqual([]);
    if (path === "test/sample") externalId = r.data!.createFolder.folder!.externalId;
  }
  await new Promise((r) => setTimeout(r, 20));
  beforeRename = new Date().toISOString();
  const r = await t.gql(UpdateFolder, { input: { path: "other/folder_x", toPath: "other/folder_y" } });
  expect(r.data!.updateFolder.userErrors).toEqual([]);
});

const paths = (r: { data?: { searchFolders: { edges: { node: { path: string } }[] } } | null }) => r.data!.searchFolders.edges.map((e) => e.node.path);
const renamed = (p: string) => (p === "other/folder_x" ? "other/folder_y" : p);

describe("searchFolders", () => {
  const CASES: [string | (() => string), string[]][] = [
    ["name:folder AND path:my_parent AND created_at>4w", ["my_parent/1_folder_param", "my_parent/a_folder_param", "my_parent/different_folder"]],
    ["name=test/sample", []],
    ["path=test/sample", ["test/sample"]],
    ["name:sample", ["test/sample"]],
    ["path:sample", ["test/sample"]],
    ['name:"my folder with spaces"', ["my folder with spaces"]],
    ['path:"folder with"', ["my folder with spaces"]],
    ["path:my_parent/*", ["my_parent", "my_parent/1_folder_param", "my_parent/a_folder_param", "my_parent/different_folder"]],
    ["path:Upper*", ["Upper", "Upper/Case"]],
    ["path:upper*", []],
    ["name=Case", ["Upper/Case"]],
    ["name:case", ["Upper/Case"]],
    [() => `id=${externalId}`, ["test/sample"]],
    [() => `updated_at>"${beforeRename}"`, ["other/folder_y"]],
    [() => `-updated_at>"${beforeRename}"`, ALL.map(renamed).filter((p) => p !== "other/folder_y")],
    ["created_at>1d", ALL.map(renamed)],
    ["created_at<1d", []],
    ["folder", ["my_parent/1_folder_param", "my_parent/a_folder_param", "my_parent/different_folder", "my folder with spaces", "other/folder_y"]],
    ["param OR spaces", ["my_parent/1_folder_param", "my_parent/a_folder_param", "my folder with spaces"]],
    ["", ALL.map(renamed)],
  ];

  test.each(CASES.map(([e, m]) => [String(e), e, m] as const))("%s", async (_n, expression, matches) => {
    const r = await t.gql(Search, { expression: typeof expression === "string" ? expression : expression(), first: 100 });
    expect(r.errors).toBeUndefined();
    expect(paths(r).sort()).toEqual([...matches].sort());
    expect(r.data!.searchFolders.totalCount).toBe(matches.length);
  });

  test("sorted by name asc, paged in twos", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: Page = await t.gql(Search, { sortBy: [{ field: "name", direction: "ASC" }], first: 2, after });
      seen.push(...r.data!.searchFolders.edges.map((e) => e.node.name));
      if (!r.data!.searchFolders.pageInfo.hasNextPage) break;
      after = r.data!.searchFolders.pageInfo.endCursor;
    }
    expect(seen).toEqual(ALL.map(renamed).map((p) => p.slice(p.lastIndexOf("/") + 1)).sort());
  });

  test("default: created_at desc, up to 50", async () => {
    const r = await t.gql(Search, {});
    expect(r.data!.searchFolders.edges).toHaveLength(ALL.length);
    const created = r.data!.searchFolders.edges.map((e) => e.node.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
  });

  test("limits and errors", async () => {
    expect((await t.gql(Search, { first: 501 })).errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["first"] });
    expect((await t.gql(Search, { expression: "tags:x" })).errors![0].extensions).toMatchObject({ reason: "INVALID_EXPRESSION", position: 0 });
    expect((await t.gql(Search, { expression: "name>3" })).errors![0].extensions).toMatchObject({ reason: "INVALID_EXPRESSION" });
    expect((await t.gql(Search, { sortBy: [{ field: "bytes", direction: "ASC" }] })).errors![0].extensions).toMatchObject({ reason: "INVALID_SORT", field: ["sortBy", "0", "field"] });
  });

  test("another environment's folders are invisible", async () => {
    expect((await t.gql(Search, { expression: "path:my_parent/*" }, t.otherAdmin)).data!.searchFolders.totalCount).toBe(0);
  });
});

describe("searchFolders returns at most the first 2000 matches", () => {
  test("paging stops at 2000", async () => {
    const records = Array.from({ length: 2010 }, (_, i) => ({ publicId: `w-${i}`, assetFolder: `bulk/f${String(i).padStart(4, "0")}` }));
    await importAssets(t, records);
    let after: string | null = null;
    let total = 0;
    let pages = 0;
    for (;;) {
      const r: Page = await t.gql(Search, { expression: "path:bulk/*", sortBy: [{ field: "path", direction: "ASC" }], first: 500, after });
      expect(r.errors).toBeUndefined();
      total += r.data!.searchFolders.edges.length;
      pages++;
      expect(r.data!.searchFolders.totalCount).toBe(2011);
      if (!r.data!.searchFolders.pageInfo.hasNextPage) break;
      after = r.data!.searchFolders.pageInfo.endCursor;
    }
    expect(total).toBe(2000);
    expect(pages).toBe(4);
  });
});
