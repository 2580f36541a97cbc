import { builder } from "../../builder.js";
import { clearMetadataLoaders, type Ctx, type MetadataEntryRow } from "../../context.js";
import type { MetadataField as FieldRow } from "../../generated/sqlite/client.js";
import { UserError, mutationWithPayload } from "../../errors/errors.schema.js";
import { columnPage } from "../../lib/page.js";
import { enumValues } from "../../lib/enums.js";
import { Asset, AssetRefInput, SortDirectionEnum } from "../asset/index.js";
import { MetadataValueInput } from "./metadata.inputs.js";
import {
  DATASOURCE_SEARCH, MAX_DATASOURCE_VALUES, MAX_FIELDS,
  createMetadataField, deleteMetadataDatasourceEntries, deleteMetadataField, orderMetadataDatasource,
  parseStoredDefault, parseStoredValidation, restoreMetadataDatasourceEntries, searchDatasource,
  updateMetadataDatasource, updateMetadataField,
} from "./metadata.service.js";
import { FIELD_TYPES, MAX_STRLEN, type FieldType, type Validation, type ValidationInput as ValidationInputShape } from "./metadata.validation.js";
import { MAX_BULK_ASSETS, updateMetadata, valueOfRows, type BulkResult } from "./metadata.values.js";

export const MetadataFieldTypeEnum = builder.enumType("MetadataFieldType", { values: enumValues(FIELD_TYPES) });
const DatasourceEntryStateEnum = builder.enumType("DatasourceEntryState", { values: enumValues(["active", "inactive"] as const) });
const ValidationTypeEnum = builder.enumType("MetadataValidationType", { values: enumValues(["greater_than", "less_than", "strlen", "strregex", "and"] as const) });

type EntryShape = MetadataEntryRow;

/** A datasource, read once per request however many fields and values need it (context loaders). */
export const entriesOf = (ctx: Ctx, fieldId: number): Promise<EntryShape[]> => ctx.loaders.metadataEntries.load(fieldId);

/** The environment's fields, read once per request for every value that needs its field. */
export const fieldsById = (ctx: Ctx): Promise<Map<number, FieldRow>> => ctx.loaders.metadataFields.load(ctx.environment.id);

/** A mutation service that clears the request's metadata loaders once it has committed. */
export function clearingLoaders<F extends (ctx: Ctx, input: never) => Promise<unknown>>(service: F): F {
  return (async (ctx: Ctx, input: never) => {
    try {
      return await service(ctx, input);
    } finally {
      clearMetadataLoaders(ctx);
    }
  }) as F;
}

export const DatasourceEntry = builder.objectRef<EntryShape>("DatasourceEntry").implement({
  description: "One value of an enum or set field's datasource.",
  fields: (t) => ({
    externalId: t.exposeString("externalId"),
    value: t.exposeString("value"),
    state: t.field({ type: DatasourceEntryStateEnum, description: "INACTIVE entries are soft-deleted: listed, but no asset can be given them.", resolve: (e) => (e.state === "inactive" ? "inactive" : "active") }),
    position: t.exposeInt("position", { description: "Place in the datasource order (0-based)." }),
  }),
});

const Datasource = builder.objectRef<{ fieldId: number }>("MetadataDatasource").implement({
  fields: (t) => ({
    values: t.field({ type: [DatasourceEntry], description: "Every entry, inactive ones included, in datasource order.", resolve: (d, _args, ctx) => entriesOf(ctx, d.fieldId) }),
  }),
});

const Restrictions = builder.objectRef<{ readonlyUi: boolean }>("MetadataFieldRestrictions").implement({
  fields: (t) => ({ readonlyUi: t.exposeBoolean("readonlyUi", { description: "Read-only in the Media Library UI (the API still writes the field)." }) }),
});

// Validation objects as typed members of a union (plus the raw JSON on the field).
const GreaterThan = builder.objectRef<Validation>("GreaterThanValidation").implement({
  fields: (t) => ({
    value: t.field({ type: "JSON", description: "An integer or a yyyy-mm-dd date.", resolve: (v) => v.value }),
    equals: t.boolean({ description: "Greater than or equal.", resolve: (v) => v.equals ?? false }),
  }),
});
const LessThan = builder.objectRef<Validation>("LessThanValidation").implement({
  fields: (t) => ({
    value: t.field({ type: "JSON", description: "An integer or a yyyy-mm-dd date.", resolve: (v) => v.value }),
    equals: t.boolean({ description: "Less than or equal.", resolve: (v) => v.equals ?? false }),
  }),
});
const Strlen = builder.objectRef<Validation>("StrlenValidation").implement({
  fields: (t) => ({
    min: t.int({ resolve: (v) => v.min ?? 0 }),
    max: t.int({ resolve: (v) => v.max ?? MAX_STRLEN }),
  }),
});
const Strregex = builder.objectRef<Validation>("StrregexValidation").implement({
  fields: (t) => ({ regex: t.string({ resolve: (v) => v.regex ?? "" }) }),
});
// Declared before the union and implemented after it: an and's rules are union members.
const AndRef = builder.objectRef<Validation>("AndValidation");
export const MetadataValidation = builder.unionType("MetadataValidation", {
  types: () => [GreaterThan, LessThan, Strlen, Strregex, AndRef],
  resolveType: (v) => ({ greater_than: GreaterThan, less_than: LessThan, strlen: Strlen, strregex: Strregex, and: AndRef })[v.type],
});
AndRef.implement({
  fields: (t) => ({ rules: t.field({ type: [MetadataValidation], resolve: (v) => v.rules ?? [] }) }),
});

export const MetadataField = builder.prismaNode("MetadataField", {
  description: "A structured metadata field definition.",
  nullable: true,
  id: { resolve: (f) => f.externalId },
  findUnique: (externalId, ctx) => ({ environmentId_externalId: { environmentId: ctx.environment.id, externalId } }),
  fields: (t) => ({
    externalId: t.exposeString("externalId", { description: "Unique within the environment; immutable." }),
    type: t.field({ type: MetadataFieldTypeEnum, resolve: (f) => f.type as FieldType }),
    label: t.exposeString("label"),
    mandatory: t.exposeBoolean("mandatory"),
    defaultDisabled: t.exposeBoolean("defaultDisabled", { description: "Disabled for assets until a rule enables it." }),
    restrictions: t.field({ type: Restrictions, resolve: (f) => ({ readonlyUi: f.readonlyUi }) }),
    defaultValue: t.field({ type: "JSON", nullable: true, resolve: (f) => parseStoredDefault(f) }),
    validation: t.field({ type: MetadataValidation, nullable: true, resolve: (f) => parseStoredValidation(f) }),
    validationJson: t.field({ type: "JSON", nullable: true, description: "The validation as the Admin API spells it.", resolve: (f) => parseStoredValidation(f) }),
    datasource: t.field({ type: Datasource, nullable: true, description: "enum and set fields only.", resolve: (f) => (f.type === "enum" || f.type === "set" ? { fieldId: f.id } : null) }),
    allowDynamicListValues: t.exposeBoolean("allowDynamicListValues", { description: "Stored and returned; it affects the Media Library UI only." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.queryField("metadataFields", (t) =>
  t.connection({
    type: MetadataField,
    description: `The environment's metadata fields (at most ${MAX_FIELDS}) in creation order. first: default 100, at most 100.`,
    resolve: (_root, args, ctx) => {
      const where = { environmentId: ctx.environment.id };
      return columnPage(args, { default: 100, max: 100 }, { model: ctx.db.metadataField, where, column: "position", type: "int" });
    },
  }),
);

builder.queryField("metadataField", (t) =>
  t.prismaField({
    type: "MetadataField",
    nullable: true,
    description: "A metadata field by external id; null when there is none.",
    args: { externalId: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.db.metadataField.findUnique({ ...query, where: { environmentId_externalId: { environmentId: ctx.environment.id, externalId: args.externalId } } }),
  }),
);

const DatasourceSearchHit = builder.objectRef<EntryShape & { field: FieldRow }>("DatasourceSearchHit").implement({
  fields: (t) => ({
    fieldId: t.string({ description: "External id of the entry's field.", resolve: (h) => h.field.externalId }),
    field: t.field({ type: MetadataField, resolve: (h) => h.field }),
    id: t.string({ description: "External id of the entry.", resolve: (h) => h.externalId }),
    value: t.exposeString("value"),
  }),
});

builder.queryField("searchMetadataDatasource", (t) =>
  t.field({
    type: [DatasourceSearchHit],
    description: `Active datasource entries, across every field, whose value contains term (case-insensitive), by field then datasource order. first: default ${DATASOURCE_SEARCH.default}, at most ${DATASOURCE_SEARCH.max}.`,
    args: { term: t.arg.string({ required: true }), first: t.arg.int() },
    resolve: (_root, args, ctx) => searchDatasource(ctx, args),
  }),
);

// ---------------------------------------------------------------------------------------------
// Field and datasource mutations

const ValidationInput = builder.inputRef<ValidationInputShape>("MetadataValidationInput").implement({
  description: "A validation object of the reference: give the fields its type uses.",
  fields: (t) => ({
    type: t.field({ type: ValidationTypeEnum, required: true }),
    // JSON input is `unknown`, which the shape's optional property cannot name exactly.
    value: t.field({ type: "JSON", description: "greater_than / less_than: an integer (integer fields) or yyyy-mm-dd (date fields)." }) as never,
    equals: t.boolean({ description: "greater_than / less_than: also accept the value itself. Default false." }),
    min: t.int({ description: "strlen: default 0." }),
    max: t.int({ description: "strlen: default 4,000,000." }),
    regex: t.string({ description: "strregex: RE2 syntax (no backreferences or lookaround; matched in linear time), unanchored (add ^…$ to match the whole value); at most 1,024 characters." }),
    rules: t.field({ type: [ValidationInput], description: "and: the rules that must all pass (no nested and)." }),
  }),
});

const DatasourceEntryInput = builder.inputType("DatasourceEntryInput", {
  fields: (t) => ({
    externalId: t.string({ description: "Generated when omitted; give one to reference the entry from defaultValue or rules." }),
    value: t.string({ required: true }),
  }),
});

const RestrictionsInput = builder.inputType("MetadataFieldRestrictionsInput", { fields: (t) => ({ readonlyUi: t.boolean() }) });

const CreateMetadataFieldInput = builder.inputType("CreateMetadataFieldInput", {
  fields: (t) => ({
    externalId: t.string({ description: "At most 255 characters: letters, digits, _ - . and :. Generated when omitted." }),
    type: t.field({ type: MetadataFieldTypeEnum, required: true }),
    label: t.string({ required: true }),
    mandatory: t.boolean({ description: "Needs defaultValue. Default false." }),
    defaultDisabled: t.boolean(),
    restrictions: t.field({ type: RestrictionsInput }),
    defaultValue: t.field({ type: "JSON", description: "A value of the field's type (an array for set); must pass the validation." }),
    validation: t.field({ type: ValidationInput }),
    datasource: t.field({ type: builder.inputType("MetadataDatasourceInput", { fields: (d) => ({ values: d.field({ type: [DatasourceEntryInput], required: true }) }) }), description: `enum and set only (required for them); at most ${MAX_DATASOURCE_VALUES} values.` }),
    allowDynamicListValues: t.boolean(),
  }),
});

const fieldPayload = (t: Parameters<Parameters<typeof mutationWithPayload<unknown, { metadataField?: FieldRow }>>[1]["payload"]>[0]) => ({
  metadataField: t.field({ type: MetadataField, nullable: true, resolve: (p) => p.metadataField ?? null }),
});

mutationWithPayload("createMetadataField", {
  input: CreateMetadataFieldInput,
  description: `Adds a metadata field (at most ${MAX_FIELDS} per environment).`,
  payload: fieldPayload,
  service: clearingLoaders(createMetadataField),
});

const UpdateMetadataFieldInput = builder.inputType("UpdateMetadataFieldInput", {
  fields: (t) => ({
    externalId: t.string({ required: true }),
    type: t.field({ type: MetadataFieldTypeEnum, description: "Accepted only unchanged: a field's type is immutable." }),
    label: t.string(),
    mandatory: t.boolean(),
    defaultDisabled: t.boolean(),
    restrictions: t.field({ type: RestrictionsInput }),
    defaultValue: t.field({ type: "JSON", description: "null clears it (not for a mandatory field)." }),
    validation: t.field({ type: ValidationInput, description: "null removes the validation. Stored values are not re-checked; the default is." }),
    allowDynamicListValues: t.boolean(),
  }),
});
mutationWithPayload("updateMetadataField", {
  input: UpdateMetadataFieldInput,
  description: "Changes a field partially; only the given inputs change. The datasource changes through its own mutations.",
  payload: fieldPayload,
  service: clearingLoaders(updateMetadataField),
});

mutationWithPayload("deleteMetadataField", {
  input: builder.inputType("DeleteMetadataFieldInput", { fields: (t) => ({ externalId: t.string({ required: true }) }) }),
  description: "Deletes a field, its datasource and every asset value of it; rules that mention it become inactive. The external id can be reused at once.",
  payload: (t) => ({ deletedExternalId: t.string({ nullable: true, resolve: (p) => p.deletedExternalId ?? null }) }),
  service: clearingLoaders(deleteMetadataField),
});

mutationWithPayload("updateMetadataDatasource", {
  input: builder.inputType("UpdateMetadataDatasourceInput", {
    fields: (t) => ({
      fieldExternalId: t.string({ required: true }),
      values: t.field({ type: [DatasourceEntryInput], required: true, description: "Entries with a known externalId get the new value; others are appended." }),
    }),
  }),
  description: `Upserts datasource entries of an enum or set field (at most ${MAX_DATASOURCE_VALUES} in all).`,
  payload: fieldPayload,
  service: clearingLoaders(updateMetadataDatasource),
});

const EntryIdsInput = (name: string, what: string) =>
  builder.inputType(name, {
    fields: (t) => ({ fieldExternalId: t.string({ required: true }), externalIds: t.stringList({ required: true, description: `Entries to ${what}.` }) }),
  });

mutationWithPayload("deleteMetadataDatasourceEntries", {
  input: EntryIdsInput("DeleteMetadataDatasourceEntriesInput", "deactivate"),
  description: "Soft-deletes entries (state INACTIVE): they stay listed, assets keep them, new values cannot use them.",
  payload: fieldPayload,
  service: clearingLoaders(deleteMetadataDatasourceEntries),
});
mutationWithPayload("restoreMetadataDatasourceEntries", {
  input: EntryIdsInput("RestoreMetadataDatasourceEntriesInput", "make active again"),
  payload: fieldPayload,
  service: clearingLoaders(restoreMetadataDatasourceEntries),
});

const DatasourceOrderByEnum = builder.enumType("DatasourceOrderBy", {
  values: {
    VALUE: { value: "value" as const, description: "By value: natural order, case-insensitive." },
    POSITION: { value: "position" as const, description: "By the order the entries were added in." },
  },
});
mutationWithPayload("orderMetadataDatasource", {
  input: builder.inputType("OrderMetadataDatasourceInput", {
    fields: (t) => ({
      fieldExternalId: t.string({ required: true }),
      orderBy: t.field({ type: DatasourceOrderByEnum, required: true }),
      direction: t.field({ type: SortDirectionEnum, required: true }),
    }),
  }),
  description: "Reorders a datasource and keeps that order (every read returns entries in it).",
  payload: fieldPayload,
  service: clearingLoaders(orderMetadataDatasource),
});

// ---------------------------------------------------------------------------------------------
// Values on assets

interface ValueShape {
  field: FieldRow;
  value: string | number | string[];
}

export const MetadataValueInterface = builder.interfaceRef<ValueShape>("MetadataValue").implement({
  description: "An asset's value for one metadata field; the concrete type follows the field type.",
  resolveType: (v) => ({ string: "StringMetadataValue", integer: "IntegerMetadataValue", date: "DateMetadataValue", enum: "EnumMetadataValue", set: "SetMetadataValue" })[v.field.type] ?? "StringMetadataValue",
  fields: (t) => ({
    field: t.field({ type: MetadataField, resolve: (v) => v.field }),
    externalId: t.string({ description: "The field's external id.", resolve: (v) => v.field.externalId }),
    value: t.field({ type: "JSON", description: "The value as the Admin API shows it.", resolve: (v) => v.value }),
  }),
});

builder.objectRef<ValueShape>("StringMetadataValue").implement({
  interfaces: [MetadataValueInterface],
  fields: (t) => ({ text: t.string({ resolve: (v) => v.value as string }) }),
});
builder.objectRef<ValueShape>("IntegerMetadataValue").implement({
  interfaces: [MetadataValueInterface],
  fields: (t) => ({ number: t.int({ resolve: (v) => v.value as number }) }),
});
builder.objectRef<ValueShape>("DateMetadataValue").implement({
  interfaces: [MetadataValueInterface],
  fields: (t) => ({ date: t.string({ description: "yyyy-mm-dd", resolve: (v) => v.value as string }) }),
});
const byIds = async (ctx: Ctx, v: ValueShape) => {
  const entries = await entriesOf(ctx, v.field.id);
  const ids = Array.isArray(v.value) ? v.value : [String(v.value)];
  return ids.flatMap((id) => entries.filter((e) => e.externalId === id));
};
builder.objectRef<ValueShape>("EnumMetadataValue").implement({
  interfaces: [MetadataValueInterface],
  fields: (t) => ({
    entryExternalId: t.string({ resolve: (v) => v.value as string }),
    entry: t.field({ type: DatasourceEntry, nullable: true, resolve: async (v, _a, ctx) => (await byIds(ctx, v))[0] ?? null }),
  }),
});
builder.objectRef<ValueShape>("SetMetadataValue").implement({
  interfaces: [MetadataValueInterface],
  fields: (t) => ({
    entryExternalIds: t.stringList({ resolve: (v) => v.value as string[] }),
    entries: t.field({ type: [DatasourceEntry], description: "The selected entries, in selection order.", resolve: (v, _a, ctx) => byIds(ctx, v) }),
  }),
});

builder.prismaObjectField("Asset", "metadata", (t) =>
  t.field({
    type: [MetadataValueInterface],
    description: "Structured metadata values, in field order (fields without a value are absent).",
    select: {
      metadata: {
        select: { assetId: true, fieldId: true, position: true, text: true, number: true, date: true },
        orderBy: [{ fieldId: "asc" }, { position: "asc" }],
      },
    },
    resolve: async (a, _args, ctx) => {
      const fields = await fieldsById(ctx);
      const groups = new Map<number, typeof a.metadata>();
      for (const row of a.metadata) groups.set(row.fieldId, [...(groups.get(row.fieldId) ?? []), row]);
      // A field deleted since the rows were read has no values any more.
      return [...groups.values()]
        .filter((rows) => fields.has(rows[0].fieldId))
        .map((rows) => ({ field: fields.get(rows[0].fieldId)!, value: valueOfRows(fields.get(rows[0].fieldId)!.type, rows) }))
        .sort((x, y) => x.field.position - y.field.position);
    },
  }),
);

// ---------------------------------------------------------------------------------------------
// Rule trace

interface TraceShape {
  evaluatedAt: Date;
  rules: { rule_external_id: string; name: string | null; metadata_field_id: string; condition_met: boolean; effects: { action: string; applied: boolean; detail: string }[] }[];
  fields: { external_id: string; enabled: boolean; mandatory: boolean; active_values: string[] | null }[];
}

const RuleEffect = builder.objectRef<TraceShape["rules"][number]["effects"][number]>("MetadataRuleEffect").implement({
  fields: (t) => ({
    action: t.string({ description: "enable, activate_values, apply_value, set_mandatory, or clear (a disabled field's value removed).", resolve: (e) => e.action }),
    applied: t.boolean({ description: "False when the action changed nothing (e.g. a default kept a given value).", resolve: (e) => e.applied }),
    detail: t.string({ resolve: (e) => e.detail }),
  }),
});
export const RuleTraceEntry = builder.objectRef<TraceShape["rules"][number]>("MetadataRuleTraceEntry").implement({
  fields: (t) => ({
    ruleExternalId: t.string({ resolve: (e) => e.rule_external_id }),
    name: t.string({ nullable: true, resolve: (e) => e.name }),
    metadataFieldId: t.string({ description: "The rule's target field.", resolve: (e) => e.metadata_field_id }),
    conditionMet: t.boolean({ resolve: (e) => e.condition_met }),
    effects: t.field({ type: [RuleEffect], resolve: (e) => e.effects }),
  }),
});
const FieldOutcome = builder.objectRef<TraceShape["fields"][number]>("MetadataFieldOutcome").implement({
  fields: (t) => ({
    externalId: t.string({ resolve: (f) => f.external_id }),
    enabled: t.boolean({ resolve: (f) => f.enabled }),
    mandatory: t.boolean({ description: "By definition or by a rule.", resolve: (f) => f.mandatory }),
    activeValues: t.stringList({ nullable: true, description: "Datasource ids the rules left selectable; null = every active entry.", resolve: (f) => f.active_values }),
  }),
});
const RuleTrace = builder.objectRef<TraceShape>("MetadataRuleTrace").implement({
  description: "What the metadata rules did at the asset's last metadata write, in evaluation order.",
  fields: (t) => ({
    evaluatedAt: t.field({ type: "DateTime", resolve: (r) => r.evaluatedAt }),
    rules: t.field({ type: [RuleTraceEntry], description: "Every active rule evaluated, whether its condition held, and its effects.", resolve: (r) => r.rules }),
    fields: t.field({ type: [FieldOutcome], description: "Each field's resulting state.", resolve: (r) => r.fields }),
  }),
});

builder.prismaObjectField("Asset", "metadataRuleTrace", (t) =>
  t.field({
    type: RuleTrace,
    nullable: true,
    description: "Which metadata rules fired at the last metadata write and what they did (null before any).",
    select: { metadataTrace: true },
    resolve: (a) => (a.metadataTrace ? { evaluatedAt: a.metadataTrace.evaluatedAt, ...(JSON.parse(a.metadataTrace.trace) as Omit<TraceShape, "evaluatedAt">) } : null),
  }),
);

// ---------------------------------------------------------------------------------------------
// Bulk updateMetadata (the Upload API's metadata method)

const UpdateMetadataResult = builder.objectRef<BulkResult>("UpdateMetadataResult").implement({
  fields: (t) => ({
    asset: t.field({ type: Asset, nullable: true, description: "The asset as it is now (unchanged when it failed); null when not found.", resolve: (r) => r.asset }),
    success: t.boolean({ resolve: (r) => r.userErrors.length === 0 }),
    changed: t.boolean({ description: "Whether any value changed.", resolve: (r) => r.changed }),
    userErrors: t.field({ type: [UserError], resolve: (r) => r.userErrors }),
  }),
});

mutationWithPayload("updateMetadata", {
  input: builder.inputType("UpdateMetadataInput", {
    fields: (t) => ({
      assets: t.field({ type: [AssetRefInput], required: true, description: `At most ${MAX_BULK_ASSETS} assets.` }),
      metadata: t.field({ type: [MetadataValueInput], required: true }),
      clearInvalid: t.boolean({ defaultValue: false, description: "Clear values that rules made invalid instead of failing." }),
    }),
  }),
  description: `Sets the same metadata values on up to ${MAX_BULK_ASSETS} assets. Each asset is all or nothing: one that fails (reported in its result and in userErrors) is left as it was, the others are written.`,
  payload: (t) => ({
    results: t.field({ type: [UpdateMetadataResult], description: "One per input asset, in input order.", resolve: (p) => p.results ?? [] }),
  }),
  service: clearingLoaders(updateMetadata),
});
