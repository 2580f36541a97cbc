import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { CreateMetadataFieldInput } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { CreateField, createField, createRule, refusedField } from "./helpers.js";

const t = useTestApp();

const ListFields = graphql(`
  query MetaListFields($first: Int, $after: String) {
    metadataFields(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { externalId type label } }
    }
  }
`);

const OneField = graphql(`
  query MetaOneField($externalId: String!) {
    metadataField(externalId: $externalId) { ...MetaFieldParts }
  }
`);

const FieldNode = graphql(`
  query MetaFieldNode($id: ID!) {
    node(id: $id) { __typename ... on MetadataField { externalId label } }
  }
`);

const UpdateField = graphql(`
  mutation MetaUpdateField($input: UpdateMetadataFieldInput!) {
    updateMetadataField(input: $input) {
      metadataField { ...MetaFieldParts }
      userErrors { code field message }
    }
  }
`);

const DeleteField = graphql(`
  mutation MetaDeleteField($input: DeleteMetadataFieldInput!) {
    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }
  }
`);

const RuleState = graphql(`
  query MetaRuleState {
    metadataRules { edges { node { externalId state metadataFieldId metadataField { externalId } } } }
  }
`);

describe("creating metadata fields", () => {
  test("all five types, with their properties as given and defaults otherwise", async () => {
    const s = await createField(t, {
      externalId: "f_caption", type: "STRING", label: "Caption", mandatory: true, defaultValue: "none",
      restrictions: { readonlyUi: true }, validation: { type: "STRLEN", min: 2, max: 80 },
    });
    expect(s).toMatchObject({
      externalId: "f_caption", type: "STRING", label: "Caption", mandatory: true, defaultDisabled: false, defaultValue: "none",
      allowDynamicListValues: false, restrictions: { readonlyUi: true }, datasource: null,
      validation: { __typename: "StrlenValidation", min: 2, max: 80 }, validationJson: { type: "strlen", min: 2, max: 80 },
    });
    const i = await createField(t, { externalId: "f_stock", type: "INTEGER", label: "In stock", defaultValue: 42, validation: { type: "GREATER_THAN", value: 0, equals: true } });
    expect(i).toMatchObject({ type: "INTEGER", defaultValue: 42, validation: { __typename: "GreaterThanValidation", value: 0, equals: true } });
    const d = await createField(t, { externalId: "f_date", type: "DATE", label: "Available", defaultValue: "2015-01-01", validation: { type: "LESS_THAN", value: "2030-01-01" } });
    expect(d).toMatchObject({ type: "DATE", defaultValue: "2015-01-01", validation: { __typename: "LessThanValidation", value: "2030-01-01", equals: false } });
    const e = await createField(t, {
      externalId: "f_status", type: "ENUM", label: "Status", defaultDisabled: true, allowDynamicListValues: true, defaultValue: "st_new",
      datasource: { values: [{ externalId: "st_new", value: "New" }, { value: "Retired" }] },
    });
    expect(e).toMatchObject({ type: "ENUM", defaultDisabled: true, allowDynamicListValues: true, defaultValue: "st_new" });
    expect(e.datasource!.values[0]).toEqual({ externalId: "st_new", value: "New", state: "ACTIVE", position: 0 });
    // An entry without an external id gets a generated one.
    expect(e.datasource!.values[1]).toMatchObject({ value: "Retired", state: "ACTIVE", position: 1 });
    expect(e.datasource!.values[1].externalId).toMatch(/^[0-9a-f]{32}$/);
    const set = await createField(t, {
      externalId: "f_colors", type: "SET", label: "Colors", mandatory: true, defaultValue: ["c1", "c2"],
      datasource: { values: [{ externalId: "c1", value: "red" }, { externalId: "c2", value: "green" }, { externalId: "c3", value: "blue" }] },
    });
    expect(set.defaultValue).toEqual(["c1", "c2"]);
    expect(set.datasource!.values.map((v) => v.value)).toEqual(["red", "green", "blue"]);
  });

  test("an external id is generated when none is given", async () => {
    const f = await createField(t, { type: "STRING", label: "No id" });
    expect(f.externalId).toMatch(/^[0-9a-f]{32}$/);
    const byId = await t.gql(OneField, { externalId: f.externalId });
    expect(byId.data!.metadataField!.label).toBe("No id");
    const node = await t.gql(FieldNode, { id: f.id });
    expect(node.data!.node).toEqual({ __typename: "MetadataField", externalId: f.externalId, label: "No id" });
  });

  test("external id rules, lengths and uniqueness", async () => {
    expect(await refusedField(t, { externalId: "x".repeat(256), type: "STRING", label: "L" })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "externalId"] });
    expect(await refusedField(t, { externalId: "has space", type: "STRING", label: "L" })).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "externalId"] });
    expect(await refusedField(t, { externalId: "a|b", type: "STRING", label: "L" })).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "externalId"] });
    expect(await refusedField(t, { externalId: "", type: "STRING", label: "L" })).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "externalId"] });
    await createField(t, { externalId: "x".repeat(255), type: "STRING", label: "Longest id" });
    expect(await refusedField(t, { externalId: "f_caption", type: "INTEGER", label: "Again" })).toMatchObject({ code: "ALREADY_EXISTS", field: ["input", "externalId"] });
    expect(await refusedField(t, { externalId: "lab", type: "STRING", label: "l".repeat(256) })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "label"] });
    expect(await refusedField(t, { externalId: "lab", type: "STRING", label: "  " })).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "label"] });
    expect(await refusedField(t, { externalId: "ds", type: "ENUM", label: "L", datasource: { values: [{ externalId: "a", value: "v".repeat(1025) }] } })).toMatchObject({
      code: "LIMIT_EXCEEDED", field: ["input", "datasource", "values", "0", "value"],
    });
    expect(await refusedField(t, { externalId: "ds", type: "ENUM", label: "L", datasource: { values: [{ externalId: "a", value: "x" }, { externalId: "a", value: "y" }] } })).toMatchObject({
      code: "INVALID_ARGUMENT", field: ["input", "datasource", "values", "1", "externalId"],
    });
    expect(await refusedField(t, { externalId: "ds", type: "ENUM", label: "L", datasource: { values: [{ externalId: "bad id", value: "x" }] } })).toMatchObject({
      code: "INVALID_ARGUMENT", field: ["input", "datasource", "values", "0", "externalId"],
    });
  });

  test("datasources: required for enum and set, refused for the others, at most 3000 values", async () => {
    expect(await refusedField(t, { externalId: "nods", type: "SET", label: "L" })).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "datasource"] });
    expect(await refusedField(t, { externalId: "strds", type: "STRING", label: "L", datasource: { values: [{ value: "x" }] } })).toMatchObject({ code: "UNSUPPORTED_FIELD_TYPE", field: ["input", "datasource"] });
    const values = Array.from({ length: 3001 }, (_, i) => ({ externalId: `v${i}`, value: `value ${i}` }));
    expect(await refusedField(t, { externalId: "big", type: "SET", label: "Big", datasource: { values } })).toMatchObject({ code: "DATASOURCE_LIMIT_REACHED", field: ["input", "datasource", "values"] });
    const ok = await createField(t, { externalId: "big", type: "SET", label: "Big", datasource: { values: values.slice(0, 3000) } });
    expect(ok.datasource!.values).toHaveLength(3000);
    expect(ok.datasource!.values.at(-1)).toEqual({ externalId: "v2999", value: "value 2999", state: "ACTIVE", position: 2999 });
  });

  test("default values: required when mandatory, typed, validated, naming active entries", async () => {
    expect(await refusedField(t, { externalId: "m", type: "STRING", label: "M", mandatory: true })).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "defaultValue"] });
    expect(await refusedField(t, { externalId: "m", type: "INTEGER", label: "M", defaultValue: "many" })).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "defaultValue"] });
    expect(await refusedField(t, { externalId: "m", type: "DATE", label: "M", defaultValue: "2024-02-30" })).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "defaultValue"] });
    expect(await refusedField(t, { externalId: "m", type: "ENUM", label: "M", defaultValue: "zz", datasource: { values: [{ externalId: "a", value: "A" }] } })).toMatchObject({
      code: "INVALID_DATASOURCE_VALUE", field: ["input", "defaultValue"],
    });
    // A default may only name entries with an explicit external id.
    expect(await refusedField(t, { externalId: "m", type: "SET", label: "M", defaultValue: ["a", "b"], datasource: { values: [{ externalId: "a", value: "A" }, { value: "B" }] } })).toMatchObject({
      code: "INVALID_DATASOURCE_VALUE",
    });
    const failed = await refusedField(t, { externalId: "m", type: "INTEGER", label: "M", defaultValue: 5, validation: { type: "GREATER_THAN", value: 10 } });
    expect(failed).toMatchObject({ code: "VALIDATION_FAILED", field: ["input", "defaultValue"] });
    expect(failed.message).toContain("m");
    expect(failed.message).toContain("greater_than");
    const andFailed = await refusedField(t, {
      externalId: "m2", type: "STRING", label: "M", defaultValue: "abc",
      validation: { type: "AND", rules: [{ type: "STRLEN", min: 1 }, { type: "STRREGEX", regex: "^[0-9]+$" }] },
    });
    expect(andFailed.code).toBe("VALIDATION_FAILED");
    expect(andFailed.message).toMatch(/strregex \^\[0-9\]\+\$.*m2/);
  });

  test("validation objects are checked against the field type", async () => {
    const bad = [
      [{ type: "STRING" as const, validation: { type: "GREATER_THAN" as const, value: 1 } }, ["input", "validation", "type"]],
      [{ type: "INTEGER" as const, validation: { type: "STRLEN" as const, max: 3 } }, ["input", "validation", "type"]],
      [{ type: "ENUM" as const, validation: { type: "AND" as const, rules: [] }, datasource: { values: [] } }, ["input", "validation", "type"]],
      [{ type: "STRING" as const, validation: { type: "STRLEN" as const } }, ["input", "validation"]],
      [{ type: "STRING" as const, validation: { type: "STRLEN" as const, min: 5, max: 2 } }, ["input", "validation", "min"]],
      [{ type: "STRING" as const, validation: { type: "STRLEN" as const, max: 4_000_001 } }, ["input", "validation", "max"]],
      [{ type: "STRING" as const, validation: { type: "STRREGEX" as const, regex: "(" } }, ["input", "validation", "regex"]],
      [{ type: "STRING" as const, validation: { type: "STRREGEX" as const, regex: "a++" } }, ["input", "validation", "regex"]],
      [{ type: "DATE" as const, validation: { type: "GREATER_THAN" as const, value: "soon" } }, ["input", "validation", "value"]],
      [{ type: "INTEGER" as const, validation: { type: "LESS_THAN" as const } }, ["input", "validation", "value"]],
      [{ type: "INTEGER" as const, validation: { type: "AND" as const, rules: [{ type: "AND" as const, rules: [] }] } }, ["input", "validation", "rules", "0", "type"]],
      [{ type: "INTEGER" as const, validation: { type: "LESS_THAN" as const, value: 3, min: 1 } }, ["input", "validation", "min"]],
    ] as const;
    for (const [input, field] of bad) {
      const e = await refusedField(t, { ...(input as unknown as CreateMetadataFieldInput), externalId: "v", label: "V" });
      expect(e, JSON.stringify(input)).toMatchObject({ code: "INVALID_VALIDATION", field });
    }
    // Integers given as text (the REST spelling) are accepted.
    const f = await createField(t, { externalId: "v_ok", type: "INTEGER", label: "V", validation: { type: "AND", rules: [{ type: "GREATER_THAN", value: "10", equals: true }, { type: "LESS_THAN", value: 50, equals: true }] } });
    expect(f.validationJson).toEqual({ type: "and", rules: [{ type: "greater_than", value: 10, equals: true }, { type: "less_than", value: 50, equals: true }] });
  });
});

describe("listing, updating and deleting fields", () => {
  test("metadataFields pages in creation order; first is capped at 100", async () => {
    const all = await t.gql(ListFields, { first: 100 });
    const ids = all.data!.metadataFields.edges.map((e) => e.node.externalId);
    expect(ids.slice(0, 5)).toEqual(["f_caption", "f_stock", "f_date", "f_status", "f_colors"]);
    expect(all.data!.metadataFields.totalCount).toBe(ids.length);
    const first = await t.gql(ListFields, { first: 2 });
    expect(first.data!.metadataFields.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(ListFields, { first: 2, after: first.data!.metadataFields.pageInfo.endCursor });
    expect(next.data!.metadataFields.edges.map((e) => e.node.externalId)).toEqual(["f_date", "f_status"]);
    const over = await t.gql(ListFields, { first: 101 });
    expect(over.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LIMIT_EXCEEDED", field: ["first"] });
    // Tenancy: another environment sees none of them.
    const other = await t.gql(ListFields, {}, t.otherAdmin);
    expect(other.data!.metadataFields.totalCount).toBe(0);
    expect((await t.gql(OneField, { externalId: "f_caption" }, t.otherAdmin)).data!.metadataField).toBeNull();
  });

  test("a partial update changes only what is given; the type is immutable", async () => {
    const r = await t.gql(UpdateField, { input: { externalId: "f_stock", label: "Now in stock", mandatory: true } });
    expect(r.data!.updateMetadataField.userErrors).toEqual([]);
    expect(r.data!.updateMetadataField.metadataField).toMatchObject({ label: "Now in stock", mandatory: true, defaultValue: 42, type: "INTEGER", validationJson: { type: "greater_than", value: 0, equals: true } });
    const same = await t.gql(UpdateField, { input: { externalId: "f_stock", type: "INTEGER", defaultDisabled: true, restrictions: { readonlyUi: true }, allowDynamicListValues: true } });
    expect(same.data!.updateMetadataField.metadataField).toMatchObject({ defaultDisabled: true, restrictions: { readonlyUi: true }, allowDynamicListValues: true });
    const typed = await t.gql(UpdateField, { input: { externalId: "f_stock", type: "STRING" } });
    expect(typed.data!.updateMetadataField).toMatchObject({ metadataField: null, userErrors: [{ code: "INVALID_ARGUMENT", field: ["input", "type"] }] });
    // A new validation must still accept the default; a mandatory field keeps its default.
    const strict = await t.gql(UpdateField, { input: { externalId: "f_stock", validation: { type: "LESS_THAN", value: 10 } } });
    expect(strict.data!.updateMetadataField.userErrors).toMatchObject([{ code: "VALIDATION_FAILED", field: ["input", "validation"] }]);
    const cleared = await t.gql(UpdateField, { input: { externalId: "f_stock", defaultValue: null } });
    expect(cleared.data!.updateMetadataField.userErrors).toMatchObject([{ code: "INVALID_ARGUMENT", field: ["input", "defaultValue"] }]);
    const relaxed = await t.gql(UpdateField, { input: { externalId: "f_stock", mandatory: false, defaultValue: null, validation: null, defaultDisabled: false } });
    expect(relaxed.data!.updateMetadataField.metadataField).toMatchObject({ mandatory: false, defaultValue: null, validation: null });
    const missing = await t.gql(UpdateField, { input: { externalId: "nope", label: "x" } });
    expect(missing.data!.updateMetadataField.userErrors).toMatchObject([{ code: "NOT_FOUND", field: ["input", "externalId"] }]);
  });

  test("deleting frees the external id at once and deactivates the rules that mention the field", async () => {
    await createField(t, { externalId: "del_me", type: "STRING", label: "Temp" });
    await createField(t, { externalId: "del_dep", type: "STRING", label: "Dependent" });
    const rule = await createRule(t, { metadataFieldId: "del_dep", condition: { metadataFieldId: "del_me", populated: true }, result: { setMandatory: true } });
    const r = await t.gql(DeleteField, { input: { externalId: "del_me" } });
    expect(r.data!.deleteMetadataField).toEqual({ deletedExternalId: "del_me", userErrors: [] });
    expect((await t.gql(OneField, { externalId: "del_me" })).data!.metadataField).toBeNull();
    const rules = await t.gql(RuleState, {});
    expect(rules.data!.metadataRules.edges.find((e) => e.node.externalId === rule.externalId)!.node.state).toBe("INACTIVE");
    // Re-created with another type under the same id.
    await createField(t, { externalId: "del_me", type: "INTEGER", label: "Again" });
    const again = await t.gql(DeleteField, { input: { externalId: "gone" } });
    expect(again.data!.deleteMetadataField.userErrors).toMatchObject([{ code: "NOT_FOUND", field: ["input", "externalId"] }]);
    // Field mutations need an admin key.
    const ro = await t.gql(DeleteField, { input: { externalId: "del_me" } }, t.readOnly);
    expect(ro.errors![0].extensions!.code).toBe("FORBIDDEN");
  });

  test("concurrent creates of one external id: one wins, the others get ALREADY_EXISTS", async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(CreateField, { input: { externalId: "raced", type: "STRING", label: "Raced" } })));
    const payloads = results.map((r) => r.data!.createMetadataField);
    expect(payloads.filter((p) => p.metadataField)).toHaveLength(1);
    expect(payloads.filter((p) => !p.metadataField).map((p) => p.userErrors.map((e) => e.code))).toEqual(Array(4).fill(["ALREADY_EXISTS"]));
  });

  test("at most 100 fields per environment, also under concurrent creates", async () => {
    const count = (await t.gql(ListFields, { first: 1 })).data!.metadataFields.totalCount;
    for (let i = count; i < 97; i++) await createField(t, { externalId: `fill_${i}`, type: "STRING", label: `Fill ${i}` });
    const raced = await Promise.all(Array.from({ length: 6 }, (_, i) => t.gql(CreateField, { input: { externalId: `fill_${97 + i}`, type: "STRING", label: "Race" } })));
    const payloads = raced.map((r) => r.data!.createMetadataField);
    expect(payloads.filter((p) => p.metadataField)).toHaveLength(3);
    expect(payloads.filter((p) => !p.metadataField).map((p) => p.userErrors.map((e) => e.code))).toEqual(Array(3).fill(["METADATA_FIELD_LIMIT_REACHED"]));
    expect((await t.gql(ListFields, { first: 1 })).data!.metadataFields.totalCount).toBe(100);
    const last = payloads.find((p) => p.metadataField && p.metadataField.externalId !== "fill_99")!;
    await t.gql(DeleteField, { input: { externalId: last.metadataField!.externalId } });
    await createField(t, { externalId: "fill_99b", type: "STRING", label: "Refill" });
    expect(await refusedField(t, { externalId: "one_too_many", type: "STRING", label: "101st" })).toMatchObject({ code: "METADATA_FIELD_LIMIT_REACHED", field: ["input"] });
    // Another environment has its own 100.
    await createField(t, { externalId: "one_too_many", type: "STRING", label: "Elsewhere" }, t.otherAdmin);
    await t.gql(DeleteField, { input: { externalId: "fill_99b" } });
    await createField(t, { externalId: "one_too_many", type: "STRING", label: "Now it fits" });
  });
});
