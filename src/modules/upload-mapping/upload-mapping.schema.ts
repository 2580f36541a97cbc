import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../builder.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import { PAGE_10_500, columnPage } from "../../lib/page.js";
import { folderKey, normalizeFolderPath } from "../folder/index.js";
import { createUploadMapping, deleteUploadMapping, updateUploadMapping } from "./upload-mapping.service.js";

export const UploadMapping = builder.prismaNode("UploadMapping", {
  description: "A folder whose assets are fetched, on first request, from template + the rest of the path (auto upload).",
  // node/nodes give null for an id that names nothing in the caller's environment.
  nullable: true,
  id: { field: "externalId" },
  findUnique: (externalId, ctx) => ({ externalId, environmentId: ctx.environment.id }),
  fields: (t) => ({
    folder: t.exposeString("folder"),
    template: t.exposeString("template", { description: "The URL prefix mapped to the folder." }),
    externalId: t.exposeString("externalId"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.queryField("uploadMappings", (t) =>
  t.connection({
    type: UploadMapping,
    description: "The environment's upload mappings, by folder. first: default 10, at most 500.",
    resolve: (_root, args, ctx) => {
      const where = { environmentId: ctx.environment.id };
      return columnPage(args, PAGE_10_500, { model: ctx.db.uploadMapping, where, column: "folderKey", type: "string" });
    },
  }),
);

builder.queryField("uploadMapping", (t) =>
  t.prismaField({
    type: "UploadMapping",
    nullable: true,
    description: "The mapping of a folder (case-insensitive). Null when the folder has none.",
    args: { folder: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const key = folderKey(normalizeFolderPath(args.folder, ["folder"]));
      return ctx.db.uploadMapping.findUnique({ ...query, where: { environmentId_folderKey: { environmentId: ctx.environment.id, folderKey: key } } });
    },
  }),
);

const UploadMappingInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      folder: t.string({ required: true, description: "The mapped folder (a folder path; one mapping per folder, case-insensitive)." }),
      template: t.string({ required: true, description: "URL prefix: absolute http(s), without credentials, query or fragment." }),
    }),
  });

mutationWithPayload("createUploadMapping", {
  input: UploadMappingInput("CreateUploadMappingInput"),
  description: "Maps a folder to a URL prefix. ALREADY_EXISTS when the folder is mapped already.",
  payload: (t) => ({ uploadMapping: t.field({ type: UploadMapping, nullable: true, resolve: (p) => p.uploadMapping ?? null }) }),
  service: createUploadMapping,
});

mutationWithPayload("updateUploadMapping", {
  input: UploadMappingInput("UpdateUploadMappingInput"),
  description: "Gives a mapped folder a new URL prefix.",
  payload: (t) => ({ uploadMapping: t.field({ type: UploadMapping, nullable: true, resolve: (p) => p.uploadMapping ?? null }) }),
  service: updateUploadMapping,
});

const DeleteUploadMappingInput = builder.inputType("DeleteUploadMappingInput", {
  fields: (t) => ({ folder: t.string({ required: true }) }),
});
mutationWithPayload("deleteUploadMapping", {
  input: DeleteUploadMappingInput,
  payload: (t) => ({
    deletedFolder: t.string({ nullable: true, resolve: (p) => p.deleted?.folder ?? null }),
    deletedId: t.id({ nullable: true, resolve: (p) => (p.deleted ? encodeGlobalID("UploadMapping", p.deleted.externalId) : null) }),
    externalId: t.string({ nullable: true, resolve: (p) => p.deleted?.externalId ?? null }),
  }),
  service: deleteUploadMapping,
});
