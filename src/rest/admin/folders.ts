// Admin API `folders`: Query.rootFolders, subfolders, searchFolders; Mutation.createFolder,
// updateFolder, deleteFolder.
import { bool, page, required, sortBy, str } from "../params.js";
import type { RestCall, Route } from "../router.js";
import { PAGE_INFO, nodes, time, type Connection } from "./json.js";

interface FolderNode {
  name: string;
  path: string;
  externalId: string;
  createdAt?: string;
}

const folderJson = (f: FolderNode) => ({ name: f.name, path: f.path, external_id: f.externalId });

function folderList(connection: Connection<FolderNode> & { totalCount: number }) {
  const { items, next_cursor } = nodes(connection, folderJson);
  return { folders: items, next_cursor, total_count: connection.totalCount };
}

async function searchFolders(call: RestCall) {
  const p = call.params;
  const { searchFolders: found } = await call.graphql.run<{ searchFolders: Connection<FolderNode> & { totalCount: number; time: number } }>(
    `query RestSearchFolders($expression: String, $sortBy: [SortInput!], $first: Int, $after: String) {
      searchFolders(expression: $expression, sortBy: $sortBy, first: $first, after: $after) {
        totalCount time edges { node { name path externalId createdAt } } ${PAGE_INFO}
      }
    }`,
    { expression: str(p, "expression"), sortBy: sortBy(p), ...page(p) },
  );
  const { items, next_cursor } = nodes(found, (f) => ({ ...folderJson(f), created_at: time(f.createdAt) }));
  return { total_count: found.totalCount, time: found.time, next_cursor, folders: items };
}

export const folderRoutes: Route[] = [
  {
    method: "GET",
    path: "/folders",
    handle: async (call) => {
      const { rootFolders } = await call.graphql.run<{ rootFolders: Connection<FolderNode> & { totalCount: number } }>(
        `query RestRootFolders($first: Int, $after: String) { rootFolders(first: $first, after: $after) { totalCount edges { node { name path externalId } } ${PAGE_INFO} } }`,
        page(call.params),
      );
      return folderList(rootFolders);
    },
  },
  { method: "GET", path: "/folders/search", handle: searchFolders },
  { method: "POST", path: "/folders/search", handle: searchFolders },
  {
    method: "GET",
    path: "/folders/*",
    handle: async (call) => {
      const { subfolders } = await call.graphql.run<{ subfolders: Connection<FolderNode> & { totalCount: number } }>(
        `query RestSubfolders($path: String!, $first: Int, $after: String) { subfolders(path: $path, first: $first, after: $after) { totalCount edges { node { name path externalId } } ${PAGE_INFO} } }`,
        { path: call.path["*"], ...page(call.params) },
      );
      return folderList(subfolders);
    },
  },
  {
    method: "POST",
    path: "/folders/*",
    handle: async (call) => {
      const payload = await call.graphql.mutate<{ folder: FolderNode; userErrors: never[] }>(
        `mutation RestCreateFolder($input: CreateFolderInput!) { createFolder(input: $input) { folder { name path externalId } userErrors { code field message } } }`,
        { input: { path: call.path["*"] } },
        "createFolder",
      );
      return { success: true, ...folderJson(payload.folder) };
    },
  },
  {
    method: "PUT",
    path: "/folders/*",
    handle: async (call) => {
      const payload = await call.graphql.mutate<{ from: { name: string; path: string }; folder: FolderNode; userErrors: never[] }>(
        `mutation RestUpdateFolder($input: UpdateFolderInput!) { updateFolder(input: $input) { from { name path } folder { name path externalId } userErrors { code field message } } }`,
        { input: { path: call.path["*"], toPath: required(call.params, "to_folder") } },
        "updateFolder",
      );
      return { from: payload.from, to: { name: payload.folder.name, path: payload.folder.path } };
    },
  },
  {
    method: "DELETE",
    path: "/folders/*",
    handle: async (call) => {
      const payload = await call.graphql.mutate<{ deletedPaths: string[]; userErrors: never[] }>(
        `mutation RestDeleteFolder($input: DeleteFolderInput!) { deleteFolder(input: $input) { deletedPaths userErrors { code field message } } }`,
        { input: { path: call.path["*"], skipBackup: bool(call.params, "skip_backup") } },
        "deleteFolder",
      );
      return { deleted: payload.deletedPaths };
    },
  },
];
