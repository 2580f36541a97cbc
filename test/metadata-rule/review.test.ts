// Regression tests for the code review of metadata rules: reactivation against recreated fields,
// stored rules that no longer fit, and activate_values APPEND after "all".
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";
import { createField, createRule, refusedRule, setValues } from "../metadata/helpers.js";

const t = useTestApp();

const ReactivateRule = graphql(`
  mutation ReviewUpdateRule($input: UpdateMetadataRuleInput!) {
    updateMetadataRule(input: $input) { metadataRule { externalId state } userErrors { code field message } }
  }
`);
const DropField = graphql(`
  mutation ReviewRuleDeleteField($input: DeleteMetadataFieldInput!) {
    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }
  }
`);

beforeAll(async () => {
  await createField(t, { externalId: "flag", type: "STRING", label: "Flag" });
  await importAssets(t, images(4, "rr"));
});

describe("rules and recreated fields", () => {
  test("a rule whose field came back with another type cannot be reactivated, and is skipped if active", async () => {
    await createField(t, { externalId: "shade", type: "SET", label: "Shade", datasource: { values: [{ externalId: "red", value: "Red" }] } });
    const rule = await createRule(t, { metadataFieldId: "shade", condition: { metadataFieldId: "flag", populated: true }, result: { applyValue: { value: ["red"], mode: "APPEND" } } });
    expect((await t.gql(DropField, { input: { externalId: "shade" } })).data!.deleteMetadataField.userErrors).toEqual([]);
    await createField(t, { externalId: "shade", type: "INTEGER", label: "Shade again" });
    const r = await t.gql(ReactivateRule, { input: { externalId: rule.externalId, state: "ACTIVE" } });
    expect(r.data!.updateMetadataRule.metadataRule).toBeNull();
    expect(r.data!.updateMetadataRule.userErrors).toMatchObject([{ code: "INVALID_RULE", field: ["input", "state"] }]);
    // Should a stored rule be active anyway, writes skip it instead of failing.
    await t.app.db.metadataRule.update({ where: { id: (await t.app.db.metadataRule.findFirstOrThrow({ where: { externalId: rule.externalId } })).id }, data: { state: "active" } });
    const { values, trace } = await setValues(t, "rr-0000", [{ externalId: "flag", value: "on" }]);
    expect(values).toEqual({ flag: "on" });
    expect(trace.rules.map((e) => e.ruleExternalId)).not.toContain(rule.externalId);
  });

  test("a condition that no longer fits its field is refused on reactivation", async () => {
    await createField(t, { externalId: "size", type: "ENUM", label: "Size", datasource: { values: [{ externalId: "s", value: "S" }] } });
    await createField(t, { externalId: "note2", type: "STRING", label: "Note" });
    const rule = await createRule(t, { metadataFieldId: "note2", condition: { metadataFieldId: "size", equals: ["s"] }, result: { applyValue: { value: ["small"] } } });
    await t.gql(DropField, { input: { externalId: "size" } });
    await createField(t, { externalId: "size", type: "INTEGER", label: "Size" });
    const r = await t.gql(ReactivateRule, { input: { externalId: rule.externalId, state: "ACTIVE" } });
    expect(r.data!.updateMetadataRule.userErrors).toMatchObject([{ code: "INVALID_RULE", field: ["input", "state"] }]);
    expect(r.data!.updateMetadataRule.userErrors[0].message).toContain("condition");
  });
});

describe("activate_values", () => {
  test("APPEND after an \"all\" rule keeps every value selectable", async () => {
    await createField(t, { externalId: "palette", type: "SET", label: "Palette", datasource: { values: [{ externalId: "pa", value: "A" }, { externalId: "pb", value: "B" }] } });
    await createRule(t, { metadataFieldId: "palette", condition: { metadataFieldId: "flag", populated: true }, result: { activateValues: { all: true } } });
    await createRule(t, { metadataFieldId: "palette", condition: { metadataFieldId: "flag", populated: true }, result: { activateValues: { externalIds: ["pa"], mode: "APPEND" } } });
    const { values, trace } = await setValues(t, "rr-0001", [{ externalId: "flag", value: "on" }, { externalId: "palette", value: ["pb"] }]);
    expect(values.palette).toEqual(["pb"]);
    expect(trace.fields.find((f) => f.externalId === "palette")!.activeValues).toBeNull();
  });
});

describe("rule input caps", () => {
  test("lists of more than 3,000 entries and the 1,001st rule are LIMIT_EXCEEDED", async () => {
    await createField(t, { externalId: "many", type: "SET", label: "Many", datasource: { values: [{ externalId: "m1", value: "M1" }] } });
    const over = Array.from({ length: 3001 }, () => "m1");
    const leaf = { metadataFieldId: "flag", populated: true };
    expect(await refusedRule(t, { metadataFieldId: "many", condition: { metadataFieldId: "many", includes: over }, result: { enable: true } })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "condition", "includes"] });
    expect(await refusedRule(t, { metadataFieldId: "flag", condition: { metadataFieldId: "many", equals: over }, result: { enable: true } })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "condition", "equals"] });
    expect(await refusedRule(t, { metadataFieldId: "many", condition: leaf, result: { activateValues: { externalIds: over, mode: "APPEND" } } })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "result", "activateValues", "externalIds"] });
    expect(await refusedRule(t, { metadataFieldId: "many", condition: leaf, result: { applyValue: { value: over, mode: "APPEND" } } })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "result", "applyValue", "value"] });

    const env = await t.app.db.environment.findFirstOrThrow({ where: { cloudName: "test-cloud" } });
    const existing = await t.app.db.metadataRule.count({ where: { environmentId: env.id } });
    const now = new Date();
    await t.app.db.metadataRule.createMany({
      data: Array.from({ length: 1000 - existing - 1 }, (_, i) => ({
        environmentId: env.id, externalId: `bulk-${i}`, metadataFieldId: "many", name: null, condition: JSON.stringify({ metadata_field_id: "flag", populated: true }),
        result: JSON.stringify({ enable: true }), conditionSignature: `sig-${i}`, state: "inactive", position: 1000 + i, createdAt: now, updatedAt: now,
      })),
    });
    await createRule(t, { metadataFieldId: "many", condition: leaf, result: { enable: true } });
    expect(await refusedRule(t, { metadataFieldId: "many", condition: leaf, result: { enable: true } })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input"] });
  });
});
