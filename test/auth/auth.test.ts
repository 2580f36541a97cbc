import { print } from "graphql";
import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { bootstrapEnvironment } from "../../src/modules/environment/environment.service.js";
import { basic, useTestApp, type Credentials } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp();

const AuthEnvironment = graphql(`
  query AuthEnvironment {
    environment { cloudName }
  }
`);

const AuthOverview = graphql(`
  query AuthOverview($prefix: String) {
    assets(prefix: $prefix, first: 100) {
      totalCount
      edges { node { id assetId publicId tags assetFolder relatedAssets { totalCount edges { node { publicId } } } } }
    }
    rootFolders(first: 100) { totalCount edges { node { id path } } }
    tags(first: 100) { totalCount edges { node { name assetCount } } }
  }
`);

const AuthAsset = graphql(`
  query AuthAsset($assetId: String, $publicId: String) {
    asset(assetId: $assetId, publicId: $publicId) { id assetId publicId tags assetFolder relatedAssets { totalCount edges { node { publicId } } } }
  }
`);

const AuthNode = graphql(`
  query AuthNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Asset { publicId }
      ... on Folder { path }
      ... on ApiKey { apiKey }
    }
  }
`);

const AuthNodes = graphql(`
  query AuthNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Asset { publicId }
      ... on Folder { path }
    }
  }
`);

const AuthFolder = graphql(`
  query AuthFolder($path: String!) {
    folder(path: $path) { id path }
  }
`);

const AuthSubfolders = graphql(`
  query AuthSubfolders($path: String!) {
    subfolders(path: $path) { totalCount }
  }
`);

const AuthApiKeys = graphql(`
  query AuthApiKeys {
    apiKeys(first: 500) {
      totalCount
      edges { node { id apiKey label role createdAt revokedAt } }
    }
  }
`);

const AuthApiKeyFields = graphql(`
  query AuthApiKeyFields {
    __type(name: "ApiKey") { name fields { name } }
  }
`);

const AuthCreateFolder = graphql(`
  mutation AuthCreateFolder($input: CreateFolderInput!) {
    createFolder(input: $input) { folder { path } createdPaths userErrors { code field message } }
  }
`);

const AuthDeleteFolder = graphql(`
  mutation AuthDeleteFolder($input: DeleteFolderInput!) {
    deleteFolder(input: $input) { deletedPaths userErrors { code field message } }
  }
`);

const AuthImportAssets = graphql(`
  mutation AuthImportAssets($input: ImportAssetsInput!) {
    importAssets(input: $input) { assets { assetId publicId } userErrors { code field message } }
  }
`);

const AuthUpdateAsset = graphql(`
  mutation AuthUpdateAsset($input: UpdateAssetInput!) {
    updateAsset(input: $input) { asset { publicId tags } userErrors { code field message } }
  }
`);

const AuthAddRelated = graphql(`
  mutation AuthAddRelated($input: AddRelatedAssetsInput!) {
    addRelatedAssets(input: $input) {
      asset { publicId }
      succeeded { code status }
      failed { code status target { assetId publicId } }
      userErrors { code field message }
    }
  }
`);

const AuthDeleteRelated = graphql(`
  mutation AuthDeleteRelated($input: DeleteRelatedAssetsInput!) {
    deleteRelatedAssets(input: $input) { asset { publicId } succeeded { code } failed { code } userErrors { code field message } }
  }
`);

const AuthCreateApiKey = graphql(`
  mutation AuthCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey { id apiKey label role createdAt revokedAt }
      apiSecret
      userErrors { code field message }
    }
  }
`);

const AuthRevokeApiKey = graphql(`
  mutation AuthRevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey { apiKey role revokedAt }
      userErrors { code field message }
    }
  }
`);

const QUERY = { query: "{ environment { cloudName } }" };
const b64 = (s: string) => Buffer.from(s).toString("base64");
/** Every secret this file has seen, so response bodies can be checked for leaks. */
const knownSecrets = new Set(["admin-secret", "read-secret", "other-secret"]);

async function expectUnauthenticated(res: Response) {
  expect(res.status).toBe(401);
  expect(res.headers.get("www-authenticate")).toMatch(/^Basic realm="[^"]+"/);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  expect(body.errors[0].message).not.toBe("");
}

/** A mutation refused for a READ_ONLY key: one top-level FORBIDDEN error and no data. */
function expectForbidden(r: { data?: unknown; errors?: readonly { extensions?: Record<string, unknown> }[] }) {
  expect(r.data).toBeNull();
  expect(r.errors).toHaveLength(1);
  expect(r.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
}

async function newKey(input: { label?: string; role?: "ADMIN" | "READ_ONLY" }, as?: Credentials): Promise<Credentials> {
  const r = await t.gql(AuthCreateApiKey, { input }, as);
  expect(r.errors).toBeUndefined();
  expect(r.data!.createApiKey.userErrors).toEqual([]);
  const creds = { apiKey: r.data!.createApiKey.apiKey!.apiKey, apiSecret: r.data!.createApiKey.apiSecret! };
  knownSecrets.add(creds.apiSecret);
  return creds;
}

async function cloudNameAs(creds: Credentials) {
  const r = await t.gql(AuthEnvironment, {}, creds);
  return { status: r.status, cloudName: r.data?.environment.cloudName, code: r.errors?.[0]?.extensions?.code };
}

describe("authentication", () => {
  test("no Authorization header: 401 UNAUTHENTICATED with a Basic challenge", async () => {
    await expectUnauthenticated(await t.raw(QUERY));
    const typed = await t.gql(AuthEnvironment, {}, null);
    expect(typed.status).toBe(401);
    expect(typed.data).toBeUndefined();
    expect(typed.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  });

  test("a script that sends X-Requested-With (GraphiQL's sign-in) gets its 401 without the Basic challenge", async () => {
    const res = await t.raw(QUERY, { authorization: basic({ ...t.admin, apiSecret: "wrong" }), "x-requested-with": "XMLHttpRequest" });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBeNull();
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  test("a wrong secret, an unknown key or a malformed header: 401", async () => {
    const headers = [
      basic({ apiKey: t.admin.apiKey, apiSecret: "wrong-secret" }),
      basic({ apiKey: t.admin.apiKey, apiSecret: "" }),
      basic({ apiKey: t.admin.apiKey, apiSecret: "admin-secret " }),
      basic({ apiKey: t.admin.apiKey, apiSecret: "ADMIN-SECRET" }),
      basic({ apiKey: "999999999999999", apiSecret: "admin-secret" }),
      // a real key with the secret of another key (of another environment, too)
      basic({ apiKey: t.otherAdmin.apiKey, apiSecret: "admin-secret" }),
      basic({ apiKey: t.readOnly.apiKey, apiSecret: "admin-secret" }),
      `Bearer ${b64(`${t.admin.apiKey}:admin-secret`)}`,
      "Basic",
      "Basic ",
      "Basic !!!not-base64!!!",
      `Basic ${b64(t.admin.apiKey)}`,
      `Basic ${b64(":admin-secret")}`,
      `${t.admin.apiKey}:admin-secret`,
      b64(`${t.admin.apiKey}:admin-secret`),
    ];
    for (const authorization of headers) await expectUnauthenticated(await t.raw(QUERY, { authorization }));
    // The failed attempts leave the real credentials working (nothing poisoned in the cache).
    expect(await cloudNameAs(t.admin)).toEqual({ status: 200, cloudName: "test-cloud", code: undefined });
    // RFC 7617: the scheme name is case-insensitive.
    const lower = await t.raw(QUERY, { authorization: `basic ${b64(`${t.admin.apiKey}:admin-secret`)}` });
    expect(lower.status).toBe(200);
    expect(await lower.json()).toEqual({ data: { environment: { cloudName: "test-cloud" } } });
  });

  test("each key selects its own environment", async () => {
    expect(await cloudNameAs(t.admin)).toMatchObject({ status: 200, cloudName: "test-cloud" });
    expect(await cloudNameAs(t.readOnly)).toMatchObject({ status: 200, cloudName: "test-cloud" });
    expect(await cloudNameAs(t.otherAdmin)).toMatchObject({ status: 200, cloudName: "other-cloud" });
  });
});

describe("READ_ONLY keys", () => {
  test("can run queries", async () => {
    await importAssets(t, [
      { publicId: "ro/a", tags: ["keep"], assetFolder: "ro-folder" },
      { publicId: "ro/b", tags: ["keep"] },
    ]);
    const r = await t.gql(AuthOverview, { prefix: "ro/" }, t.readOnly);
    expect(r.errors).toBeUndefined();
    expect(r.data!.assets.totalCount).toBe(2);
    expect(r.data!.assets.edges.map((e) => e.node.publicId)).toEqual(["ro/a", "ro/b"]);
    expect(r.data!.rootFolders.edges.map((e) => e.node.path)).toContain("ro-folder");
    expect(r.data!.tags.edges).toContainEqual({ node: { name: "keep", assetCount: 2 } });
    const one = await t.gql(AuthAsset, { publicId: "ro/a" }, t.readOnly);
    expect(one.data!.asset).toMatchObject({ publicId: "ro/a", tags: ["keep"], assetFolder: "ro-folder" });
  });

  test("every mutation is FORBIDDEN at the top level and changes nothing", async () => {
    const keysBefore = await t.gql(AuthApiKeys, {});
    const b = (await t.gql(AuthAsset, { publicId: "ro/b" })).data!.asset!;

    expectForbidden(await t.gql(AuthCreateFolder, { input: { path: "ro-made" } }, t.readOnly));
    expectForbidden(await t.gql(AuthImportAssets, { input: { assets: [{ publicId: "ro/new" }] } }, t.readOnly));
    expectForbidden(await t.gql(AuthUpdateAsset, { input: { ref: { publicId: "ro/a" }, tags: ["changed"], assetFolder: "moved" } }, t.readOnly));
    expectForbidden(await t.gql(AuthAddRelated, { input: { asset: { publicId: "ro/a" }, assetsToRelate: [{ assetId: b.assetId }] } }, t.readOnly));
    expectForbidden(await t.gql(AuthCreateApiKey, { input: { label: "sneaky" } }, t.readOnly));
    expectForbidden(await t.gql(AuthCreateApiKey, { input: { label: "sneaky-ro", role: "READ_ONLY" } }, t.readOnly));
    expectForbidden(await t.gql(AuthRevokeApiKey, { input: { apiKey: t.admin.apiKey } }, t.readOnly));
    expectForbidden(await t.gql(AuthDeleteFolder, { input: { path: "ro-folder" } }, t.readOnly));

    // Nothing was written: checked as the admin.
    expect((await t.gql(AuthFolder, { path: "ro-made" })).data!.folder).toBeNull();
    expect((await t.gql(AuthFolder, { path: "moved" })).data!.folder).toBeNull();
    expect((await t.gql(AuthFolder, { path: "ro-folder" })).data!.folder).toMatchObject({ path: "ro-folder" });
    expect((await t.gql(AuthAsset, { publicId: "ro/new" })).data!.asset).toBeNull();
    const a = (await t.gql(AuthAsset, { publicId: "ro/a" })).data!.asset!;
    expect(a).toMatchObject({ tags: ["keep"], assetFolder: "ro-folder", relatedAssets: { totalCount: 0, edges: [] } });
    expect((await t.gql(AuthAsset, { publicId: "ro/b" })).data!.asset!.relatedAssets.totalCount).toBe(0);
    const keysAfter = await t.gql(AuthApiKeys, {});
    expect(keysAfter.data).toEqual(keysBefore.data);
    expect(keysAfter.data!.apiKeys.edges.map((e) => e.node.label)).not.toContain("sneaky");
    expect(await cloudNameAs(t.admin)).toMatchObject({ status: 200 });
  });

  test("cannot list API keys", async () => {
    const r = await t.gql(AuthApiKeys, {}, t.readOnly);
    expect(r.data).toBeNull();
    expect(r.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect(r.errors![0].path).toEqual(["apiKeys"]);
    expect(JSON.stringify(r)).not.toContain("admin-secret");
  });
});

describe("environment isolation", () => {
  test("assets, folders and tags of one environment are invisible to another", async () => {
    const [isoA, isoB] = await importAssets(t, [
      { publicId: "iso/a", tags: ["iso-secret-tag"], assetFolder: "iso-folder/inner" },
      { publicId: "iso/b", tags: ["iso-secret-tag"], assetFolder: "iso-folder" },
    ]);
    // The other environment has its own asset under the same public ID.
    const other = await t.gql(AuthImportAssets, { input: { assets: [{ publicId: "iso/a", tags: ["other-tag"], assetFolder: "other-folder" }] } }, t.otherAdmin);
    expect(other.data!.importAssets.userErrors).toEqual([]);
    const otherAssetId = other.data!.importAssets.assets[0].assetId;
    expect(otherAssetId).not.toBe(isoA);

    const mine = (await t.gql(AuthAsset, { assetId: isoA })).data!.asset!;
    const folder = (await t.gql(AuthFolder, { path: "iso-folder" })).data!.folder!;
    const adminKeyNode = (await t.gql(AuthApiKeys, {})).data!.apiKeys.edges.find((e) => e.node.apiKey === t.admin.apiKey)!.node;
    // Sanity: the admin's own node ids resolve for the admin.
    expect((await t.gql(AuthNode, { id: mine.id })).data!.node).toEqual({ __typename: "Asset", id: mine.id, publicId: "iso/a" });
    expect((await t.gql(AuthNode, { id: folder.id })).data!.node).toEqual({ __typename: "Folder", id: folder.id, path: "iso-folder" });
    expect((await t.gql(AuthNode, { id: adminKeyNode.id })).data!.node).toEqual({ __typename: "ApiKey", id: adminKeyNode.id, apiKey: t.admin.apiKey });

    const seen = await t.gql(AuthOverview, {}, t.otherAdmin);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.assets.totalCount).toBe(1);
    expect(seen.data!.assets.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ assetId: otherAssetId, publicId: "iso/a", tags: ["other-tag"], assetFolder: "other-folder" }),
    ]);
    expect(seen.data!.rootFolders.edges.map((e) => e.node.path)).toEqual(["other-folder"]);
    expect(seen.data!.tags.edges.map((e) => e.node)).toEqual([{ name: "other-tag", assetCount: 1 }]);
    expect((await t.gql(AuthOverview, { prefix: "iso/" }, t.otherAdmin)).data!.assets.edges.map((e) => e.node.assetId)).toEqual([otherAssetId]);

    for (const [vars, expected] of [
      [{ assetId: isoA }, null],
      [{ assetId: isoB }, null],
      [{ publicId: "iso/b" }, null],
    ] as const) {
      const r = await t.gql(AuthAsset, vars, t.otherAdmin);
      expect(r.errors).toBeUndefined();
      expect(r.data!.asset).toBe(expected);
    }
    // Same public ID: the other environment gets its own asset, never ours.
    expect((await t.gql(AuthAsset, { publicId: "iso/a" }, t.otherAdmin)).data!.asset!.assetId).toBe(otherAssetId);

    for (const id of [mine.id, folder.id, adminKeyNode.id]) {
      const r = await t.gql(AuthNode, { id }, t.otherAdmin);
      expect(r.errors).toBeUndefined();
      expect(r.data!.node).toBeNull();
    }
    // The same as for an id that exists nowhere.
    const nowhere = await t.gql(AuthNode, { id: Buffer.from(`Asset:${"0".repeat(32)}`).toString("base64") });
    expect(nowhere.errors).toBeUndefined();
    expect(nowhere.data!.node).toBeNull();
    // nodes(): each id on its own; one from another environment is null, the others still resolve.
    const mixed = await t.gql(AuthNodes, { ids: [mine.id, folder.id] }, t.otherAdmin);
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data!.nodes).toEqual([null, null]);
    const own = await t.gql(AuthNodes, { ids: [mine.id, Buffer.from(`Asset:${"0".repeat(32)}`).toString("base64"), folder.id] });
    expect(own.errors).toBeUndefined();
    expect(own.data!.nodes).toEqual([{ __typename: "Asset", publicId: "iso/a" }, null, { __typename: "Folder", path: "iso-folder" }]);
    expect((await t.gql(AuthFolder, { path: "iso-folder" }, t.otherAdmin)).data!.folder).toBeNull();
    const sub = await t.gql(AuthSubfolders, { path: "iso-folder" }, t.otherAdmin);
    expect(sub.errors![0].extensions).toMatchObject({ code: "NOT_FOUND" });
    const otherKeys = await t.gql(AuthApiKeys, {}, t.otherAdmin);
    expect(otherKeys.data!.apiKeys.edges.map((e) => e.node.apiKey)).toEqual([t.otherAdmin.apiKey]);
  });

  test("another environment's admin cannot relate, unrelate, update or revoke what it cannot see", async () => {
    const a = (await t.gql(AuthAsset, { publicId: "iso/a" })).data!.asset!;
    const b = (await t.gql(AuthAsset, { publicId: "iso/b" })).data!.asset!;
    const rel = await t.gql(AuthAddRelated, { input: { asset: { assetId: a.assetId }, assetsToRelate: [{ assetId: b.assetId }] } });
    expect(rel.data!.addRelatedAssets.userErrors).toEqual([]);

    const bySource = await t.gql(AuthAddRelated, { input: { asset: { assetId: a.assetId }, assetsToRelate: [{ assetId: b.assetId }] } }, t.otherAdmin);
    expect(bySource.errors).toBeUndefined();
    expect(bySource.data!.addRelatedAssets.asset).toBeNull();
    expect(bySource.data!.addRelatedAssets.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "asset"], message: expect.any(String) }]);
    const bySourcePublicId = await t.gql(AuthAddRelated, { input: { asset: { publicId: "iso/b" }, assetsToRelate: [{ publicId: "iso/a" }] } }, t.otherAdmin);
    expect(bySourcePublicId.data!.addRelatedAssets.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "asset"], message: expect.any(String) }]);

    // Its own asset as the source, ours as targets: each target is not found.
    const byTarget = await t.gql(AuthAddRelated, { input: { asset: { publicId: "iso/a" }, assetsToRelate: [{ assetId: a.assetId }, { publicId: "iso/b" }] } }, t.otherAdmin);
    expect(byTarget.data!.addRelatedAssets.succeeded).toEqual([]);
    expect(byTarget.data!.addRelatedAssets.failed).toEqual([
      { code: "not_found", status: 404, target: { assetId: a.assetId, publicId: null } },
      { code: "not_found", status: 404, target: { assetId: null, publicId: "iso/b" } },
    ]);
    expect(byTarget.data!.addRelatedAssets.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["RELATED_ASSET_FAILED", ["input", "assetsToRelate", "0"]],
      ["RELATED_ASSET_FAILED", ["input", "assetsToRelate", "1"]],
    ]);

    const unrelate = await t.gql(AuthDeleteRelated, { input: { asset: { assetId: a.assetId }, assetsToUnrelate: [{ assetId: b.assetId }] } }, t.otherAdmin);
    expect(unrelate.data!.deleteRelatedAssets.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "asset"], message: expect.any(String) }]);

    for (const ref of [{ assetId: a.assetId }, { publicId: "iso/b" }]) {
      const upd = await t.gql(AuthUpdateAsset, { input: { ref, tags: ["hijacked"], assetFolder: "hijacked" } }, t.otherAdmin);
      expect(upd.errors).toBeUndefined();
      expect(upd.data!.updateAsset.asset).toBeNull();
      expect(upd.data!.updateAsset.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "ref"], message: expect.any(String) }]);
    }

    const revoke = await t.gql(AuthRevokeApiKey, { input: { apiKey: t.readOnly.apiKey } }, t.otherAdmin);
    expect(revoke.data!.revokeApiKey).toEqual({ apiKey: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "apiKey"], message: expect.any(String) }] });
    expect(await cloudNameAs(t.readOnly)).toMatchObject({ status: 200, cloudName: "test-cloud" });

    // Ours are unchanged.
    const after = await t.gql(AuthOverview, { prefix: "iso/" });
    expect(after.data!.assets.edges.map((e) => [e.node.publicId, e.node.tags, e.node.assetFolder, e.node.relatedAssets.edges.map((r) => r.node.publicId)])).toEqual([
      ["iso/a", ["iso-secret-tag"], "iso-folder/inner", ["iso/b"]],
      ["iso/b", ["iso-secret-tag"], "iso-folder", ["iso/a"]],
    ]);
    expect((await t.gql(AuthFolder, { path: "hijacked" })).data!.folder).toBeNull();
    // And the other environment's own asset was not related to ours either.
    const theirs = await t.gql(AuthAsset, { publicId: "iso/a" }, t.otherAdmin);
    expect(theirs.data!.asset!.relatedAssets).toEqual({ totalCount: 0, edges: [] });
  });
});

describe("API keys", () => {
  test("createApiKey returns the secret once, and the new key works over HTTP Basic", async () => {
    const r = await t.gql(AuthCreateApiKey, { input: { label: "ci" } });
    expect(r.errors).toBeUndefined();
    const created = r.data!.createApiKey;
    expect(created.userErrors).toEqual([]);
    expect(created.apiKey).toMatchObject({ label: "ci", role: "ADMIN", revokedAt: null });
    expect(created.apiKey!.apiKey).toMatch(/^[1-9]\d{14}$/);
    expect(created.apiSecret).toMatch(/^[A-Za-z0-9_-]{27}$/);
    const creds = { apiKey: created.apiKey!.apiKey, apiSecret: created.apiSecret! };
    knownSecrets.add(creds.apiSecret);

    expect(await cloudNameAs(creds)).toEqual({ status: 200, cloudName: "test-cloud", code: undefined });
    // An ADMIN key may write.
    const folder = await t.gql(AuthCreateFolder, { input: { path: "made-by-ci" } }, creds);
    expect(folder.data!.createFolder).toMatchObject({ folder: { path: "made-by-ci" }, userErrors: [] });
    // The right key with a wrong secret is still refused.
    await expectUnauthenticated(await t.raw(QUERY, { authorization: basic({ ...creds, apiSecret: `${creds.apiSecret}x` }) }));

    // The key is listed (without its secret) and reachable as a node.
    const listed = await t.gql(AuthApiKeys, {});
    const node = listed.data!.apiKeys.edges.find((e) => e.node.apiKey === creds.apiKey)!.node;
    expect(node).toEqual(created.apiKey);
    expect(await t.gql(AuthNode, { id: node.id })).toMatchObject({ data: { node: { __typename: "ApiKey", apiKey: creds.apiKey } } });

    const ro = await newKey({ label: "reader", role: "READ_ONLY" });
    expect(await cloudNameAs(ro)).toMatchObject({ status: 200, cloudName: "test-cloud" });
    expectForbidden(await t.gql(AuthCreateFolder, { input: { path: "made-by-reader" } }, ro));
    expect((await t.gql(AuthFolder, { path: "made-by-reader" })).data!.folder).toBeNull();
  });

  test("ApiKey has no secret field, and apiKeys responses never contain a secret", async () => {
    const type = await t.gql(AuthApiKeyFields, {});
    const names = type.data!.__type!.fields!.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(["apiKey", "label", "role", "createdAt", "revokedAt"]));
    expect(names.filter((n) => /secret/i.test(n))).toEqual([]);
    expect(names).not.toContain("secret");
    expect(names).not.toContain("apiSecret");

    const asking = await t.raw({ query: "{ apiKeys { edges { node { apiKey secret } } } }" }, { authorization: basic(t.admin) });
    const askingBody = await asking.text();
    expect(JSON.parse(askingBody).errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    for (const secret of knownSecrets) expect(askingBody).not.toContain(secret);

    const res = await t.raw({ query: print(AuthApiKeys) }, { authorization: basic(t.admin) });
    expect(res.status).toBe(200);
    const text = await res.text();
    const parsed = JSON.parse(text) as { data: { apiKeys: { totalCount: number; edges: { node: { apiKey: string } }[] } } };
    // The keys created above are all listed, yet none of their secrets.
    expect(parsed.data.apiKeys.totalCount).toBeGreaterThanOrEqual(4);
    expect(parsed.data.apiKeys.edges.map((e) => e.node.apiKey)).toEqual(expect.arrayContaining([t.admin.apiKey, t.readOnly.apiKey]));
    expect(knownSecrets.size).toBeGreaterThanOrEqual(5);
    for (const secret of knownSecrets) expect(text).not.toContain(secret);
    // Also none of the secrets stored for this environment's keys.
    const stored = await t.app.db.apiKey.findMany({ select: { secret: true } });
    for (const { secret } of stored) expect(text).not.toContain(secret);
  });

  test("createApiKey failures carry no secret anywhere in the response body", async () => {
    const before = (await t.gql(AuthApiKeys, {})).data!.apiKeys.totalCount;
    const cases: [Credentials, unknown][] = [
      // too long a label: a userError
      [t.admin, { query: print(AuthCreateApiKey), variables: { input: { label: "x".repeat(256) } } }],
      // a READ_ONLY key: FORBIDDEN
      [t.readOnly, { query: print(AuthCreateApiKey), variables: { input: { label: "ro" } } }],
      // an unknown role: a variable coercion error
      [t.admin, { query: print(AuthCreateApiKey), variables: { input: { label: "bad", role: "OWNER" } } }],
      // a field that does not exist: a validation error
      [t.admin, { query: "mutation { createApiKey(input: {}) { apiSecret secret } }" }],
    ];
    const bodies: string[] = [];
    for (const [creds, body] of cases) {
      const res = await t.raw(body, { authorization: basic(creds) });
      const text = await res.text();
      bodies.push(text);
      for (const secret of knownSecrets) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/"apiSecret":"/);
      expect(JSON.parse(text).errors ?? JSON.parse(text).data.createApiKey.userErrors).not.toHaveLength(0);
    }
    expect(JSON.parse(bodies[0]).data.createApiKey).toEqual({
      apiKey: null,
      apiSecret: null,
      userErrors: [{ code: "LIMIT_EXCEEDED", field: ["input", "label"], message: expect.any(String) }],
    });
    expect(JSON.parse(bodies[1]).errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await t.gql(AuthApiKeys, {})).data!.apiKeys.totalCount).toBe(before);
    // A label of exactly 255 characters is fine.
    const ok = await newKey({ label: "y".repeat(255), role: "READ_ONLY" });
    expect(await cloudNameAs(ok)).toMatchObject({ status: 200 });
  });

  test("revokeApiKey locks the key out at once", async () => {
    const k = await newKey({ label: "to-revoke" });
    expect(await cloudNameAs(k)).toMatchObject({ status: 200 }); // now cached by the authenticator
    const r = await t.gql(AuthRevokeApiKey, { input: { apiKey: k.apiKey } });
    expect(r.data!.revokeApiKey.userErrors).toEqual([]);
    expect(r.data!.revokeApiKey.apiKey).toMatchObject({ apiKey: k.apiKey, role: "ADMIN" });
    const revokedAt = r.data!.revokeApiKey.apiKey!.revokedAt;
    expect(revokedAt).not.toBeNull();
    await expectUnauthenticated(await t.raw(QUERY, { authorization: basic(k) }));
    expect((await t.gql(AuthCreateFolder, { input: { path: "after-revoke" } }, k)).status).toBe(401);
    expect((await t.gql(AuthFolder, { path: "after-revoke" })).data!.folder).toBeNull();

    const listed = (await t.gql(AuthApiKeys, {})).data!.apiKeys.edges.find((e) => e.node.apiKey === k.apiKey)!.node;
    expect(listed.revokedAt).toBe(revokedAt);
    // Revoking again changes nothing; an unknown key is NOT_FOUND.
    const again = await t.gql(AuthRevokeApiKey, { input: { apiKey: k.apiKey } });
    expect(again.data!.revokeApiKey).toEqual({ apiKey: { apiKey: k.apiKey, role: "ADMIN", revokedAt }, userErrors: [] });
    const unknown = await t.gql(AuthRevokeApiKey, { input: { apiKey: "999999999999999" } });
    expect(unknown.data!.revokeApiKey).toEqual({ apiKey: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "apiKey"], message: expect.any(String) }] });

    // A key may revoke itself; a READ_ONLY key is revoked the same way.
    const self = await newKey({ label: "self" });
    const selfRevoke = await t.gql(AuthRevokeApiKey, { input: { apiKey: self.apiKey } }, self);
    expect(selfRevoke.data!.revokeApiKey.userErrors).toEqual([]);
    expect((await cloudNameAs(self)).status).toBe(401);
    const reader = await newKey({ label: "reader-2", role: "READ_ONLY" });
    expect((await cloudNameAs(reader)).status).toBe(200);
    expect((await t.gql(AuthRevokeApiKey, { input: { apiKey: reader.apiKey } })).data!.revokeApiKey.apiKey!.role).toBe("READ_ONLY");
    expect((await cloudNameAs(reader)).status).toBe(401);
    expect(await cloudNameAs(t.admin)).toMatchObject({ status: 200 });
  });

  test("the last active admin key cannot be revoked", async () => {
    // The other environment has a single admin key.
    const lone = await t.gql(AuthRevokeApiKey, { input: { apiKey: t.otherAdmin.apiKey } }, t.otherAdmin);
    expect(lone.data!.revokeApiKey).toEqual({
      apiKey: null,
      userErrors: [{ code: "INVALID_ARGUMENT", field: ["input", "apiKey"], message: expect.any(String) }],
    });
    expect(await cloudNameAs(t.otherAdmin)).toMatchObject({ status: 200, cloudName: "other-cloud" });

    // Here: revoke every other active admin key; active READ_ONLY keys do not count.
    const keys = (await t.gql(AuthApiKeys, {})).data!.apiKeys.edges.map((e) => e.node);
    const others = keys.filter((k) => k.role === "ADMIN" && k.revokedAt === null && k.apiKey !== t.admin.apiKey);
    expect(others.length).toBeGreaterThan(0);
    for (const k of others) expect((await t.gql(AuthRevokeApiKey, { input: { apiKey: k.apiKey } })).data!.revokeApiKey.userErrors).toEqual([]);
    const last = await t.gql(AuthRevokeApiKey, { input: { apiKey: t.admin.apiKey } });
    expect(last.data!.revokeApiKey.userErrors).toEqual([{ code: "INVALID_ARGUMENT", field: ["input", "apiKey"], message: expect.any(String) }]);
    expect(await cloudNameAs(t.admin)).toMatchObject({ status: 200 });
    expect(await cloudNameAs(t.readOnly)).toMatchObject({ status: 200 });
    const active = (await t.gql(AuthApiKeys, {})).data!.apiKeys.edges.filter((e) => e.node.role === "ADMIN" && e.node.revokedAt === null);
    expect(active.map((e) => e.node.apiKey)).toEqual([t.admin.apiKey]);
  });

  test("two admins revoking each other at once leave one admin key active", async () => {
    await bootstrapEnvironment(t.app.db, { cloudName: "race-cloud", apiKey: "444444444444444", apiSecret: "race-secret" });
    const first = { apiKey: "444444444444444", apiSecret: "race-secret" };
    knownSecrets.add(first.apiSecret);
    for (let round = 0; round < 5; round++) {
      const active = (await t.gql(AuthApiKeys, {}, first)).data!.apiKeys.edges.filter((e) => e.node.role === "ADMIN" && e.node.revokedAt === null);
      expect(active).toHaveLength(1);
      const second = await newKey({ label: `race-${round}` }, first);
      const [x, y] = await Promise.all([
        t.gql(AuthRevokeApiKey, { input: { apiKey: second.apiKey } }, first),
        t.gql(AuthRevokeApiKey, { input: { apiKey: first.apiKey } }, second),
      ]);
      const refused = [x, y].filter((r) => r.data!.revokeApiKey.userErrors.length > 0);
      expect(refused).toHaveLength(1);
      expect(refused[0].data!.revokeApiKey.userErrors[0]).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "apiKey"] });
      // Whichever key survived still works; continue with it.
      const survivor = x.data!.revokeApiKey.userErrors.length > 0 ? second : first;
      const loser = survivor === first ? second : first;
      expect(await cloudNameAs(survivor)).toMatchObject({ status: 200, cloudName: "race-cloud" });
      expect((await cloudNameAs(loser)).status).toBe(401);
      Object.assign(first, survivor);
    }
  });
});
