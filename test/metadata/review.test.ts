// Regression tests for the code review of structured metadata (regex engine, long values,
// concurrent field deletion, defaults, inactive entries, request caches, input caps).
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";
import { SetMetadata, createField, createRule, refusedField, refusedValues, setValues, valuesNow } from "./helpers.js";

const t = useTestApp();
const onPostgres = (process.env.DATABASE_URL ?? "").startsWith("postgres");

const DeleteField = graphql(`
  mutation ReviewDeleteField($input: DeleteMetadataFieldInput!) {
    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }
  }
`);

beforeAll(async () => {
  await importAssets(t, images(12, "rv"));
});

describe("strregex runs on a linear-time engine", () => {
  test("a catastrophic pattern on a long value gives the right answer", async () => {
    await createField(t, { externalId: "aaa", type: "STRING", label: "A's", validation: { type: "STRREGEX", regex: "^(a+)+$" } });
    const errors = await refusedValues(t, "rv-0000", [{ externalId: "aaa", value: `${"a".repeat(100_000)}!` }]);
    expect(errors).toMatchObject([{ code: "VALIDATION_FAILED", field: ["input", "metadata", "0", "value"] }]);
    expect((await setValues(t, "rv-0000", [{ externalId: "aaa", value: "a".repeat(100_000) }])).values.aaa).toHaveLength(100_000);
  });

  test("lookaround and backreferences are refused; the pattern length is capped", async () => {
    expect(await refusedField(t, { type: "STRING", label: "Look", validation: { type: "STRREGEX", regex: "^(?=a)a" } })).toMatchObject({ code: "INVALID_VALIDATION", field: ["input", "validation", "regex"] });
    expect(await refusedField(t, { type: "STRING", label: "Back", validation: { type: "AND", rules: [{ type: "STRREGEX", regex: "(a)\\1" }] } })).toMatchObject({ code: "INVALID_VALIDATION", field: ["input", "validation", "rules", "0", "regex"] });
    expect(await refusedField(t, { type: "STRING", label: "Long", validation: { type: "STRREGEX", regex: "a".repeat(1025) } })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "validation", "regex"] });
    await createField(t, { externalId: "re1024", type: "STRING", label: "At the cap", validation: { type: "STRREGEX", regex: "a".repeat(1024) } });
  });
});

describe("long string values", () => {
  test("a 20,000-character value round-trips; the indexed key holds its first 255 characters", async () => {
    await createField(t, { externalId: "notes", type: "STRING", label: "Notes" });
    const long = "é".repeat(10_000) + "x".repeat(10_000);
    expect((await setValues(t, "rv-0001", [{ externalId: "notes", value: long }])).values.notes).toBe(long);
    expect((await valuesNow(t, "rv-0001")).notes).toBe(long);
    const row = await t.app.db.assetMetadata.findFirstOrThrow({ where: { asset: { publicId: "rv-0001" }, field: { externalId: "notes" } } });
    expect(row.text).toBe(long);
    expect(row.textKey).toBe("é".repeat(255));
  });
});

describe("deleting a field while values are written", () => {
  test.skipIf(!onPostgres)("writers and the delete each get a typed outcome, never a 500", async () => {
    for (let round = 0; round < 4; round++) {
      await createField(t, { externalId: "racy", type: "STRING", label: "Racy" });
      const writes = [2, 3, 4, 5, 6, 7, 8, 9].map((n) => t.gql(SetMetadata, { input: { ref: { publicId: `rv-000${n}` }, metadata: [{ externalId: "racy", value: `v${round}` }] } }));
      const del = t.gql(DeleteField, { input: { externalId: "racy" } });
      const results = await Promise.all(writes);
      for (const r of results) {
        expect(r.errors).toBeUndefined();
        for (const e of r.data!.updateAsset.userErrors) expect(e).toMatchObject({ code: "NOT_FOUND", field: ["input", "metadata", "0", "externalId"] });
      }
      expect((await del).data!.deleteMetadataField).toEqual({ deletedExternalId: "racy", userErrors: [] });
      expect(await t.app.db.assetMetadata.count({ where: { field: { externalId: "racy" } } })).toBe(0);
    }
  });
});

const Import = graphql(`
  mutation ReviewImport($input: ImportAssetsInput!) {
    importAssets(input: $input) {
      assets { publicId metadata { externalId value } }
      userErrors { code field message }
    }
  }
`);
const DeactivateEntries = graphql(`
  mutation ReviewDeactivate($input: DeleteMetadataDatasourceEntriesInput!) {
    deleteMetadataDatasourceEntries(input: $input) { metadataField { datasource { values { externalId state } } } userErrors { code field message } }
  }
`);

describe("defaults of new assets", () => {
  test("a field enabled or made mandatory by a rule gets its default on import, and rules reading it see it", async () => {
    await createField(t, { externalId: "trigger2", type: "STRING", label: "Trigger" });
    await createField(t, { externalId: "region", type: "STRING", label: "Region", mandatory: true, defaultDisabled: true, defaultValue: "EU" });
    await createField(t, { externalId: "owner", type: "STRING", label: "Owner", defaultValue: "ops" });
    await createField(t, { externalId: "zone", type: "STRING", label: "Zone" });
    await createRule(t, { metadataFieldId: "region", condition: { metadataFieldId: "trigger2", populated: true }, result: { enable: true } });
    await createRule(t, { metadataFieldId: "owner", condition: { metadataFieldId: "trigger2", populated: true }, result: { setMandatory: true } });
    await createRule(t, { metadataFieldId: "zone", condition: { metadataFieldId: "region", equals: ["EU"] }, result: { applyValue: { value: ["eu-1"] } } });
    const r = await t.gql(Import, { input: { assets: [
      ...images(1, "rv-def-on", { metadata: [{ externalId: "trigger2", value: "x" }] }),
      ...images(1, "rv-def-off"),
    ] } });
    expect(r.data!.importAssets.userErrors).toEqual([]);
    const [on, off] = r.data!.importAssets.assets.map((a) => Object.fromEntries(a.metadata.map((m) => [m.externalId, m.value])));
    expect(on).toEqual({ trigger2: "x", region: "EU", owner: "ops", zone: "eu-1" });
    // Without the trigger, region stays disabled and owner optional: neither gets a value.
    expect(off).toEqual({});
  });
});

describe("inactive datasource entries never reach assets", () => {
  test("the default's entry and entries applied by active rules cannot be deactivated", async () => {
    await createField(t, { externalId: "tone", type: "ENUM", label: "Tone", defaultValue: "t1", datasource: { values: [{ externalId: "t1", value: "One" }, { externalId: "t2", value: "Two" }, { externalId: "t3", value: "Three" }] } });
    const rule = await createRule(t, { metadataFieldId: "tone", condition: { metadataFieldId: "trigger2", equals: ["apply"] }, result: { applyValue: { value: ["t2"] } } });
    const byDefault = await t.gql(DeactivateEntries, { input: { fieldExternalId: "tone", externalIds: ["t3", "t1"] } });
    expect(byDefault.data!.deleteMetadataDatasourceEntries.userErrors).toMatchObject([{ code: "INVALID_ARGUMENT", field: ["input", "externalIds", "1"] }]);
    expect(byDefault.data!.deleteMetadataDatasourceEntries.userErrors[0].message).toContain("default");
    const byRule = await t.gql(DeactivateEntries, { input: { fieldExternalId: "tone", externalIds: ["t2"] } });
    expect(byRule.data!.deleteMetadataDatasourceEntries.userErrors).toMatchObject([{ code: "INVALID_ARGUMENT", field: ["input", "externalIds", "0"] }]);
    expect(byRule.data!.deleteMetadataDatasourceEntries.userErrors[0].message).toContain(rule.externalId);
    const ok = await t.gql(DeactivateEntries, { input: { fieldExternalId: "tone", externalIds: ["t3"] } });
    expect(ok.data!.deleteMetadataDatasourceEntries.metadataField!.datasource!.values.map((v) => v.state)).toEqual(["ACTIVE", "ACTIVE", "INACTIVE"]);
  });
});

const TwoDatasourceWrites = graphql(`
  mutation ReviewTwoDatasourceWrites($a: UpdateMetadataDatasourceInput!, $b: UpdateMetadataDatasourceInput!) {
    a: updateMetadataDatasource(input: $a) { metadataField { datasource { values { externalId } } } userErrors { code } }
    b: updateMetadataDatasource(input: $b) { metadataField { datasource { values { externalId } } } userErrors { code } }
  }
`);
const LabelBetweenWrites = graphql(`
  mutation ReviewLabelBetweenWrites($a: UpdateAssetInput!, $field: UpdateMetadataFieldInput!, $c: UpdateAssetInput!) {
    a: updateAsset(input: $a) { asset { metadata { field { label } } } userErrors { code } }
    b: updateMetadataField(input: $field) { metadataField { label } userErrors { code } }
    c: updateAsset(input: $c) { asset { metadata { field { label } } } userErrors { code } }
  }
`);

describe("request caches and several root mutations", () => {
  test("each mutation's payload reads what the earlier ones committed", async () => {
    await createField(t, { externalId: "nums", type: "SET", label: "Numbers", datasource: { values: [{ externalId: "one", value: "One" }] } });
    const r = await t.gql(TwoDatasourceWrites, { a: { fieldExternalId: "nums", values: [{ externalId: "two", value: "Two" }] }, b: { fieldExternalId: "nums", values: [{ externalId: "three", value: "Three" }] } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.a.metadataField!.datasource!.values.map((v) => v.externalId)).toEqual(["one", "two"]);
    expect(r.data!.b.metadataField!.datasource!.values.map((v) => v.externalId)).toEqual(["one", "two", "three"]);

    await createField(t, { externalId: "caption", type: "STRING", label: "Caption" });
    const l = await t.gql(LabelBetweenWrites, {
      a: { ref: { publicId: "rv-0010" }, metadata: [{ externalId: "caption", value: "x" }] },
      field: { externalId: "caption", label: "Renamed" },
      c: { ref: { publicId: "rv-0010" }, metadata: [{ externalId: "caption", value: "y" }] },
    });
    expect(l.errors).toBeUndefined();
    expect(l.data!.a.asset!.metadata.map((m) => m.field.label)).toEqual(["Caption"]);
    expect(l.data!.c.asset!.metadata.map((m) => m.field.label)).toEqual(["Renamed"]);
  });
});

const Bulk = graphql(`
  mutation ReviewBulk($input: UpdateMetadataInput!) {
    updateMetadata(input: $input) { results { success } userErrors { code field message } }
  }
`);
const SearchEntries = graphql(`
  query ReviewSearchEntries($term: String!) {
    searchMetadataDatasource(term: $term) { id }
  }
`);

describe("input caps", () => {
  test("metadata lists, set arrays, ids, search terms and entry lists are capped with LIMIT_EXCEEDED", async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ externalId: `f${i}`, value: "x" }));
    expect(await refusedValues(t, "rv-0011", many)).toEqual([expect.objectContaining({ code: "LIMIT_EXCEEDED", field: ["input", "metadata"] })]);
    const imp = await t.gql(Import, { input: { assets: images(1, "rv-cap", { metadata: many }) } });
    expect(imp.data!.importAssets.userErrors).toMatchObject([{ code: "LIMIT_EXCEEDED", field: ["input", "assets", "0", "metadata"] }]);
    const bulk = await t.gql(Bulk, { input: { assets: [{ publicId: "rv-0011" }], metadata: many } });
    expect(bulk.data!.updateMetadata.userErrors).toMatchObject([{ code: "LIMIT_EXCEEDED", field: ["input", "metadata"] }]);

    // 3,001 elements are refused even when they name one entry.
    expect(await refusedValues(t, "rv-0011", [{ externalId: "nums", value: Array.from({ length: 3001 }, () => "one") }])).toMatchObject([{ code: "LIMIT_EXCEEDED", field: ["input", "metadata", "0", "value"] }]);
    expect(await refusedValues(t, "rv-0011", [{ externalId: "x".repeat(256), value: "v" }])).toMatchObject([{ code: "LIMIT_EXCEEDED", field: ["input", "metadata", "0", "externalId"] }]);

    const search = await t.gql(SearchEntries, { term: "o".repeat(256) });
    expect(search.errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["term"] });
    expect((await t.gql(SearchEntries, { term: "o".repeat(255) })).data!.searchMetadataDatasource).toEqual([]);

    const deactivate = await t.gql(DeactivateEntries, { input: { fieldExternalId: "nums", externalIds: Array.from({ length: 3001 }, () => "one") } });
    expect(deactivate.data!.deleteMetadataDatasourceEntries.userErrors).toMatchObject([{ code: "LIMIT_EXCEEDED", field: ["input", "externalIds"] }]);
  });
});
