import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";

const t = useTestApp();

const List = graphql(`
  query ProfilesList($first: Int, $after: String) {
    streamingProfiles(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { name displayName predefined modified } }
    }
  }
`);
const Get = graphql(`
  query ProfileGet($name: String!) {
    streamingProfile(name: $name) { id name displayName predefined modified representations { transformation transformationString } }
  }
`);
const Node = graphql(`
  query ProfileNode($id: ID!) { node(id: $id) { __typename ... on StreamingProfile { name } } }
`);
const Create = graphql(`
  mutation ProfileCreate($input: CreateStreamingProfileInput!) {
    createStreamingProfile(input: $input) {
      streamingProfile { name displayName predefined representations { transformation transformationString } }
      userErrors { code field message }
    }
  }
`);
const Update = graphql(`
  mutation ProfileUpdate($input: UpdateStreamingProfileInput!) {
    updateStreamingProfile(input: $input) {
      streamingProfile { name displayName predefined modified representations { transformationString } }
      userErrors { code field message }
    }
  }
`);
const Delete = graphql(`
  mutation ProfileDelete($input: DeleteStreamingProfileInput!) {
    deleteStreamingProfile(input: $input) {
      deletedName
      revertedProfile { name modified representations { transformationString } }
      userErrors { code field message }
    }
  }
`);

const BUILTINS = ["4k", "full_hd", "hd", "sd", "full_hd_wifi", "full_hd_lean", "hd_lean"];
const square = [
  { transformation: "c_limit,w_1200,h_1200,br_5m" },
  { transformation: "c_limit,w_900,h_900,br_3500k" },
  { transformation: "c_limit,w_600,h_600,br_1500k" },
];

describe("streaming profiles", () => {
  test("every environment has the seven built-ins, with representations", async () => {
    const r = (await t.gql(List, { first: 20 })).data!.streamingProfiles;
    expect(r.totalCount).toBe(7);
    expect(r.edges.map((e) => e.node.name)).toEqual(BUILTINS);
    expect(r.edges[0].node).toEqual({ name: "4k", displayName: "4K (2160p)", predefined: true, modified: false });
    const hd = (await t.gql(Get, { name: "HD" })).data!.streamingProfile!;
    expect(hd.name).toBe("hd");
    expect(hd.representations.length).toBeGreaterThan(1);
    expect(hd.representations.at(-1)!.transformation).toEqual([{ width: 1280, height: 720, crop: "limit", video_codec: "h264", bit_rate: "5500k" }]);
    expect((await t.gql(Node, { id: hd.id })).data!.node).toEqual({ __typename: "StreamingProfile", name: "hd" });
  });

  test("create a custom profile; its name is case-insensitive; components come back by full name", async () => {
    const r = (await t.gql(Create, { input: { name: "custom_square", displayName: "Custom square resolution", representations: square } })).data!.createStreamingProfile;
    expect(r.userErrors).toEqual([]);
    expect(r.streamingProfile).toMatchObject({ name: "custom_square", displayName: "Custom square resolution", predefined: false });
    expect(r.streamingProfile!.representations[0]).toEqual({ transformation: [{ crop: "limit", width: 1200, height: 1200, bit_rate: "5m" }], transformationString: "c_limit,w_1200,h_1200,br_5m" });
    const dup = (await t.gql(Create, { input: { name: "Custom_Square", representations: square } })).data!.createStreamingProfile;
    expect(dup.userErrors).toEqual([{ code: "ALREADY_EXISTS", field: ["input", "name"], message: expect.stringContaining("case-insensitive") }]);
    const builtin = (await t.gql(Create, { input: { name: "SD", representations: square } })).data!.createStreamingProfile;
    expect(builtin.userErrors[0]).toMatchObject({ code: "ALREADY_EXISTS", field: ["input", "name"] });
    expect((await t.gql(Get, { name: "CUSTOM_SQUARE" })).data!.streamingProfile!.name).toBe("custom_square");
    expect((await t.gql(Get, { name: "custom_square" }, t.otherAdmin)).data!.streamingProfile).toBeNull();
    const list = (await t.gql(List, { first: 5 })).data!.streamingProfiles;
    expect(list.totalCount).toBe(8);
    const rest = (await t.gql(List, { first: 5, after: list.pageInfo.endCursor })).data!.streamingProfiles;
    expect(rest.edges.map((e) => e.node.name)).toEqual(["full_hd_lean", "hd_lean", "custom_square"]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  test("names and representations are validated, naming the field", async () => {
    const bad = async (input: { name: string; representations: { transformation: string }[]; displayName?: string }) =>
      (await t.gql(Create, { input })).data!.createStreamingProfile.userErrors[0];
    expect(await bad({ name: "has space", representations: square })).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "name"] });
    expect(await bad({ name: "x".repeat(256), representations: square })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "name"] });
    expect(await bad({ name: "none", representations: [] })).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "representations"] });
    const many = Array.from({ length: 33 }, () => ({ transformation: "w_100" }));
    expect(await bad({ name: "many", representations: many })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "representations"] });
    expect(await bad({ name: "vs", representations: [{ transformation: "w_100" }, { transformation: "w_100,vs_10" }] })).toEqual({
      code: "INVALID_ARGUMENT", field: ["input", "representations", "1", "transformation"], message: expect.stringContaining("video_sampling"),
    });
    expect(await bad({ name: "unknown", representations: [{ transformation: "w_100,foo_1" }] })).toMatchObject({ field: ["input", "representations", "0", "transformation"] });
    expect(await bad({ name: "badvalue", representations: [{ transformation: "w_wide" }] })).toMatchObject({ field: ["input", "representations", "0", "transformation"] });
    expect(await bad({ name: "badcodec", representations: [{ transformation: "vc_divx" }] })).toMatchObject({ field: ["input", "representations", "0", "transformation"] });
    expect(await bad({ name: "long", displayName: "d".repeat(256), representations: square })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "displayName"] });
    expect((await t.gql(Get, { name: "vs" })).data!.streamingProfile).toBeNull();
  });

  test("update replaces the representations, on custom and built-in profiles", async () => {
    await t.gql(Create, { input: { name: "upd", displayName: "Before", representations: square } });
    const r = (await t.gql(Update, { input: { name: "UPD", representations: [...square, { transformation: "c_limit,w_320,h_320,br_192k" }] } })).data!.updateStreamingProfile;
    expect(r.userErrors).toEqual([]);
    expect(r.streamingProfile!.displayName).toBe("Before");
    expect(r.streamingProfile!.representations.map((x) => x.transformationString)).toHaveLength(4);
    const b = (await t.gql(Update, { input: { name: "hd_lean", representations: [{ transformation: "w_640,h_360,br_1m" }] } })).data!.updateStreamingProfile;
    expect(b.userErrors).toEqual([]);
    expect(b.streamingProfile).toEqual({ name: "hd_lean", displayName: "HD Lean (720p)", predefined: true, modified: true, representations: [{ transformationString: "w_640,h_360,br_1m" }] });
    expect((await t.gql(Get, { name: "hd_lean" }, t.otherAdmin)).data!.streamingProfile!.modified).toBe(false);
    expect((await t.gql(Update, { input: { name: "nope", displayName: "x" } })).data!.updateStreamingProfile.userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: ["input", "name"] });
    const refused = (await t.gql(Update, { input: { name: "upd", representations: [{ transformation: "vs_5" }] } })).data!.updateStreamingProfile;
    expect(refused.userErrors[0].field).toEqual(["input", "representations", "0", "transformation"]);
    expect((await t.gql(Get, { name: "upd" })).data!.streamingProfile!.representations).toHaveLength(4);
  });

  test("delete: a custom profile goes, a modified built-in reverts, an unmodified one is refused", async () => {
    await t.gql(Create, { input: { name: "temp", representations: square } });
    expect((await t.gql(Delete, { input: { name: "TEMP" } })).data!.deleteStreamingProfile).toEqual({ deletedName: "temp", revertedProfile: null, userErrors: [] });
    expect((await t.gql(Get, { name: "temp" })).data!.streamingProfile).toBeNull();
    const original = (await t.gql(Get, { name: "sd" })).data!.streamingProfile!;
    await t.gql(Update, { input: { name: "sd", displayName: "Mine", representations: [{ transformation: "w_320,h_240" }] } });
    const reverted = (await t.gql(Delete, { input: { name: "sd" } })).data!.deleteStreamingProfile;
    expect(reverted.userErrors).toEqual([]);
    expect(reverted.revertedProfile).toEqual({ name: "sd", modified: false, representations: original.representations.map((r) => ({ transformationString: r.transformationString })) });
    expect((await t.gql(Get, { name: "sd" })).data!.streamingProfile).toEqual(original);
    expect((await t.gql(Delete, { input: { name: "sd" } })).data!.deleteStreamingProfile.userErrors).toEqual([
      { code: "PREDEFINED_PROFILE_NOT_MODIFIED", field: ["input", "name"], message: expect.stringContaining("never modified") },
    ]);
    expect((await t.gql(Delete, { input: { name: "missing" } })).data!.deleteStreamingProfile.userErrors[0].code).toBe("NOT_FOUND");
  });
});

describe("concurrent writers", () => {
  // Prisma sends this upsert as one INSERT ... ON CONFLICT DO UPDATE (a compound unique key and a
  // non-empty update qualify), so concurrent first updates of a built-in do not race; this keeps it so.
  test("parallel first updates of a built-in all succeed and leave one modified copy", async () => {
    const as = t.otherAdmin;
    const reps = (w: number) => [{ transformation: `c_limit,w_${w},h_${w},br_1m` }];
    const results = await Promise.all([301, 302, 303, 304, 305, 306].map((w) => t.gql(Update, { input: { name: "hd_lean", representations: reps(w) } }, as)));
    expect(results.map((r) => [r.errors, r.data!.updateStreamingProfile.userErrors])).toEqual(Array.from({ length: 6 }, () => [undefined, []]));
    const got = (await t.gql(Get, { name: "hd_lean" }, as)).data!.streamingProfile!;
    expect(got).toMatchObject({ name: "hd_lean", predefined: true, modified: true });
    expect(got.representations).toHaveLength(1);
    expect(got.representations[0].transformationString).toMatch(/^c_limit,w_(30\d),h_\1,br_1m$/);
    expect(await t.app.db.streamingProfile.count({ where: { nameKey: "hd_lean", environment: { cloudName: "other-cloud" } } })).toBe(1);
  });
});
