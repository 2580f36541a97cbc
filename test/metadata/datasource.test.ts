import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";
import { createField, refusedValues, setValues, valuesNow } from "./helpers.js";

const t = useTestApp();

const Upsert = graphql(`
  mutation MetaDsUpsert($input: UpdateMetadataDatasourceInput!) {
    updateMetadataDatasource(input: $input) {
      metadataField { externalId datasource { values { externalId value state position } } }
      userErrors { code field message }
    }
  }
`);
const Remove = graphql(`
  mutation MetaDsDelete($input: DeleteMetadataDatasourceEntriesInput!) {
    deleteMetadataDatasourceEntries(input: $input) {
      metadataField { datasource { values { externalId value state } } }
      userErrors { code field message }
    }
  }
`);
const Restore = graphql(`
  mutation MetaDsRestore($input: RestoreMetadataDatasourceEntriesInput!) {
    restoreMetadataDatasourceEntries(input: $input) {
      metadataField { datasource { values { externalId value state } } }
      userErrors { code field message }
    }
  }
`);
const Order = graphql(`
  mutation MetaDsOrder($input: OrderMetadataDatasourceInput!) {
    orderMetadataDatasource(input: $input) {
      metadataField { datasource { values { externalId value position } } }
      userErrors { code field message }
    }
  }
`);
const Search = graphql(`
  query MetaDsSearch($term: String!, $first: Int) {
    searchMetadataDatasource(term: $term, first: $first) { fieldId id value field { label } }
  }
`);

beforeAll(async () => {
  await createField(t, {
    externalId: "color", type: "SET", label: "Colors",
    datasource: { values: [{ externalId: "c1", value: "red" }, { externalId: "c2", value: "green" }, { externalId: "c3", value: "blue" }, { externalId: "c4", value: "yellow" }] },
  });
  await createField(t, { externalId: "status", type: "ENUM", label: "Status", datasource: { values: [{ externalId: "s1", value: "Retired" }, { externalId: "s2", value: "Active" }] } });
  await createField(t, { externalId: "note", type: "STRING", label: "Note" });
  await createField(t, { externalId: "other_color", type: "ENUM", label: "Other", datasource: { values: [{ externalId: "o1", value: "Red wine" }] } }, t.otherAdmin);
  await importAssets(t, images(1, "ds"));
});

describe("datasource mutations", () => {
  test("update upserts: known ids get new values, new or missing ids are appended", async () => {
    const r = await t.gql(Upsert, { input: { fieldExternalId: "color", values: [{ externalId: "c1", value: "orange" }, { externalId: "c5", value: "black" }, { value: "white" }] } });
    expect(r.data!.updateMetadataDatasource.userErrors).toEqual([]);
    const values = r.data!.updateMetadataDatasource.metadataField!.datasource!.values;
    expect(values.map((v) => [v.externalId.length > 5 ? "generated" : v.externalId, v.value, v.position])).toEqual([
      ["c1", "orange", 0], ["c2", "green", 1], ["c3", "blue", 2], ["c4", "yellow", 3], ["c5", "black", 4], ["generated", "white", 5],
    ]);
  });

  test("update refuses non-list fields, unknown fields, duplicates and going past 3000", async () => {
    const str = await t.gql(Upsert, { input: { fieldExternalId: "note", values: [{ value: "x" }] } });
    expect(str.data!.updateMetadataDatasource.userErrors).toMatchObject([{ code: "UNSUPPORTED_FIELD_TYPE", field: ["input", "fieldExternalId"] }]);
    const missing = await t.gql(Upsert, { input: { fieldExternalId: "nope", values: [{ value: "x" }] } });
    expect(missing.data!.updateMetadataDatasource.userErrors).toMatchObject([{ code: "NOT_FOUND", field: ["input", "fieldExternalId"] }]);
    const dup = await t.gql(Upsert, { input: { fieldExternalId: "color", values: [{ externalId: "c9", value: "a" }, { externalId: "c9", value: "b" }] } });
    expect(dup.data!.updateMetadataDatasource.userErrors).toMatchObject([{ code: "INVALID_ARGUMENT", field: ["input", "values", "1", "externalId"] }]);
    const empty = await t.gql(Upsert, { input: { fieldExternalId: "color", values: [{ externalId: "c9", value: " " }] } });
    expect(empty.data!.updateMetadataDatasource.userErrors).toMatchObject([{ code: "INVALID_ARGUMENT", field: ["input", "values", "0", "value"] }]);
    // 6 entries exist; 2995 new ones would make 3001.
    const many = Array.from({ length: 2995 }, (_, i) => ({ externalId: `n${i}`, value: `n ${i}` }));
    const over = await t.gql(Upsert, { input: { fieldExternalId: "color", values: many } });
    expect(over.data!.updateMetadataDatasource.userErrors).toMatchObject([{ code: "DATASOURCE_LIMIT_REACHED", field: ["input", "values"] }]);
    // Replacing known values does not count against the limit; nothing of the refused call stayed.
    const ok = await t.gql(Upsert, { input: { fieldExternalId: "status", values: [{ externalId: "s1", value: "Retired" }] } });
    expect(ok.data!.updateMetadataDatasource.metadataField!.datasource!.values).toHaveLength(2);
    const color = await t.gql(Upsert, { input: { fieldExternalId: "color", values: [] } });
    expect(color.data!.updateMetadataDatasource.metadataField!.datasource!.values).toHaveLength(6);
  });

  test("delete is soft (inactive, still listed), blocks new values but keeps assets' values; restore reactivates", async () => {
    await setValues(t, "ds-0000", [{ externalId: "color", value: ["c4", "c2"] }]);
    const r = await t.gql(Remove, { input: { fieldExternalId: "color", externalIds: ["c4"] } });
    expect(r.data!.deleteMetadataDatasourceEntries.userErrors).toEqual([]);
    expect(r.data!.deleteMetadataDatasourceEntries.metadataField!.datasource!.values.find((v) => v.externalId === "c4")).toEqual({ externalId: "c4", value: "yellow", state: "INACTIVE" });
    expect(await valuesNow(t, "ds-0000")).toEqual({ color: ["c4", "c2"] });
    const refused = await refusedValues(t, "ds-0000", [{ externalId: "color", value: ["c4"] }]);
    expect(refused).toMatchObject([{ code: "INVALID_DATASOURCE_VALUE", field: ["input", "metadata", "0", "value"] }]);
    expect(refused[0].message).toContain("inactive");
    const unknown = await t.gql(Remove, { input: { fieldExternalId: "color", externalIds: ["c1", "zz"] } });
    expect(unknown.data!.deleteMetadataDatasourceEntries.userErrors).toMatchObject([{ code: "NOT_FOUND", field: ["input", "externalIds", "1"] }]);
    // The failed call deactivated nothing.
    const back = await t.gql(Restore, { input: { fieldExternalId: "color", externalIds: ["c4"] } });
    expect(back.data!.restoreMetadataDatasourceEntries.metadataField!.datasource!.values.map((v) => v.state)).toEqual(Array(6).fill("ACTIVE"));
    await setValues(t, "ds-0000", [{ externalId: "color", value: ["c4"] }]);
    const str = await t.gql(Restore, { input: { fieldExternalId: "note", externalIds: ["x"] } });
    expect(str.data!.restoreMetadataDatasourceEntries.userErrors).toMatchObject([{ code: "UNSUPPORTED_FIELD_TYPE" }]);
  });

  test("order by value or by position, ascending or descending, is kept", async () => {
    const asc = await t.gql(Order, { input: { fieldExternalId: "color", orderBy: "VALUE", direction: "ASC" } });
    expect(asc.data!.orderMetadataDatasource.metadataField!.datasource!.values.map((v) => v.value)).toEqual(["black", "blue", "green", "orange", "white", "yellow"]);
    expect(asc.data!.orderMetadataDatasource.metadataField!.datasource!.values.map((v) => v.position)).toEqual([0, 1, 2, 3, 4, 5]);
    const desc = await t.gql(Order, { input: { fieldExternalId: "color", orderBy: "VALUE", direction: "DESC" } });
    expect(desc.data!.orderMetadataDatasource.metadataField!.datasource!.values.map((v) => v.value)).toEqual(["yellow", "white", "orange", "green", "blue", "black"]);
    // Entries added later land at the end of the kept order.
    await t.gql(Upsert, { input: { fieldExternalId: "color", values: [{ externalId: "c0", value: "amber" }] } });
    const after = await t.gql(Upsert, { input: { fieldExternalId: "color", values: [] } });
    expect(after.data!.updateMetadataDatasource.metadataField!.datasource!.values.map((v) => v.value)).toEqual(["yellow", "white", "orange", "green", "blue", "black", "amber"]);
    const byPosition = await t.gql(Order, { input: { fieldExternalId: "color", orderBy: "POSITION", direction: "ASC" } });
    expect(byPosition.data!.orderMetadataDatasource.metadataField!.datasource!.values.map((v) => v.value)).toEqual(["orange", "green", "blue", "yellow", "black", "white", "amber"]);
    const reversed = await t.gql(Order, { input: { fieldExternalId: "color", orderBy: "POSITION", direction: "DESC" } });
    expect(reversed.data!.orderMetadataDatasource.metadataField!.datasource!.values.map((v) => v.externalId).slice(0, 2)).toEqual(["c0", expect.any(String)]);
    const str = await t.gql(Order, { input: { fieldExternalId: "note", orderBy: "VALUE", direction: "ASC" } });
    expect(str.data!.orderMetadataDatasource.userErrors).toMatchObject([{ code: "UNSUPPORTED_FIELD_TYPE" }]);
  });

  test("searchMetadataDatasource: any part of the value, case-insensitive, active entries, this environment only", async () => {
    const r = await t.gql(Search, { term: "RE" });
    expect(r.errors).toBeUndefined();
    const hits = r.data!.searchMetadataDatasource.map((h) => [h.fieldId, h.id, h.value]);
    // color is ordered by position descending now (amber ... orange): green, then Retired in status.
    expect(hits).toEqual([["color", "c2", "green"], ["status", "s1", "Retired"]]);
    expect(r.data!.searchMetadataDatasource[1].field.label).toBe("Status");
    await t.gql(Remove, { input: { fieldExternalId: "status", externalIds: ["s1"] } });
    expect((await t.gql(Search, { term: "retired" })).data!.searchMetadataDatasource).toEqual([]);
    expect((await t.gql(Search, { term: "e", first: 1 })).data!.searchMetadataDatasource).toHaveLength(1);
    const over = await t.gql(Search, { term: "e", first: 501 });
    expect(over.errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["first"] });
    expect((await t.gql(Search, { term: "wine" }, t.otherAdmin)).data!.searchMetadataDatasource.map((h) => h.id)).toEqual(["o1"]);
    expect((await t.gql(Search, { term: "wine" })).data!.searchMetadataDatasource).toEqual([]);
    // % and _ are plain characters.
    expect((await t.gql(Search, { term: "%" })).data!.searchMetadataDatasource).toEqual([]);
  });
});
