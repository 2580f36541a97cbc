// Asset records brought in through the importAssets mutation, as a client would.
import { expect } from "vitest";
import { graphql } from "../gql/index.js";
import type { ImportAssetInput } from "../gql/graphql.js";
import type { TestApp } from "./app.js";

const ImportAssets = graphql(`
  mutation ImportFixtures($input: ImportAssetsInput!) {
    importAssets(input: $input) {
      assets { assetId publicId }
      userErrors { code field message }
    }
  }
`);

/** Imports records (in chunks of 1000) and returns their asset ids in input order. */
export async function importAssets(t: TestApp, records: ImportAssetInput[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < records.length; i += 1000) {
    const r = await t.gql(ImportAssets, { input: { assets: records.slice(i, i + 1000) } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.importAssets.userErrors).toEqual([]);
    ids.push(...r.data!.importAssets.assets.map((a) => a.assetId));
  }
  return ids;
}

/** `n` images created one second apart from 2024-01-01T00:00:00Z, named prefix-0000... */
export function images(n: number, prefix = "img", extra: Partial<ImportAssetInput> = {}): ImportAssetInput[] {
  return Array.from({ length: n }, (_, i) => ({
    publicId: `${prefix}-${String(i).padStart(4, "0")}`,
    format: "jpg",
    bytes: String(1000 + i),
    width: 100,
    height: 50,
    createdAt: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
    ...extra,
  }));
}
