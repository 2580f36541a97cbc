import { builder } from "../../builder.js";
import { notFound } from "../../errors/errors.js";
import { UserError } from "../../errors/errors.schema.js";
import { toPayload, type Payload } from "../../errors/payload.js";
import { argsHash, decodeCursor, encodeCursor } from "../../lib/cursor.js";
import { PAGE_10_500, pageInfo, pageSize, type PageArgs } from "../../lib/page.js";
import type { Ctx } from "../../context.js";
import { createFolder, deleteFolder, findFolder, normalizeFolderPath, updateFolder } from "./folder.service.js";

export const Folder = builder.prismaNode("Folder", {
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

/** Folders under `parentPath` ("" = root), by path, keyset-paged. */
async function listFolders(ctx: Ctx, parentPath: string, args: PageArgs, query: object) {
  const take = pageSize(args, PAGE_10_500);
  const where = { environmentId: ctx.environment.id, parentPath };
  const hash = argsHash({ parentPath });
  const after = args.after ? decodeCursor(args.after, hash, 1) : null;
  const rows = await ctx.db.folder.findMany({
    ...query,
    where: after ? { ...where, path: { gt: String(after[0]) } } : where,
    orderBy: { path: "asc" },
    take: take + 1,
  });
  const edges = rows.slice(0, take).map((node) => ({ node, cursor: encodeCursor([node.path], hash) }));
  return {
    edges,
    pageInfo: pageInfo(edges, rows.length, take),
    totalCount: () => ctx.db.folder.count({ where }),
  };
}

builder.queryField("rootFolders", (t) =>
  t.connection({
    type: Folder,
    description: "Top-level folders, by path. first: default 10, at most 500.",
    resolve: (_root, args, ctx) => listFolders(ctx, "", args, {}),
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
      return listFolders(ctx, folder.path, args, {});
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

type FolderRow = Awaited<ReturnType<typeof createFolder>>["folder"];

const CreateFolderInput = builder.inputType("CreateFolderInput", {
  fields: (t) => ({ path: t.string({ required: true, description: "Full path; missing ancestors are created too." }) }),
});
const CreateFolderPayload = builder.objectRef<Payload<{ folder: FolderRow; createdPaths: string[] }>>("CreateFolderPayload").implement({
  fields: (t) => ({
    folder: t.field({ type: Folder, nullable: true, resolve: (p) => p.folder ?? null }),
    createdPaths: t.stringList({ description: "Every folder this call created, ancestors first.", resolve: (p) => p.createdPaths ?? [] }),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
  }),
});
builder.mutationField("createFolder", (t) =>
  t.field({
    type: CreateFolderPayload,
    args: { input: t.arg({ type: CreateFolderInput, required: true }) },
    resolve: (_root, { input }, ctx) => toPayload(() => createFolder(ctx, input)),
  }),
);

const FolderLocation = builder.objectRef<{ name: string; path: string }>("FolderLocation").implement({
  fields: (t) => ({ name: t.exposeString("name"), path: t.exposeString("path") }),
});
const UpdateFolderInput = builder.inputType("UpdateFolderInput", {
  fields: (t) => ({
    path: t.string({ required: true }),
    toPath: t.string({ required: true, description: "New full path: renames, moves, or both. Subfolders and assets move with it." }),
  }),
});
const UpdateFolderPayload = builder
  .objectRef<Payload<{ from: { name: string; path: string }; folder: FolderRow; movedFolderCount: number }>>("UpdateFolderPayload")
  .implement({
    fields: (t) => ({
      from: t.field({ type: FolderLocation, nullable: true, resolve: (p) => p.from ?? null }),
      folder: t.field({ type: Folder, nullable: true, resolve: (p) => p.folder ?? null }),
      movedFolderCount: t.int({ description: "The folder and its subfolders.", resolve: (p) => p.movedFolderCount ?? 0 }),
      userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
    }),
  });
builder.mutationField("updateFolder", (t) =>
  t.field({
    type: UpdateFolderPayload,
    args: { input: t.arg({ type: UpdateFolderInput, required: true }) },
    resolve: (_root, { input }, ctx) => toPayload(() => updateFolder(ctx, input)),
  }),
);

const DeleteFolderInput = builder.inputType("DeleteFolderInput", {
  fields: (t) => ({
    path: t.string({ required: true }),
    skipBackup: t.boolean({ defaultValue: false, description: "Delete even if deleted-but-backed-up assets remain (they move to the root)." }),
  }),
});
const DeleteFolderPayload = builder.objectRef<Payload<{ deletedPaths: string[] }>>("DeleteFolderPayload").implement({
  fields: (t) => ({
    deletedPaths: t.stringList({ resolve: (p) => p.deletedPaths ?? [] }),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
  }),
});
builder.mutationField("deleteFolder", (t) =>
  t.field({
    type: DeleteFolderPayload,
    description: "Deletes an empty folder; FOLDER_NOT_EMPTY when it still holds assets or subfolders.",
    args: { input: t.arg({ type: DeleteFolderInput, required: true }) },
    resolve: (_root, { input }, ctx) => toPayload(() => deleteFolder(ctx, input)),
  }),
);

