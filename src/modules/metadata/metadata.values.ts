// Asset metadata values: the write pipeline of DOMAIN.md §4.7 (type-check, validate, merge,
// rules, invalid values, mandatory fields) and the row format the search engine reads:
// one AssetMetadata row per value; string -> text, integer -> number, date -> date (yyyy-mm-dd),
// enum -> text (entry external id), set -> one row per entry with position 0..n-1.
import type { Tx } from "../../db/client.js";
import type { Asset, Prisma } from "../../generated/sqlite/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, assertMaxItems, assertMaxLength, userError, type FieldPath, type UserErrorValue } from "../../errors/errors.js";
import { transact, type Emit } from "../../events/outbox.js";
import { chunks } from "../../lib/page.js";
import { describeRef, refWhere, type AssetRef } from "../../lib/asset-ref.js";
import { evaluateRules, loadRules, type FieldState, type LoadedField, type MetadataSchema, type RuleTraceEntry } from "./metadata-rule.engine.js";
import { MAX_EXTERNAL_ID_LENGTH, MAX_FIELDS, parseStoredDefault, parseStoredValidation } from "./metadata.service.js";
import { assertValid, entryIdsOf, isListType, parseValue, sameValue, type MetadataValue } from "./metadata.validation.js";

export async function loadSchema(tx: Tx, ctx: Ctx): Promise<MetadataSchema> {
  const environmentId = ctx.environment.id;
  let where: Prisma.MetadataFieldWhereInput = { environmentId };
  if (ctx.dialect === "postgres") {
    // The fields this write may store values of are held FOR SHARE until it commits: a concurrent
    // deleteMetadataField (FOR UPDATE) waits, or has already committed and its field is skipped
    // here, so no value row can reference a deleted field. Only the locked fields are used.
    const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "MetadataField" WHERE "environmentId" = ${environmentId} ORDER BY id FOR SHARE`;
    where = { id: { in: locked.map((r) => Number(r.id)) } };
  }
  const rows = await tx.metadataField.findMany({ where, orderBy: { position: "asc" } });
  const fields: LoadedField[] = rows.map((r) => ({
    id: r.id, externalId: r.externalId, type: r.type, mandatory: r.mandatory, defaultDisabled: r.defaultDisabled,
    validation: parseStoredValidation(r), defaultValue: parseStoredDefault(r),
  }));
  const byExternalId = new Map(fields.map((f) => [f.externalId, f]));
  return { byExternalId, byId: new Map(fields.map((f) => [f.id, f])), entries: new Map(), rules: await loadRules(tx, environmentId, byExternalId) };
}

/** Loads the datasource states of the given list fields (once each). */
async function loadEntries(tx: Tx, schema: MetadataSchema, fieldIds: Iterable<number>): Promise<void> {
  const wanted = [...new Set(fieldIds)].filter((id) => !schema.entries.has(id));
  if (!wanted.length) return;
  for (const id of wanted) schema.entries.set(id, new Map());
  const rows = await tx.datasourceEntry.findMany({ where: { fieldId: { in: wanted } }, select: { fieldId: true, externalId: true, state: true } });
  for (const r of rows) schema.entries.get(r.fieldId)!.set(r.externalId, r.state);
}

export interface MetadataValueInput {
  externalId: string;
  value?: unknown;
}

/** One checked input value; `value` null clears the field. */
interface ParsedInput {
  field: LoadedField;
  value: MetadataValue | null;
  at: FieldPath;
}

/** The list fields `inputs` name (their datasources are needed to check the values). */
export function listFieldsOf(schema: MetadataSchema, inputs: MetadataValueInput[]): number[] {
  return inputs.flatMap((i) => {
    const f = schema.byExternalId.get(i.externalId);
    return f && isListType(f.type) ? [f.id] : [];
  });
}

/** Type-checks and validates input values (steps 1-2 of §4.7); every problem is reported. */
function parseInputs(schema: MetadataSchema, inputs: MetadataValueInput[], base: FieldPath, errors: UserErrorValue[]): ParsedInput[] {
  const parsed: ParsedInput[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const at = [...base, i];
    try {
      assertMaxLength([...at, "externalId"], input.externalId, MAX_EXTERNAL_ID_LENGTH);
      const field = schema.byExternalId.get(input.externalId);
      if (!field) throw new DomainError("NOT_FOUND", `metadata field ${input.externalId} not found`, [...at, "externalId"]);
      if (seen.has(field.externalId)) throw new DomainError("INVALID_ARGUMENT", `metadata field ${field.externalId} is given twice`, [...at, "externalId"]);
      seen.add(field.externalId);
      const value = parseValue(field, input.value, [...at, "value"]);
      if (value !== null && isListType(field.type)) {
        const states = schema.entries.get(field.id)!;
        for (const id of entryIdsOf(value)) {
          const state = states.get(id);
          if (state !== "active") {
            throw new DomainError("INVALID_DATASOURCE_VALUE", `${id} is ${state ? "an inactive" : "not a"} datasource entry of ${field.externalId}`, [...at, "value"]);
          }
        }
      }
      if (value !== null && !isListType(field.type)) assertValid(field.externalId, field.validation, value, [...at, "value"]);
      parsed.push({ field, value, at });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      errors.push(...e.userErrors);
    }
  });
  return parsed;
}

export type ChangeCause = "input" | "rule" | "clear_invalid";

export interface MetadataChange {
  field: LoadedField;
  before: MetadataValue | null;
  after: MetadataValue | null;
  cause: ChangeCause;
}

export interface MetadataOutcome {
  changes: MetadataChange[];
  trace: RuleTraceEntry[];
  states: FieldState[];
  errors: UserErrorValue[];
}

export interface ComputeOptions {
  clearInvalid: boolean;
  /** path of the metadata input list, e.g. ["input", "metadata"] */
  base: FieldPath;
  /** a new asset: mandatory fields without a value get their default (DOMAIN §4.3) */
  creating?: boolean;
}

/**
 * Computes an asset's new values from its stored ones and the inputs (steps 1-5 of §4.7), without
 * writing: a failed asset yields errors and no changes, so the caller writes all or nothing.
 */
export function computeMetadata(schema: MetadataSchema, stored: Map<number, MetadataValue>, inputs: MetadataValueInput[], options: ComputeOptions): MetadataOutcome {
  const errors: UserErrorValue[] = [];
  const parsed = parseInputs(schema, inputs, options.base, errors);
  if (errors.length) return { changes: [], trace: [], states: [], errors };
  const values = applyInputs(stored, parsed);
  if (options.creating) fillMandatoryDefaults(schema, values);
  const { states, trace, setByRule } = options.creating ? runRulesFillingDefaults(schema, values) : evaluateRules(schema, values.working, new Set(values.given.keys()));
  for (const id of setByRule) values.origin.set(id, "rule");
  checkRuleStates(states, values, options, errors);
  checkMandatory(states, values, options, errors);
  if (errors.length) return { changes: [], trace, states, errors };
  return { changes: changesFrom(schema, stored, values), trace, states, errors };
}

/** The values being computed: what each field holds now, why it changed, and what the request gave. */
interface WorkingValues {
  working: Map<number, MetadataValue>;
  origin: Map<number, ChangeCause>;
  given: Map<number, ParsedInput>;
}

/** Step 1: the stored values with the request's values applied (null clears a field). */
function applyInputs(stored: Map<number, MetadataValue>, parsed: ParsedInput[]): WorkingValues {
  const values: WorkingValues = { working: new Map(stored), origin: new Map(), given: new Map() };
  for (const p of parsed) {
    values.given.set(p.field.id, p);
    values.origin.set(p.field.id, "input");
    if (p.value === null) values.working.delete(p.field.id);
    else values.working.set(p.field.id, p.value);
  }
  return values;
}

/** Step 2, for a new asset: every mandatory, enabled-by-default field without a value gets its default. */
function fillMandatoryDefaults(schema: MetadataSchema, { working, origin, given }: WorkingValues): void {
  for (const f of schema.byId.values()) {
    if (f.mandatory && !f.defaultDisabled && !working.has(f.id) && f.defaultValue !== null && !given.has(f.id)) {
      working.set(f.id, f.defaultValue);
      origin.set(f.id, "input");
    }
  }
}

/**
 * Step 3 for a new asset. Rules can enable a default-disabled field or make a field mandatory:
 * after they ran, every enabled mandatory field still empty gets its default, and the rules run
 * again from the values before the first run, so rules reading those fields see them. Each round
 * adds at least one default, so this ends within the number of fields.
 */
function runRulesFillingDefaults(schema: MetadataSchema, { working, origin, given }: WorkingValues): ReturnType<typeof evaluateRules> {
  const givenIds = new Set(given.keys());
  let run = evaluateRules(schema, working, givenIds);
  const before = new Map(working);
  const defaults = new Map<number, MetadataValue>();
  for (;;) {
    const missing = run.states.filter((s) => s.enabled && s.mandatory && s.field.defaultValue !== null && !working.has(s.field.id) && !given.has(s.field.id) && !defaults.has(s.field.id));
    if (!missing.length) return run;
    for (const s of missing) defaults.set(s.field.id, s.field.defaultValue!);
    working.clear();
    for (const [id, v] of before) working.set(id, v);
    for (const [id, v] of defaults) {
      working.set(id, v);
      origin.set(id, "input");
    }
    run = evaluateRules(schema, working, givenIds);
  }
}

/**
 * Step 4: what the rules decided. A disabled field loses its value (an error when the request gave
 * one); a list value holding entries the rules do not activate is the request's error when it gave
 * them, else cleared with clearInvalid, else METADATA_INVALIDATED.
 */
function checkRuleStates(states: FieldState[], { working, origin, given }: WorkingValues, options: ComputeOptions, errors: UserErrorValue[]): void {
  for (const s of states) {
    const p = given.get(s.field.id);
    if (!s.enabled) {
      if (p && p.value !== null) errors.push(userError("FIELD_DISABLED", `metadata field ${s.field.externalId} is disabled for this asset`, [...p.at, "value"]));
      else if (working.has(s.field.id)) {
        working.delete(s.field.id);
        origin.set(s.field.id, "rule");
      }
      continue;
    }
    const value = working.get(s.field.id);
    if (value === undefined || s.activeValues === null || !isListType(s.field.type)) continue;
    const invalid = entryIdsOf(value).filter((id) => !s.activeValues!.has(id));
    if (!invalid.length) continue;
    // Entries the request itself gave are its error; others (stored, or added by a rule) were made invalid.
    const givenIds = new Set(p ? entryIdsOf(p.value) : []);
    const invalidGiven = invalid.filter((id) => givenIds.has(id));
    if (invalidGiven.length) {
      errors.push(userError("INVALID_DATASOURCE_VALUE", `${invalidGiven.join(", ")} ${invalidGiven.length > 1 ? "are" : "is"} not among the values the rules activate for ${s.field.externalId}`, [...p!.at, "value"]));
    } else if (options.clearInvalid) {
      const kept = Array.isArray(value) ? value.filter((id) => s.activeValues!.has(id)) : [];
      if (kept.length) working.set(s.field.id, kept);
      else working.delete(s.field.id);
      origin.set(s.field.id, "clear_invalid");
    } else {
      errors.push(userError("METADATA_INVALIDATED", `the value ${invalid.join(", ")} of ${s.field.externalId} is no longer valid after the rules ran; pass clearInvalid: true to clear it`, [...options.base]));
    }
  }
}

/** Step 5: every enabled mandatory field (by the field or by a rule) has a value. */
function checkMandatory(states: FieldState[], { working, given }: WorkingValues, options: ComputeOptions, errors: UserErrorValue[]): void {
  for (const s of states) {
    if (s.enabled && s.mandatory && !working.has(s.field.id)) {
      const p = given.get(s.field.id);
      errors.push(userError("MANDATORY_FIELD_MISSING", `metadata field ${s.field.externalId} is mandatory${s.mandatoryByRule ? " (by a rule)" : ""}`, p ? [...p.at, "value"] : [...options.base]));
    }
  }
}

/** The fields whose value differs from the stored one, with why. */
function changesFrom(schema: MetadataSchema, stored: Map<number, MetadataValue>, { working, origin }: WorkingValues): MetadataChange[] {
  const changes: MetadataChange[] = [];
  for (const f of schema.byId.values()) {
    const before = stored.get(f.id) ?? null;
    const after = working.get(f.id) ?? null;
    if (!sameValue(before, after)) changes.push({ field: f, before, after, cause: origin.get(f.id) ?? "rule" });
  }
  return changes;
}

/** Characters of `text` kept in the indexed AssetMetadata.textKey column. */
export const TEXT_KEY_LENGTH = 255;

/**
 * The indexed search key of a text value: its first 255 characters (code points, as SQL's
 * substr/left count them). Search compares `textKey = metadataTextKey(v) AND text = v`, so the
 * index narrows and the full text decides; datasource ids (at most 255) are their own key.
 */
export const metadataTextKey = (text: string): string => (text.length <= TEXT_KEY_LENGTH ? text : [...text].slice(0, TEXT_KEY_LENGTH).join(""));

/** AssetMetadata rows of one value (the search contract). */
function rowsOf(asset: { id: number; environmentId: number }, field: LoadedField, value: MetadataValue): Prisma.AssetMetadataCreateManyInput[] {
  const base = { environmentId: asset.environmentId, assetId: asset.id, fieldId: field.id };
  switch (field.type) {
    case "integer": return [{ ...base, position: 0, number: value as number }];
    case "date": return [{ ...base, position: 0, date: value as string }];
    case "set": return (value as string[]).map((text, position) => ({ ...base, position, text, textKey: metadataTextKey(text) }));
    default: return [{ ...base, position: 0, text: value as string, textKey: metadataTextKey(value as string) }];
  }
}

type StoredRow = { assetId: number; fieldId: number; position: number; text: string | null; number: number | null; date: string | null };

/** Rows of one asset's field back to the canonical value. */
export function valueOfRows(type: string, rows: StoredRow[]): MetadataValue {
  if (type === "set") return [...rows].sort((a, b) => a.position - b.position).map((r) => r.text!);
  const r = rows[0];
  return type === "integer" ? r.number! : type === "date" ? r.date! : r.text!;
}

/** Stored values of assets (by internal id), keyed by field id. */
export async function readStored(tx: Tx, schema: MetadataSchema, assetIds: number[]): Promise<Map<number, Map<number, MetadataValue>>> {
  const out = new Map(assetIds.map((id) => [id, new Map<number, MetadataValue>()]));
  const rows: StoredRow[] = [];
  for (const part of chunks(assetIds)) {
    rows.push(...(await tx.assetMetadata.findMany({ where: { assetId: { in: part } }, select: { assetId: true, fieldId: true, position: true, text: true, number: true, date: true } })));
  }
  const grouped = new Map<string, StoredRow[]>();
  for (const r of rows) {
    const key = `${r.assetId}:${r.fieldId}`;
    grouped.set(key, [...(grouped.get(key) ?? []), r]);
  }
  for (const [key, group] of grouped) {
    const field = schema.byId.get(group[0].fieldId);
    if (field) out.get(Number(key.split(":")[0]))!.set(field.id, valueOfRows(field.type, group));
  }
  return out;
}

const traceJson = (outcome: MetadataOutcome) =>
  JSON.stringify({
    rules: outcome.trace,
    fields: outcome.states.map((s) => ({
      external_id: s.field.externalId, enabled: s.enabled, mandatory: s.mandatory,
      active_values: s.activeValues === null ? null : [...s.activeValues],
    })),
  });

/** Writes an outcome's changes and trace; emits resource_metadata_changed when values changed. */
async function persist(tx: Tx, asset: AssetForMetadata, outcome: MetadataOutcome, emit: Emit | null, now: Date): Promise<boolean> {
  const changed = outcome.changes;
  if (changed.length) {
    await tx.assetMetadata.deleteMany({ where: { assetId: asset.id, fieldId: { in: changed.map((c) => c.field.id) } } });
    const rows = changed.flatMap((c) => (c.after === null ? [] : rowsOf(asset, c.field, c.after)));
    if (rows.length) await tx.assetMetadata.createMany({ data: rows });
    emit?.({
      type: "resource_metadata_changed",
      assetIds: [asset.assetId],
      payload: {
        asset: { asset_id: asset.assetId, public_id: asset.publicId, resource_type: asset.resourceType, type: asset.type },
        changes: changed.map((c) => ({ external_id: c.field.externalId, before: c.before, after: c.after, cause: c.cause })),
      },
    });
  }
  const trace = traceJson(outcome);
  await tx.assetMetadataTrace.upsert({ where: { assetId: asset.id }, create: { assetId: asset.id, trace, evaluatedAt: now }, update: { trace, evaluatedAt: now } });
  return changed.length > 0;
}

export interface AssetForMetadata {
  id: number;
  environmentId: number;
  assetId: string;
  publicId: string;
  resourceType: string;
  type: string;
}

/**
 * updateAsset's metadata step: applies `metadata` (and `clearInvalid`) to the asset inside the
 * caller's transaction. Returns the Asset columns to update with it; throws the user errors.
 */
export async function applyAssetMetadata(
  tx: Tx,
  ctx: Ctx,
  asset: AssetForMetadata,
  input: { metadata?: MetadataValueInput[] | null; clearInvalid?: boolean | null },
  emit: Emit,
): Promise<{ metadataUpdatedAt?: Date }> {
  // One value per field, and an environment has at most 100 fields.
  assertMaxItems(["input", "metadata"], input.metadata, MAX_FIELDS);
  const schema = await loadSchema(tx, ctx);
  const inputs = input.metadata ?? [];
  await loadEntries(tx, schema, listFieldsOf(schema, inputs));
  const stored = (await readStored(tx, schema, [asset.id])).get(asset.id)!;
  const outcome = computeMetadata(schema, stored, inputs, { clearInvalid: input.clearInvalid ?? false, base: ["input", "metadata"] });
  if (outcome.errors.length) throw DomainError.many(outcome.errors);
  const now = new Date();
  return (await persist(tx, asset, outcome, emit, now)) ? { metadataUpdatedAt: now } : {};
}

export const MAX_BULK_ASSETS = 100;

export interface BulkResult {
  asset: Asset | null;
  changed: boolean;
  userErrors: UserErrorValue[];
}

/**
 * updateMetadata (the Upload API's metadata method): the same values on up to 100 assets, each
 * all or nothing. Every asset is computed from its stored values first; those that fail are left
 * as they were while the others are written, in one transaction.
 */
export async function updateMetadata(ctx: Ctx, input: { assets: AssetRef[]; metadata: MetadataValueInput[]; clearInvalid?: boolean | null }) {
  assertMaxItems(["input", "assets"], input.assets, MAX_BULK_ASSETS);
  assertMaxItems(["input", "metadata"], input.metadata, MAX_FIELDS);
  if (input.assets.length === 0) throw new DomainError("INVALID_ARGUMENT", "assets may not be empty", ["input", "assets"]);
  const env = ctx.environment.id;
  // Each reference's form is checked before anything is read.
  const wheres = input.assets.map((ref, i) => refWhere(env, ref, ["input", "assets", i]));
  return transact(ctx, async (tx, emit) => {
    const found: (Asset | null)[] = [];
    for (const where of wheres) {
      const a = await tx.asset.findUnique({ where });
      found.push(a && a.status === "active" ? a : null);
    }
    const ids = [...new Set(found.flatMap((a) => (a ? [a.id] : [])))];
    // Concurrent writers of the same assets take turns, in id order so two bulk calls cannot deadlock.
    if (ctx.dialect === "postgres" && ids.length) await tx.$queryRawUnsafe(`SELECT id FROM "Asset" WHERE id IN (${ids.map(Number).join(",")}) ORDER BY id FOR UPDATE`);
    const schema = await loadSchema(tx, ctx);
    await loadEntries(tx, schema, listFieldsOf(schema, input.metadata));
    const stored = await readStored(tx, schema, ids);
    const now = new Date();
    const seen = new Set<number>();
    const outcomes: { changed: boolean; errors: UserErrorValue[] }[] = [];
    for (const [i, asset] of found.entries()) {
      const at = ["input", "assets", i];
      const name = describeRef(input.assets[i]);
      if (!asset) {
        outcomes.push({ changed: false, errors: [userError("NOT_FOUND", `${name} not found`, at)] });
        continue;
      }
      if (seen.has(asset.id)) {
        outcomes.push({ changed: false, errors: [userError("INVALID_ARGUMENT", `${name} is given more than once`, at)] });
        continue;
      }
      seen.add(asset.id);
      const outcome = computeMetadata(schema, stored.get(asset.id)!, input.metadata, { clearInvalid: input.clearInvalid ?? false, base: ["input", "metadata"] });
      if (outcome.errors.length) {
        outcomes.push({ changed: false, errors: outcome.errors.map((e) => ({ ...e, message: `${name}: ${e.message}` })) });
        continue;
      }
      const changed = await persist(tx, asset, outcome, emit, now);
      if (changed) await tx.asset.update({ where: { id: asset.id }, data: { metadataUpdatedAt: now, updatedAt: now } });
      outcomes.push({ changed, errors: [] });
    }
    const current = new Map((await tx.asset.findMany({ where: { id: { in: ids } } })).map((a) => [a.id, a]));
    const results: BulkResult[] = found.map((a, i) => ({ asset: a ? current.get(a.id)! : null, changed: outcomes[i].changed, userErrors: outcomes[i].errors }));
    return { results, userErrors: results.flatMap((r) => r.userErrors) };
  }, { timeout: 60_000 });
}

/**
 * importAssets' metadata step: values given with each record, and the defaults of mandatory
 * fields, for newly created assets. Throws every record's errors at once (the import is all or nothing).
 */
const ROWS_PER_CREATE = 200;

export async function importAssetMetadata(
  tx: Tx,
  ctx: Ctx,
  assets: AssetForMetadata[],
  given: { assetId: string; metadata: MetadataValueInput[]; index: number; at?: FieldPath }[],
): Promise<void> {
  const fieldOf = (g: { index: number; at?: FieldPath }) => g.at ?? ["input", "assets", g.index, "metadata"];
  for (const g of given) assertMaxItems(fieldOf(g), g.metadata, MAX_FIELDS);
  const byAssetId = new Map(assets.map((a) => [a.assetId, a]));
  const records = given.map((g) => ({ ...g, asset: byAssetId.get(g.assetId)! }));
  const schema = await loadSchema(tx, ctx);
  if (schema.byId.size === 0 && records.every((r) => r.metadata.length === 0)) return;
  await loadEntries(tx, schema, records.flatMap((r) => listFieldsOf(schema, r.metadata)));
  const errors: UserErrorValue[] = [];
  const rows: Prisma.AssetMetadataCreateManyInput[] = [];
  const traces = [];
  const now = new Date();
  for (const r of records) {
    const outcome = computeMetadata(schema, new Map(), r.metadata, { clearInvalid: false, base: fieldOf(r), creating: true });
    errors.push(...outcome.errors);
    for (const c of outcome.changes) if (c.after !== null) rows.push(...rowsOf(r.asset, c.field, c.after));
    if (outcome.changes.length || outcome.trace.length) traces.push({ assetId: r.asset.id, trace: traceJson(outcome), evaluatedAt: now });
  }
  if (errors.length) throw DomainError.many(errors);
  // Rows per createMany: Prisma compiles each call synchronously, on the main thread with SQLite
  // (an import's 1,000 traces in one call: about 200 ms); the writer yields between statements.
  for (const part of chunks(rows, ROWS_PER_CREATE)) await tx.assetMetadata.createMany({ data: part });
  for (const part of chunks(traces, ROWS_PER_CREATE)) await tx.assetMetadataTrace.createMany({ data: part });
  const touched = [...new Set(rows.map((r) => r.assetId))];
  for (const part of chunks(touched)) await tx.asset.updateMany({ where: { id: { in: part } }, data: { metadataUpdatedAt: now } });
}
