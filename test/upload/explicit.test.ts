// explicitAsset over GraphQL (the Upload API's explicit): eager transformations recorded as
// uploadAsset records them, with updateAsset's changes, in one transaction; typed errors leave
// the asset as it was.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { useTestApp } from "../helpers/app.js";
import { graphql } from "../gql/index.js";
import type { ExplicitAssetInput } from "../gql/graphql.js";
import { UPLOAD, png, tempBlobDir, uploadFile } from "./helpers.js";

const blobDir = tempBlobDir();
const t = useTestApp({ blobDir, webhooks: false });
afterAll(() => rmSync(blobDir, { recursive: true, force: true }));

const EXPLICIT = graphql(`
  mutation Explicit($input: ExplicitAssetInput!) {
    explicitAsset(input: $input) {
      eager
      asset { publicId tags derived(first: 10) { edges { node { transformation format } } } }
      userErrors { code field message }
    }
  }
`);

async function explicit(input: ExplicitAssetInput) {
  const result = await t.gql(EXPLICIT, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.explicitAsset;
}

const derivedOf = (asset: { derived: { edges: { node: { transformation: string } }[] } } | null | undefined) => asset!.derived.edges.map((e) => e.node.transformation).sort();

describe("explicitAsset", () => {
  it("records eager transformations once each, in the asset's format, beside the update", async () => {
    const { body } = await uploadFile(t, UPLOAD, { publicId: "e/one", url: `data:image/png;base64,${png(30, 20).toString("base64")}`, eager: ["w_5,c_scale"] }, null);
    expect((body as { data: { uploadAsset: { userErrors: unknown[] } } }).data.uploadAsset.userErrors).toEqual([]);
    const r = await explicit({ ref: { publicId: "e/one" }, tags: ["t"], eager: ["c_fill,w_10,h_10", "c_scale,w_5"], invalidate: true });
    expect(r.userErrors).toEqual([]);
    expect(r.eager).toEqual(["c_fill,h_10,w_10", "c_scale,w_5"]);
    expect(r.asset!.tags).toEqual(["t"]);
    expect(derivedOf(r.asset)).toEqual(["c_fill,h_10,w_10", "c_scale,w_5"]);
    expect(r.asset!.derived.edges.every((e) => e.node.format === "png")).toBe(true);
    const again = await explicit({ ref: { publicId: "e/one" }, eager: ["c_fill,h_10,w_10"] });
    expect(derivedOf(again.asset)).toEqual(["c_fill,h_10,w_10", "c_scale,w_5"]);
  });

  it("a bad or excess transformation and a missing asset are typed errors; nothing changes", async () => {
    await uploadFile(t, UPLOAD, { publicId: "e/two", tags: ["before"], url: `data:image/png;base64,${png(8, 8, 9).toString("base64")}` }, null);
    const events = await t.app.db.event.count();
    const bad = await explicit({ ref: { publicId: "e/two" }, tags: ["after"], eager: ["c_fill,w_10", "w_abc"] });
    expect(bad.asset).toBeNull();
    expect(bad.userErrors).toEqual([{ code: expect.any(String), field: ["input", "eager", "1"], message: expect.stringContaining("w_abc") }]);
    const tooMany = await explicit({ ref: { publicId: "e/two" }, eager: Array.from({ length: 101 }, (_, i) => `w_${i + 1}`) });
    expect(tooMany.userErrors).toEqual([{ code: "LIMIT_EXCEEDED", field: ["input", "eager"], message: expect.any(String) }]);
    const missing = await explicit({ ref: { publicId: "e/none" }, eager: ["w_10"] });
    expect(missing.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "ref"], message: expect.stringContaining("e/none") }]);
    const row = await t.app.db.asset.findFirstOrThrow({ where: { publicId: "e/two" }, include: { tags: true, derived: true } });
    expect(row.tags.map((x) => x.name)).toEqual(["before"]);
    expect(row.derived).toEqual([]);
    expect(await t.app.db.event.count()).toBe(events);
  });
});
