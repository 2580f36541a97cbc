// Conditional metadata rules (DOMAIN.md §1.9, §2.8, §4.5): definitions are checked against the
// fields they name when written, and a rule that would make the dependencies circular is refused.
// Rule operations emit no events (DOMAIN.md §5.2).
import { randomBytes, randomUUID } from "node:crypto";
import type { Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import type { MetadataField as FieldRow, MetadataRule as RuleRow } from "../../generated/sqlite/client.js";
import { DomainError, assertMaxItems, assertMaxLength, assertName, notFound, type FieldPath } from "../../errors/errors.js";
import { findField, lockMetadataDefinitions, parseStoredValidation } from "./metadata.service.js";
import { assertValid, isListType, parseValue, type MetadataValue } from "./metadata.validation.js";
import { conditionFields, topologicalOrder, type Condition, type RuleResult } from "./metadata-rule.engine.js";

export const MAX_RULE_NAME_LENGTH = 255;
// The reference sets no size for conditions; these bound the work of every asset write.
export const MAX_CONDITION_DEPTH = 10;
export const MAX_CONDITION_LEAVES = 100;
/** Entries a rule list (includes, equals, activateValues.externalIds, applyValue.value) names: a datasource's size. */
export const MAX_RULE_LIST_ITEMS = 3000;
/** Rules per environment (the reference states none); each asset write evaluates the active ones. */
export const MAX_RULES = 1000;

export interface ConditionInput {
  metadataFieldId?: string | null;
  populated?: boolean | null;
  includes?: string[] | null;
  equals?: string[] | null;
  and?: ConditionInput[] | null;
  or?: ConditionInput[] | null;
}

export interface ResultInput {
  enable?: boolean | null;
  activateValues?: { all?: boolean | null; externalIds?: string[] | null; mode?: "override" | "append" | null } | null;
  applyValue?: { value: string[]; mode?: "default" | "append" | null } | null;
  setMandatory?: boolean | null;
}

const invalid = (message: string, field: FieldPath) => new DomainError("INVALID_RULE", message, field);

type FieldLookup = (externalId: string, at: FieldPath) => Promise<FieldRow>;
type EntryLookup = (field: FieldRow) => Promise<Set<string>>;

async function parseCondition(c: ConditionInput, at: FieldPath, lookup: FieldLookup, entries: EntryLookup, depth: number, leaves: { n: number }): Promise<Condition> {
  if (depth > MAX_CONDITION_DEPTH) throw new DomainError("LIMIT_EXCEEDED", `conditions nest at most ${MAX_CONDITION_DEPTH} levels`, at);
  const composite = (["and", "or"] as const).filter((k) => c[k] != null);
  const criteria = (["populated", "includes", "equals"] as const).filter((k) => c[k] != null);
  if (composite.length) {
    if (composite.length > 1 || criteria.length || c.metadataFieldId != null) throw invalid("a condition is either a leaf (metadataFieldId and one criterion) or one and/or list", at);
    const key = composite[0];
    const list = c[key]!;
    if (list.length === 0) throw invalid(`${key} needs at least one condition`, [...at, key]);
    const parts = [];
    for (const [i, sub] of list.entries()) parts.push(await parseCondition(sub, [...at, key, i], lookup, entries, depth + 1, leaves));
    return key === "and" ? { and: parts } : { or: parts };
  }
  if (c.metadataFieldId == null) throw invalid("a condition needs metadataFieldId (or and/or)", [...at, "metadataFieldId"]);
  if (criteria.length !== 1) throw invalid("a condition leaf takes exactly one of populated, includes, equals", at);
  if (++leaves.n > MAX_CONDITION_LEAVES) throw new DomainError("LIMIT_EXCEEDED", `a condition has at most ${MAX_CONDITION_LEAVES} leaves`, at);
  const field = await lookup(c.metadataFieldId, [...at, "metadataFieldId"]);
  const leaf = { metadata_field_id: field.externalId };
  if (c.populated != null) return { ...leaf, populated: c.populated };
  const ids = [...(c.includes ?? c.equals)!];
  const key = c.includes != null ? "includes" : "equals";
  assertMaxItems([...at, key], ids, MAX_RULE_LIST_ITEMS);
  if (ids.length === 0) throw invalid(`${key} needs at least one value`, [...at, key]);
  if (key === "includes" && field.type !== "set") throw invalid(`includes is for set fields; ${field.externalId} is ${field.type} (use equals)`, [...at, key]);
  if (key === "equals" && field.type !== "set" && ids.length !== 1) throw invalid(`equals takes one value for a ${field.type} field (an array is for set fields)`, [...at, key]);
  if (isListType(field.type)) {
    const known = await entries(field);
    const unknown = ids.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw invalid(`${ids[unknown]} is not a datasource entry of ${field.externalId}`, [...at, key, unknown]);
  } else {
    // equals compares with the value's canonical text form ("07" for an integer field is 7).
    const value = parseValue(field, ids[0], [...at, key, 0]);
    if (value === null) throw invalid("equals needs a non-empty value (use populated: false for an empty field)", [...at, key, 0]);
    ids[0] = String(value);
  }
  if (key === "includes") return { ...leaf, includes: ids };
  return { ...leaf, equals: field.type === "set" ? ids : ids[0] };
}

async function parseResult(r: ResultInput, target: FieldRow, at: FieldPath, entries: EntryLookup): Promise<RuleResult> {
  const out: RuleResult = {};
  if (r.enable != null) out.enable = r.enable;
  if (r.setMandatory != null) out.set_mandatory = r.setMandatory;
  const list = isListType(target.type);
  if (r.activateValues != null) {
    const a = r.activateValues;
    if (!list) throw invalid(`activateValues is for enum and set fields; ${target.externalId} is ${target.type}`, [...at, "activateValues"]);
    if (a.all) {
      if (a.externalIds != null || a.mode != null) throw invalid("activateValues takes all: true or externalIds with a mode, not both", [...at, "activateValues"]);
      out.activate_values = "all";
    } else {
      if (a.all === false && a.externalIds == null && a.mode == null) throw invalid("activateValues needs all: true or a mode", [...at, "activateValues"]);
      const ids = a.externalIds ?? null;
      assertMaxItems([...at, "activateValues", "externalIds"], ids, MAX_RULE_LIST_ITEMS);
      if (ids) {
        const known = await entries(target);
        const unknown = ids.findIndex((id) => !known.has(id));
        if (unknown >= 0) throw invalid(`${ids[unknown]} is not a datasource entry of ${target.externalId}`, [...at, "activateValues", "externalIds", unknown]);
      }
      out.activate_values = { external_ids: ids, mode: a.mode ?? "override" };
    }
  }
  if (r.applyValue != null) {
    const { value, mode } = r.applyValue;
    const vAt = [...at, "applyValue", "value"];
    assertMaxItems(vAt, value, MAX_RULE_LIST_ITEMS);
    if (mode === "append" && target.type !== "set") throw invalid(`mode APPEND is for set fields; ${target.externalId} is ${target.type}`, [...at, "applyValue", "mode"]);
    if (target.type !== "set" && value.length !== 1) throw invalid(`applyValue takes one value for a ${target.type} field (an array is for set fields)`, vAt);
    const parsed = parseValue(target, target.type === "set" ? value : value[0], vAt);
    if (parsed === null) throw invalid("applyValue needs a value", vAt);
    if (list) {
      const known = await entries(target);
      const unknown = (Array.isArray(parsed) ? parsed : [String(parsed)]).find((id) => !known.has(id));
      if (unknown !== undefined) throw invalid(`${unknown} is not an active datasource entry of ${target.externalId}`, vAt);
    } else {
      assertValid(target.externalId, parseStoredValidation(target), parsed, vAt);
    }
    out.apply_value = { value: parsed as MetadataValue, mode: mode ?? "default" };
  }
  if (Object.keys(out).length === 0) throw invalid("a result needs at least one action (enable, activateValues, applyValue, setMandatory)", at);
  return out;
}

function lookups(tx: Tx, environmentId: number) {
  const cache = new Map<string, FieldRow>();
  const lookup: FieldLookup = async (externalId, at) => {
    if (!cache.has(externalId)) cache.set(externalId, await findField(tx, environmentId, externalId, at));
    return cache.get(externalId)!;
  };
  const entryCache = new Map<number, Set<string>>();
  const entries: EntryLookup = async (field) => {
    if (!entryCache.has(field.id)) {
      const rows = await tx.datasourceEntry.findMany({ where: { fieldId: field.id, state: "active" }, select: { externalId: true } });
      entryCache.set(field.id, new Set(rows.map((e) => e.externalId)));
    }
    return entryCache.get(field.id)!;
  };
  return { lookup, entries };
}

/** A stored (reference-spelled) condition as the input that would produce it. */
function conditionInputOf(c: Condition): ConditionInput {
  if ("and" in c) return { and: c.and.map(conditionInputOf) };
  if ("or" in c) return { or: c.or.map(conditionInputOf) };
  return {
    metadataFieldId: c.metadata_field_id,
    populated: c.populated ?? null,
    includes: c.includes ?? null,
    equals: c.equals === undefined ? null : Array.isArray(c.equals) ? c.equals : [c.equals],
  };
}

/** A stored result as the input that would produce it. */
function resultInputOf(r: RuleResult): ResultInput {
  const a = r.activate_values;
  return {
    enable: r.enable ?? null,
    setMandatory: r.set_mandatory ?? null,
    activateValues: a === undefined ? null : a === "all" ? { all: true } : { externalIds: a.external_ids, mode: a.mode },
    applyValue: r.apply_value ? { value: Array.isArray(r.apply_value.value) ? r.apply_value.value : [String(r.apply_value.value)], mode: r.apply_value.mode } : null,
  };
}

/** Refuses a rule set whose dependencies (condition field -> target) form a cycle. */
async function assertAcyclic(tx: Tx, environmentId: number, rule: { externalId: string | null; target: string; condition: Condition }, at: FieldPath): Promise<void> {
  const others = await tx.metadataRule.findMany({ where: { environmentId, ...(rule.externalId ? { externalId: { not: rule.externalId } } : {}) }, select: { metadataFieldId: true, condition: true } });
  const edges: [string, string][] = [
    ...others.flatMap((r) => conditionFields(JSON.parse(r.condition) as Condition).map((f): [string, string] => [f, r.metadataFieldId])),
    ...conditionFields(rule.condition).map((f): [string, string] => [f, rule.target]),
  ];
  if (edges.some(([from, to]) => from === to) || topologicalOrder([], edges) === null) {
    throw new DomainError("RULE_CYCLE", `this rule makes ${rule.target} depend on itself through rule conditions`, at);
  }
}

function checkName(name: string | null | undefined, at: FieldPath): void {
  assertMaxLength(at, name, MAX_RULE_NAME_LENGTH);
  assertName(at, name);
}

export interface CreateMetadataRuleInput {
  metadataFieldId: string;
  condition: ConditionInput;
  result: ResultInput;
  name?: string | null;
}

export async function createMetadataRule(ctx: Ctx, input: CreateMetadataRuleInput) {
  checkName(input.name, ["input", "name"]);
  const environmentId = ctx.environment.id;
  return ctx.db.$transaction(async (tx) => {
    // Rules are checked for cycles against the others: writers take turns.
    await lockMetadataDefinitions(ctx, tx);
    const { lookup, entries } = lookups(tx, environmentId);
    const target = await lookup(input.metadataFieldId, ["input", "metadataFieldId"]);
    const condition = await parseCondition(input.condition, ["input", "condition"], lookup, entries, 1, { n: 0 });
    const result = await parseResult(input.result, target, ["input", "result"], entries);
    await assertAcyclic(tx, environmentId, { externalId: null, target: target.externalId, condition }, ["input", "condition"]);
    const count = await tx.metadataRule.count({ where: { environmentId } });
    if (count >= MAX_RULES) throw new DomainError("LIMIT_EXCEEDED", `an environment has at most ${MAX_RULES} metadata rules (active and inactive); delete one to add another`, ["input"]);
    const last = await tx.metadataRule.aggregate({ where: { environmentId }, _max: { position: true } });
    const now = new Date();
    const rule = await tx.metadataRule.create({
      data: {
        environmentId, externalId: randomBytes(32).toString("hex"), metadataFieldId: target.externalId, name: input.name ?? null,
        condition: JSON.stringify(condition), result: JSON.stringify(result), conditionSignature: randomUUID(),
        state: "active", position: (last._max.position ?? -1) + 1, createdAt: now, updatedAt: now,
      },
    });
    return { metadataRule: rule };
  });
}

export interface UpdateMetadataRuleInput {
  externalId: string;
  metadataFieldId?: string | null;
  condition?: ConditionInput | null;
  result?: ResultInput | null;
  name?: string | null;
  state?: "active" | "inactive" | null;
}

async function findRule(tx: Tx, environmentId: number, externalId: string): Promise<RuleRow> {
  const rule = await tx.metadataRule.findUnique({ where: { environmentId_externalId: { environmentId, externalId } } });
  if (!rule) throw notFound(`metadata rule ${externalId}`, ["input", "externalId"]);
  return rule;
}

/** Partial update; the state stays as it is unless given (DOMAIN Q 24). */
export async function updateMetadataRule(ctx: Ctx, input: UpdateMetadataRuleInput) {
  checkName(input.name, ["input", "name"]);
  const environmentId = ctx.environment.id;
  return ctx.db.$transaction(async (tx) => {
    await lockMetadataDefinitions(ctx, tx);
    const rule = await findRule(tx, environmentId, input.externalId);
    const { lookup, entries } = lookups(tx, environmentId);
    const state = input.state ?? rule.state;
    // An active rule must name existing fields, so a rule deactivated by a field's deletion is
    // re-checked when it is activated again.
    const targetId = input.metadataFieldId ?? rule.metadataFieldId;
    const target = await lookup(targetId, ["input", input.metadataFieldId != null ? "metadataFieldId" : "state"]);
    // A stored condition or result kept by an active rule is parsed again against the fields as
    // they are now: the field it names may have been deleted and recreated with another type or
    // datasource since the rule was written (a rule is deactivated by the deletion).
    const recheck = async <T>(stored: "condition" | "result", parse: () => Promise<T>): Promise<T> => {
      try {
        return await parse();
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        throw invalid(`the rule's stored ${stored} does not fit the current fields (${e.message}); give a new ${stored}`, ["input", input.state != null ? "state" : stored]);
      }
    };
    const storedCondition = JSON.parse(rule.condition) as Condition;
    const condition = input.condition != null
      ? await parseCondition(input.condition, ["input", "condition"], lookup, entries, 1, { n: 0 })
      : state === "active"
        ? await recheck("condition", () => parseCondition(conditionInputOf(storedCondition), ["input", "condition"], lookup, entries, 1, { n: 0 }))
        : storedCondition;
    let result: RuleResult = JSON.parse(rule.result) as RuleResult;
    if (input.result != null) result = await parseResult(input.result, target, ["input", "result"], entries);
    else if (input.metadataFieldId != null && input.metadataFieldId !== rule.metadataFieldId) {
      throw invalid("a rule moved to another field needs its result given again (it is checked against the new field)", ["input", "result"]);
    } else if (state === "active") {
      result = await recheck("result", () => parseResult(resultInputOf(result), target, ["input", "result"], entries));
    }
    await assertAcyclic(tx, environmentId, { externalId: rule.externalId, target: target.externalId, condition }, ["input", input.condition != null ? "condition" : "metadataFieldId"]);
    const updated = await tx.metadataRule.update({
      where: { id: rule.id },
      data: {
        metadataFieldId: target.externalId,
        condition: JSON.stringify(condition),
        result: JSON.stringify(result),
        ...(input.name !== undefined ? { name: input.name } : {}),
        state,
        updatedAt: new Date(),
      },
    });
    return { metadataRule: updated };
  });
}

export async function deleteMetadataRule(ctx: Ctx, input: { externalId: string }) {
  return ctx.db.$transaction(async (tx) => {
    const rule = await findRule(tx, ctx.environment.id, input.externalId);
    await tx.metadataRule.delete({ where: { id: rule.id } });
    return { deletedExternalId: rule.externalId };
  });
}
