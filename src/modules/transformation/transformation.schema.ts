import { formatPrismaCursor, prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../builder.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import { PAGE_10_500, loadedPage, type PageArgs } from "../../lib/page.js";
import { Asset } from "../asset/index.js";
import { parseTransformation, transformationInfo } from "./transformation.parser.js";
import { transformationUrl } from "./transformation.url.js";
import {
  MAX_DERIVED_TO_INVALIDATE, createTransformation, deleteTransformation, findTransformation, listTransformations, transformationRef, updateTransformation,
} from "./transformation.service.js";

type DerivedUrlParts = {
  transformation: string;
  format: string | null;
  asset: { publicId: string; resourceType: string; type: string; version: number; format: string | null };
};

const derivedUrl = (host: string, cloudName: string, d: DerivedUrlParts, secure: boolean) =>
  transformationUrl(host, { ...d.asset, cloudName, format: d.format ?? d.asset.format }, parseTransformation(d.transformation, ["transformation"]), secure);

const urlSelect = { asset: { select: { publicId: true, resourceType: true, type: true, version: true, format: true } } } as const;

export const DerivedResource = builder.prismaNode("DerivedResource", {
  description: "A transformed copy of an asset.",
  nullable: true,
  id: { resolve: (d) => d.externalId },
  findUnique: (externalId, ctx) => ({ environmentId_externalId: { environmentId: ctx.environment.id, externalId } }),
  fields: (t) => ({
    derivedResourceId: t.exposeString("externalId", { description: "The Admin API's derived resource id (pass to deleteDerivedResources)." }),
    transformation: t.exposeString("transformation", { description: "The transformation it was made with, components in canonical order." }),
    format: t.string({ nullable: true, select: urlSelect, resolve: (d) => d.format ?? d.asset.format }),
    bytes: t.expose("bytes", { type: "BigInt" }),
    url: t.string({ select: urlSelect, resolve: (d, _args, ctx) => derivedUrl(ctx.config.deliveryHost, ctx.environment.cloudName, d, false) }),
    secureUrl: t.string({ select: urlSelect, resolve: (d, _args, ctx) => derivedUrl(ctx.config.deliveryHost, ctx.environment.cloudName, d, true) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    asset: t.relation("asset", { type: Asset, description: "The original this was derived from." }),
  }),
});

/** One connection type for every list of derived resources (under an asset, under a transformation). */
const DerivedResourceConnection = builder.connectionObject({ type: DerivedResource, name: "DerivedResourceConnection" }, { name: "DerivedResourceEdge" });

const derivedHelpers = prismaConnectionHelpers(builder, "DerivedResource", {
  cursor: "id",
  defaultSize: PAGE_10_500.default,
  maxSize: PAGE_10_500.max,
  query: () => ({ orderBy: { id: "asc" as const } }),
});
/** A page of derived resources as derivedHelpers.getQuery loaded them, the plugin's cursors by id. */
const derivedPage = <Row extends { id: number }>(rows: Row[], args: PageArgs) =>
  loadedPage(rows, args, PAGE_10_500, (row) => row, (row) => formatPrismaCursor(row, "id"));

builder.prismaObjectField("Asset", "derived", (t) =>
  t.connection({
    type: DerivedResource,
    description: "The asset's derived resources, oldest first. first: default 10, at most 500.",
    select: (args, ctx, nestedSelection) => ({ id: true, derived: derivedHelpers.getQuery(args, ctx, nestedSelection) }),
    resolve: (asset, args, ctx) => ({ ...derivedPage(asset.derived, args), totalCount: () => ctx.loaders.derivedCountByAsset.load(asset.id) }),
  }, DerivedResourceConnection),
);

export const Transformation = builder.prismaNode("Transformation", {
  description: "A stored transformation: named (used as t_<name>) or unnamed (a parameter string derived resources were made with).",
  nullable: true,
  id: { resolve: (t) => transformationRef(t) },
  findUnique: (ref, ctx) => {
    // t_<name> is a named one; anything else is the canonical parameter string of an unnamed one.
    const named = ref.startsWith("t_") && !/[,/]/.test(ref);
    return { environmentId_named_name: { environmentId: ctx.environment.id, named, name: named ? ref.slice(2) : ref } };
  },
  fields: (t) => ({
    name: t.string({ description: "t_<name> for a named transformation (as the Admin API lists them), the parameter string otherwise.", resolve: (tr) => transformationRef(tr) }),
    bareName: t.string({ nullable: true, description: "A named transformation's name without t_ (as created).", resolve: (tr) => (tr.named ? tr.name : null) }),
    named: t.exposeBoolean("named"),
    definition: t.exposeString("definition", { description: "The parameters, components in canonical order." }),
    allowedForStrict: t.exposeBoolean("allowedForStrict"),
    used: t.boolean({
      description: "Whether derived resources were made with it.",
      resolve: async (tr, _args, ctx) => (await ctx.loaders.derivedCountByTransformation.load(tr.id)) > 0,
    }),
    info: t.field({
      type: ["JSON"],
      description: "The parsed components, one object per chained segment (e.g. {width: 150, height: 100, crop: \"fill\"}).",
      resolve: (tr) => transformationInfo(parseTransformation(tr.definition, ["definition"])),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectField("Transformation", "derived", (t) =>
  t.connection({
    type: DerivedResource,
    description: "Derived resources made with this transformation, oldest first. first: default 10, at most 500.",
    select: (args, ctx, nestedSelection) => ({ id: true, derived: derivedHelpers.getQuery(args, ctx, nestedSelection) }),
    resolve: (tr, args, ctx) => ({ ...derivedPage(tr.derived, args), totalCount: () => ctx.loaders.derivedCountByTransformation.load(tr.id) }),
  }, DerivedResourceConnection),
);

builder.queryField("transformations", (t) =>
  t.connection({
    type: Transformation,
    description: "Named and unnamed transformations, oldest first. first: default 10, at most 500.",
    args: { named: t.arg.boolean({ description: "true: only named; false: only unnamed; omitted: both." }) },
    resolve: (_root, args, ctx) => listTransformations(ctx, args),
  }),
);

builder.queryField("transformation", (t) =>
  t.prismaField({
    type: "Transformation",
    nullable: true,
    description: "A transformation by name (with or without t_) or by parameters in any component order. Null when not found.",
    args: { nameOrParams: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const found = await findTransformation(ctx.db, ctx.environment.id, args.nameOrParams, ["nameOrParams"]);
      return found ? ctx.db.transformation.findUnique({ ...query, where: { id: found.id } }) : null;
    },
  }),
);

const CreateTransformationInput = builder.inputType("CreateTransformationInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "Letters, digits, _ and -; used as t_<name>." }),
    transformation: t.string({ required: true, description: "The parameters, e.g. c_fill,h_100,w_150 or ar_1.0,c_fill,w_250/r_max/q_auto." }),
    allowedForStrict: t.boolean({ defaultValue: true }),
  }),
});
mutationWithPayload("createTransformation", {
  input: CreateTransformationInput,
  description: "Creates a named transformation.",
  payload: (t) => ({ transformation: t.field({ type: Transformation, nullable: true, resolve: (p) => p.transformation ?? null }) }),
  service: createTransformation,
});

const UpdateTransformationInput = builder.inputType("UpdateTransformationInput", {
  fields: (t) => ({
    nameOrParams: t.string({ required: true }),
    allowedForStrict: t.boolean(),
    transformation: t.string({ description: "Accepted only when equal to the current definition: changing it needs unsafeUpdate (UNSAFE_UPDATE_REQUIRED)." }),
    unsafeUpdate: t.string({ description: "A new definition for a named transformation; derived resources already made with it are not invalidated." }),
  }),
});
mutationWithPayload("updateTransformation", {
  input: UpdateTransformationInput,
  payload: (t) => ({ transformation: t.field({ type: Transformation, nullable: true, resolve: (p) => p.transformation ?? null }) }),
  service: updateTransformation,
});

const DeleteTransformationInput = builder.inputType("DeleteTransformationInput", {
  fields: (t) => ({ nameOrParams: t.string({ required: true }) }),
});
mutationWithPayload("deleteTransformation", {
  input: DeleteTransformationInput,
  description: `Deletes a transformation and invalidates its derived resources; refused (TOO_MANY_DERIVED_RESOURCES, TOO_MANY_DEPENDENT_TRANSFORMATIONS) with ${MAX_DERIVED_TO_INVALIDATE} or more.`,
  payload: (t) => ({
    deletedName: t.string({ nullable: true, resolve: (p) => (p.deleted ? transformationRef(p.deleted) : null) }),
    deletedId: t.id({ nullable: true, resolve: (p) => (p.deleted ? encodeGlobalID("Transformation", transformationRef(p.deleted)) : null) }),
    invalidatedDerivedCount: t.int({ resolve: (p) => p.invalidatedDerivedCount ?? 0 }),
  }),
  service: deleteTransformation,
});
