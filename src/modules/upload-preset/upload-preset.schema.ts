import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../builder.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import { PAGE_10_500, columnPage } from "../../lib/page.js";
import { UPLOAD_PARAMS } from "./upload-preset.params.js";
import { MAX_PRESET_NAME_LENGTH, createUploadPreset, deleteUploadPreset, parseSettings, updateUploadPreset } from "./upload-preset.service.js";

export const UploadPreset = builder.prismaNode("UploadPreset", {
  description: "Named defaults for Upload API calls; parameters given in an upload call override them.",
  // node/nodes give null for an id that names nothing in the caller's environment.
  nullable: true,
  id: { field: "externalId" },
  findUnique: (externalId, ctx) => ({ externalId, environmentId: ctx.environment.id }),
  fields: (t) => ({
    name: t.exposeString("name"),
    externalId: t.exposeString("externalId", { description: "UUID, stable across updates and overwrites." }),
    unsigned: t.exposeBoolean("unsigned", { description: "Allows unsigned uploads." }),
    disallowPublicId: t.exposeBoolean("disallowPublicId", { description: "Upload calls may not set public_id (unsigned presets then force unique_filename)." }),
    live: t.exposeBoolean("live", { description: "Usable for live streaming." }),
    useAssetFolderAsPublicIdPrefix: t.exposeBoolean("useAssetFolderAsPublicIdPrefix", {
      description: "Prefix public IDs with the asset folder when no public_id_prefix/folder is set (dynamic folder mode only).",
    }),
    settings: t.field({ type: "JSON", description: "The Upload API parameters of the preset (snake_case keys).", resolve: (p) => parseSettings(p) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.queryField("uploadPresets", (t) =>
  t.connection({
    type: UploadPreset,
    description: "The environment's upload presets, by name. first: default 10, at most 500.",
    resolve: (_root, args, ctx) => {
      const where = { environmentId: ctx.environment.id };
      return columnPage(args, PAGE_10_500, { model: ctx.db.uploadPreset, where, column: "name", type: "string" });
    },
  }),
);

builder.queryField("uploadPreset", (t) =>
  t.prismaField({
    type: "UploadPreset",
    nullable: true,
    description: "A preset by name (case-sensitive). Null when not found.",
    args: { name: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.db.uploadPreset.findUnique({ ...query, where: { environmentId_name: { environmentId: ctx.environment.id, name: args.name } } }),
  }),
);

const settingsDescription = `Upload API parameters (snake_case), checked by name and shape: ${Object.keys(UPLOAD_PARAMS).join(", ")}.`;

const CreateUploadPresetInput = builder.inputType("CreateUploadPresetInput", {
  fields: (t) => ({
    name: t.string({ description: `Letters, digits, _ and -, at most ${MAX_PRESET_NAME_LENGTH} characters; random when omitted. An existing preset of this name is overwritten.` }),
    unsigned: t.boolean({ description: "Default false." }),
    disallowPublicId: t.boolean({ description: "Default false." }),
    live: t.boolean({ description: "Default false." }),
    useAssetFolderAsPublicIdPrefix: t.boolean({ description: "Default false. Dynamic folder mode only." }),
    settings: t.field({ type: "JSON", description: settingsDescription }),
  }),
});
mutationWithPayload("createUploadPreset", {
  input: CreateUploadPresetInput,
  description: "Creates a preset, or overwrites the preset of the same name (then overwritten is true).",
  payload: (t) => ({
    uploadPreset: t.field({ type: UploadPreset, nullable: true, resolve: (p) => p.uploadPreset ?? null }),
    overwritten: t.boolean({ description: "A preset of this name existed and was replaced.", resolve: (p) => p.overwritten ?? false }),
  }),
  service: createUploadPreset,
});

const UpdateUploadPresetInput = builder.inputType("UpdateUploadPresetInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    unsigned: t.boolean(),
    disallowPublicId: t.boolean(),
    live: t.boolean(),
    useAssetFolderAsPublicIdPrefix: t.boolean({ description: "Dynamic folder mode only." }),
    settings: t.field({ type: "JSON", description: `Merged into the preset's parameters; a key set to null is removed. ${settingsDescription}` }),
  }),
});
mutationWithPayload("updateUploadPreset", {
  input: UpdateUploadPresetInput,
  description: "Changes the fields given; the others keep their values.",
  payload: (t) => ({ uploadPreset: t.field({ type: UploadPreset, nullable: true, resolve: (p) => p.uploadPreset ?? null }) }),
  service: updateUploadPreset,
});

const DeleteUploadPresetInput = builder.inputType("DeleteUploadPresetInput", {
  fields: (t) => ({ name: t.string({ required: true }) }),
});
mutationWithPayload("deleteUploadPreset", {
  input: DeleteUploadPresetInput,
  payload: (t) => ({
    deletedName: t.string({ nullable: true, resolve: (p) => p.deleted?.name ?? null }),
    deletedId: t.id({ nullable: true, description: "Global id of the deleted preset.", resolve: (p) => (p.deleted ? encodeGlobalID("UploadPreset", p.deleted.externalId) : null) }),
    externalId: t.string({ nullable: true, resolve: (p) => p.deleted?.externalId ?? null }),
  }),
  service: deleteUploadPreset,
});

