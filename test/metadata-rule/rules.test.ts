import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";
import { MetaAsset, createField, createRule, refusedRule, refusedValues, setValues, valuesNow } from "../metadata/helpers.js";

const t = useTestApp();

const ListRules = graphql(`
  query RulesList($first: Int, $after: String) {
    metadataRules(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { externalId name metadataFieldId position state } }
    }
  }
`);
const UpdateRule = graphql(`
  mutation RulesUpdate($input: UpdateMetadataRuleInput!) {
    updateMetadataRule(input: $input) {
      metadataRule { externalId name state conditionJson resultJson conditionSignature }
      userErrors { code field message }
    }
  }
`);
const DeleteRule = graphql(`
  mutation RulesDelete($input: DeleteMetadataRuleInput!) {
    deleteMetadataRule(input: $input) { deletedExternalId userErrors { code field message } }
  }
`);
const RuleNode = graphql(`
  query RulesNode($id: ID!) {
    node(id: $id) { __typename ... on MetadataRule { externalId metadataFieldId } }
  }
`);

async function metadataEvents(publicId: string) {
  const asset = await t.app.db.asset.findFirstOrThrow({ where: { publicId } });
  const events = await t.app.db.event.findMany({ where: { type: "resource_metadata_changed" }, orderBy: { seq: "asc" } });
  return events
    .map((e) => JSON.parse(e.payload) as { asset: { asset_id: string }; changes: { external_id: string; before: unknown; after: unknown; cause: string }[] })
    .filter((p) => p.asset.asset_id === asset.assetId)
    .map((p) => p.changes);
}

const ids = (...xs: string[]) => xs.map((x) => ({ externalId: x, value: x }));
const rule: Record<string, { externalId: string; id: string; conditionSignature: string }> = {};

beforeAll(async () => {
  await createField(t, { externalId: "category", type: "ENUM", label: "Category", datasource: { values: ids("employee", "contractor") } });
  await createField(t, { externalId: "team", type: "ENUM", label: "Team", defaultDisabled: true, datasource: { values: ids("rnd", "sales") } });
  await createField(t, { externalId: "role", type: "SET", label: "Role", defaultDisabled: true, datasource: { values: ids("backend", "frontend", "qa") } });
  await createField(t, { externalId: "site", type: "ENUM", label: "Site", datasource: { values: ids("usa", "uk") } });
  await createField(t, { externalId: "level", type: "INTEGER", label: "Level" });
  await createField(t, { externalId: "notes", type: "STRING", label: "Notes" });
  await createField(t, { externalId: "tags_set", type: "SET", label: "Labels", datasource: { values: ids("a", "b", "c") } });
  await createField(t, { externalId: "flag", type: "STRING", label: "Flag" });
  await createField(t, { externalId: "hint", type: "STRING", label: "Hint", validation: { type: "STRLEN", max: 20 } });
  await importAssets(t, images(12, "r"));
});

describe("defining rules", () => {
  test("create returns the rule as the reference shapes it", async () => {
    const r1 = await createRule(t, { metadataFieldId: "team", name: "category-employee", condition: { metadataFieldId: "category", equals: ["employee"] }, result: { enable: true, activateValues: { all: true } } });
    expect(r1).toMatchObject({
      name: "category-employee", metadataFieldId: "team", state: "ACTIVE", position: 0, metadataField: { externalId: "team" },
      conditionJson: { metadata_field_id: "category", equals: "employee" }, resultJson: { enable: true, activate_values: "all" },
      condition: { metadataFieldId: "category", equals: ["employee"], populated: null, includes: null, and: null, or: null },
      result: { enable: true, setMandatory: null, activateValues: { all: true, externalIds: null, mode: null }, applyValue: null },
    });
    expect(r1.externalId).toMatch(/^[0-9a-f]{64}$/);
    expect(r1.conditionSignature).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    rule.r1 = r1;
    rule.r2 = await createRule(t, { metadataFieldId: "role", condition: { metadataFieldId: "team", equals: ["rnd"] }, result: { enable: true, activateValues: { externalIds: ["backend", "frontend"], mode: "OVERRIDE" } } });
    rule.r3 = await createRule(t, { metadataFieldId: "site", condition: { metadataFieldId: "role", includes: ["backend"] }, result: { applyValue: { value: ["usa"] }, activateValues: { externalIds: ["usa"] } } });
    const r5 = await createRule(t, {
      metadataFieldId: "notes",
      condition: { and: [{ metadataFieldId: "level", populated: true }, { or: [{ metadataFieldId: "category", equals: ["contractor"] }, { metadataFieldId: "tags_set", includes: ["a", "b"] }] }] },
      result: { setMandatory: true },
    });
    expect(r5.conditionJson).toEqual({ and: [{ metadata_field_id: "level", populated: true }, { or: [{ metadata_field_id: "category", equals: "contractor" }, { metadata_field_id: "tags_set", includes: ["a", "b"] }] }] });
    expect(r5.condition.and![1].or).toEqual([{ metadataFieldId: "category", equals: ["contractor"] }, { metadataFieldId: "tags_set", equals: null }]);
    rule.r5 = r5;
    rule.r6 = await createRule(t, { metadataFieldId: "tags_set", condition: { metadataFieldId: "level", equals: ["7"] }, result: { applyValue: { value: ["c"], mode: "APPEND" } } });
    rule.r7 = await createRule(t, { metadataFieldId: "site", condition: { metadataFieldId: "level", equals: ["9"] }, result: { activateValues: { externalIds: ["usa"], mode: "OVERRIDE" } } });
    rule.r8 = await createRule(t, { metadataFieldId: "site", condition: { metadataFieldId: "level", equals: ["9"] }, result: { activateValues: { externalIds: ["uk"], mode: "APPEND" } } });
    rule.r9 = await createRule(t, { metadataFieldId: "site", condition: { metadataFieldId: "level", equals: ["8"] }, result: { activateValues: { mode: "OVERRIDE" } } });
    rule.r10 = await createRule(t, { metadataFieldId: "hint", condition: { and: [{ metadataFieldId: "flag", populated: false }, { metadataFieldId: "level", equals: ["1"] }] }, result: { applyValue: { value: ["no flag"] } } });
    const r11 = await createRule(t, { metadataFieldId: "flag", condition: { metadataFieldId: "tags_set", equals: ["b", "a"] }, result: { applyValue: { value: ["ab"] } } });
    expect(r11.resultJson).toEqual({ apply_value: { value: "ab", mode: "default" } });
    rule.r11 = r11;
  });

  test("malformed rules are refused with INVALID_RULE (or NOT_FOUND) naming the input", async () => {
    const cases = [
      [{ metadataFieldId: "team", condition: { metadataFieldId: "category", equals: ["employee"], populated: true }, result: { enable: true } }, "INVALID_RULE", ["input", "condition"]],
      [{ metadataFieldId: "team", condition: { and: [] }, result: { enable: true } }, "INVALID_RULE", ["input", "condition", "and"]],
      [{ metadataFieldId: "team", condition: { and: [{ metadataFieldId: "level", populated: true }], or: [{ metadataFieldId: "level", populated: true }] }, result: { enable: true } }, "INVALID_RULE", ["input", "condition"]],
      [{ metadataFieldId: "team", condition: { populated: true }, result: { enable: true } }, "INVALID_RULE", ["input", "condition", "metadataFieldId"]],
      [{ metadataFieldId: "team", condition: { and: [{ metadataFieldId: "nope", populated: true }] }, result: { enable: true } }, "NOT_FOUND", ["input", "condition", "and", "0", "metadataFieldId"]],
      [{ metadataFieldId: "nope", condition: { metadataFieldId: "level", populated: true }, result: { enable: true } }, "NOT_FOUND", ["input", "metadataFieldId"]],
      [{ metadataFieldId: "team", condition: { metadataFieldId: "category", includes: ["employee"] }, result: { enable: true } }, "INVALID_RULE", ["input", "condition", "includes"]],
      [{ metadataFieldId: "team", condition: { metadataFieldId: "category", equals: ["employee", "contractor"] }, result: { enable: true } }, "INVALID_RULE", ["input", "condition", "equals"]],
      [{ metadataFieldId: "team", condition: { metadataFieldId: "category", equals: ["boss"] }, result: { enable: true } }, "INVALID_RULE", ["input", "condition", "equals", "0"]],
      [{ metadataFieldId: "team", condition: { metadataFieldId: "level", equals: ["high"] }, result: { enable: true } }, "INVALID_ARGUMENT", ["input", "condition", "equals", "0"]],
      [{ metadataFieldId: "team", condition: { metadataFieldId: "level", populated: true }, result: {} }, "INVALID_RULE", ["input", "result"]],
      [{ metadataFieldId: "notes", condition: { metadataFieldId: "level", populated: true }, result: { activateValues: { all: true } } }, "INVALID_RULE", ["input", "result", "activateValues"]],
      [{ metadataFieldId: "team", condition: { metadataFieldId: "level", populated: true }, result: { activateValues: { all: true, externalIds: ["rnd"] } } }, "INVALID_RULE", ["input", "result", "activateValues"]],
      [{ metadataFieldId: "team", condition: { metadataFieldId: "level", populated: true }, result: { activateValues: { externalIds: ["zz"] } } }, "INVALID_RULE", ["input", "result", "activateValues", "externalIds", "0"]],
      [{ metadataFieldId: "team", condition: { metadataFieldId: "level", populated: true }, result: { applyValue: { value: ["rnd"], mode: "APPEND" } } }, "INVALID_RULE", ["input", "result", "applyValue", "mode"]],
      [{ metadataFieldId: "team", condition: { metadataFieldId: "level", populated: true }, result: { applyValue: { value: ["rnd", "sales"] } } }, "INVALID_RULE", ["input", "result", "applyValue", "value"]],
      [{ metadataFieldId: "hint", condition: { metadataFieldId: "level", populated: true }, result: { applyValue: { value: ["x".repeat(21)] } } }, "VALIDATION_FAILED", ["input", "result", "applyValue", "value"]],
      [{ metadataFieldId: "level", condition: { metadataFieldId: "notes", populated: true }, result: { applyValue: { value: ["ten"] } } }, "INVALID_ARGUMENT", ["input", "result", "applyValue", "value"]],
    ] as const;
    let deep: Record<string, unknown> = { metadataFieldId: "level", populated: true };
    for (let i = 0; i < 10; i++) deep = { and: [deep] };
    const tooDeep = await refusedRule(t, { metadataFieldId: "team", condition: deep, result: { enable: true } });
    expect(tooDeep.code).toBe("LIMIT_EXCEEDED");
    expect(tooDeep.message).toContain("10 levels");
    const wide = { or: Array.from({ length: 101 }, () => ({ metadataFieldId: "level", populated: true })) };
    expect(await refusedRule(t, { metadataFieldId: "team", condition: wide, result: { enable: true } })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "condition", "or", "100"] });
    expect(await refusedRule(t, { metadataFieldId: "team", name: "n".repeat(256), condition: { metadataFieldId: "level", populated: true }, result: { enable: true } })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "name"] });
    for (const [input, code, field] of cases) {
      const e = await refusedRule(t, input as never);
      expect(e, JSON.stringify(input)).toMatchObject({ code, field });
    }
  });

  test("a rule that would make a field depend on itself is refused (RULE_CYCLE)", async () => {
    // category -> team -> role -> site exists; site -> category closes the loop.
    expect(await refusedRule(t, { metadataFieldId: "category", condition: { metadataFieldId: "site", populated: true }, result: { applyValue: { value: ["employee"] } } })).toMatchObject({ code: "RULE_CYCLE", field: ["input", "condition"] });
    expect(await refusedRule(t, { metadataFieldId: "flag", condition: { metadataFieldId: "flag", populated: true }, result: { setMandatory: true } })).toMatchObject({ code: "RULE_CYCLE" });
    // Updating a rule into a cycle is refused as well.
    const u = await t.gql(UpdateRule, { input: { externalId: rule.r11.externalId, condition: { metadataFieldId: "hint", populated: true } } });
    expect(u.data!.updateMetadataRule.userErrors).toMatchObject([{ code: "RULE_CYCLE", field: ["input", "condition"] }]);
  });

  test("metadataRules lists by target field, then insertion order, and pages", async () => {
    const all = await t.gql(ListRules, {});
    expect(all.data!.metadataRules.totalCount).toBe(10);
    const order = all.data!.metadataRules.edges.map((e) => e.node.externalId);
    expect(order).toEqual(["r11", "r10", "r5", "r2", "r3", "r7", "r8", "r9", "r6", "r1"].map((k) => rule[k].externalId));
    const page1 = await t.gql(ListRules, { first: 4 });
    const page2 = await t.gql(ListRules, { first: 4, after: page1.data!.metadataRules.pageInfo.endCursor });
    expect(page2.data!.metadataRules.edges.map((e) => e.node.externalId)).toEqual(order.slice(4, 8));
    expect((await t.gql(ListRules, { first: 501 })).errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED" });
    expect((await t.gql(ListRules, {}, t.otherAdmin)).data!.metadataRules.totalCount).toBe(0);
    const node = await t.gql(RuleNode, { id: rule.r1.id });
    expect(node.data!.node).toEqual({ __typename: "MetadataRule", externalId: rule.r1.externalId, metadataFieldId: "team" });
  });
});

describe("rules on asset writes", () => {
  test("a chain: one rule's result enables the next rule's condition, in the same write and response", async () => {
    const { values, trace } = await setValues(t, "r-0000", [{ externalId: "category", value: "employee" }, { externalId: "team", value: "rnd" }, { externalId: "role", value: ["backend"] }]);
    expect(values).toEqual({ category: "employee", team: "rnd", role: ["backend"], site: "usa" });
    const fired = (id: string) => trace.rules.find((r) => r.ruleExternalId === id)!;
    expect(fired(rule.r1.externalId)).toMatchObject({ conditionMet: true, effects: [{ action: "enable", applied: true }, { action: "activate_values", applied: true, detail: "activated all values" }] });
    expect(fired(rule.r2.externalId)).toMatchObject({ conditionMet: true, effects: [{ action: "enable" }, { action: "activate_values", detail: 'activated ["backend","frontend"] (override)' }] });
    expect(fired(rule.r3.externalId).effects).toEqual(expect.arrayContaining([{ action: "apply_value", applied: true, detail: 'applied "usa"' }]));
    expect(fired(rule.r7.externalId).conditionMet).toBe(false);
    // Rules run in dependency order: team's before role's before site's.
    const position = (id: string) => trace.rules.findIndex((r) => r.ruleExternalId === id);
    expect(position(rule.r1.externalId)).toBeLessThan(position(rule.r2.externalId));
    expect(position(rule.r2.externalId)).toBeLessThan(position(rule.r3.externalId));
    expect(trace.fields.find((f) => f.externalId === "role")).toEqual({ externalId: "role", enabled: true, mandatory: false, activeValues: ["backend", "frontend"] });
    expect(trace.fields.find((f) => f.externalId === "team")).toMatchObject({ enabled: true, activeValues: null });
    expect((await metadataEvents("r-0000")).at(-1)).toEqual([
      { external_id: "category", before: null, after: "employee", cause: "input" },
      { external_id: "team", before: null, after: "rnd", cause: "input" },
      { external_id: "role", before: null, after: ["backend"], cause: "input" },
      { external_id: "site", before: null, after: "usa", cause: "rule" },
    ]);
    // The trace is kept on the asset.
    const read = await t.gql(MetaAsset, { publicId: "r-0000" });
    expect(read.data!.asset!.metadataRuleTrace!.rules.map((r) => r.ruleExternalId)).toEqual(trace.rules.map((r) => r.ruleExternalId));
    expect(read.data!.asset!.metadataRuleTrace!.rules.find((r) => r.ruleExternalId === rule.r1.externalId)!.rule).toEqual({ externalId: rule.r1.externalId, name: "category-employee", state: "ACTIVE" });
  });

  test("when an enabling condition stops holding, the field reverts to disabled and its value is cleared, down the chain", async () => {
    const { values, trace } = await setValues(t, "r-0000", [{ externalId: "category", value: "contractor" }]);
    expect(values).toEqual({ category: "contractor", site: "usa" });
    expect(trace.fields.find((f) => f.externalId === "team")).toMatchObject({ enabled: false });
    expect(trace.rules.find((r) => r.ruleExternalId === rule.r2.externalId)).toMatchObject({ conditionMet: false, effects: [{ action: "clear", applied: true }] });
    expect((await metadataEvents("r-0000")).at(-1)).toEqual([
      { external_id: "category", before: "employee", after: "contractor", cause: "input" },
      { external_id: "team", before: "rnd", after: null, cause: "rule" },
      { external_id: "role", before: ["backend"], after: null, cause: "rule" },
    ]);
  });

  test("values given for disabled fields or outside the activated values are refused; the asset stays as it was", async () => {
    expect(await refusedValues(t, "r-0001", [{ externalId: "team", value: "rnd" }])).toMatchObject([{ code: "FIELD_DISABLED", field: ["input", "metadata", "0", "value"] }]);
    const outside = await refusedValues(t, "r-0001", [{ externalId: "category", value: "employee" }, { externalId: "team", value: "rnd" }, { externalId: "role", value: ["qa"] }]);
    expect(outside).toMatchObject([{ code: "INVALID_DATASOURCE_VALUE", field: ["input", "metadata", "2", "value"] }]);
    expect(await valuesNow(t, "r-0001")).toEqual({});
  });

  test("clearInvalid: a stored value the rules made invalid fails the write, or is cleared with clearInvalid", async () => {
    await setValues(t, "r-0002", [{ externalId: "category", value: "employee" }, { externalId: "team", value: "rnd" }, { externalId: "role", value: ["backend", "frontend"] }]);
    // level 8 leaves no site value selectable (activate_values with no ids, override).
    const errors = await refusedValues(t, "r-0002", [{ externalId: "level", value: 8 }]);
    expect(errors).toMatchObject([{ code: "METADATA_INVALIDATED", field: ["input", "metadata"] }]);
    expect(errors[0].message).toContain("site");
    expect((await valuesNow(t, "r-0002")).site).toBe("usa");
    const { values, trace } = await setValues(t, "r-0002", [{ externalId: "level", value: 8 }], true);
    expect(values).toEqual({ category: "employee", team: "rnd", role: ["backend", "frontend"], level: 8 });
    expect(trace.fields.find((f) => f.externalId === "site")!.activeValues).toEqual([]);
    expect((await metadataEvents("r-0002")).at(-1)).toEqual([
      { external_id: "site", before: "usa", after: null, cause: "clear_invalid" },
      { external_id: "level", before: null, after: 8, cause: "input" },
    ]);
  });

  test("a rule change applies at the next write; clearInvalid keeps a set's still-valid entries", async () => {
    const narrowed = await t.gql(UpdateRule, { input: { externalId: rule.r2.externalId, result: { enable: true, activateValues: { externalIds: ["backend"] } } } });
    expect(narrowed.data!.updateMetadataRule.userErrors).toEqual([]);
    // Stored values are not rewritten by the rule change itself.
    expect((await valuesNow(t, "r-0002")).role).toEqual(["backend", "frontend"]);
    expect(await refusedValues(t, "r-0002", [{ externalId: "level", value: 2 }])).toMatchObject([{ code: "METADATA_INVALIDATED" }]);
    // A given entry outside the activated ones is the request's own error, whatever clearInvalid says.
    expect(await refusedValues(t, "r-0002", [{ externalId: "role", value: ["frontend"] }], true)).toMatchObject([{ code: "INVALID_DATASOURCE_VALUE", field: ["input", "metadata", "0", "value"] }]);
    const { values } = await setValues(t, "r-0002", [{ externalId: "level", value: 2 }], true);
    expect(values).toEqual({ category: "employee", team: "rnd", role: ["backend"], site: "usa", level: 2 });
    expect((await metadataEvents("r-0002")).at(-1)).toEqual([
      { external_id: "role", before: ["backend", "frontend"], after: ["backend"], cause: "clear_invalid" },
      { external_id: "site", before: null, after: "usa", cause: "rule" },
      { external_id: "level", before: 8, after: 2, cause: "input" },
    ]);
    await t.gql(UpdateRule, { input: { externalId: rule.r2.externalId, result: { enable: true, activateValues: { externalIds: ["backend", "frontend"], mode: "OVERRIDE" } } } });
  });

  test("activate_values override then append combine", async () => {
    const { values, trace } = await setValues(t, "r-0003", [{ externalId: "level", value: 9 }, { externalId: "site", value: "uk" }]);
    expect(values).toEqual({ level: 9, site: "uk" });
    expect(trace.fields.find((f) => f.externalId === "site")!.activeValues!.sort()).toEqual(["uk", "usa"]);
    // Without level 9 every entry is selectable again.
    const next = await setValues(t, "r-0003", [{ externalId: "level", value: 2 }]);
    expect(next.trace.fields.find((f) => f.externalId === "site")!.activeValues).toBeNull();
  });

  test("apply_value APPEND adds to a set; DEFAULT fills an empty field but never replaces a given or stored value", async () => {
    expect((await setValues(t, "r-0004", [{ externalId: "level", value: 7 }, { externalId: "tags_set", value: ["a"] }])).values).toEqual({ level: 7, tags_set: ["a", "c"] });
    expect((await metadataEvents("r-0004")).at(-1)).toContainEqual({ external_id: "tags_set", before: null, after: ["a", "c"], cause: "rule" });
    expect((await setValues(t, "r-0006", [{ externalId: "level", value: 1 }])).values).toEqual({ level: 1, hint: "no flag" });
    const given = await setValues(t, "r-0008", [{ externalId: "level", value: 1 }, { externalId: "hint", value: "mine" }]);
    expect(given.values).toEqual({ level: 1, hint: "mine" });
    expect(given.trace.rules.find((r) => r.ruleExternalId === rule.r10.externalId)!.effects).toEqual([{ action: "apply_value", applied: false, detail: 'kept the value the request gave instead of "no flag"' }]);
    // populated: false no longer holds once flag has a value.
    expect((await setValues(t, "r-0007", [{ externalId: "level", value: 1 }, { externalId: "flag", value: "f" }])).values).toEqual({ level: 1, flag: "f" });
  });

  test("equals on a set compares as a set; set_mandatory makes a field mandatory while the condition holds", async () => {
    expect((await setValues(t, "r-0009", [{ externalId: "tags_set", value: ["a", "b", "c"] }])).values).toEqual({ tags_set: ["a", "b", "c"] });
    // level populated and tags_set includes a and b: notes becomes mandatory.
    const errors = await refusedValues(t, "r-0005", [{ externalId: "level", value: 3 }, { externalId: "tags_set", value: ["b", "a"] }]);
    expect(errors).toMatchObject([{ code: "MANDATORY_FIELD_MISSING", field: ["input", "metadata"] }]);
    expect(errors[0].message).toContain("notes");
    expect(await valuesNow(t, "r-0005")).toEqual({});
    const { values, trace } = await setValues(t, "r-0005", [{ externalId: "level", value: 3 }, { externalId: "tags_set", value: ["b", "a"] }, { externalId: "notes", value: "x" }]);
    expect(values).toEqual({ level: 3, notes: "x", tags_set: ["b", "a"], flag: "ab" });
    expect(trace.fields.find((f) => f.externalId === "notes")).toMatchObject({ mandatory: true });
    // Only a: the or no longer holds, so notes may be cleared.
    expect((await setValues(t, "r-0005", [{ externalId: "tags_set", value: ["a"] }, { externalId: "notes", value: null }])).values).toEqual({ level: 3, tags_set: ["a"], flag: "ab" });
  });

  test("inactive rules are ignored; update changes only what is given; delete removes the rule", async () => {
    const u = await t.gql(UpdateRule, { input: { externalId: rule.r11.externalId, state: "INACTIVE", name: "set ab" } });
    expect(u.data!.updateMetadataRule.userErrors).toEqual([]);
    expect(u.data!.updateMetadataRule.metadataRule).toMatchObject({ state: "INACTIVE", name: "set ab", conditionJson: { metadata_field_id: "tags_set", equals: ["b", "a"] }, conditionSignature: rule.r11.conditionSignature });
    expect((await setValues(t, "r-0010", [{ externalId: "tags_set", value: ["a", "b"] }])).values).toEqual({ tags_set: ["a", "b"] });
    // The state stays as it is unless given.
    const renamed = await t.gql(UpdateRule, { input: { externalId: rule.r11.externalId, result: { applyValue: { value: ["AB"] } } } });
    expect(renamed.data!.updateMetadataRule.metadataRule).toMatchObject({ state: "INACTIVE", resultJson: { apply_value: { value: "AB", mode: "default" } } });
    await t.gql(UpdateRule, { input: { externalId: rule.r11.externalId, state: "ACTIVE" } });
    expect((await setValues(t, "r-0011", [{ externalId: "tags_set", value: ["a", "b"] }])).values).toEqual({ tags_set: ["a", "b"], flag: "AB" });
    const d = await t.gql(DeleteRule, { input: { externalId: rule.r11.externalId } });
    expect(d.data!.deleteMetadataRule).toEqual({ deletedExternalId: rule.r11.externalId, userErrors: [] });
    expect((await t.gql(ListRules, {})).data!.metadataRules.totalCount).toBe(9);
    expect((await t.gql(DeleteRule, { input: { externalId: rule.r11.externalId } })).data!.deleteMetadataRule.userErrors).toMatchObject([{ code: "NOT_FOUND" }]);
    expect((await t.gql(UpdateRule, { input: { externalId: "nope", name: "x" } })).data!.updateMetadataRule.userErrors).toMatchObject([{ code: "NOT_FOUND", field: ["input", "externalId"] }]);
  });
});

describe("enable: false", () => {
  test("disables a field while the condition holds and clears its stored value", async () => {
    await createField(t, { externalId: "gate", type: "INTEGER", label: "Gate" });
    await createField(t, { externalId: "extra", type: "STRING", label: "Extra" });
    const off = await createRule(t, { metadataFieldId: "extra", condition: { metadataFieldId: "gate", equals: ["07"] }, result: { enable: false } });
    // The condition keeps the integer's canonical text.
    expect(off.conditionJson).toEqual({ metadata_field_id: "gate", equals: "7" });
    expect(await refusedValues(t, "r-0001", [{ externalId: "gate", value: 7 }, { externalId: "extra", value: "x" }])).toMatchObject([{ code: "FIELD_DISABLED", field: ["input", "metadata", "1", "value"] }]);
    expect((await setValues(t, "r-0001", [{ externalId: "gate", value: 1 }, { externalId: "extra", value: "x" }])).values).toEqual({ gate: 1, extra: "x" });
    const { values, trace } = await setValues(t, "r-0001", [{ externalId: "gate", value: 7 }]);
    expect(values).toEqual({ gate: 7 });
    expect(trace.rules.find((r) => r.ruleExternalId === off.externalId)!.effects).toEqual([
      { action: "enable", applied: true, detail: "disabled extra" },
      { action: "clear", applied: true, detail: "cleared extra: the field is disabled" },
    ]);
    expect((await metadataEvents("r-0001")).at(-1)).toEqual([
      { external_id: "gate", before: 1, after: 7, cause: "input" },
      { external_id: "extra", before: "x", after: null, cause: "rule" },
    ]);
    expect(await refusedRule(t, { metadataFieldId: "extra", condition: { metadataFieldId: "gate", equals: [""] }, result: { enable: false } })).toMatchObject({ code: "INVALID_RULE", field: ["input", "condition", "equals", "0"] });
  });
});
