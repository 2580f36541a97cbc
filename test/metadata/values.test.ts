import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";
import { MetaAsset, SetMetadata, createField, refusedValues, setValues, valuesNow } from "./helpers.js";

const t = useTestApp();

const Import = graphql(`
  mutation MetaImport($input: ImportAssetsInput!) {
    importAssets(input: $input) {
      assets { publicId metadata { externalId value } }
      userErrors { code field message }
    }
  }
`);

const Bulk = graphql(`
  mutation MetaBulk($input: UpdateMetadataInput!) {
    updateMetadata(input: $input) {
      results { success changed asset { publicId metadata { externalId value } } userErrors { code field message } }
      userErrors { code field message }
    }
  }
`);

const DeleteField = graphql(`
  mutation MetaValuesDeleteField($input: DeleteMetadataFieldInput!) {
    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }
  }
`);

const Tagged = graphql(`
  query MetaTagged($publicId: String!) {
    asset(publicId: $publicId) { tags lastUpdated { metadataUpdatedAt tagsUpdatedAt } }
  }
`);

async function metadataEvents(assetId: string) {
  const events = await t.app.db.event.findMany({ where: { type: "resource_metadata_changed" }, orderBy: { seq: "asc" } });
  return events
    .map((e) => JSON.parse(e.payload) as { asset: { asset_id: string }; changes: { external_id: string; before: unknown; after: unknown; cause: string }[] })
    .filter((p) => p.asset.asset_id === assetId)
    .map((p) => p.changes);
}

beforeAll(async () => {
  await createField(t, { externalId: "title", type: "STRING", label: "Title", validation: { type: "AND", rules: [{ type: "STRLEN", min: 2, max: 10 }, { type: "STRREGEX", regex: "^[A-Z]" }] } });
  await createField(t, { externalId: "stock", type: "INTEGER", label: "Stock", validation: { type: "AND", rules: [{ type: "GREATER_THAN", value: 0, equals: true }, { type: "LESS_THAN", value: 100 }] } });
  await createField(t, { externalId: "launch", type: "DATE", label: "Launch", validation: { type: "GREATER_THAN", value: "2020-01-01" } });
  await createField(t, { externalId: "status", type: "ENUM", label: "Status", datasource: { values: [{ externalId: "new", value: "New" }, { externalId: "old", value: "Old" }] } });
  await createField(t, { externalId: "colors", type: "SET", label: "Colors", datasource: { values: [{ externalId: "red", value: "Red" }, { externalId: "blue", value: "Blue" }, { externalId: "green", value: "Green" }] } });
  await importAssets(t, images(6, "mv"));
});

describe("asset metadata values", () => {
  test("each type comes back typed, and as the Admin API's value", async () => {
    const { values } = await setValues(t, "mv-0000", [
      { externalId: "title", value: "Shoe" }, { externalId: "stock", value: 12 }, { externalId: "launch", value: "2024-05-01" },
      { externalId: "status", value: "new" }, { externalId: "colors", value: ["blue", "red", "blue"] },
    ]);
    expect(values).toEqual({ title: "Shoe", stock: 12, launch: "2024-05-01", status: "new", colors: ["blue", "red"] });
    const r = await t.gql(MetaAsset, { publicId: "mv-0000" });
    expect(r.data!.asset!.metadata).toEqual([
      { __typename: "StringMetadataValue", externalId: "title", value: "Shoe", text: "Shoe" },
      { __typename: "IntegerMetadataValue", externalId: "stock", value: 12, number: 12 },
      { __typename: "DateMetadataValue", externalId: "launch", value: "2024-05-01", date: "2024-05-01" },
      { __typename: "EnumMetadataValue", externalId: "status", value: "new", entryExternalId: "new", entry: { value: "New", state: "ACTIVE" } },
      { __typename: "SetMetadataValue", externalId: "colors", value: ["blue", "red"], entryExternalIds: ["blue", "red"], entries: [{ externalId: "blue", value: "Blue" }, { externalId: "red", value: "Red" }] },
    ]);
    expect(r.data!.asset!.lastUpdated.metadataUpdatedAt).not.toBeNull();
    // The rows follow the contract the search engine reads.
    const rows = await t.app.db.assetMetadata.findMany({ where: { asset: { publicId: "mv-0000" } }, include: { field: { select: { externalId: true } } }, orderBy: [{ fieldId: "asc" }, { position: "asc" }] });
    expect(rows.map((x) => [x.field.externalId, x.position, x.text, x.number, x.date])).toEqual([
      ["title", 0, "Shoe", null, null], ["stock", 0, null, 12, null], ["launch", 0, null, null, "2024-05-01"],
      ["status", 0, "new", null, null], ["colors", 0, "blue", null, null], ["colors", 1, "red", null, null],
    ]);
    const asset = await t.app.db.asset.findFirstOrThrow({ where: { publicId: "mv-0000" } });
    expect(rows.every((x) => x.environmentId === asset.environmentId)).toBe(true);
  });

  test("omitted fields keep their values; null, \"\" and [] clear; integers may come as text", async () => {
    const { values } = await setValues(t, "mv-0000", [{ externalId: "stock", value: "13" }, { externalId: "title", value: null }, { externalId: "colors", value: [] }]);
    expect(values).toEqual({ stock: 13, launch: "2024-05-01", status: "new" });
    expect((await setValues(t, "mv-0000", [{ externalId: "status", value: "" }])).values).toEqual({ stock: 13, launch: "2024-05-01" });
  });

  test("every validation type is checked on write, naming the field and the failed rule", async () => {
    const cases = [
      [{ externalId: "title", value: "A" }, "strlen"],
      [{ externalId: "title", value: "Abcdefghijk" }, "strlen"],
      [{ externalId: "title", value: "lower" }, "strregex"],
      [{ externalId: "stock", value: -1 }, "greater_than"],
      [{ externalId: "stock", value: 100 }, "less_than"],
      [{ externalId: "launch", value: "2020-01-01" }, "greater_than"],
    ] as const;
    for (const [input, rule] of cases) {
      const errors = await refusedValues(t, "mv-0001", [input]);
      expect(errors, JSON.stringify(input)).toMatchObject([{ code: "VALIDATION_FAILED", field: ["input", "metadata", "0", "value"] }]);
      expect(errors[0].message).toContain(input.externalId);
      expect(errors[0].message).toContain(rule);
    }
    // Bounds with equals, and code points rather than UTF-16 units.
    expect((await setValues(t, "mv-0001", [{ externalId: "stock", value: 0 }, { externalId: "title", value: "U😀😀😀😀😀😀😀😀😀" }])).values).toEqual({ stock: 0, title: "U😀😀😀😀😀😀😀😀😀" });
  });

  test("type errors, unknown fields, repeated fields and unknown entries are typed errors, all reported", async () => {
    const errors = await refusedValues(t, "mv-0002", [
      { externalId: "stock", value: 1.5 }, { externalId: "launch", value: "2024-13-01" }, { externalId: "nope", value: "x" },
      { externalId: "status", value: "gone" }, { externalId: "colors", value: ["red", 3] }, { externalId: "stock", value: 2 },
      { externalId: "stock", value: 2 },
    ]);
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_ARGUMENT", ["input", "metadata", "0", "value"]],
      ["INVALID_ARGUMENT", ["input", "metadata", "1", "value"]],
      ["NOT_FOUND", ["input", "metadata", "2", "externalId"]],
      ["INVALID_DATASOURCE_VALUE", ["input", "metadata", "3", "value"]],
      ["INVALID_ARGUMENT", ["input", "metadata", "4", "value"]],
      ["INVALID_ARGUMENT", ["input", "metadata", "5", "externalId"]],
      ["INVALID_ARGUMENT", ["input", "metadata", "6", "externalId"]],
    ]);
    const big = await refusedValues(t, "mv-0002", [{ externalId: "stock", value: 2147483648 }]);
    expect(big).toMatchObject([{ code: "LIMIT_EXCEEDED", field: ["input", "metadata", "0", "value"] }]);
    const manyValues = await refusedValues(t, "mv-0002", [{ externalId: "colors", value: Array.from({ length: 3001 }, (_, i) => `v${i}`) }]);
    expect(manyValues).toMatchObject([{ code: "LIMIT_EXCEEDED", field: ["input", "metadata", "0", "value"] }]);
    expect(manyValues[0].message).toContain("3000");
    const long = await refusedValues(t, "mv-0002", [{ externalId: "title", value: "X".repeat(4_000_001) }]);
    expect(long).toMatchObject([{ code: "LIMIT_EXCEEDED", field: ["input", "metadata", "0", "value"] }]);
    // Another environment's fields are not visible.
    const other = await t.gql(SetMetadata, { input: { ref: { publicId: "mv-0002" }, metadata: [{ externalId: "stock", value: 1 }] } }, t.otherAdmin);
    expect(other.data!.updateAsset.userErrors[0].code).toBe("NOT_FOUND");
  });

  test("a failed write leaves the asset exactly as it was, tags included", async () => {
    await setValues(t, "mv-0003", [{ externalId: "title", value: "Keep" }, { externalId: "colors", value: ["green"] }]);
    const before = await t.gql(Tagged, { publicId: "mv-0003" });
    const r = await t.gql(SetMetadata, { input: { ref: { publicId: "mv-0003" }, tags: ["changed"], metadata: [{ externalId: "colors", value: ["red"] }, { externalId: "stock", value: 500 }] } });
    expect(r.data!.updateAsset.userErrors).toMatchObject([{ code: "VALIDATION_FAILED" }]);
    expect(await valuesNow(t, "mv-0003")).toEqual({ title: "Keep", colors: ["green"] });
    expect((await t.gql(Tagged, { publicId: "mv-0003" })).data).toEqual(before.data);
  });

  test("concurrent writes to one asset take turns: each event's before is what the write replaced", async () => {
    const assetId = (await t.gql(MetaAsset, { publicId: "mv-0002" })).data!.asset!.assetId;
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => t.gql(SetMetadata, { input: { ref: { publicId: "mv-0002" }, metadata: [{ externalId: "stock", value: n }] } })));
    for (const r of results) expect(r.data!.updateAsset.userErrors).toEqual([]);
    const changes = (await metadataEvents(assetId)).map((c) => c.find((x) => x.external_id === "stock")!);
    // Five writes of five different values: five events (the first one's before may be the stored value).
    expect(changes).toHaveLength(5);
    expect(new Set(changes.map((c) => c.after))).toEqual(new Set([1, 2, 3, 4, 5]));
    // The events chain: every write's before is the previous write's after.
    for (let i = 1; i < changes.length; i++) expect(changes[i].before).toBe(changes[i - 1].after);
    expect((await valuesNow(t, "mv-0002")).stock).toBe(changes.at(-1)!.after);
  });

  test("resource_metadata_changed carries before/after per changed field, only when values change", async () => {
    const assetId = (await t.gql(MetaAsset, { publicId: "mv-0004" })).data!.asset!.assetId;
    await setValues(t, "mv-0004", [{ externalId: "stock", value: 5 }, { externalId: "colors", value: ["red"] }]);
    await setValues(t, "mv-0004", [{ externalId: "stock", value: 5 }, { externalId: "colors", value: ["red", "green"] }]);
    await setValues(t, "mv-0004", [{ externalId: "stock", value: 5 }]);
    expect(await metadataEvents(assetId)).toEqual([
      [{ external_id: "stock", before: null, after: 5, cause: "input" }, { external_id: "colors", before: null, after: ["red"], cause: "input" }],
      [{ external_id: "colors", before: ["red"], after: ["red", "green"], cause: "input" }],
    ]);
  });

  test("mandatory fields: a write that leaves one empty fails; imports get the default", async () => {
    await createField(t, { externalId: "brand", type: "ENUM", label: "Brand", mandatory: true, defaultValue: "acme", datasource: { values: [{ externalId: "acme", value: "ACME" }, { externalId: "zen", value: "Zen" }] } });
    // An existing asset without the value: any metadata write must give one.
    const missing = await refusedValues(t, "mv-0005", [{ externalId: "stock", value: 3 }]);
    expect(missing).toMatchObject([{ code: "MANDATORY_FIELD_MISSING", field: ["input", "metadata"] }]);
    expect(missing[0].message).toContain("brand");
    const cleared = await refusedValues(t, "mv-0005", [{ externalId: "brand", value: null }]);
    expect(cleared).toMatchObject([{ code: "MANDATORY_FIELD_MISSING", field: ["input", "metadata", "0", "value"] }]);
    expect((await setValues(t, "mv-0005", [{ externalId: "brand", value: "zen" }, { externalId: "stock", value: 3 }])).values).toEqual({ brand: "zen", stock: 3 });
    // Writes without metadata (tags only) are not metadata writes.
    const tagsOnly = await t.gql(SetMetadata, { input: { ref: { publicId: "mv-0001" }, tags: ["x"] } });
    expect(tagsOnly.data!.updateAsset.userErrors).toEqual([]);

    const r = await t.gql(Import, { input: { assets: [{ publicId: "imp-a" }, { publicId: "imp-b", metadata: [{ externalId: "brand", value: "zen" }, { externalId: "colors", value: ["blue"] }] }] } });
    expect(r.data!.importAssets.userErrors).toEqual([]);
    expect(r.data!.importAssets.assets.map((a) => [a.publicId, Object.fromEntries(a.metadata.map((m) => [m.externalId, m.value]))])).toEqual([
      ["imp-a", { brand: "acme" }], ["imp-b", { brand: "zen", colors: ["blue"] }],
    ]);
    const bad = await t.gql(Import, { input: { assets: [{ publicId: "imp-c", metadata: [{ externalId: "stock", value: 1000 }] }, { publicId: "imp-d", metadata: [{ externalId: "brand", value: null }] }] } });
    expect(bad.data!.importAssets.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["VALIDATION_FAILED", ["input", "assets", "0", "metadata", "0", "value"]],
      ["MANDATORY_FIELD_MISSING", ["input", "assets", "1", "metadata", "0", "value"]],
    ]);
    expect((await t.gql(MetaAsset, { publicId: "imp-c" })).data!.asset).toBeNull();
  });

  test("a default-disabled field refuses values (FIELD_DISABLED)", async () => {
    await createField(t, { externalId: "secret", type: "STRING", label: "Secret", defaultDisabled: true });
    const errors = await refusedValues(t, "mv-0005", [{ externalId: "secret", value: "x" }]);
    expect(errors).toMatchObject([{ code: "FIELD_DISABLED", field: ["input", "metadata", "0", "value"] }]);
  });
});

describe("updateMetadata (bulk)", () => {
  test("sets values on many assets, each all or nothing, with per-asset results", async () => {
    const refs = [{ publicId: "imp-a" }, { publicId: "imp-b" }, { publicId: "missing" }, { publicId: "mv-0005" }];
    const r = await t.gql(Bulk, { input: { assets: refs, metadata: [{ externalId: "colors", value: ["green"] }, { externalId: "status", value: "old" }] } });
    expect(r.errors).toBeUndefined();
    const results = r.data!.updateMetadata.results;
    expect(results.map((x) => [x.success, x.changed, x.asset?.publicId ?? null])).toEqual([[true, true, "imp-a"], [true, true, "imp-b"], [false, false, null], [true, true, "mv-0005"]]);
    expect(results[0].asset!.metadata.map((m) => [m.externalId, m.value])).toEqual([["status", "old"], ["colors", ["green"]], ["brand", "acme"]]);
    expect(results[2].userErrors).toMatchObject([{ code: "NOT_FOUND", field: ["input", "assets", "2"] }]);
    expect(r.data!.updateMetadata.userErrors).toMatchObject([{ code: "NOT_FOUND", field: ["input", "assets", "2"] }]);
    const impA = (await t.gql(MetaAsset, { publicId: "imp-a" })).data!.asset!.assetId;
    expect((await metadataEvents(impA)).at(-1)).toEqual([
      { external_id: "status", before: null, after: "old", cause: "input" },
      { external_id: "colors", before: null, after: ["green"], cause: "input" },
    ]);

    // mv-0004 lacks the mandatory brand: it fails alone, the other asset is written.
    const mixed = await t.gql(Bulk, { input: { assets: [{ publicId: "mv-0004" }, { publicId: "imp-a" }], metadata: [{ externalId: "stock", value: 7 }] } });
    expect(mixed.data!.updateMetadata.results.map((x) => x.success)).toEqual([false, true]);
    expect(mixed.data!.updateMetadata.results[0].userErrors).toMatchObject([{ code: "MANDATORY_FIELD_MISSING" }]);
    expect(await valuesNow(t, "mv-0004")).toEqual({ stock: 5, colors: ["red", "green"] });
    expect((await valuesNow(t, "imp-a")).stock).toBe(7);

    const invalid = await t.gql(Bulk, { input: { assets: [{ publicId: "imp-a" }], metadata: [{ externalId: "stock", value: -5 }] } });
    expect(invalid.data!.updateMetadata.results[0].userErrors).toMatchObject([{ code: "VALIDATION_FAILED", field: ["input", "metadata", "0", "value"] }]);
    const twice = await t.gql(Bulk, { input: { assets: [{ publicId: "imp-a" }, { publicId: "imp-a" }], metadata: [{ externalId: "stock", value: 8 }] } });
    expect(twice.data!.updateMetadata.results.map((x) => x.success)).toEqual([true, false]);
    expect(twice.data!.updateMetadata.userErrors).toMatchObject([{ code: "INVALID_ARGUMENT", field: ["input", "assets", "1"] }]);
    expect(twice.data!.updateMetadata.results[1].asset!.metadata.find((m) => m.externalId === "stock")!.value).toBe(8);
    await t.gql(Bulk, { input: { assets: [{ publicId: "imp-a" }], metadata: [{ externalId: "stock", value: 7 }] } });
    const tooMany = await t.gql(Bulk, { input: { assets: Array.from({ length: 101 }, (_, i) => ({ publicId: `x${i}` })), metadata: [] } });
    expect(tooMany.data!.updateMetadata.userErrors).toMatchObject([{ code: "LIMIT_EXCEEDED", field: ["input", "assets"] }]);
    const badRef = await t.gql(Bulk, { input: { assets: [{}], metadata: [] } });
    expect(badRef.data!.updateMetadata.userErrors).toMatchObject([{ code: "INVALID_ASSET_REF", field: ["input", "assets", "0"] }]);
  });

  test("deleting a field removes its values from every asset", async () => {
    expect((await valuesNow(t, "imp-a")).colors).toEqual(["green"]);
    const r = await t.gql(DeleteField, { input: { externalId: "colors" } });
    expect(r.data!.deleteMetadataField.userErrors).toEqual([]);
    expect(await valuesNow(t, "imp-a")).toEqual({ status: "old", brand: "acme", stock: 7 });
    expect(await t.app.db.assetMetadata.count({ where: { text: "green" } })).toBe(0);
  });
});
