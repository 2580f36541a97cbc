// Rule evaluation (DOMAIN.md §4.6): fields are visited in topological order of the rules'
// dependencies (condition field -> target field; ties by external id), so a rule sees the
// results of every rule it depends on; a field's active rules run in position order.
import type { Tx } from "../../db/client.js";
import { entryIdsOf, isListType, parseValue, type MetadataValue, type Validation } from "./metadata.validation.js";

export interface LoadedField {
  id: number;
  externalId: string;
  type: string;
  mandatory: boolean;
  defaultDisabled: boolean;
  validation: Validation | null;
  defaultValue: MetadataValue | null;
}

/** The environment's fields and active rules, loaded once per write (several assets share it). */
export interface MetadataSchema {
  byExternalId: Map<string, LoadedField>;
  byId: Map<number, LoadedField>;
  /** entry external id -> state, for the list fields loaded so far */
  entries: Map<number, Map<string, string>>;
  rules: LoadedRule[];
}

/** A stored condition, as the reference spells it. */
export type Condition =
  | { metadata_field_id: string; populated?: boolean; includes?: string[]; equals?: string | string[] }
  | { and: Condition[] }
  | { or: Condition[] };

export interface RuleResult {
  enable?: boolean;
  activate_values?: "all" | { external_ids: string[] | null; mode: "override" | "append" };
  apply_value?: { value: string | number | string[]; mode: "default" | "append" };
  set_mandatory?: boolean;
}

export interface LoadedRule {
  externalId: string;
  name: string | null;
  target: LoadedField;
  condition: Condition;
  result: RuleResult;
  position: number;
}

export interface FieldState {
  field: LoadedField;
  enabled: boolean;
  mandatory: boolean;
  mandatoryByRule: boolean;
  /** datasource ids the rules leave selectable; null = every active entry */
  activeValues: Set<string> | null;
}

export interface RuleEffect {
  action: "enable" | "activate_values" | "apply_value" | "set_mandatory" | "clear";
  applied: boolean;
  detail: string;
}

export interface RuleTraceEntry {
  rule_external_id: string;
  name: string | null;
  metadata_field_id: string;
  condition_met: boolean;
  effects: RuleEffect[];
}

/** Every field external id a condition reads. */
export function conditionFields(c: Condition): string[] {
  if ("and" in c) return c.and.flatMap(conditionFields);
  if ("or" in c) return c.or.flatMap(conditionFields);
  return [c.metadata_field_id];
}

/** Whether a value parses as a value of the field (the rule was written for its type). */
function valueFits(field: LoadedField, raw: unknown): boolean {
  try {
    return parseValue(field, raw, []) !== null;
  } catch {
    return false;
  }
}

function conditionFits(c: Condition, fields: Map<string, LoadedField>): boolean {
  if ("and" in c) return c.and.every((x) => conditionFits(x, fields));
  if ("or" in c) return c.or.every((x) => conditionFits(x, fields));
  const field = fields.get(c.metadata_field_id);
  if (!field) return false;
  if (c.includes !== undefined) return field.type === "set";
  if (c.equals !== undefined) return Array.isArray(c.equals) ? field.type === "set" : field.type !== "set" && valueFits(field, c.equals);
  return true;
}

function resultFits(r: RuleResult, target: LoadedField): boolean {
  if (r.activate_values !== undefined && !isListType(target.type)) return false;
  if (r.apply_value !== undefined) {
    if (r.apply_value.mode === "append" && target.type !== "set") return false;
    if (!valueFits(target, r.apply_value.value) || Array.isArray(r.apply_value.value) !== (target.type === "set")) return false;
  }
  return true;
}

/**
 * The environment's active rules whose fields all exist (others are ignored, §4.6 step 5) and
 * whose condition and result fit those fields' types. Rule writes check that; this guards the
 * value pipeline should a stored rule still outlive a change of its fields.
 */
export async function loadRules(tx: Tx, environmentId: number, fields: Map<string, LoadedField>): Promise<LoadedRule[]> {
  const rows = await tx.metadataRule.findMany({ where: { environmentId, state: "active" }, orderBy: { position: "asc" } });
  return rows.flatMap((r) => {
    const condition = JSON.parse(r.condition) as Condition;
    const result = JSON.parse(r.result) as RuleResult;
    const target = fields.get(r.metadataFieldId);
    if (!target || !conditionFits(condition, fields) || !resultFits(result, target)) return [];
    return [{ externalId: r.externalId, name: r.name, target, condition, result, position: r.position }];
  });
}

/**
 * Orders field external ids so every rule's condition fields come before its target (Kahn's
 * algorithm, ties by external id). Returns null when the edges contain a cycle.
 */
export function topologicalOrder(fieldIds: string[], edges: [string, string][]): string[] | null {
  const incoming = new Map(fieldIds.map((id) => [id, 0]));
  const out = new Map<string, string[]>();
  for (const [from, to] of edges) {
    if (!incoming.has(from)) incoming.set(from, 0);
    incoming.set(to, (incoming.get(to) ?? 0) + 1);
    out.set(from, [...(out.get(from) ?? []), to]);
  }
  const ready = [...incoming].filter(([, n]) => n === 0).map(([id]) => id).sort();
  const order: string[] = [];
  while (ready.length) {
    const id = ready.shift()!;
    order.push(id);
    for (const next of out.get(id) ?? []) {
      const n = incoming.get(next)! - 1;
      incoming.set(next, n);
      if (n === 0) {
        ready.push(next);
        ready.sort();
      }
    }
  }
  return order.length === incoming.size ? order : null;
}

function holds(c: Condition, working: Map<number, MetadataValue>, fields: Map<string, LoadedField>): boolean {
  if ("and" in c) return c.and.every((x) => holds(x, working, fields));
  if ("or" in c) return c.or.some((x) => holds(x, working, fields));
  const field = fields.get(c.metadata_field_id)!;
  const value = working.get(field.id);
  if (c.populated !== undefined) return (value !== undefined) === c.populated;
  if (value === undefined) return false;
  if (c.includes !== undefined) {
    const current = new Set(entryIdsOf(value));
    return c.includes.every((id) => current.has(id));
  }
  if (Array.isArray(c.equals)) {
    // A set equals an array regardless of order.
    const current = new Set(entryIdsOf(value));
    const wanted = new Set(c.equals);
    return current.size === wanted.size && [...wanted].every((id) => current.has(id));
  }
  return String(value) === String(c.equals);
}

const show = (v: unknown) => JSON.stringify(v);

/**
 * Runs the rules over `working` (the stored values merged with the request's), changing it in
 * place where rules apply values or disable fields. `given` holds the fields the request set.
 */
export function evaluateRules(schema: MetadataSchema, working: Map<number, MetadataValue>, given: Set<number>) {
  const fields = [...schema.byId.values()];
  const edges = schema.rules.flatMap((r) => conditionFields(r.condition).map((from): [string, string] => [from, r.target.externalId]));
  // Cycles are refused when rules are written; should one exist anyway, external-id order decides.
  const order = topologicalOrder(fields.map((f) => f.externalId), edges) ?? fields.map((f) => f.externalId).sort();
  const rulesOf = new Map<number, LoadedRule[]>();
  for (const r of schema.rules) rulesOf.set(r.target.id, [...(rulesOf.get(r.target.id) ?? []), r]);
  const states: FieldState[] = [];
  const trace: RuleTraceEntry[] = [];
  const setByRule = new Set<number>();

  for (const externalId of order) {
    const field = schema.byExternalId.get(externalId)!;
    const state: FieldState = { field, enabled: !field.defaultDisabled, mandatory: field.mandatory, mandatoryByRule: false, activeValues: null };
    let activated = false;
    for (const rule of (rulesOf.get(field.id) ?? []).sort((a, b) => a.position - b.position)) {
      const met = holds(rule.condition, working, schema.byExternalId);
      const effects: RuleEffect[] = [];
      if (met) {
        const r = rule.result;
        if (r.enable !== undefined) {
          state.enabled = r.enable;
          effects.push({ action: "enable", applied: true, detail: r.enable ? `enabled ${externalId}` : `disabled ${externalId}` });
        }
        if (r.activate_values !== undefined) {
          const a = r.activate_values;
          if (a === "all") state.activeValues = null;
          // Appending onto "all" (an earlier rule's all, null here) keeps every value selectable.
          else if (!activated || a.mode === "override") state.activeValues = new Set(a.external_ids ?? []);
          else if (state.activeValues !== null) for (const id of a.external_ids ?? []) state.activeValues.add(id);
          activated = true;
          effects.push({ action: "activate_values", applied: true, detail: a === "all" ? "activated all values" : `activated ${show(a.external_ids ?? [])} (${a.mode})` });
        }
        if (r.apply_value !== undefined) {
          const { value, mode } = r.apply_value;
          const current = working.get(field.id);
          if (mode === "append") {
            const union = [...new Set([...entryIdsOf(current ?? null), ...entryIdsOf(value as MetadataValue)])];
            const changed = union.length !== entryIdsOf(current ?? null).length;
            if (changed) {
              working.set(field.id, union);
              setByRule.add(field.id);
            }
            effects.push({ action: "apply_value", applied: changed, detail: changed ? `appended ${show(value)}` : `${show(value)} already selected` });
          } else if (given.has(field.id) || current !== undefined) {
            // "default" fills an empty field only: a value the request gave, or one already stored, stays.
            effects.push({ action: "apply_value", applied: false, detail: given.has(field.id) ? `kept the value the request gave instead of ${show(value)}` : `kept the stored value instead of ${show(value)}` });
          } else {
            working.set(field.id, value as MetadataValue);
            setByRule.add(field.id);
            effects.push({ action: "apply_value", applied: true, detail: `applied ${show(value)}` });
          }
        }
        if (r.set_mandatory !== undefined) {
          if (r.set_mandatory) {
            state.mandatory = true;
            state.mandatoryByRule = true;
          }
          effects.push({ action: "set_mandatory", applied: r.set_mandatory, detail: r.set_mandatory ? `made ${externalId} mandatory` : "no effect (set_mandatory false)" });
        }
      }
      trace.push({ rule_external_id: rule.externalId, name: rule.name, metadata_field_id: externalId, condition_met: met, effects });
    }
    // A disabled field holds no value ("any previously entered values are cleared"), so rules
    // that read it later see it empty. A value the request gave is reported by the caller instead.
    if (!state.enabled && working.has(field.id) && !given.has(field.id)) {
      working.delete(field.id);
      setByRule.add(field.id);
      const last = trace.findLast((e) => e.metadata_field_id === externalId);
      last?.effects.push({ action: "clear", applied: true, detail: `cleared ${externalId}: the field is disabled` });
    }
    states.push(state);
  }
  return { states, trace, setByRule };
}

/** Deactivates the rules that target or read a field (called when the field is deleted). */
export async function deactivateRulesReferencing(tx: Tx, environmentId: number, fieldExternalId: string): Promise<void> {
  const rules = await tx.metadataRule.findMany({ where: { environmentId, state: "active" }, select: { id: true, metadataFieldId: true, condition: true } });
  const hit = rules.filter((r) => r.metadataFieldId === fieldExternalId || conditionFields(JSON.parse(r.condition) as Condition).includes(fieldExternalId));
  if (hit.length) await tx.metadataRule.updateMany({ where: { id: { in: hit.map((r) => r.id) } }, data: { state: "inactive", updatedAt: new Date() } });
}
