// updateTags (the Upload API's tags method): add, remove, replace and remove-all on many assets
// without a read-modify-write, each asset atomic, with resource_tags_changed events.
import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { AssetRefInput, UpdateTagsInput } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";

const t = useTestApp({ webhooks: false });

const UpdateTags = graphql(`
  mutation TagOpsUpdate($input: UpdateTagsInput!) {
    updateTags(input: $input) {
      results { asset { publicId tags lastUpdated { tagsUpdatedAt } } success changed userErrors { code field message } }
      userErrors { code field message }
    }
  }
`);

const ReadTags = graphql(`
  query TagOpsRead($publicIds: [String!]) {
    assets(publicIds: $publicIds, first: 100) { edges { node { publicId tags } } }
  }
`);

const tagsOf = async (publicIds: string[]) =>
  Object.fromEntries((await t.gql(ReadTags, { publicIds })).data!.assets.edges.map((e) => [e.node.publicId, e.node.tags]));

async function tagEvents(assetId: string) {
  const rows = await t.app.db.event.findMany({ where: { type: "resource_tags_changed" }, orderBy: { seq: "asc" } });
  return rows
    .map((e) => JSON.parse(e.payload) as { asset: { asset_id: string; public_id: string }; added: string[]; removed: string[] })
    .filter((p) => p.asset.asset_id === assetId)
    .map(({ added, removed }) => ({ added, removed }));
}

const run = async (input: UpdateTagsInput) => {
  const r = await t.gql(UpdateTags, { input });
  expect(r.errors).toBeUndefined();
  return r.data!.updateTags;
};

describe("updateTags", () => {
  test("ADD, REMOVE, REPLACE and REMOVE_ALL change only what they name, with one event per changed asset", async () => {
    const [a, b] = await importAssets(t, [
      { publicId: "ops/a", tags: ["keep", "old"] },
      { publicId: "ops/b", tags: ["keep"] },
    ]);
    const refs = [{ publicId: "ops/a" }, { assetId: b }];

    const added = await run({ command: "ADD", tags: ["sale", "keep"], assets: refs });
    expect(added.userErrors).toEqual([]);
    expect(added.results.map((r) => [r.asset!.publicId, r.asset!.tags, r.changed, r.success])).toEqual([
      ["ops/a", ["keep", "old", "sale"], true, true],
      ["ops/b", ["keep", "sale"], true, true],
    ]);
    expect(added.results[0].asset!.lastUpdated.tagsUpdatedAt).not.toBeNull();

    const again = await run({ command: "ADD", tags: ["sale"], assets: refs });
    expect(again.results.map((r) => r.changed)).toEqual([false, false]);

    await run({ command: "REMOVE", tags: ["old", "absent"], assets: refs });
    expect(await tagsOf(["ops/a", "ops/b"])).toEqual({ "ops/a": ["keep", "sale"], "ops/b": ["keep", "sale"] });

    await run({ command: "REPLACE", tags: ["x", "keep"], assets: [{ publicId: "ops/a" }] });
    expect(await tagsOf(["ops/a", "ops/b"])).toEqual({ "ops/a": ["keep", "x"], "ops/b": ["keep", "sale"] });

    const cleared = await run({ command: "REMOVE_ALL", assets: refs });
    expect(cleared.results.map((r) => r.asset!.tags)).toEqual([[], []]);

    expect(await tagEvents(a)).toEqual([
      { added: ["sale"], removed: [] },
      { added: [], removed: ["old"] },
      { added: ["x"], removed: ["sale"] },
      { added: [], removed: ["keep", "x"] },
    ]);
    expect(await tagEvents(b)).toEqual([
      { added: ["sale"], removed: [] },
      { added: [], removed: ["keep", "sale"] },
    ]);
  });

  test("concurrent ADDs of different tags to one asset all land", async () => {
    const [id] = await importAssets(t, [{ publicId: "ops/race", tags: ["start"] }]);
    const tags = Array.from({ length: 8 }, (_, i) => `t${i}`);
    const results = await Promise.all(tags.map((tag) => run({ command: "ADD", tags: [tag], assets: [{ assetId: id }] })));
    for (const r of results) expect(r.userErrors).toEqual([]);
    expect([...(await tagsOf(["ops/race"]))["ops/race"]].sort()).toEqual(["start", ...tags].sort());
    expect(await tagEvents(id)).toHaveLength(8);
  });

  test("a failing asset is reported and left as it was; the others change", async () => {
    await importAssets(t, [{ publicId: "ops/ok" }, { publicId: "ops/full", tags: Array.from({ length: 1000 }, (_, i) => `f${i}`) }]);
    const r = await run({ command: "ADD", tags: ["new"], assets: [{ publicId: "ops/ok" }, { publicId: "ops/missing" }, { publicId: "ops/full" }, { publicId: "ops/ok" }] });
    expect(r.results.map((x) => [x.success, x.changed, x.userErrors.map((e) => [e.code, e.field])])).toEqual([
      [true, true, []],
      [false, false, [["NOT_FOUND", ["input", "assets", "1"]]]],
      [false, false, [["LIMIT_EXCEEDED", ["input", "assets", "2"]]]],
      [false, false, [["INVALID_ARGUMENT", ["input", "assets", "3"]]]],
    ]);
    expect(r.userErrors.map((e) => e.code)).toEqual(["NOT_FOUND", "LIMIT_EXCEEDED", "INVALID_ARGUMENT"]);
    const after = await tagsOf(["ops/ok", "ops/full"]);
    expect(after["ops/ok"]).toEqual(["new"]);
    expect(after["ops/full"]).toHaveLength(1000);
  });

  test("bad input is a typed error naming the field, and changes nothing", async () => {
    await importAssets(t, [{ publicId: "ops/bad", tags: ["one"] }]);
    const ref = [{ publicId: "ops/bad" }];
    const cases: [UpdateTagsInput, string, string[]][] = [
      [{ command: "ADD", assets: ref }, "INVALID_ARGUMENT", ["input", "tags"]],
      [{ command: "REPLACE", tags: [], assets: ref }, "INVALID_ARGUMENT", ["input", "tags"]],
      [{ command: "REMOVE_ALL", tags: ["one"], assets: ref }, "INVALID_ARGUMENT", ["input", "tags"]],
      [{ command: "ADD", tags: ["ok", " "], assets: ref }, "INVALID_ARGUMENT", ["input", "tags", "1"]],
      [{ command: "ADD", tags: ["x".repeat(256)], assets: ref }, "LIMIT_EXCEEDED", ["input", "tags", "0"]],
      [{ command: "ADD", tags: ["x"], assets: [] }, "INVALID_ARGUMENT", ["input", "assets"]],
      [{ command: "ADD", tags: ["x"], assets: [{ publicId: "ops/bad", assetId: "0".repeat(32) }] }, "INVALID_ASSET_REF", ["input", "assets", "0"]],
      [{ command: "ADD", tags: ["x"], assets: images(1001, "ops/many").map((i) => ({ publicId: i.publicId })) }, "LIMIT_EXCEEDED", ["input", "assets"]],
    ];
    for (const [input, code, field] of cases) {
      const r = await run(input);
      expect(r.userErrors.map((e) => [e.code, e.field])).toEqual([[code, field]]);
      expect(r.results).toEqual([]);
    }
    expect((await tagsOf(["ops/bad"]))["ops/bad"]).toEqual(["one"]);
  });

  test("1,000 assets in one call", async () => {
    await importAssets(t, images(1000, "ops/bulk"));
    const r = await run({ command: "ADD", tags: ["bulk"], assets: images(1000, "ops/bulk").map((i) => ({ publicId: i.publicId })) });
    expect(r.userErrors).toEqual([]);
    expect(r.results.filter((x) => x.changed)).toHaveLength(1000);
    expect((await t.app.db.assetTag.count({ where: { name: "bulk" } }))).toBe(1000);
  });

  test("across transactions of 100 assets: mixed references, a duplicate and failures far apart, one event per changed asset in call order", async () => {
    const bulk = images(250, "ops/span", { tags: ["old"] });
    const ids = await importAssets(t, [...bulk, { publicId: "ops/span-video", resourceType: "VIDEO", format: "mp4", tags: ["old"] }]);
    await importAssets(t, [{ publicId: "ops/span-full", tags: Array.from({ length: 1000 }, (_, i) => `f${i}`) }]);
    const refs: AssetRefInput[] = bulk.map((a, i) => (i % 2 ? { assetId: ids[i] } : { publicId: a.publicId }));
    // 0..249 the images (every other one by assetId); 250 the video; 251 image 5 again (its first
    // naming is in the first transaction, this one in the third); 252 missing
    refs.push({ publicId: "ops/span-video", resourceType: "VIDEO" }, { publicId: bulk[5].publicId }, { publicId: "ops/span-none" });
    const r = await run({ command: "REPLACE", tags: ["new", "f1"], assets: refs });
    expect(r.results.slice(0, 251).every((x) => x.success && x.changed && x.asset!.tags.join() === "new,f1")).toBe(true);
    expect(r.results.slice(251).map((x) => x.userErrors.map((e) => [e.code, e.field]))).toEqual([
      [["INVALID_ARGUMENT", ["input", "assets", "251"]]],
      [["NOT_FOUND", ["input", "assets", "252"]]],
    ]);
    expect(await tagsOf([bulk[0].publicId, bulk[249].publicId])).toEqual({ [bulk[0].publicId]: ["new", "f1"], [bulk[249].publicId]: ["new", "f1"] });
    const events = (await t.app.db.event.findMany({ where: { type: "resource_tags_changed" }, orderBy: { seq: "asc" } }))
      .map((e) => JSON.parse(e.payload) as { asset: { asset_id: string }; added: string[]; removed: string[] })
      .filter((p) => ids.includes(p.asset.asset_id));
    expect(events.map((e) => e.asset.asset_id)).toEqual(ids);
    expect(events[0]).toMatchObject({ added: ["new", "f1"], removed: ["old"] });

    // an asset over the tag limit fails alone inside its transaction
    const full = await run({ command: "ADD", tags: ["g1", "g2"], assets: [...refs.slice(0, 50), { publicId: "ops/span-full" }, ...refs.slice(50, 150)] });
    expect(full.results.map((x) => x.success)).toEqual(Array.from({ length: 151 }, (_, i) => i !== 50));
    expect(full.results[50].userErrors.map((e) => [e.code, e.field])).toEqual([["LIMIT_EXCEEDED", ["input", "assets", "50"]]]);
    expect(await tagsOf(["ops/span-full", bulk[149].publicId])).toEqual({ "ops/span-full": Array.from({ length: 1000 }, (_, i) => `f${i}`), [bulk[149].publicId]: ["new", "f1", "g1", "g2"] });
  });

  test("a read-only key may not", async () => {
    const r = await t.gql(UpdateTags, { input: { command: "REMOVE_ALL", assets: [{ publicId: "ops/bad" }] } }, t.readOnly);
    expect(r.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
