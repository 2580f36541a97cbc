import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { images } from "../helpers/fixtures.js";
import { createField, createRule } from "./helpers.js";
import { runCounted } from "../helpers/statements.js";

// No webhook worker: its background polls would land in the count of the query under test.
const t = useTestApp({ webhooks: false });

const Import = graphql(`
  mutation MetaSqlImport($input: ImportAssetsInput!) {
    importAssets(input: $input) { assets { assetId } userErrors { code field message } }
  }
`);

const AssetsWithMetadata = graphql(`
  query MetaSqlAssets($first: Int) {
    assets(first: $first, direction: ASC) {
      edges {
        node {
          publicId
          metadata {
            __typename externalId value
            field { externalId type label datasource { values { externalId } } }
            ... on StringMetadataValue { text }
            ... on IntegerMetadataValue { number }
            ... on DateMetadataValue { date }
            ... on EnumMetadataValue { entry { externalId value } }
            ... on SetMetadataValue { entries { externalId value } }
          }
          metadataRuleTrace { rules { ruleExternalId conditionMet } }
        }
      }
    }
  }
`);

const COUNT = 200;
const colors = ["red", "green", "blue", "black"];

beforeAll(async () => {
  await createField(t, { externalId: "caption", type: "STRING", label: "Caption" });
  await createField(t, { externalId: "stock", type: "INTEGER", label: "Stock" });
  await createField(t, { externalId: "launch", type: "DATE", label: "Launch" });
  await createField(t, { externalId: "status", type: "ENUM", label: "Status", datasource: { values: [{ externalId: "new", value: "New" }, { externalId: "old", value: "Old" }] } });
  await createField(t, { externalId: "colors", type: "SET", label: "Colors", datasource: { values: colors.map((c) => ({ externalId: c, value: c.toUpperCase() })) } });
  await createRule(t, { metadataFieldId: "caption", condition: { metadataFieldId: "status", equals: ["old"] }, result: { applyValue: { value: ["vintage"] } } });
  const records = images(COUNT, "sqlm").map((r, i) => ({
    ...r,
    metadata: [
      ...(i % 2 ? [{ externalId: "caption", value: `Caption ${i}` }] : []),
      { externalId: "stock", value: i },
      { externalId: "launch", value: `2024-01-${String((i % 28) + 1).padStart(2, "0")}` },
      { externalId: "status", value: i % 3 ? "new" : "old" },
      { externalId: "colors", value: [colors[i % 4], colors[(i + 1) % 4]] },
    ],
  }));
  const r = await t.gql(Import, { input: { assets: records } });
  expect(r.data!.importAssets.userErrors).toEqual([]);
});

async function measure(first: number) {
  const { data, statements } = await runCounted(t, AssetsWithMetadata, { first });
  return { nodes: data.assets.edges.map((e) => e.node), statements };
}

describe("SQL statements of assets with their metadata", () => {
  test("are a constant number, whatever the page size", async () => {
    const small = await measure(10);
    const large = await measure(COUNT);
    console.log(`assets with metadata: ${small.statements.length} SQL statements at first: 10, ${large.statements.length} at first: ${COUNT}`);
    expect(large.nodes).toHaveLength(COUNT);
    large.nodes.forEach((node, i) => {
      expect(node.publicId).toBe(`sqlm-${String(i).padStart(4, "0")}`);
      const caption = i % 2 ? `Caption ${i}` : i % 3 ? null : "vintage";
      const expected = [
        ...(caption ? [{ __typename: "StringMetadataValue", externalId: "caption", value: caption, text: caption }] : []),
        { __typename: "IntegerMetadataValue", externalId: "stock", value: i, number: i },
        { __typename: "DateMetadataValue", externalId: "launch", value: `2024-01-${String((i % 28) + 1).padStart(2, "0")}` },
        { __typename: "EnumMetadataValue", externalId: "status", entry: { externalId: i % 3 ? "new" : "old", value: i % 3 ? "New" : "Old" } },
        { __typename: "SetMetadataValue", externalId: "colors", entries: [colors[i % 4], colors[(i + 1) % 4]].map((c) => ({ externalId: c, value: c.toUpperCase() })) },
      ];
      expect(node.metadata).toMatchObject(expected);
      expect(node.metadata.find((m) => m.externalId === "colors")!.field.datasource!.values).toHaveLength(4);
      expect(node.metadataRuleTrace!.rules).toEqual([{ ruleExternalId: expect.any(String), conditionMet: i % 3 === 0 }]);
    });
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(6);
  });
});
