import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { AssetMutFieldsFragment, ImportAssetInput, UpdateAssetInput } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp();

// The fields these tests read back, shared by the documents below.
graphql(`
  fragment AssetMutFields on Asset {
    id assetId publicId resourceType type format version bytes width height aspectRatio pixels duration
    displayName filename assetFolder url secureUrl status createdAt tags
    context { key value }
    lastUpdated { updatedAt tagsUpdatedAt contextUpdatedAt }
  }
`);

const ImportAssets = graphql(`
  mutation AssetMutImport($input: ImportAssetsInput!) {
    importAssets(input: $input) {
      assets { ...AssetMutFields }
      userErrors { code field message }
    }
  }
`);

const GetAsset = graphql(`
  query AssetMutGet($assetId: String, $publicId: String, $resourceType: ResourceType, $type: DeliveryType) {
    asset(assetId: $assetId, publicId: $publicId, resourceType: $resourceType, type: $type) { ...AssetMutFields }
  }
`);

const GetNode = graphql(`
  query AssetMutNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Asset { assetId publicId assetFolder }
    }
  }
`);

const UpdateAsset = graphql(`
  mutation AssetMutUpdate($input: UpdateAssetInput!) {
    updateAsset(input: $input) {
      asset { ...AssetMutFields }
      userErrors { code field message }
    }
  }
`);

const CountAssets = graphql(`
  query AssetMutCount($assetFolder: String, $tag: String) {
    assets(assetFolder: $assetFolder, tag: $tag, first: 500, direction: ASC) {
      totalCount
      edges { node { publicId } }
    }
  }
`);

const GetFolder = graphql(`
  query AssetMutFolder($path: String!) {
    folder(path: $path) { path }
  }
`);

const importBatch = (assets: ImportAssetInput[]) => t.gql(ImportAssets, { input: { assets } });
const update = async (input: UpdateAssetInput) => {
  const r = await t.gql(UpdateAsset, { input });
  expect(r.errors).toBeUndefined();
  return r.data!.updateAsset;
};
const byAssetId = async (assetId: string) => (await t.gql(GetAsset, { assetId })).data!.asset;
const byPublicId = async (publicId: string) => (await t.gql(GetAsset, { publicId })).data!.asset;
const folderExists = async (path: string) => (await t.gql(GetFolder, { path })).data!.folder !== null;
const totalAssets = async () => (await t.gql(CountAssets, {})).data!.assets.totalCount;
const byField = (errors: { field?: string[] | null }[]) => [...errors].sort((a, b) => String(a.field).localeCompare(String(b.field)));

const CLIP_ID = "0123456789abcdef0123456789abcdef";

describe("asset mutations", () => {
  let sneaker: AssetMutFieldsFragment;
  let clip: AssetMutFieldsFragment;

  test("importAssets fills in defaults and derived fields, and returns the assets in input order", async () => {
    const before = Math.floor(Date.now() / 1000);
    const r = await importBatch([
      { publicId: "catalog/shoes/red-sneaker", format: "jpg", bytes: "9007199254740993", width: 1200, height: 800, createdAt: "2024-03-01T12:00:00.750Z" },
      { publicId: "no-dates", width: 100, height: 30 },
      {
        publicId: "clip", assetId: CLIP_ID, resourceType: "VIDEO", type: "PRIVATE", format: "mp4", version: 42, duration: 12.5,
        displayName: "My clip", assetFolder: "media/Video", tags: ["b", "a", "b"], context: [{ key: "z", value: "1" }, { key: "alt", value: "x" }],
      },
      { publicId: "docs/notes.txt", resourceType: "RAW", format: "txt", createdAt: "2024-01-01T00:00:00Z" },
      { publicId: "catalog/summer sale", format: "png", createdAt: "2024-01-01T00:00:00Z" },
    ]);
    const after = Math.ceil(Date.now() / 1000);
    expect(r.errors).toBeUndefined();
    expect(r.data!.importAssets.userErrors).toEqual([]);
    const [a, b, c, d, e] = r.data!.importAssets.assets;
    expect(r.data!.importAssets.assets.map((x) => x.publicId)).toEqual(["catalog/shoes/red-sneaker", "no-dates", "clip", "docs/notes.txt", "catalog/summer sale"]);

    expect(a).toMatchObject({
      resourceType: "IMAGE",
      type: "UPLOAD",
      format: "jpg",
      version: 1709294400,
      bytes: "9007199254740993",
      width: 1200,
      height: 800,
      aspectRatio: 1.5,
      pixels: 960000,
      duration: null,
      displayName: "red-sneaker",
      filename: "red-sneaker",
      assetFolder: "",
      url: "http://res.cloudinary.com/test-cloud/image/upload/v1709294400/catalog/shoes/red-sneaker.jpg",
      secureUrl: "https://res.cloudinary.com/test-cloud/image/upload/v1709294400/catalog/shoes/red-sneaker.jpg",
      status: "ACTIVE",
      createdAt: "2024-03-01T12:00:00.750Z",
      tags: [],
      context: [],
      lastUpdated: { tagsUpdatedAt: null, contextUpdatedAt: null },
    });
    expect(a.assetId).toMatch(/^[0-9a-f]{32}$/);

    // Without createdAt the asset is created now, and its version is that instant in Unix seconds.
    const created = Date.parse(b.createdAt);
    expect(Math.floor(created / 1000)).toBeGreaterThanOrEqual(before);
    expect(Math.floor(created / 1000)).toBeLessThanOrEqual(after);
    expect(b).toMatchObject({
      version: Math.floor(created / 1000),
      format: null,
      aspectRatio: 3.33333,
      pixels: 3000,
      displayName: "no-dates",
      url: `http://res.cloudinary.com/test-cloud/image/upload/v${Math.floor(created / 1000)}/no-dates`,
      secureUrl: `https://res.cloudinary.com/test-cloud/image/upload/v${Math.floor(created / 1000)}/no-dates`,
    });
    expect(b.assetId).not.toBe(a.assetId);

    expect(c).toMatchObject({
      assetId: CLIP_ID,
      resourceType: "VIDEO",
      type: "PRIVATE",
      version: 42,
      duration: 12.5,
      width: null,
      height: null,
      aspectRatio: null,
      pixels: null,
      displayName: "My clip",
      filename: "clip",
      assetFolder: "media/Video",
      secureUrl: "https://res.cloudinary.com/test-cloud/video/private/v42/clip.mp4",
      tags: ["b", "a"],
      context: [{ key: "alt", value: "x" }, { key: "z", value: "1" }],
    });
    // Raw public IDs carry their extension; a public ID's characters are escaped per segment.
    expect(d).toMatchObject({ version: 1704067200, filename: "notes.txt", displayName: "notes.txt", secureUrl: "https://res.cloudinary.com/test-cloud/raw/upload/v1704067200/docs/notes.txt" });
    expect(e).toMatchObject({ filename: "summer sale", secureUrl: "https://res.cloudinary.com/test-cloud/image/upload/v1704067200/catalog/summer%20sale.png" });

    expect(await folderExists("media")).toBe(true);
    expect(await folderExists("MEDIA/VIDEO")).toBe(true);
    // What was returned is what was stored.
    expect(await byAssetId(a.assetId)).toEqual(a);
    expect(await byAssetId(CLIP_ID)).toEqual(c);
    sneaker = a;
    clip = c;
  });

  test("bytes is a string BigInt whatever its size", async () => {
    const r = await importBatch([{ publicId: "bytes/small", bytes: "1000" }, { publicId: "bytes/none" }]);
    expect(r.data!.importAssets.userErrors).toEqual([]);
    expect(r.data!.importAssets.assets.map((a) => a.bytes)).toEqual(["1000", "0"]);
  });

  test("asset(assetId) and asset(publicId, resourceType, type); null when missing; exactly one form", async () => {
    expect(await byAssetId(sneaker.assetId)).toMatchObject({ publicId: "catalog/shoes/red-sneaker" });
    expect(await byPublicId("catalog/shoes/red-sneaker")).toEqual(sneaker);
    expect((await t.gql(GetAsset, { publicId: "clip", resourceType: "VIDEO", type: "PRIVATE" })).data!.asset).toEqual(clip);
    // resourceType and type default to IMAGE and UPLOAD.
    expect(await byPublicId("clip")).toBeNull();
    expect((await t.gql(GetAsset, { publicId: "clip", resourceType: "VIDEO" })).data!.asset).toBeNull();
    expect(await byAssetId("ffffffffffffffffffffffffffffffff")).toBeNull();
    expect(await byPublicId("catalog/shoes/nope")).toBeNull();
    // Another environment does not see it.
    expect((await t.gql(GetAsset, { assetId: sneaker.assetId }, t.otherAdmin)).data!.asset).toBeNull();

    for (const args of [{ assetId: sneaker.assetId, publicId: sneaker.publicId }, {}]) {
      const r = await t.gql(GetAsset, args);
      expect(r.data?.asset ?? null).toBeNull();
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_ASSET_REF" });
    }
  });

  test("node(id) resolves an Asset's global id", async () => {
    expect(sneaker.id).not.toBe(sneaker.assetId);
    const r = await t.gql(GetNode, { id: sneaker.id });
    expect(r.errors).toBeUndefined();
    expect(r.data!.node).toEqual({ __typename: "Asset", id: sneaker.id, assetId: sneaker.assetId, publicId: "catalog/shoes/red-sneaker", assetFolder: "" });
    expect((await t.gql(GetNode, { id: clip.id })).data!.node).toMatchObject({ __typename: "Asset", assetId: CLIP_ID, assetFolder: "media/Video" });
    expect((await t.gql(GetNode, { id: sneaker.id }, t.otherAdmin)).data!.node).toBeNull();
  });

  test("importAssets is all or nothing: one bad or clashing record and nothing is written", async () => {
    const total = await totalAssets();
    const good = { publicId: "batch/ok", assetFolder: "never/created", tags: ["batch-tag"] };
    const cases: { records: ImportAssetInput[]; errors: { code: string; field: string[] }[] }[] = [
      { records: [good, { publicId: "batch/dup" }, { publicId: "batch/dup" }], errors: [{ code: "ALREADY_EXISTS", field: ["input", "assets", "2", "publicId"] }] },
      { records: [good, { publicId: "catalog/shoes/red-sneaker" }], errors: [{ code: "ALREADY_EXISTS", field: ["input", "assets", "1", "publicId"] }] },
      { records: [{ publicId: "clip", resourceType: "VIDEO", type: "PRIVATE" }, good], errors: [{ code: "ALREADY_EXISTS", field: ["input", "assets", "0", "publicId"] }] },
      { records: [good, { publicId: "batch/same-id", assetId: CLIP_ID }], errors: [{ code: "ALREADY_EXISTS", field: ["input", "assets", "1", "assetId"] }] },
      { records: [good, { publicId: "batch/a", assetId: CLIP_ID.replace("0", "f") }, { publicId: "batch/b", assetId: CLIP_ID.replace("0", "f") }], errors: [{ code: "ALREADY_EXISTS", field: ["input", "assets", "2", "assetId"] }] },
      { records: [good, { publicId: "batch/bad-id", assetId: "not-hex" }], errors: [{ code: "INVALID_ARGUMENT", field: ["input", "assets", "1", "assetId"] }] },
      { records: [good, { publicId: "batch/upper-id", assetId: CLIP_ID.toUpperCase() }], errors: [{ code: "INVALID_ARGUMENT", field: ["input", "assets", "1", "assetId"] }] },
      { records: [good, { publicId: "batch/neg", width: -1 }], errors: [{ code: "INVALID_ARGUMENT", field: ["input", "assets", "1", "width"] }] },
      { records: [good, { publicId: "batch/neg-bytes", bytes: "-1" }], errors: [{ code: "INVALID_ARGUMENT", field: ["input", "assets", "1", "bytes"] }] },
      { records: [good, { publicId: "/batch/slash" }], errors: [{ code: "INVALID_ARGUMENT", field: ["input", "assets", "1", "publicId"] }] },
      { records: [good, { publicId: "batch/tagged", tags: [""] }], errors: [{ code: "INVALID_ARGUMENT", field: ["input", "assets", "1", "tags", "0"] }] },
      // Every problem is reported, each with the index of the record as it was given.
      {
        records: [{ publicId: "batch/bad-id", assetId: "nope" }, good, { publicId: "batch/twice" }, { publicId: "batch/twice" }, { publicId: "batch/neg", height: -5 }],
        errors: [
          { code: "INVALID_ARGUMENT", field: ["input", "assets", "0", "assetId"] },
          { code: "ALREADY_EXISTS", field: ["input", "assets", "3", "publicId"] },
          { code: "INVALID_ARGUMENT", field: ["input", "assets", "4", "height"] },
        ],
      },
    ];
    for (const c of cases) {
      const r = await importBatch(c.records);
      expect(r.errors).toBeUndefined();
      expect(r.data!.importAssets.assets).toEqual([]);
      expect(byField(r.data!.importAssets.userErrors), JSON.stringify(c.records)).toEqual(
        byField(c.errors.map((e) => ({ ...e, message: expect.any(String) }))),
      );
    }
    expect(await totalAssets()).toBe(total);
    expect(await byPublicId("batch/ok")).toBeNull();
    expect(await folderExists("never")).toBe(false);
    expect((await t.gql(CountAssets, { tag: "batch-tag" })).data!.assets.totalCount).toBe(0);
  });

  test("importAssets takes at most 1000 records", async () => {
    const total = await totalAssets();
    const records = Array.from({ length: 1001 }, (_, i) => ({ publicId: `over-${String(i).padStart(4, "0")}` }));
    const r = await importBatch(records);
    expect(r.errors).toBeUndefined();
    expect(r.data!.importAssets).toEqual({ assets: [], userErrors: [{ code: "LIMIT_EXCEEDED", field: ["input", "assets"], message: expect.any(String) }] });
    expect(await totalAssets()).toBe(total);
    expect(await byPublicId("over-0000")).toBeNull();
  });

  test("the same public ID may exist once per resource type and delivery type", async () => {
    const r = await importBatch([{ publicId: "clip" }, { publicId: "clip", type: "AUTHENTICATED" }, { publicId: "clip", resourceType: "RAW" }]);
    expect(r.data!.importAssets.userErrors).toEqual([]);
    expect(r.data!.importAssets.assets.map((a) => [a.resourceType, a.type, a.publicId])).toEqual([
      ["IMAGE", "UPLOAD", "clip"],
      ["IMAGE", "AUTHENTICATED", "clip"],
      ["RAW", "UPLOAD", "clip"],
    ]);
    expect((await byPublicId("clip"))!.assetId).toBe(r.data!.importAssets.assets[0].assetId);
    expect((await t.gql(GetAsset, { publicId: "clip", resourceType: "VIDEO", type: "PRIVATE" })).data!.asset!.assetId).toBe(CLIP_ID);
  });

  test("updateAsset replaces tags (duplicates dropped, order kept) and context, stamping lastUpdated", async () => {
    const tagged = await update({ ref: { assetId: sneaker.assetId }, tags: ["sale", "new", "sale", "Summer", "new"] });
    expect(tagged.userErrors).toEqual([]);
    expect(tagged.asset!.tags).toEqual(["sale", "new", "Summer"]);
    expect(tagged.asset!.context).toEqual([]);
    expect(tagged.asset!.lastUpdated.tagsUpdatedAt).not.toBeNull();
    expect(tagged.asset!.lastUpdated.tagsUpdatedAt).toBe(tagged.asset!.lastUpdated.updatedAt);
    expect(tagged.asset!.lastUpdated.contextUpdatedAt).toBeNull();
    expect(Date.parse(tagged.asset!.lastUpdated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(sneaker.lastUpdated.updatedAt));

    const contexted = await update({ ref: { publicId: "catalog/shoes/red-sneaker" }, context: [{ key: "caption", value: "Red" }, { key: "alt", value: "A red shoe" }] });
    expect(contexted.userErrors).toEqual([]);
    expect(contexted.asset!.context).toEqual([{ key: "alt", value: "A red shoe" }, { key: "caption", value: "Red" }]);
    expect(contexted.asset!.tags).toEqual(["sale", "new", "Summer"]);
    expect(contexted.asset!.lastUpdated.contextUpdatedAt).toBe(contexted.asset!.lastUpdated.updatedAt);
    expect(contexted.asset!.lastUpdated.tagsUpdatedAt).toBe(tagged.asset!.lastUpdated.tagsUpdatedAt);

    // Replacing, not merging; an empty list clears.
    const replaced = await update({ ref: { assetId: sneaker.assetId }, tags: ["Summer", "clearance"], context: [{ key: "alt", value: "B" }] });
    expect(replaced.asset!.tags).toEqual(["Summer", "clearance"]);
    expect(replaced.asset!.context).toEqual([{ key: "alt", value: "B" }]);
    expect((await t.gql(CountAssets, { tag: "sale" })).data!.assets.totalCount).toBe(0);
    expect((await t.gql(CountAssets, { tag: "clearance" })).data!.assets.edges).toEqual([{ node: { publicId: "catalog/shoes/red-sneaker" } }]);
    const cleared = await update({ ref: { assetId: sneaker.assetId }, tags: [] });
    expect(cleared.asset!.tags).toEqual([]);
    expect(cleared.asset!.context).toEqual([{ key: "alt", value: "B" }]);

    // A 255-character tag is the longest allowed.
    const long = "t".repeat(255);
    const longest = await update({ ref: { assetId: sneaker.assetId }, tags: [long, "sale"] });
    expect(longest.userErrors).toEqual([]);
    expect(longest.asset!.tags).toEqual([long, "sale"]);
    expect(await byAssetId(sneaker.assetId)).toEqual(longest.asset);
  });

  test("updateAsset sets displayName (no /) without touching the public ID", async () => {
    const r = await update({ ref: { assetId: sneaker.assetId }, displayName: "Red sneaker, side view" });
    expect(r.userErrors).toEqual([]);
    expect(r.asset).toMatchObject({ displayName: "Red sneaker, side view", publicId: "catalog/shoes/red-sneaker", filename: "red-sneaker", url: sneaker.url });
    for (const displayName of ["red/sneaker", "   "]) {
      const bad = await update({ ref: { assetId: sneaker.assetId }, displayName });
      expect(bad).toEqual({ asset: null, userErrors: [{ code: "INVALID_ARGUMENT", field: ["input", "displayName"], message: expect.any(String) }] });
    }
    expect((await byAssetId(sneaker.assetId))!.displayName).toBe("Red sneaker, side view");
  });

  test("uniqueDisplayName adds a suffix only when another asset in the target folder has the name", async () => {
    const [one, two, other] = await importAssets(t, [
      { publicId: "ud/one", assetFolder: "ud", displayName: "hero" },
      { publicId: "ud/two", assetFolder: "ud" },
      { publicId: "ud/other", assetFolder: "ud2" },
    ]);
    const suffixed = await update({ ref: { assetId: two }, displayName: "hero", uniqueDisplayName: true });
    expect(suffixed.userErrors).toEqual([]);
    expect(suffixed.asset!.displayName).toMatch(/^hero_[0-9a-f]{6}$/);

    // Its own name does not count; another folder does not count.
    const own = await update({ ref: { assetId: one }, displayName: "hero", uniqueDisplayName: true });
    expect(own.asset!.displayName).toBe("hero");
    const elsewhere = await update({ ref: { assetId: other }, displayName: "hero", uniqueDisplayName: true });
    expect(elsewhere.asset!.displayName).toBe("hero");
    // Moving into the folder in the same call checks the target folder.
    const moving = await update({ ref: { assetId: other }, displayName: "hero", assetFolder: "UD", uniqueDisplayName: true });
    expect(moving.asset!.assetFolder).toBe("ud");
    expect(moving.asset!.displayName).toMatch(/^hero_[0-9a-f]{6}$/);
    // Without the flag, names may repeat.
    const plain = await update({ ref: { assetId: two }, displayName: "hero" });
    expect(plain.asset!.displayName).toBe("hero");
  });

  test("updateAsset moves an asset to another folder, creating folders as needed", async () => {
    expect(await folderExists("moved")).toBe(false);
    const r = await update({ ref: { assetId: sneaker.assetId }, assetFolder: "Moved/Here/Deep/" });
    expect(r.userErrors).toEqual([]);
    expect(r.asset).toMatchObject({ assetFolder: "Moved/Here/Deep", publicId: "catalog/shoes/red-sneaker", url: sneaker.url });
    expect(await folderExists("moved")).toBe(true);
    expect(await folderExists("moved/here")).toBe(true);
    expect((await t.gql(CountAssets, { assetFolder: "moved/here/deep" })).data!.assets.edges).toEqual([{ node: { publicId: "catalog/shoes/red-sneaker" } }]);

    // Into an existing folder spelled differently: the folder keeps its spelling.
    const intoExisting = await update({ ref: { assetId: sneaker.assetId }, assetFolder: "MEDIA/video" });
    expect(intoExisting.asset!.assetFolder).toBe("media/Video");
    expect((await t.gql(CountAssets, { assetFolder: "moved/here/deep" })).data!.assets.totalCount).toBe(0);
    // The folder already held the imported clip (created later: the list is by creation time).
    expect((await t.gql(CountAssets, { assetFolder: "media/video" })).data!.assets.edges).toEqual([{ node: { publicId: "catalog/shoes/red-sneaker" } }, { node: { publicId: "clip" } }]);

    const toRoot = await update({ ref: { assetId: sneaker.assetId }, assetFolder: "" });
    expect(toRoot.asset!.assetFolder).toBe("");
    expect((await t.gql(CountAssets, { assetFolder: "media/video" })).data!.assets.edges).toEqual([{ node: { publicId: "clip" } }]);
    expect((await t.gql(CountAssets, { assetFolder: "" })).data!.assets.edges.map((e) => e.node.publicId)).toContain("catalog/shoes/red-sneaker");
  });

  test("updateAsset reports a missing or malformed ref as a user error on input.ref", async () => {
    for (const ref of [{ assetId: "ffffffffffffffffffffffffffffffff" }, { publicId: "missing/one" }, { publicId: "clip", resourceType: "VIDEO" as const }]) {
      const r = await update({ ref, tags: ["x"], assetFolder: "ghost/folder" });
      expect(r, JSON.stringify(ref)).toEqual({ asset: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "ref"], message: expect.any(String) }] });
    }
    // An asset of another environment is not found either.
    const foreign = await t.gql(UpdateAsset, { input: { ref: { assetId: sneaker.assetId }, tags: ["x"] } }, t.otherAdmin);
    expect(foreign.data!.updateAsset.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "ref"], message: expect.any(String) }]);
    for (const ref of [{ assetId: sneaker.assetId, publicId: sneaker.publicId }, {}]) {
      const r = await update({ ref, tags: ["x"] });
      expect(r).toEqual({ asset: null, userErrors: [{ code: "INVALID_ASSET_REF", field: ["input", "ref"], message: expect.any(String) }] });
    }
    expect(await folderExists("ghost")).toBe(false);
    expect((await t.gql(CountAssets, { tag: "x" })).data!.assets.totalCount).toBe(0);
  });

  test("a refused updateAsset leaves the asset unchanged", async () => {
    const before = await byAssetId(sneaker.assetId);
    const valid = { displayName: "Changed", assetFolder: "fail/new", context: [{ key: "k", value: "v" }] };
    const cases: { input: Partial<UpdateAssetInput>; code: string; field: string[] }[] = [
      { input: { ...valid, tags: ["ok", ""] }, code: "INVALID_ARGUMENT", field: ["input", "tags", "1"] },
      { input: { ...valid, tags: ["ok", "  "] }, code: "INVALID_ARGUMENT", field: ["input", "tags", "1"] },
      { input: { ...valid, tags: ["ok", "x".repeat(256)] }, code: "LIMIT_EXCEEDED", field: ["input", "tags", "1"] },
      // The field names the tag as given, duplicates included.
      { input: { ...valid, tags: ["ok", "ok", ""] }, code: "INVALID_ARGUMENT", field: ["input", "tags", "2"] },
      { input: { ...valid, tags: ["ok"], context: [{ key: "k", value: "1" }, { key: "k", value: "2" }] }, code: "INVALID_ARGUMENT", field: ["input", "context", "1", "key"] },
      { input: { ...valid, tags: ["ok"], context: [{ key: "", value: "1" }] }, code: "INVALID_ARGUMENT", field: ["input", "context", "0", "key"] },
      { input: { ...valid, tags: ["ok"], displayName: "x/y" }, code: "INVALID_ARGUMENT", field: ["input", "displayName"] },
      { input: { ...valid, tags: ["ok"], assetFolder: "fail//new" }, code: "INVALID_ARGUMENT", field: ["input", "assetFolder"] },
    ];
    for (const c of cases) {
      const r = await update({ ref: { assetId: sneaker.assetId }, ...c.input });
      expect(r, JSON.stringify(c.input)).toEqual({ asset: null, userErrors: [{ code: c.code, field: c.field, message: expect.any(String) }] });
    }
    expect(await byAssetId(sneaker.assetId)).toEqual(before);
    expect(await folderExists("fail")).toBe(false);
    expect((await t.gql(CountAssets, { tag: "ok" })).data!.assets.totalCount).toBe(0);
  });
});

describe("concurrent updates of one asset", () => {
  const ConcurrentRetag = graphql(`
    mutation AssetMutConcurrentRetag($input: UpdateAssetInput!) {
      updateAsset(input: $input) { asset { tags } userErrors { code message } }
    }
  `);
  const ConcurrentRead = graphql(`
    query AssetMutConcurrentRead($publicId: String) {
      asset(publicId: $publicId) { tags }
    }
  `);

  test("replace tags whole, one after another, and their events chain before to after", async () => {
    const [assetId] = await importAssets(t, [{ publicId: "concurrent/one", tags: ["start"] }]);
    const sets = Array.from({ length: 8 }, (_, i) => [`set${i}-a`, `set${i}-b`]);
    const results = await Promise.all(sets.map((tags) => t.gql(ConcurrentRetag, { input: { ref: { assetId }, tags } })));
    for (const r of results) expect(r.data!.updateAsset.userErrors).toEqual([]);
    const final = (await t.gql(ConcurrentRead, { publicId: "concurrent/one" })).data!.asset!.tags;
    expect(sets.map((s) => s.join())).toContain(final.join());
    const events = await t.app.db.event.findMany({ where: { type: "resource_tags_changed" }, orderBy: { seq: "asc" } });
    const mine = events.map((e) => JSON.parse(e.payload) as { asset: { asset_id: string }; added: string[]; removed: string[] }).filter((p) => p.asset.asset_id === assetId);
    expect(mine).toHaveLength(8);
    // Each change removes exactly what the previous one added.
    let current = ["start"];
    for (const change of mine) {
      expect([...change.removed].sort()).toEqual([...current].sort());
      current = change.added;
    }
    expect([...current].sort()).toEqual([...final].sort());
  });
});
