import { builder } from "../../builder.js";
import type { Ctx } from "../../context.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import type { MetadataRule as RuleRow } from "../../generated/sqlite/client.js";
import { enumValues } from "../../lib/enums.js";
import { keysetPage, type KeyAfter } from "../../lib/page.js";
import { MetadataField, RuleTraceEntry, clearingLoaders, fieldsById } from "./metadata.schema.js";
import type { Condition, RuleResult } from "./metadata-rule.engine.js";
import { createMetadataRule, deleteMetadataRule, updateMetadataRule, type ConditionInput as ConditionInputShape } from "./metadata-rule.service.js";

const RuleStateEnum = builder.enumType("MetadataRuleState", { values: enumValues(["active", "inactive"] as const) });
const ActivateModeEnum = builder.enumType("MetadataRuleActivateMode", { values: enumValues(["override", "append"] as const) });
const ApplyModeEnum = builder.enumType("MetadataRuleApplyMode", { values: enumValues(["default", "append"] as const) });

const asList = (v: string | number | string[] | undefined) => (v === undefined ? null : Array.isArray(v) ? v : [String(v)]);

const ConditionRef = builder.objectRef<Condition>("MetadataRuleCondition");
ConditionRef.implement({
  description: "A leaf (metadataFieldId with one of populated, includes, equals) or an and/or list of conditions.",
  fields: (t) => ({
    metadataFieldId: t.string({ nullable: true, resolve: (c) => ("metadata_field_id" in c ? c.metadata_field_id : null) }),
    populated: t.boolean({ nullable: true, resolve: (c) => ("metadata_field_id" in c ? (c.populated ?? null) : null) }),
    includes: t.stringList({ nullable: true, resolve: (c) => ("metadata_field_id" in c ? (c.includes ?? null) : null) }),
    equals: t.stringList({ nullable: true, description: "One value, or several for a set field (compared as a set).", resolve: (c) => ("metadata_field_id" in c ? asList(c.equals) : null) }),
    and: t.field({ type: [ConditionRef], nullable: true, resolve: (c) => ("and" in c ? c.and : null) }),
    or: t.field({ type: [ConditionRef], nullable: true, resolve: (c) => ("or" in c ? c.or : null) }),
  }),
});

type Activate = NonNullable<RuleResult["activate_values"]>;
const ActivateValues = builder.objectRef<Activate>("MetadataRuleActivateValues").implement({
  fields: (t) => ({
    all: t.boolean({ resolve: (a) => a === "all" }),
    externalIds: t.stringList({ nullable: true, description: "null with OVERRIDE leaves no value selectable.", resolve: (a) => (a === "all" ? null : a.external_ids) }),
    mode: t.field({ type: ActivateModeEnum, nullable: true, resolve: (a) => (a === "all" ? null : a.mode) }),
  }),
});
const ApplyValue = builder.objectRef<NonNullable<RuleResult["apply_value"]>>("MetadataRuleApplyValue").implement({
  fields: (t) => ({
    value: t.stringList({ resolve: (a) => asList(a.value)! }),
    mode: t.field({ type: ApplyModeEnum, resolve: (a) => a.mode }),
  }),
});
const ResultRef = builder.objectRef<RuleResult>("MetadataRuleResult").implement({
  fields: (t) => ({
    enable: t.boolean({ nullable: true, resolve: (r) => r.enable ?? null }),
    activateValues: t.field({ type: ActivateValues, nullable: true, resolve: (r) => r.activate_values ?? null }),
    applyValue: t.field({ type: ApplyValue, nullable: true, resolve: (r) => r.apply_value ?? null }),
    setMandatory: t.boolean({ nullable: true, resolve: (r) => r.set_mandatory ?? null }),
  }),
});

export const MetadataRule = builder.prismaNode("MetadataRule", {
  description: "When condition holds for an asset's values, result applies to the rule's field.",
  nullable: true,
  id: { resolve: (r) => r.externalId },
  findUnique: (externalId, ctx) => ({ environmentId_externalId: { environmentId: ctx.environment.id, externalId } }),
  fields: (t) => ({
    externalId: t.exposeString("externalId"),
    name: t.exposeString("name", { nullable: true }),
    metadataFieldId: t.exposeString("metadataFieldId", { description: "External id of the field the result applies to." }),
    metadataField: t.field({
      type: MetadataField,
      nullable: true,
      description: "null when the field was deleted (the rule is then inactive).",
      resolve: async (r, _args, ctx) => [...(await fieldsById(ctx)).values()].find((f) => f.externalId === r.metadataFieldId) ?? null,
    }),
    condition: t.field({ type: ConditionRef, resolve: (r) => JSON.parse(r.condition) as Condition }),
    conditionJson: t.field({ type: "JSON", description: "The condition as the Admin API spells it.", resolve: (r) => JSON.parse(r.condition) }),
    result: t.field({ type: ResultRef, resolve: (r) => JSON.parse(r.result) as RuleResult }),
    resultJson: t.field({ type: "JSON", description: "The result as the Admin API spells it.", resolve: (r) => JSON.parse(r.result) }),
    conditionSignature: t.exposeString("conditionSignature"),
    state: t.field({ type: RuleStateEnum, resolve: (r) => (r.state === "inactive" ? "inactive" : "active") }),
    position: t.exposeInt("position", { description: "Insertion sequence: a field's rules are evaluated in this order." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

// The environment's rules, read once per request for every trace entry that links its rule.
const rulesByExternalId = (ctx: Ctx): Promise<Map<string, RuleRow>> => ctx.loaders.metadataRules.load(ctx.environment.id);

builder.objectField(RuleTraceEntry, "rule", (t) =>
  t.field({
    type: MetadataRule,
    nullable: true,
    description: "The rule as it is now; null when it was deleted since.",
    resolve: async (e, _args, ctx) => (await rulesByExternalId(ctx)).get(e.rule_external_id) ?? null,
  }),
);

builder.queryField("metadataRules", (t) =>
  t.connection({
    type: MetadataRule,
    description: "Every rule, active and inactive, by target field external id, then insertion order. first: default 100, at most 500.",
    resolve: (_root, args, ctx) => {
      const where = { environmentId: ctx.environment.id };
      return keysetPage(args, { default: 100, max: 500 }, {
        boundTo: {},
        key: (r: RuleRow) => JSON.stringify([r.metadataFieldId, r.position]),
        fetch: (after: KeyAfter, take: number) => {
          const [field, position] = after === null ? [null, null] : (JSON.parse(String(after)) as [string, number]);
          return ctx.db.metadataRule.findMany({
            where: field === null ? where : { ...where, OR: [{ metadataFieldId: { gt: field } }, { metadataFieldId: field, position: { gt: position! } }] },
            orderBy: [{ metadataFieldId: "asc" }, { position: "asc" }],
            take,
          });
        },
        count: () => ctx.db.metadataRule.count({ where }),
      });
    },
  }),
);

const ConditionInput = builder.inputRef<ConditionInputShape>("MetadataRuleConditionInput").implement({
  description: "A leaf (metadataFieldId and exactly one of populated, includes, equals) or exactly one of and/or.",
  fields: (t) => ({
    metadataFieldId: t.string(),
    populated: t.boolean(),
    includes: t.stringList({ description: "Set fields: every listed datasource id is selected." }),
    equals: t.stringList({ description: "One value; an array only for set fields (equal as sets)." }),
    and: t.field({ type: [ConditionInput] }),
    or: t.field({ type: [ConditionInput] }),
  }),
});

const ResultInput = builder.inputType("MetadataRuleResultInput", {
  description: "One or more actions applied to the rule's field while the condition holds.",
  fields: (t) => ({
    enable: t.boolean({ description: "Enable the field (disabled again, its value cleared, when no enabling rule holds and it is default-disabled)." }),
    activateValues: t.field({
      type: builder.inputType("MetadataRuleActivateValuesInput", {
        fields: (a) => ({
          all: a.boolean({ description: "Every active entry." }),
          externalIds: a.stringList({ description: "null with OVERRIDE: none." }),
          mode: a.field({ type: ActivateModeEnum, description: "Default OVERRIDE (the reference's exclusive: true)." }),
        }),
      }),
    }),
    applyValue: t.field({
      type: builder.inputType("MetadataRuleApplyValueInput", {
        fields: (a) => ({
          value: a.stringList({ required: true, description: "One value; several only for a set field." }),
          mode: a.field({ type: ApplyModeEnum, description: "DEFAULT (fill an empty field; the default) or APPEND (set fields)." }),
        }),
      }),
    }),
    setMandatory: t.boolean(),
  }),
});

mutationWithPayload("createMetadataRule", {
  input: builder.inputType("CreateMetadataRuleInput", {
    fields: (t) => ({
      metadataFieldId: t.string({ required: true, description: "External id of the field the result applies to." }),
      condition: t.field({ type: ConditionInput, required: true }),
      result: t.field({ type: ResultInput, required: true }),
      name: t.string(),
    }),
  }),
  description: "Adds a rule (active). A rule whose dependencies would form a cycle is refused (RULE_CYCLE).",
  payload: (t) => ({ metadataRule: t.field({ type: MetadataRule, nullable: true, resolve: (p) => p.metadataRule ?? null }) }),
  service: clearingLoaders(createMetadataRule),
});

mutationWithPayload("updateMetadataRule", {
  input: builder.inputType("UpdateMetadataRuleInput", {
    fields: (t) => ({
      externalId: t.string({ required: true }),
      metadataFieldId: t.string(),
      condition: t.field({ type: ConditionInput }),
      result: t.field({ type: ResultInput }),
      name: t.string(),
      state: t.field({ type: RuleStateEnum, description: "Unchanged when omitted." }),
    }),
  }),
  description: "Changes a rule partially.",
  payload: (t) => ({ metadataRule: t.field({ type: MetadataRule, nullable: true, resolve: (p) => p.metadataRule ?? null }) }),
  service: clearingLoaders(updateMetadataRule),
});

mutationWithPayload("deleteMetadataRule", {
  input: builder.inputType("DeleteMetadataRuleInput", { fields: (t) => ({ externalId: t.string({ required: true }) }) }),
  payload: (t) => ({ deletedExternalId: t.string({ nullable: true, resolve: (p) => p.deletedExternalId ?? null }) }),
  service: clearingLoaders(deleteMetadataRule),
});
