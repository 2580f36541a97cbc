// Structured metadata fields and their datasources (DOMAIN.md §1.8, §2.7, §4.3, §4.4). Field,
// datasource and rule operations emit no events (DOMAIN.md §5.2).
import { lockEnvironment, type Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import type { MetadataField as FieldRow } from "../../generated/sqlite/client.js";
import { DomainError, assertMaxItems, assertMaxLength, assertName, notFound, type FieldPath } from "../../errors/errors.js";
import { newHexId } from "../../lib/ids.js";
import { deactivateRulesReferencing } from "./metadata-rule.engine.js";
import {
  assertValid, entryIdsOf, isListType, parseValidation, parseValue,
  type FieldType, type MetadataValue, type Validation, type ValidationInput,
} from "./metadata.validation.js";

export const MAX_FIELDS = 100;
export const MAX_DATASOURCE_VALUES = 3000;
export const MAX_EXTERNAL_ID_LENGTH = 255;
// The reference states no label or datasource value length; these keep rows and indexes bounded.
export const MAX_LABEL_LENGTH = 255;
export const MAX_ENTRY_VALUE_LENGTH = 1024;
export const MAX_SEARCH_TERM_LENGTH = 255;
/** Datasource search: the reference's default max_results, and our cap. */
export const DATASOURCE_SEARCH = { default: 100, max: 500 };

// External ids travel in the REST encoding `id=value|id2=[...]`, whose separators would need
// escaping; letters, digits and `_ - . :` keep ids usable everywhere (and in search expressions).
const EXTERNAL_ID_PATTERN = /^[A-Za-z0-9_.:-]+$/;

export function checkExternalId(id: string, field: FieldPath): string {
  if (id === "") throw new DomainError("INVALID_ARGUMENT", "an external id may not be empty", field);
  assertMaxLength(field, id, MAX_EXTERNAL_ID_LENGTH);
  if (!EXTERNAL_ID_PATTERN.test(id)) throw new DomainError("INVALID_ARGUMENT", `external id ${JSON.stringify(id)} may only contain letters, digits, _ - . and :`, field);
  return id;
}

function checkLabel(label: string, field: FieldPath): string {
  if (label.trim() === "") throw new DomainError("INVALID_ARGUMENT", "label may not be empty", field);
  assertMaxLength(field, label, MAX_LABEL_LENGTH);
  assertName(field, label);
  return label;
}

export const parseStoredValidation = (row: { validation: string | null }): Validation | null => (row.validation ? (JSON.parse(row.validation) as Validation) : null);
export const parseStoredDefault = (row: { defaultValue: string | null }): MetadataValue | null => (row.defaultValue ? (JSON.parse(row.defaultValue) as MetadataValue) : null);

export async function findField(tx: Tx, environmentId: number, externalId: string, field: FieldPath): Promise<FieldRow> {
  const row = await tx.metadataField.findUnique({ where: { environmentId_externalId: { environmentId, externalId } } });
  if (!row) throw notFound(`metadata field ${externalId}`, field);
  return row;
}

/**
 * Serialises the environment's metadata definition writers (field creates and deletes, rule
 * writes): counts, cycles and references are checked against a stable set. Value writers insert
 * rows that reference the environment and need not wait for it (noKeyUpdate).
 */
export const lockMetadataDefinitions = (ctx: Ctx, tx: Tx) => lockEnvironment(tx, ctx, { noKeyUpdate: true });

async function lockField(ctx: Ctx, tx: Tx, id: number): Promise<void> {
  if (ctx.dialect === "postgres") await tx.$queryRaw`SELECT id FROM "MetadataField" WHERE id = ${id} FOR UPDATE`;
}

export interface DatasourceEntryInput {
  externalId?: string | null;
  value: string;
}

/** Checks entries given for a datasource: ids valid and distinct, values present. */
function checkEntries(values: DatasourceEntryInput[], field: FieldPath): void {
  const seen = new Set<string>();
  values.forEach((e, i) => {
    if (e.externalId != null) {
      checkExternalId(e.externalId, [...field, i, "externalId"]);
      if (seen.has(e.externalId)) throw new DomainError("INVALID_ARGUMENT", `datasource entry ${e.externalId} is given twice`, [...field, i, "externalId"]);
      seen.add(e.externalId);
    }
    if (e.value.trim() === "") throw new DomainError("INVALID_ARGUMENT", "a datasource value may not be empty", [...field, i, "value"]);
    assertMaxLength([...field, i, "value"], e.value, MAX_ENTRY_VALUE_LENGTH);
    assertName([...field, i, "value"], e.value);
  });
}

function assertDatasourceSize(count: number, field: FieldPath): void {
  if (count > MAX_DATASOURCE_VALUES) {
    throw new DomainError("DATASOURCE_LIMIT_REACHED", `a datasource holds at most ${MAX_DATASOURCE_VALUES} values (this would make ${count})`, field);
  }
}

/** Checks a default value: typed, within the field's validation, and naming active entries. */
function checkDefault(
  f: { externalId: string; type: string },
  raw: unknown,
  validation: Validation | null,
  activeEntries: Set<string> | null,
  field: FieldPath,
): MetadataValue | null {
  const value = parseValue(f, raw, field);
  if (value === null) return null;
  if (activeEntries) {
    for (const id of entryIdsOf(value)) {
      if (!activeEntries.has(id)) throw new DomainError("INVALID_DATASOURCE_VALUE", `default value ${id} is not an active datasource entry of ${f.externalId} (entries referenced by the default need an explicit externalId)`, field);
    }
  }
  if (!isListType(f.type)) assertValid(f.externalId, validation, value, field);
  return value;
}

export interface CreateMetadataFieldInput {
  externalId?: string | null;
  type: FieldType;
  label: string;
  mandatory?: boolean | null;
  defaultDisabled?: boolean | null;
  restrictions?: { readonlyUi?: boolean | null } | null;
  defaultValue?: unknown;
  validation?: ValidationInput | null;
  datasource?: { values: DatasourceEntryInput[] } | null;
  allowDynamicListValues?: boolean | null;
}

export async function createMetadataField(ctx: Ctx, input: CreateMetadataFieldInput) {
  const environmentId = ctx.environment.id;
  const externalId = input.externalId != null ? checkExternalId(input.externalId, ["input", "externalId"]) : newHexId();
  const label = checkLabel(input.label, ["input", "label"]);
  const list = isListType(input.type);
  if (list && !input.datasource) throw new DomainError("INVALID_ARGUMENT", `${input.type} fields need a datasource`, ["input", "datasource"]);
  if (!list && input.datasource) throw new DomainError("UNSUPPORTED_FIELD_TYPE", `${input.type} fields have no datasource (only enum and set do)`, ["input", "datasource"]);
  const values = input.datasource?.values ?? [];
  assertDatasourceSize(values.length, ["input", "datasource", "values"]);
  checkEntries(values, ["input", "datasource", "values"]);
  const validation = input.validation ? parseValidation(input.type, input.validation, ["input", "validation"]) : null;
  const entries = values.map((e, i) => ({ externalId: e.externalId ?? newHexId(), value: e.value, position: i }));
  const defaultValue = checkDefault({ externalId, type: input.type }, input.defaultValue, validation, list ? new Set(values.flatMap((e) => (e.externalId != null ? [e.externalId] : []))) : null, ["input", "defaultValue"]);
  if (input.mandatory && defaultValue === null) throw new DomainError("INVALID_ARGUMENT", "a mandatory field needs a defaultValue", ["input", "defaultValue"]);

  return ctx.db.$transaction(async (tx) => {
    // Counting then inserting must not let two concurrent creates both take the 100th place.
    await lockMetadataDefinitions(ctx, tx);
    if (await tx.metadataField.findUnique({ where: { environmentId_externalId: { environmentId, externalId } }, select: { id: true } })) {
      throw new DomainError("ALREADY_EXISTS", `metadata field ${externalId} already exists`, ["input", "externalId"]);
    }
    const count = await tx.metadataField.count({ where: { environmentId } });
    if (count >= MAX_FIELDS) {
      throw new DomainError("METADATA_FIELD_LIMIT_REACHED", `an environment has at most ${MAX_FIELDS} metadata fields; delete one to add another`, ["input"]);
    }
    const last = await tx.metadataField.aggregate({ where: { environmentId }, _max: { position: true } });
    const now = new Date();
    const created = await tx.metadataField.create({
      data: {
        environmentId, externalId, type: input.type, label,
        mandatory: input.mandatory ?? false, defaultDisabled: input.defaultDisabled ?? false,
        readonlyUi: input.restrictions?.readonlyUi ?? false, allowDynamicListValues: input.allowDynamicListValues ?? false,
        defaultValue: defaultValue === null ? null : JSON.stringify(defaultValue),
        validation: validation ? JSON.stringify(validation) : null,
        position: (last._max.position ?? -1) + 1, createdAt: now, updatedAt: now,
      },
    });
    if (entries.length) await tx.datasourceEntry.createMany({ data: entries.map((e) => ({ ...e, fieldId: created.id })) });
    return { metadataField: created };
  });
}

async function activeEntryIds(tx: Tx, fieldId: number): Promise<Set<string>> {
  return new Set((await tx.datasourceEntry.findMany({ where: { fieldId, state: "active" }, select: { externalId: true } })).map((e) => e.externalId));
}

export interface UpdateMetadataFieldInput {
  externalId: string;
  type?: FieldType | null;
  label?: string | null;
  mandatory?: boolean | null;
  defaultDisabled?: boolean | null;
  restrictions?: { readonlyUi?: boolean | null } | null;
  defaultValue?: unknown;
  validation?: ValidationInput | null;
  allowDynamicListValues?: boolean | null;
}

/** Partial update; `defaultValue: null` / `validation: null` clear them. The type is immutable. */
export async function updateMetadataField(ctx: Ctx, input: UpdateMetadataFieldInput) {
  const label = input.label != null ? checkLabel(input.label, ["input", "label"]) : undefined;
  return ctx.db.$transaction(async (tx) => {
    const field = await findField(tx, ctx.environment.id, input.externalId, ["input", "externalId"]);
    await lockField(ctx, tx, field.id);
    if (input.type != null && input.type !== field.type) {
      throw new DomainError("INVALID_ARGUMENT", `the type of metadata field ${field.externalId} cannot change (${field.type} to ${input.type}); create another field`, ["input", "type"]);
    }
    const type = field.type as FieldType;
    const validation = input.validation === undefined ? parseStoredValidation(field) : input.validation === null ? null : parseValidation(type, input.validation, ["input", "validation"]);
    const active = isListType(type) ? await activeEntryIds(tx, field.id) : null;
    // The default is re-checked against a changed validation too (DOMAIN Q 19).
    const defaultGiven = input.defaultValue !== undefined;
    const defaultValue = checkDefault(field, defaultGiven ? input.defaultValue : parseStoredDefault(field), validation, defaultGiven ? active : null, [
      "input", defaultGiven ? "defaultValue" : "validation",
    ]);
    const mandatory = input.mandatory ?? field.mandatory;
    if (mandatory && defaultValue === null) throw new DomainError("INVALID_ARGUMENT", "a mandatory field needs a defaultValue", ["input", defaultGiven ? "defaultValue" : "mandatory"]);
    const updated = await tx.metadataField.update({
      where: { id: field.id },
      data: {
        ...(label !== undefined ? { label } : {}),
        mandatory,
        ...(input.defaultDisabled != null ? { defaultDisabled: input.defaultDisabled } : {}),
        ...(input.restrictions?.readonlyUi != null ? { readonlyUi: input.restrictions.readonlyUi } : {}),
        ...(input.allowDynamicListValues != null ? { allowDynamicListValues: input.allowDynamicListValues } : {}),
        defaultValue: defaultValue === null ? null : JSON.stringify(defaultValue),
        validation: validation ? JSON.stringify(validation) : null,
        updatedAt: new Date(),
      },
    });
    return { metadataField: updated };
  });
}

/**
 * Deletes a field with its datasource and every asset value (in this transaction, so the
 * external id is free again at once); rules that mention it become inactive (DOMAIN Q 24).
 */
export async function deleteMetadataField(ctx: Ctx, input: { externalId: string }) {
  return ctx.db.$transaction(async (tx) => {
    // The field lock waits for value writers holding it FOR SHARE (loadSchema), so none of them
    // inserts a value of the field after it is gone; the environment lock then orders this with
    // rule writes (which check the fields rules name). In that order: a value writer updates the
    // environment row (its event sequence) while it holds the field, so taking the environment
    // first would deadlock with it.
    const found = await findField(tx, ctx.environment.id, input.externalId, ["input", "externalId"]);
    await lockField(ctx, tx, found.id);
    await lockMetadataDefinitions(ctx, tx);
    const field = await findField(tx, ctx.environment.id, input.externalId, ["input", "externalId"]);
    await tx.metadataField.delete({ where: { id: field.id } });
    await deactivateRulesReferencing(tx, ctx.environment.id, field.externalId);
    return { deletedExternalId: field.externalId };
  }, { timeout: 60_000 });
}

// ---------------------------------------------------------------------------------------------
// Datasources

async function findListField(tx: Tx, ctx: Ctx, externalId: string): Promise<FieldRow> {
  const field = await findField(tx, ctx.environment.id, externalId, ["input", "fieldExternalId"]);
  if (!isListType(field.type)) throw new DomainError("UNSUPPORTED_FIELD_TYPE", `${field.externalId} is a ${field.type} field; only enum and set fields have a datasource`, ["input", "fieldExternalId"]);
  await lockField(ctx, tx, field.id);
  return field;
}

const touch = (tx: Tx, field: FieldRow) => tx.metadataField.update({ where: { id: field.id }, data: { updatedAt: new Date() } });

/** Partial upsert: a known externalId gets the new value; new or missing ones are appended. */
export async function updateMetadataDatasource(ctx: Ctx, input: { fieldExternalId: string; values: DatasourceEntryInput[] }) {
  assertDatasourceSize(input.values.length, ["input", "values"]);
  checkEntries(input.values, ["input", "values"]);
  return ctx.db.$transaction(async (tx) => {
    const field = await findListField(tx, ctx, input.fieldExternalId);
    const existing = await tx.datasourceEntry.findMany({ where: { fieldId: field.id }, select: { id: true, externalId: true, value: true, position: true } });
    const byId = new Map(existing.map((e) => [e.externalId, e]));
    const added = input.values.filter((e) => e.externalId == null || !byId.has(e.externalId));
    assertDatasourceSize(existing.length + added.length, ["input", "values"]);
    for (const e of input.values) {
      const known = e.externalId != null ? byId.get(e.externalId) : undefined;
      if (known && known.value !== e.value) await tx.datasourceEntry.update({ where: { id: known.id }, data: { value: e.value } });
    }
    let position = existing.reduce((max, e) => Math.max(max, e.position), -1);
    if (added.length) {
      await tx.datasourceEntry.createMany({ data: added.map((e) => ({ fieldId: field.id, externalId: e.externalId ?? newHexId(), value: e.value, position: ++position })) });
    }
    return { metadataField: await touch(tx, field) };
  });
}

async function setEntryState(ctx: Ctx, input: { fieldExternalId: string; externalIds: string[] }, state: "active" | "inactive") {
  if (input.externalIds.length === 0) throw new DomainError("INVALID_ARGUMENT", "externalIds may not be empty", ["input", "externalIds"]);
  assertMaxItems(["input", "externalIds"], input.externalIds, MAX_DATASOURCE_VALUES);
  return ctx.db.$transaction(async (tx) => {
    const field = await findListField(tx, ctx, input.fieldExternalId);
    const known = new Set((await tx.datasourceEntry.findMany({ where: { fieldId: field.id, externalId: { in: input.externalIds } }, select: { externalId: true } })).map((e) => e.externalId));
    const missing = input.externalIds.findIndex((id) => !known.has(id));
    if (missing >= 0) throw notFound(`datasource entry ${input.externalIds[missing]} of ${field.externalId}`, ["input", "externalIds", missing]);
    if (state === "inactive") {
      // Rule writers take the environment lock: none can start applying an entry being deactivated.
      await lockMetadataDefinitions(ctx, tx);
      await assertEntriesUnused(tx, ctx.environment.id, field, input.externalIds);
    }
    await tx.datasourceEntry.updateMany({ where: { fieldId: field.id, externalId: { in: input.externalIds } }, data: { state } });
    return { metadataField: await touch(tx, field) };
  });
}

/**
 * Entries that new values still receive without a request naming them cannot be deactivated:
 * the field's default value and the values active rules apply (apply_value). Otherwise inactive
 * entries would reach assets; change the default or the rule first.
 */
async function assertEntriesUnused(tx: Tx, environmentId: number, field: FieldRow, ids: string[]): Promise<void> {
  const inDefault = new Set(entryIdsOf(parseStoredDefault(field)));
  const byDefault = ids.findIndex((id) => inDefault.has(id));
  if (byDefault >= 0) throw new DomainError("INVALID_ARGUMENT", `datasource entry ${ids[byDefault]} is the default value of ${field.externalId}; change the default before deactivating it`, ["input", "externalIds", byDefault]);
  const rules = await tx.metadataRule.findMany({ where: { environmentId, metadataFieldId: field.externalId, state: "active" }, select: { externalId: true, result: true } });
  for (const rule of rules) {
    const apply = (JSON.parse(rule.result) as { apply_value?: { value: MetadataValue } }).apply_value;
    if (!apply) continue;
    const applied = new Set(entryIdsOf(apply.value));
    const used = ids.findIndex((id) => applied.has(id));
    if (used >= 0) throw new DomainError("INVALID_ARGUMENT", `datasource entry ${ids[used]} is applied by active metadata rule ${rule.externalId}; change or deactivate the rule before deactivating it`, ["input", "externalIds", used]);
  }
}

/** Soft delete: entries become inactive (still listed); assets keep values they hold (DOMAIN Q 16). */
export const deleteMetadataDatasourceEntries = (ctx: Ctx, input: { fieldExternalId: string; externalIds: string[] }) => setEntryState(ctx, input, "inactive");
export const restoreMetadataDatasourceEntries = (ctx: Ctx, input: { fieldExternalId: string; externalIds: string[] }) => setEntryState(ctx, input, "active");

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/**
 * Reorders the datasource and persists it: by value (the reference's only order_by; natural,
 * case-insensitive order, ties by externalId) or by position, the order entries were added in.
 */
export async function orderMetadataDatasource(ctx: Ctx, input: { fieldExternalId: string; orderBy: "value" | "position"; direction: "asc" | "desc" }) {
  return ctx.db.$transaction(async (tx) => {
    const field = await findListField(tx, ctx, input.fieldExternalId);
    const entries = await tx.datasourceEntry.findMany({ where: { fieldId: field.id }, select: { id: true, externalId: true, value: true } });
    const sign = input.direction === "desc" ? -1 : 1;
    entries.sort((a, b) => sign * (input.orderBy === "value" ? collator.compare(a.value, b.value) || (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0) : a.id - b.id));
    for (const [position, e] of entries.entries()) await tx.datasourceEntry.update({ where: { id: e.id }, data: { position } });
    return { metadataField: await touch(tx, field) };
  }, { timeout: 60_000 });
}

/** Active entries whose value contains `term` (case-insensitive), over every field of the environment. */
export async function searchDatasource(ctx: Ctx, args: { term: string; first?: number | null }) {
  const take = args.first ?? DATASOURCE_SEARCH.default;
  if (take < 1) throw new DomainError("INVALID_ARGUMENT", "first must be at least 1", ["first"]);
  if (take > DATASOURCE_SEARCH.max) throw new DomainError("LIMIT_EXCEEDED", `first must be at most ${DATASOURCE_SEARCH.max} (got ${take})`, ["first"]);
  if (args.term === "") throw new DomainError("INVALID_ARGUMENT", "term may not be empty", ["term"]);
  // Datasource values are at most 1,024 characters; a search term is bounded like an external id.
  assertMaxLength(["term"], args.term, MAX_SEARCH_TERM_LENGTH);
  // A literal substring test (Prisma's contains is a LIKE that would read % and _ as wildcards,
  // and SQLite runs with case_sensitive_like). SQLite's lower() folds ASCII only.
  const env = ctx.environment.id;
  const hits = ctx.dialect === "postgres"
    ? await ctx.db.$queryRaw<{ id: number }[]>`SELECT e.id FROM "DatasourceEntry" e JOIN "MetadataField" f ON f.id = e."fieldId"
        WHERE f."environmentId" = ${env} AND e.state = 'active' AND strpos(lower(e.value), lower(${args.term})) > 0
        ORDER BY f.position, e.position LIMIT ${take}`
    : await ctx.db.$queryRaw<{ id: number }[]>`SELECT e.id FROM "DatasourceEntry" e JOIN "MetadataField" f ON f.id = e."fieldId"
        WHERE f."environmentId" = ${env} AND e.state = 'active' AND instr(lower(e.value), lower(${args.term})) > 0
        ORDER BY f.position, e.position LIMIT ${take}`;
  const ids = hits.map((h) => Number(h.id));
  const rows = await ctx.db.datasourceEntry.findMany({ where: { id: { in: ids } }, include: { field: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}
