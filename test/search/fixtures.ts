// The fixed fixture set of the search tests: 17 assets with known fields, tags, context,
// moderation, folders and structured metadata (plus one asset in another environment).
// Everything goes in through GraphQL, as a client would put it there.
import { expect } from "vitest";
import { graphql } from "../gql/index.js";
import type { CreateMetadataFieldInput, ImportAssetInput } from "../gql/graphql.js";
import type { TestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Fixture extends Omit<ImportAssetInput, "createdAt" | "bytes"> {
  key: string;
  ago: number;
  bytes: number;
}

export const FIXTURES: Fixture[] = [
  { key: "A1", publicId: "shoes/red-sneaker", format: "jpg", bytes: 500000, width: 800, height: 600, assetFolder: "shoes", displayName: "Red Sneaker", tags: ["sale", "Red Shoes"], context: [{ key: "productType", value: "Running Shoe" }, { key: "color", value: "red" }], etag: "e1", ago: 2 * DAY },
  { key: "A2", publicId: "shoes/blue-boot", format: "png", bytes: 2000000, width: 600, height: 800, assetFolder: "shoes/boots", tags: ["blue", "winter"], context: [{ key: "productType", value: "boot" }], ago: 11 * DAY },
  { key: "A3", publicId: "shirts/blue-shirt", format: "jpg", bytes: 1500000, width: 1000, height: 1000, assetFolder: "clothing/shirts", tags: ["blue", "sale", "Siamese cats"], context: [{ key: "key with spaces", value: "myValue" }], ago: 20 * DAY },
  { key: "A4", publicId: "shirts/white-shirt", format: "webp", bytes: 300000, width: 1920, height: 1080, assetFolder: "clothing/shirts", displayName: "small white dog", tags: ["siamese cats"], ago: 35 * DAY },
  { key: "A5", publicId: "test/sample/dog1", format: "JPG", bytes: 4000, width: 4000, height: 3000, assetFolder: "test/sample", ago: 6 * HOUR },
  { key: "A6", publicId: "animals/hound-dog", format: "gif", bytes: 80000, width: 500, height: 500, assetFolder: "animals", tags: ["Dog"], context: [{ key: "productType", value: "shoe-horn" }], ago: 3 * DAY },
  { key: "A7", publicId: "videos/intro", resourceType: "VIDEO", format: "mp4", bytes: 52428800, width: 1920, height: 1080, duration: 45, assetFolder: "videos", tags: ["sale"], moderation: [{ kind: "MANUAL", status: "APPROVED" }], ago: 5 * DAY },
  { key: "A8", publicId: "videos/long-clip", resourceType: "VIDEO", format: "mp4", bytes: 100000000, width: 1280, height: 720, duration: 150, assetFolder: "videos", moderation: [{ kind: "MANUAL", status: "REJECTED" }], ago: 40 * DAY },
  { key: "A9", publicId: "videos/short", resourceType: "VIDEO", type: "AUTHENTICATED", format: "mov", bytes: 20000000, width: 640, height: 480, duration: 10, assetFolder: "videos", tags: ["shirt-promo"], moderation: [{ kind: "AWS_REK", status: "PENDING" }], ago: 6 * DAY },
  { key: "A10", publicId: "docs/manual.pdf", resourceType: "RAW", type: "PRIVATE", format: "pdf", bytes: 10000, ago: 60 * DAY },
  { key: "A11", publicId: "docs/notes.txt", resourceType: "RAW", bytes: 100, tags: ["docs"], ago: 61 * DAY },
  { key: "A12", publicId: "old/deleted-asset", format: "jpg", bytes: 1000, width: 100, height: 100, assetFolder: "old", tags: ["sale"], backup: true, ago: 7 * DAY },
  { key: "A13", publicId: "backup/backed", format: "jpg", bytes: 2048, width: 200, height: 100, assetFolder: "backup", etag: "abc123etag", backup: true, ago: 8 * DAY },
  { key: "A14", publicId: "meta/one", format: "png", bytes: 5000, width: 300, height: 300, assetFolder: "meta", ago: 9 * DAY },
  { key: "A15", publicId: "meta/two", format: "png", bytes: 6000, width: 300, height: 400, assetFolder: "meta", ago: 12 * DAY },
  { key: "A16", publicId: "test/sample/dog2", format: "png", bytes: 7000, width: 50, height: 50, assetFolder: "test/sample/sub", tags: ["puppy"], ago: 15 * DAY },
  { key: "A17", publicId: "TestCase/Mixed", format: "jpg", bytes: 8000, width: 100, height: 200, assetFolder: "TestCase", ago: 25 * DAY },
];

export const KEYS = FIXTURES.map((f) => f.key);
export const publicIdOf = new Map(FIXTURES.map((f) => [f.key, f.publicId]));
export const keyOf = new Map(FIXTURES.map((f) => [f.publicId, f.key]));
/** Every fixture but the deleted one: what an expression without `status` can match. */
export const ACTIVE = KEYS.filter((k) => k !== "A12");
export const except = (...keys: string[]) => ACTIVE.filter((k) => !keys.includes(k));

const DeleteAssets = graphql(`
  mutation SearchFixtureDelete($input: DeleteAssetsInput!) {
    deleteAssets(input: $input) { userErrors { code field message } }
  }
`);

const AccessMode = graphql(`
  mutation SearchFixtureAccessMode($input: UpdateAssetsAccessModeInput!) {
    updateAssetsAccessMode(input: $input) { userErrors { code field message } }
  }
`);

const CreateField = graphql(`
  mutation SearchFixtureField($input: CreateMetadataFieldInput!) {
    createMetadataField(input: $input) { userErrors { code field message } }
  }
`);

const UpdateAsset = graphql(`
  mutation SearchFixtureUpdate($input: UpdateAssetInput!) {
    updateAsset(input: $input) { asset { publicId } userErrors { code field message } }
  }
`);

export interface Seeded {
  /** asset_id by fixture key */
  assetIds: Map<string, string>;
  environmentId: number;
}

/** Seeds the fixture set into the test app's environment and returns its asset ids. */
export async function seedFixtures(t: TestApp, now = Date.now()): Promise<Seeded> {
  const records: ImportAssetInput[] = FIXTURES.map(({ key: _k, ago, bytes, ...r }) => ({ ...r, bytes: String(bytes), createdAt: new Date(now - ago).toISOString() }));
  const ids = await importAssets(t, records);
  const assetIds = new Map(FIXTURES.map((f, i) => [f.key, ids[i]]));
  // A twin of A1 in another environment: never visible.
  await importAssets({ ...t, admin: t.otherAdmin, gql: (d, v) => t.gql(d, v, t.otherAdmin) } as TestApp, [{ ...records[0] }]);

  // last_updated: A1's context and A2's tags are written again (same values) now.
  for (const input of [
    { ref: { publicId: "shoes/red-sneaker" }, context: FIXTURES[0].context },
    { ref: { publicId: "shoes/blue-boot" }, tags: FIXTURES[1].tags },
  ]) {
    const r = await t.gql(UpdateAsset, { input });
    expect(r.data!.updateAsset.userErrors).toEqual([]);
  }

  // A12: deleted with a backup (status=deleted matches it); A13: backed up, authenticated access.
  expect((await t.gql(DeleteAssets, { input: { publicIds: [publicIdOf.get("A12")!] } })).data!.deleteAssets.userErrors).toEqual([]);
  const access = await t.gql(AccessMode, { input: { accessMode: "AUTHENTICATED", publicIds: [publicIdOf.get("A13")!] } });
  expect(access.data!.updateAssetsAccessMode.userErrors).toEqual([]);

  const fields: CreateMetadataFieldInput[] = [
    { externalId: "city_id", label: "city", type: "ENUM", datasource: { values: [{ externalId: "paris_id", value: "Paris" }, { externalId: "london_id", value: "London" }] } },
    { externalId: "exp_date", label: "expires", type: "DATE" },
    { externalId: "color_id", label: "colors", type: "SET", datasource: { values: ["red_id", "green_id", "blue_id"].map((id) => ({ externalId: id, value: id.replace("_id", "") })) } },
    { externalId: "name_id", label: "name", type: "STRING" },
    { externalId: "quantity", label: "quantity", type: "INTEGER" },
  ];
  for (const input of fields) {
    const r = await t.gql(CreateField, { input });
    expect(r.data!.createMetadataField.userErrors).toEqual([]);
  }
  const values = {
    A14: { city_id: "paris_id", exp_date: "2022-05-01", color_id: ["red_id", "green_id"], name_id: "John Smith", quantity: 42 },
    A15: { city_id: "london_id", exp_date: "2020-12-31", color_id: ["blue_id"], name_id: "Jane Doe", quantity: 7 },
  };
  for (const [key, byField] of Object.entries(values)) {
    const metadata = Object.entries(byField).map(([externalId, value]) => ({ externalId, value }));
    const r = await t.gql(UpdateAsset, { input: { ref: { publicId: publicIdOf.get(key)! }, metadata } });
    expect(r.data!.updateAsset.userErrors).toEqual([]);
  }
  const env = await t.app.db.environment.findUniqueOrThrow({ where: { cloudName: "test-cloud" } });
  return { assetIds, environmentId: env.id };
}
