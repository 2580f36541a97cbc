import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp({ webhooks: false });

const Create = graphql(`
  mutation TrCreate($input: CreateTransformationInput!) {
    createTransformation(input: $input) {
      transformation { id name bareName named definition allowedForStrict used info }
      userErrors { code field message }
    }
  }
`);

const Update = graphql(`
  mutation TrUpdate($input: UpdateTransformationInput!) {
    updateTransformation(input: $input) {
      transformation { name definition allowedForStrict }
      userErrors { code field message }
    }
  }
`);

const Delete = graphql(`
  mutation TrDelete($input: DeleteTransformationInput!) {
    deleteTransformation(input: $input) { deletedName invalidatedDerivedCount userErrors { code field message } }
  }
`);

const One = graphql(`
  query TrOne($nameOrParams: String!, $first: Int, $after: String) {
    transformation(nameOrParams: $nameOrParams) {
      name named used info allowedForStrict
      derived(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { derivedResourceId transformation format bytes url secureUrl asset { publicId } } }
      }
    }
  }
`);

const List = graphql(`
  query TrList($named: Boolean, $first: Int, $after: String) {
    transformations(named: $named, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { name named used } }
    }
  }
`);

const Urls = graphql(`
  query TrUrls($publicId: String!, $transformation: String) {
    asset(publicId: $publicId) { url secureUrl(transformation: $transformation) plain: secureUrl }
  }
`);

const NodeOf = graphql(`
  query TrNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on Transformation { name }
      ... on DerivedResource { derivedResourceId transformation asset { publicId } }
    }
  }
`);

const TransformationIds = graphql(`
  query TrIds { transformations(first: 500) { edges { node { id name } } } }
`);

const AssetDerived = graphql(`
  query TrAssetDerived($publicId: String!) {
    asset(publicId: $publicId) { derived { totalCount edges { node { transformation } } } }
  }
`);

const ImportDerived = graphql(`
  mutation TrImportDerived($input: ImportAssetsInput!) {
    importAssets(input: $input) { assets { publicId } userErrors { code field message } }
  }
`);

const DerivedIds = graphql(`
  query TrDerivedIds($publicId: String!) {
    asset(publicId: $publicId) { derived { edges { node { id derivedResourceId } } } }
  }
`);

const ImportWithDerived = graphql(`
  mutation TrImport($input: ImportAssetsInput!) {
    importAssets(input: $input) { assets { publicId derived { totalCount } } userErrors { code field message } }
  }
`);

describe("named transformations", () => {
  test("create, read by name with or without t_, list, update, delete", async () => {
    const created = await t.gql(Create, { input: { name: "small_fill", transformation: "w_150,h_100,c_fill" } });
    expect(created.data!.createTransformation.userErrors).toEqual([]);
    expect(created.data!.createTransformation.transformation).toMatchObject({
      name: "t_small_fill", bareName: "small_fill", named: true, definition: "c_fill,h_100,w_150", allowedForStrict: true, used: false,
      info: [{ crop: "fill", height: 100, width: 150 }],
    });
    for (const key of ["small_fill", "t_small_fill"]) {
      const r = await t.gql(One, { nameOrParams: key });
      expect(r.data!.transformation).toMatchObject({ name: "t_small_fill", named: true, derived: { totalCount: 0, edges: [] } });
    }
    const again = await t.gql(Create, { input: { name: "small_fill", transformation: "w_10" } });
    expect(again.data!.createTransformation.userErrors).toEqual([expect.objectContaining({ code: "ALREADY_EXISTS", field: ["input", "name"] })]);

    const strict = await t.gql(Update, { input: { nameOrParams: "t_small_fill", allowedForStrict: false } });
    expect(strict.data!.updateTransformation.transformation).toEqual({ name: "t_small_fill", definition: "c_fill,h_100,w_150", allowedForStrict: false });
    // Same definition in another order is no change; a different one needs unsafeUpdate.
    const same = await t.gql(Update, { input: { nameOrParams: "small_fill", transformation: "c_fill,w_150,h_100" } });
    expect(same.data!.updateTransformation.userErrors).toEqual([]);
    const unsafe = await t.gql(Update, { input: { nameOrParams: "small_fill", transformation: "c_scale,w_103" } });
    expect(unsafe.data!.updateTransformation.userErrors).toEqual([expect.objectContaining({ code: "UNSAFE_UPDATE_REQUIRED", field: ["input", "transformation"] })]);
    const changed = await t.gql(Update, { input: { nameOrParams: "small_fill", unsafeUpdate: "c_scale,w_103" } });
    expect(changed.data!.updateTransformation.transformation!.definition).toBe("c_scale,w_103");

    const deleted = await t.gql(Delete, { input: { nameOrParams: "t_small_fill" } });
    expect(deleted.data!.deleteTransformation).toEqual({ deletedName: "t_small_fill", invalidatedDerivedCount: 0, userErrors: [] });
    expect((await t.gql(One, { nameOrParams: "small_fill" })).data!.transformation).toBeNull();
    const gone = await t.gql(Delete, { input: { nameOrParams: "small_fill" } });
    expect(gone.data!.deleteTransformation.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "nameOrParams"] })]);
  });

  test("names and definitions are validated, naming the field and the component", async () => {
    const cases = [
      [{ name: "bad name", transformation: "w_100" }, "INVALID_ARGUMENT", ["input", "name"]],
      [{ name: "w_100", transformation: "w_100" }, "INVALID_ARGUMENT", ["input", "name"]],
      [{ name: "x".repeat(256), transformation: "w_100" }, "LIMIT_EXCEEDED", ["input", "name"]],
      [{ name: "ok1", transformation: "w_abc" }, "INVALID_TRANSFORMATION", ["input", "transformation"]],
      [{ name: "ok2", transformation: "c_squash" }, "INVALID_TRANSFORMATION", ["input", "transformation"]],
      [{ name: "ok3", transformation: "zz_1" }, "INVALID_TRANSFORMATION", ["input", "transformation"]],
      [{ name: "ok4", transformation: "w_100,w_200" }, "INVALID_TRANSFORMATION", ["input", "transformation"]],
      [{ name: "ok5", transformation: "w_100//h_10" }, "INVALID_TRANSFORMATION", ["input", "transformation"]],
      [{ name: "ok6", transformation: "q_101" }, "INVALID_TRANSFORMATION", ["input", "transformation"]],
      [{ name: "ok7", transformation: "t_missing" }, "NOT_FOUND", ["input", "transformation"]],
      [{ name: "ok8", transformation: "t_ok8,w_10" }, "INVALID_TRANSFORMATION", ["input", "transformation"]],
    ] as const;
    for (const [input, code, field] of cases) {
      const r = await t.gql(Create, { input });
      expect(r.data!.createTransformation.transformation, input.transformation).toBeNull();
      expect(r.data!.createTransformation.userErrors, input.transformation).toEqual([expect.objectContaining({ code, field })]);
    }
    const r = await t.gql(Create, { input: { name: "ok9", transformation: "w_100,c_crop,zz_1/r_max" } });
    expect(r.data!.createTransformation.userErrors[0].message).toContain('component 3 "zz_1"');
    // A chain with an extension segment, variables and a reference to another named one.
    await t.gql(Create, { input: { name: "base", transformation: "c_fill,w_250" } });
    const chained = await t.gql(Create, { input: { name: "circle_fill", transformation: "ar_1.0,c_fill,w_250/r_max/q_auto/t_base/webp", allowedForStrict: false } });
    expect(chained.data!.createTransformation.userErrors).toEqual([]);
    expect(chained.data!.createTransformation.transformation).toMatchObject({
      definition: "ar_1.0,c_fill,w_250/r_max/q_auto/t_base/webp", allowedForStrict: false,
      info: [{ aspect_ratio: 1, crop: "fill", width: 250 }, { radius: "max" }, { quality: "auto" }, { transformation: "base" }, { extension: "webp" }],
    });
  });
});

describe("unnamed transformations and derived resources", () => {
  test("derived resources recorded by importAssets create unnamed transformations, found in any component order", async () => {
    await t.gql(Create, { input: { name: "thumb", transformation: "c_thumb,g_face,w_80,h_100" } });
    const imported = await t.gql(ImportWithDerived, {
      input: {
        assets: [
          { publicId: "tr/sample", format: "jpg", version: 1312461204, derived: [{ transformation: "w_150,h_100,c_fill", bytes: "10202" }, { transformation: "t_thumb", format: "webp", bytes: "500" }] },
          { publicId: "tr/other", format: "png", version: 7, derived: [{ transformation: "c_fill,h_100,w_150", bytes: "20" }] },
        ],
      },
    });
    expect(imported.data!.importAssets.userErrors).toEqual([]);
    expect(imported.data!.importAssets.assets.map((a) => a.derived.totalCount)).toEqual([2, 1]);

    const byParams = await t.gql(One, { nameOrParams: "w_150,h_100,c_fill", first: 1 });
    expect(byParams.data!.transformation).toMatchObject({ name: "c_fill,h_100,w_150", named: false, used: true, allowedForStrict: false, info: [{ crop: "fill", height: 100, width: 150 }] });
    const page1 = byParams.data!.transformation!.derived;
    expect(page1.totalCount).toBe(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges[0].node).toMatchObject({
      transformation: "c_fill,h_100,w_150", format: "jpg", bytes: "10202", asset: { publicId: "tr/sample" },
      url: "http://res.cloudinary.com/test-cloud/image/upload/c_fill,h_100,w_150/v1312461204/tr/sample.jpg",
      secureUrl: "https://res.cloudinary.com/test-cloud/image/upload/c_fill,h_100,w_150/v1312461204/tr/sample.jpg",
    });
    const page2 = await t.gql(One, { nameOrParams: "c_fill,w_150,h_100", first: 1, after: page1.pageInfo.endCursor });
    expect(page2.data!.transformation!.derived.edges.map((e) => e.node.asset.publicId)).toEqual(["tr/other"]);
    expect(page2.data!.transformation!.derived.pageInfo.hasNextPage).toBe(false);

    const named = await t.gql(One, { nameOrParams: "t_thumb" });
    expect(named.data!.transformation).toMatchObject({ used: true, derived: { totalCount: 1, edges: [{ node: { format: "webp", url: "http://res.cloudinary.com/test-cloud/image/upload/t_thumb/v1312461204/tr/sample.webp" } }] } });

    const unnamed = await t.gql(List, { named: false, first: 500 });
    expect(unnamed.data!.transformations.edges.map((e) => e.node)).toEqual([{ name: "c_fill,h_100,w_150", named: false, used: true }]);
    const all = await t.gql(List, { first: 2 });
    expect(all.data!.transformations.totalCount).toBeGreaterThan(2);
    const rest = await t.gql(List, { first: 500, after: all.data!.transformations.pageInfo.endCursor });
    expect(rest.data!.transformations.edges.length).toBe(all.data!.transformations.totalCount - 2);
    const mismatch = await t.gql(List, { named: true, after: all.data!.transformations.pageInfo.endCursor });
    expect(mismatch.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" });
    const tooMany = await t.gql(List, { first: 501 });
    expect(tooMany.errors![0].extensions).toMatchObject({ reason: "LIMIT_EXCEEDED", field: ["first"] });

    // An invalid derived transformation fails the whole import, naming the record and derived entry.
    const bad = await t.gql(ImportWithDerived, { input: { assets: [{ publicId: "tr/bad", derived: [{ transformation: "w_1" }, { transformation: "c_wobble" }] }] } });
    expect(bad.data!.importAssets.userErrors).toEqual([expect.objectContaining({ code: "INVALID_TRANSFORMATION", field: ["input", "assets", "0", "derived", "1", "transformation"] })]);
    expect((await t.gql(Urls, { publicId: "tr/bad" })).data!.asset).toBeNull();

    // Deleting the unnamed transformation invalidates its derived resources.
    const deleted = await t.gql(Delete, { input: { nameOrParams: "w_150,c_fill,h_100" } });
    expect(deleted.data!.deleteTransformation).toEqual({ deletedName: "c_fill,h_100,w_150", invalidatedDerivedCount: 2, userErrors: [] });
    const after = await t.gql(ImportWithDerived, { input: { assets: [{ publicId: "tr/third" }] } });
    expect(after.data!.importAssets.userErrors).toEqual([]);
    expect((await t.gql(One, { nameOrParams: "t_thumb" })).data!.transformation!.derived.totalCount).toBe(1);
  });

  test("a named transformation with 1000 or more derived resources is not deleted; dependents count too", async () => {
    await t.gql(Create, { input: { name: "busy", transformation: "w_300" } });
    await t.gql(Create, { input: { name: "shared", transformation: "h_300" } });
    const derived = (transformation: string, n: number) => Array.from({ length: n }, () => ({ transformation }));
    await importAssets(t, [
      { publicId: "tr/busy-a", derived: derived("t_busy", 100) },
      ...Array.from({ length: 9 }, (_, i) => ({ publicId: `tr/busy-${i}`, derived: derived("t_busy", 100) })),
      ...Array.from({ length: 10 }, (_, i) => ({ publicId: `tr/shared-${i}`, derived: [...derived("t_shared,w_10", 50), ...derived("t_shared", 50)] })),
    ]);
    const busy = await t.gql(Delete, { input: { nameOrParams: "t_busy" } });
    expect(busy.data!.deleteTransformation.userErrors).toEqual([expect.objectContaining({ code: "TOO_MANY_DERIVED_RESOURCES", field: ["input", "nameOrParams"] })]);
    const shared = await t.gql(Delete, { input: { nameOrParams: "shared" } });
    expect(shared.data!.deleteTransformation.userErrors).toEqual([expect.objectContaining({ code: "TOO_MANY_DEPENDENT_TRANSFORMATIONS" })]);
    expect((await t.gql(One, { nameOrParams: "t_busy" })).data!.transformation!.derived.totalCount).toBe(1000);
    expect((await t.gql(One, { nameOrParams: "t_shared" })).data!.transformation!.derived.totalCount).toBe(500);
  });

  test("a named transformation with fewer than 1000 derived resources invalidates them and its dependents' on delete", async () => {
    await t.gql(Create, { input: { name: "few", transformation: "w_30" } });
    await t.gql(Create, { input: { name: "fewer", transformation: "w_31" } });
    await importAssets(t, [{ publicId: "tr/few", derived: [{ transformation: "t_few" }, { transformation: "t_few/e_sepia" }, { transformation: "t_fewer,w_5" }] }]);
    const r = await t.gql(Delete, { input: { nameOrParams: "few" } });
    // t_fewer,w_5 does not use t_few: it stays.
    expect(r.data!.deleteTransformation).toEqual({ deletedName: "t_few", invalidatedDerivedCount: 2, userErrors: [] });
    expect((await t.gql(One, { nameOrParams: "t_fewer,w_5" })).data!.transformation!.derived.totalCount).toBe(1);
    expect((await t.gql(AssetDerived, { publicId: "tr/few" })).data!.asset!.derived.edges.map((e) => e.node.transformation)).toEqual(["t_fewer,w_5"]);
    expect((await t.gql(One, { nameOrParams: "t_few/e_sepia" })).data!.transformation!.derived.totalCount).toBe(0);
  });
});

describe("Relay nodes", () => {
  test("named and unnamed transformations and derived resources resolve by global id, in their environment only", async () => {
    await t.gql(Create, { input: { name: "node_named", transformation: "w_7" } });
    await importAssets(t, [{ publicId: "tr/node", derived: [{ transformation: "h_9,w_9" }] }]);
    const named = await t.gql(One, { nameOrParams: "node_named" });
    expect(named.data!.transformation!.name).toBe("t_node_named");
    const list = await t.gql(List, { first: 500 });
    const ids = (await t.gql(TransformationIds, {})).data!.transformations.edges.map((e) => e.node);
    expect(ids).toHaveLength(list.data!.transformations.totalCount);
    for (const wanted of ["t_node_named", "h_9,w_9"]) {
      const { id } = ids.find((n) => n.name === wanted)!;
      expect((await t.gql(NodeOf, { id })).data!.node).toEqual({ __typename: "Transformation", name: wanted });
      expect((await t.gql(NodeOf, { id }, t.otherAdmin)).data!.node).toBeNull();
    }
    const derived = (await t.gql(DerivedIds, { publicId: "tr/node" })).data!.asset!.derived.edges[0].node;
    expect((await t.gql(NodeOf, { id: derived.id })).data!.node).toEqual({
      __typename: "DerivedResource", derivedResourceId: derived.derivedResourceId, transformation: "h_9,w_9", asset: { publicId: "tr/node" },
    });
    expect((await t.gql(NodeOf, { id: derived.id }, t.otherAdmin)).data!.node).toBeNull();
  });
});

describe("Asset.url(transformation)", () => {
  test("builds delivery URLs with a validated or named transformation; no argument keeps the plain URL", async () => {
    await importAssets(t, [{ publicId: "tr/url", format: "jpg", version: 42 }]);
    await t.gql(Create, { input: { name: "card", transformation: "c_fill,w_400" } });
    const plain = "https://res.cloudinary.com/test-cloud/image/upload/v42/tr/url.jpg";
    const cases: [string, string][] = [
      ["w_100,h_100,c_thumb", "https://res.cloudinary.com/test-cloud/image/upload/c_thumb,h_100,w_100/v42/tr/url.jpg"],
      ["t_card", "https://res.cloudinary.com/test-cloud/image/upload/t_card/v42/tr/url.jpg"],
      ["c_fill,w_200/e_grayscale/webp", "https://res.cloudinary.com/test-cloud/image/upload/c_fill,w_200/e_grayscale/v42/tr/url.webp"],
      ["f_auto,q_auto/", "https://res.cloudinary.com/test-cloud/image/upload/f_auto,q_auto/v42/tr/url.jpg"],
    ];
    for (const [transformation, url] of cases) {
      const r = await t.gql(Urls, { publicId: "tr/url", transformation });
      expect(r.errors, transformation).toBeUndefined();
      expect(r.data!.asset).toEqual({ url: "http://res.cloudinary.com/test-cloud/image/upload/v42/tr/url.jpg", secureUrl: url, plain });
    }
    const invalid = await t.gql(Urls, { publicId: "tr/url", transformation: "w_100,x_" });
    expect(invalid.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_TRANSFORMATION", field: ["transformation"] });
    const missing = await t.gql(Urls, { publicId: "tr/url", transformation: "t_nope" });
    expect(missing.errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: ["transformation"] });
  });

  test("transformations of another environment are invisible", async () => {
    await t.gql(Create, { input: { name: "mine", transformation: "w_1" } });
    expect((await t.gql(One, { nameOrParams: "t_mine" }, t.otherAdmin)).data!.transformation).toBeNull();
    expect((await t.gql(List, { first: 500 }, t.otherAdmin)).data!.transformations.totalCount).toBe(0);
    const del = await t.gql(Delete, { input: { nameOrParams: "t_mine" } }, t.otherAdmin);
    expect(del.data!.deleteTransformation.userErrors[0].code).toBe("NOT_FOUND");
    const ro = await t.gql(Create, { input: { name: "ro", transformation: "w_1" } }, t.readOnly);
    expect(ro.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("chains, cycles and dependents of named transformations", () => {
  test("a derived resource made with a chain t_a.b belongs to the unnamed row of the chain", async () => {
    await t.gql(Create, { input: { name: "ch_a", transformation: "w_11" } });
    await t.gql(Create, { input: { name: "ch_b", transformation: "h_12" } });
    const r = await t.gql(ImportDerived, { input: { assets: [{ publicId: "tr/chain", derived: [{ transformation: "t_ch_a.ch_b" }] }] } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.importAssets.userErrors).toEqual([]);
    const chain = (await t.gql(One, { nameOrParams: "t_ch_a.ch_b" })).data!.transformation!;
    expect(chain).toMatchObject({ name: "t_ch_a.ch_b", named: false, used: true, derived: { totalCount: 1 } });
    expect(chain.derived.edges[0].node.asset.publicId).toBe("tr/chain");
    const missing = await t.gql(ImportDerived, { input: { assets: [{ publicId: "tr/chain2", derived: [{ transformation: "t_ch_a.ch_nope" }] }] } });
    expect(missing.data!.importAssets.userErrors).toEqual([
      { code: "NOT_FOUND", field: ["input", "assets", "0", "derived", "0", "transformation"], message: expect.stringContaining("t_ch_nope") },
    ]);
  });

  test("a definition may not reach its own transformation through others", async () => {
    await t.gql(Create, { input: { name: "cy_a", transformation: "w_1" } });
    await t.gql(Create, { input: { name: "cy_b", transformation: "t_cy_a" } });
    await t.gql(Create, { input: { name: "cy_c", transformation: "t_cy_b,w_2" } });
    const direct = await t.gql(Update, { input: { nameOrParams: "cy_a", unsafeUpdate: "t_cy_b" } });
    expect(direct.data!.updateTransformation.userErrors).toEqual([
      { code: "INVALID_TRANSFORMATION", field: ["input", "unsafeUpdate"], message: "t_cy_a would use itself through t_cy_b" },
    ]);
    const longer = await t.gql(Update, { input: { nameOrParams: "cy_a", unsafeUpdate: "e_sepia/t_cy_c.cy_b" } });
    expect(longer.data!.updateTransformation.userErrors).toEqual([
      { code: "INVALID_TRANSFORMATION", field: ["input", "unsafeUpdate"], message: expect.stringMatching(/^t_cy_a would use itself through t_cy_(c -> t_cy_b|b)$/) },
    ]);
    expect((await t.gql(One, { nameOrParams: "cy_a" })).data!.transformation!.info).toEqual([{ width: 1 }]);
    // Not a cycle: a may use c's sibling chain that never comes back to a.
    await t.gql(Create, { input: { name: "cy_d", transformation: "h_4" } });
    expect((await t.gql(Update, { input: { nameOrParams: "cy_a", unsafeUpdate: "t_cy_d,w_1" } })).data!.updateTransformation).toMatchObject({ transformation: { definition: "t_cy_d,w_1" }, userErrors: [] });
  });

  test("a named transformation other named ones use is not deleted; it is once they stop using it", async () => {
    await t.gql(Create, { input: { name: "dep_a", transformation: "w_3" } });
    await t.gql(Create, { input: { name: "dep_b", transformation: "t_dep_a,w_10" } });
    await t.gql(Create, { input: { name: "dep_c", transformation: "e_sepia/t_dep_b.dep_a" } });
    await t.gql(Create, { input: { name: "dep_ab", transformation: "w_5" } });
    await t.gql(Create, { input: { name: "dep_x", transformation: "t_dep_ab" } });
    const refused = await t.gql(Delete, { input: { nameOrParams: "t_dep_a" } });
    expect(refused.data!.deleteTransformation.userErrors).toEqual([
      { code: "TRANSFORMATION_IN_USE", field: ["input", "nameOrParams"], message: "t_dep_a is used by t_dep_b, t_dep_c; change or delete them first" },
    ]);
    expect((await t.gql(One, { nameOrParams: "dep_a" })).data!.transformation).not.toBeNull();
    // t_dep_ab is only a name sharing the prefix: dep_x does not hold on to dep_a.
    expect((await t.gql(Delete, { input: { nameOrParams: "dep_c" } })).data!.deleteTransformation.userErrors).toEqual([]);
    expect((await t.gql(Delete, { input: { nameOrParams: "dep_b" } })).data!.deleteTransformation.userErrors).toEqual([]);
    expect((await t.gql(Delete, { input: { nameOrParams: "dep_a" } })).data!.deleteTransformation).toMatchObject({ deletedName: "t_dep_a", userErrors: [] });
  });
});

describe("concurrent writers", () => {
  test("parallel imports with the same new parameter string share one unnamed transformation", async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) =>
      t.gql(ImportDerived, { input: { assets: [{ publicId: `tr/par-${i}`, derived: [{ transformation: "w_777,h_3" }] }] } })));
    expect(results.map((r) => [r.errors, r.data!.importAssets.userErrors])).toEqual(Array.from({ length: 6 }, () => [undefined, []]));
    const row = (await t.gql(One, { nameOrParams: "h_3,w_777" })).data!.transformation!;
    expect(row).toMatchObject({ name: "h_3,w_777", named: false, derived: { totalCount: 6 } });
    const all = (await t.gql(List, { named: false, first: 500 })).data!.transformations.edges.filter((e) => e.node.name === "h_3,w_777");
    expect(all).toHaveLength(1);
  });

  test("a named transformation deleted during imports that use it: each import succeeds or reports NOT_FOUND", async () => {
    for (let round = 0; round < 3; round++) {
      await t.gql(Create, { input: { name: `race_${round}`, transformation: "w_9" } });
      const imports = Array.from({ length: 5 }, (_, i) =>
        t.gql(ImportDerived, { input: { assets: [{ publicId: `tr/race-${round}-${i}`, derived: [{ transformation: `t_race_${round}` }] }] } }));
      const [deleted, ...imported] = await Promise.all([t.gql(Delete, { input: { nameOrParams: `race_${round}` } }), ...imports]);
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data!.deleteTransformation.userErrors).toEqual([]);
      for (const r of imported) {
        expect(r.errors).toBeUndefined();
        expect(r.data!.importAssets.userErrors).toEqual(r.data!.importAssets.assets.length
          ? []
          : [{ code: "NOT_FOUND", field: ["input", "assets", "0", "derived", "0", "transformation"], message: `named transformation t_race_${round} not found` }]);
      }
      // Whatever was imported before the delete was invalidated with it.
      const succeeded = imported.filter((r) => r.data!.importAssets.assets.length).length;
      expect(deleted.data!.deleteTransformation.invalidatedDerivedCount).toBe(succeeded);
    }
  });
});
