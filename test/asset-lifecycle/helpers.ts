// Documents and helpers shared by the asset-lifecycle tests.
import { expect } from "vitest";
import { graphql } from "../gql/index.js";
import type { TestApp } from "../helpers/app.js";

export const AssetState = graphql(`
  query LcAssetState($assetId: String, $publicId: String, $first: Int, $versionsFirst: Int, $after: String) {
    asset(assetId: $assetId, publicId: $publicId) {
      assetId publicId status version format bytes backupBytes tags
      derived(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { derivedResourceId transformation format bytes } }
      }
      versions(first: $versionsFirst) { totalCount edges { node { versionId version format size restorable } } }
    }
  }
`);

export const ListPublicIds = graphql(`
  query LcList($prefix: String, $tag: String) {
    assets(prefix: $prefix, tag: $tag, first: 500) { totalCount edges { node { publicId } } }
  }
`);

/** Events of `type` written after `mark` (an event id), payloads parsed. */
export async function eventsSince(t: TestApp, mark: number, type: string) {
  const rows = await t.app.db.event.findMany({ where: { id: { gt: mark }, type }, orderBy: { seq: "asc" } });
  return rows.map((r) => ({ assetIds: JSON.parse(r.assetIds) as string[], payload: JSON.parse(r.payload) as Record<string, unknown> }));
}

export async function eventMark(t: TestApp): Promise<number> {
  return (await t.app.db.event.aggregate({ _max: { id: true } }))._max.id ?? 0;
}

export async function state(t: TestApp, vars: { assetId?: string; publicId?: string; first?: number; versionsFirst?: number }) {
  const r = await t.gql(AssetState, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.asset;
}

export async function listed(t: TestApp, vars: { prefix?: string; tag?: string }) {
  const r = await t.gql(ListPublicIds, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.assets.edges.map((e) => e.node.publicId);
}
