import { builder } from "../../builder.js";
import { notFound } from "../../errors/errors.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import { PAGE_10_500, columnPage, type PageArgs } from "../../lib/page.js";
import type { Ctx } from "../../context.js";
import { createFolder, deleteFolder, findFolder, normalizeFolderPath, updateFolder } from "./folder.service.js";

export const Folder = builder.prismaNode("Folder", {
  // node/nodes give null for an id that names nothing in the caller's environment.
  nullable: true,
  id: { field: "externalId" },
  findUnique: (externalId, ctx) => ({ externalId, environmentId: ctx.environment.id }),
  fields: (t) => ({
    externalId: t.exposeString("externalId", { description: "Immutable; searchable as id." }),
    name: t.exposeString("name"),
    path: t.exposeString("path"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last renamed or moved." }),
  }),
});

/** Folders under `parentPath` ("" = root), by path. */
function listFolders(ctx: Ctx, parentPath: string, args: PageArgs) {
  const where = { environmentId: ctx.environment.id, parentPath };
  return columnPage(args, PAGE_10_500, { model: ctx.db.folder, where, column: "path", type: "string", boundTo: { parentPath } });
}

builder.queryField("rootFolders", (t) =>
  t.connection({
    type: Folder,
    description: "Top-level folders, by path. first: default 10, at most 500.",
    resolve: (_root, args, ctx) => listFolders(ctx, "", args),
  }),
);

builder.queryField("subfolders", (t) =>
  t.connection({
    type: Folder,
    description: "Direct subfolders of a folder, by path. first: default 10, at most 500. NOT_FOUND when the folder does not exist.",
    args: { path: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const folder = await findFolder(ctx.db, ctx.environment.id, normalizeFolderPath(args.path, ["path"]));
      if (!folder) throw notFound(`folder ${args.path}`, ["path"]);
      return listFolders(ctx, folder.path, args);
    },
  }),
);

builder.queryField("folder", (t) =>
  t.prismaField({
    type: "Folder",
    nullable: true,
    description: "A folder by path (case-insensitive). Null when not found.",
    args: { path: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const path = normalizeFolderPath(args.path, ["path"]);
      return ctx.db.folder.findUnique({ ...query, where: { environmentId_pathKey: { environmentId: ctx.environment.id, pathKey: path.toLowerCase() } } });
    },
  }),
);

const CreateFolderInput = builder.inputType("CreateFolderInput", {
  fields: (t) => ({ path: t.string({ required: true, description: "Full path; missing ancestors are created too." }) }),
});
mutationWithPayload("createFolder", {
  input: CreateFolderInput,
  payload: (t) => ({
    folder: t.field({ type: Folder, nullable: true, resolve: (p) => p.folder ?? null }),
    createdPaths: t.stringList({ description: "Every folder this call created, ancestors first.", resolve: (p) => p.createdPaths ?? [] }),
  }),
  service: createFolder,
});

const FolderLocation = builder.objectRef<{ name: string; path: string }>("FolderLocation").implement({
  fields: (t) => ({ name: t.exposeString("name"), path: t.exposeString("path") }),
});
const UpdateFolderInput = builder.inputType("UpdateFolderInput", {
  fields: (t) => ({
    path: t.string({ required: true }),
    toPath: t.string({ required: true, description: "New full path: renames, moves, or both. Subfolders and assets move with it." }),
  }),
});
mutationWithPayload("updateFolder", {
  input: UpdateFolderInput,
  payload: (t) => ({
    from: t.field({ type: FolderLocation, nullable: true, resolve: (p) => p.from ?? null }),
    folder: t.field({ type: Folder, nullable: true, resolve: (p) => p.folder ?? null }),
    movedFolderCount: t.int({ description: "The folder and its subfolders.", resolve: (p) => p.movedFolderCount ?? 0 }),
  }),
  service: updateFolder,
});

const DeleteFolderInput = builder.inputType("DeleteFolderInput", {
  fields: (t) => ({
    path: t.string({ required: true }),
    skipBackup: t.boolean({ defaultValue: false, description: "Delete even if deleted-but-backed-up assets remain (they move to the root)." }),
  }),
});
mutationWithPayload("deleteFolder", {
  input: DeleteFolderInput,
  description: "Deletes an empty folder; FOLDER_NOT_EMPTY when it still holds assets or subfolders.",
  payload: (t) => ({ deletedPaths: t.stringList({ resolve: (p) => p.deletedPaths ?? [] }) }),
  service: deleteFolder,
});
