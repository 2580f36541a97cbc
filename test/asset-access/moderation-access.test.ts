import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { UpdateAssetInput } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp();

const Update = graphql(`
  mutation AccessUpdateAsset($input: UpdateAssetInput!) {
    updateAsset(input: $input) {
      asset {
        assetId tags
        moderation { kind status }
        accessControl { accessType start end }
        lastUpdated { accessControlUpdatedAt tagsUpdatedAt }
      }
      userErrors { code field message }
    }
  }
`);
const ByModeration = graphql(`
  query AccessByModeration($kind: ModerationKind!, $status: ModerationStatus!) {
    assets(moderation: { kind: $kind, status: $status }, first: 50) { edges { node { publicId } } }
  }
`);
const AccessMode = graphql(`
  mutation AccessMode($input: UpdateAssetsAccessModeInput!) {
    updateAssetsAccessMode(input: $input) {
      updated { publicId accessMode lastUpdated { accessControlUpdatedAt } }
      failed { publicId index message }
      userErrors { code field message }
    }
  }
`);
const Get = graphql(`
  query AccessGet($publicId: String!) {
    asset(publicId: $publicId) { accessMode accessControl { accessType start end } moderation { kind status } lastUpdated { accessControlUpdatedAt } }
  }
`);

async function events(type: string, assetId?: string) {
  const rows = await t.app.db.event.findMany({ where: { type }, orderBy: { seq: "asc" } });
  return rows.map((r) => JSON.parse(r.payload) as Record<string, unknown> & { asset: { asset_id: string; public_id: string } }).filter((p) => !assetId || p.asset.asset_id === assetId);
}

async function update(input: UpdateAssetInput) {
  const r = await t.gql(Update, { input });
  expect(r.errors).toBeUndefined();
  return r.data!.updateAsset;
}

describe("moderation decisions", () => {
  test("approving an asset never moderated adds a manual entry and emits moderation only", async () => {
    const [id] = await importAssets(t, [{ publicId: "m-plain" }]);
    const r = await update({ ref: { assetId: id }, moderationStatus: "APPROVED" });
    expect(r.userErrors).toEqual([]);
    expect(r.asset!.moderation).toEqual([{ kind: "MANUAL", status: "APPROVED" }]);
    expect(await events("moderation", id)).toEqual([expect.objectContaining({ moderation_kind: "manual", moderation_status: "approved", asset: expect.objectContaining({ public_id: "m-plain" }) })]);
    expect(await events("moderation_summary", id)).toEqual([]);
    const listed = (await t.gql(ByModeration, { kind: "MANUAL", status: "APPROVED" })).data!.assets.edges.map((e) => e.node.publicId);
    expect(listed).toContain("m-plain");
    // The same decision again changes nothing and emits nothing.
    await update({ ref: { assetId: id }, moderationStatus: "APPROVED" });
    expect(await events("moderation", id)).toHaveLength(1);
  });

  test("with several moderations the current one takes the decision, waiting ones abort, and a summary is emitted", async () => {
    const [id] = await importAssets(t, [{
      publicId: "m-multi",
      moderation: [{ kind: "AWS_REK", status: "APPROVED" }, { kind: "WEBPURIFY", status: "PENDING" }, { kind: "PERCEPTION_POINT", status: "QUEUED" }],
    }]);
    const r = await update({ ref: { assetId: id }, moderationStatus: "REJECTED" });
    expect(r.asset!.moderation).toEqual([
      { kind: "AWS_REK", status: "APPROVED" },
      { kind: "WEBPURIFY", status: "REJECTED" },
      { kind: "PERCEPTION_POINT", status: "ABORTED" },
    ]);
    expect(await events("moderation", id)).toEqual([expect.objectContaining({ moderation_kind: "webpurify", moderation_status: "rejected" })]);
    expect(await events("moderation_summary", id)).toEqual([expect.objectContaining({
      moderation_status: "rejected",
      moderations: [{ kind: "aws_rek", status: "approved" }, { kind: "webpurify", status: "rejected" }, { kind: "perception_point", status: "aborted" }],
    })]);
    expect((await t.gql(ByModeration, { kind: "WEBPURIFY", status: "REJECTED" })).data!.assets.edges.map((e) => e.node.publicId)).toEqual(["m-multi"]);
    // Overriding a rejected asset changes the rejecting moderation.
    const again = await update({ ref: { assetId: id }, moderationStatus: "APPROVED" });
    expect(again.asset!.moderation).toEqual([
      { kind: "AWS_REK", status: "APPROVED" },
      { kind: "WEBPURIFY", status: "APPROVED" },
      { kind: "PERCEPTION_POINT", status: "ABORTED" },
    ]);
    expect((await t.gql(ByModeration, { kind: "WEBPURIFY", status: "REJECTED" })).data!.assets.edges).toEqual([]);
  });

  test("a failed update leaves the moderation as it was", async () => {
    const [id] = await importAssets(t, [{ publicId: "m-atomic", moderation: [{ kind: "MANUAL", status: "PENDING" }] }]);
    const r = await update({ ref: { assetId: id }, moderationStatus: "APPROVED", accessControl: [{ accessType: "TOKEN", start: "2030-01-01T00:00:00Z" }] });
    expect(r.userErrors).toEqual([{ code: "INVALID_ARGUMENT", field: ["input", "accessControl", "0", "start"], message: expect.stringContaining("TOKEN") }]);
    expect((await t.gql(Get, { publicId: "m-atomic" })).data!.asset!.moderation).toEqual([{ kind: "MANUAL", status: "PENDING" }]);
    expect(await events("moderation", id)).toEqual([]);
  });
});

describe("access control", () => {
  test("rules are stored, exposed, stamp accessControlUpdatedAt and emit before/after", async () => {
    const [id] = await importAssets(t, [{ publicId: "ac-1" }]);
    const rules = [{ accessType: "TOKEN" as const }, { accessType: "ANONYMOUS" as const, start: "2017-12-15T12:00:00.000Z", end: "2018-01-20T12:00:00.000Z" }];
    const r = await update({ ref: { assetId: id }, accessControl: rules });
    expect(r.userErrors).toEqual([]);
    expect(r.asset!.accessControl).toEqual([{ accessType: "TOKEN", start: null, end: null }, { accessType: "ANONYMOUS", start: "2017-12-15T12:00:00.000Z", end: "2018-01-20T12:00:00.000Z" }]);
    const stamped = r.asset!.lastUpdated.accessControlUpdatedAt;
    expect(stamped).not.toBeNull();
    expect(await events("access_control_changed", id)).toEqual([expect.objectContaining({
      before: { access_control: null },
      after: { access_control: [{ access_type: "token" }, { access_type: "anonymous", start: "2017-12-15T12:00:00.000Z", end: "2018-01-20T12:00:00.000Z" }] },
    })]);
    // The same rules again: nothing changes, no event, the stamp stays.
    const same = await update({ ref: { assetId: id }, accessControl: rules, tags: ["x"] });
    expect(same.asset!.lastUpdated.accessControlUpdatedAt).toBe(stamped);
    expect(await events("access_control_changed", id)).toHaveLength(1);
    // An empty list removes the rules.
    const cleared = await update({ ref: { assetId: id }, accessControl: [] });
    expect(cleared.asset!.accessControl).toBeNull();
    expect((await events("access_control_changed", id)).at(-1)).toMatchObject({ after: { access_control: null } });
    expect((await t.gql(Get, { publicId: "ac-1" }, t.otherAdmin)).data!.asset).toBeNull();
  });

  test("rules are validated with the offending field named", async () => {
    const [id] = await importAssets(t, [{ publicId: "ac-bad" }]);
    const end = await update({ ref: { assetId: id }, accessControl: [{ accessType: "ANONYMOUS", start: "2020-02-01T00:00:00Z", end: "2020-01-01T00:00:00Z" }] });
    expect(end.userErrors).toEqual([{ code: "INVALID_ARGUMENT", field: ["input", "accessControl", "0", "end"], message: "end must be after start" }]);
    const many = await update({ ref: { assetId: id }, accessControl: Array.from({ length: 51 }, () => ({ accessType: "TOKEN" as const })) });
    expect(many.userErrors[0]).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "accessControl"] });
    expect((await t.gql(Get, { publicId: "ac-bad" })).data!.asset!.accessControl).toBeNull();
  });
});

describe("updateAssetsAccessMode (deprecated)", () => {
  test("by public IDs: updates upload assets, reports the unknown ones, emits per changed asset", async () => {
    await importAssets(t, [{ publicId: "am-1" }, { publicId: "am-2" }, { publicId: "am-3", type: "PRIVATE" }]);
    const r = (await t.gql(AccessMode, { input: { accessMode: "AUTHENTICATED", publicIds: ["am-1", "am-2", "am-3", "nope"] } })).data!.updateAssetsAccessMode;
    expect(r.userErrors).toEqual([]);
    expect(r.updated.map((a) => [a.publicId, a.accessMode])).toEqual([["am-1", "AUTHENTICATED"], ["am-2", "AUTHENTICATED"]]);
    expect(r.updated[0].lastUpdated.accessControlUpdatedAt).not.toBeNull();
    expect(r.failed.map((f) => [f.publicId, f.index])).toEqual([["am-3", 2], ["nope", 3]]);
    const evs = (await events("access_control_changed")).filter((e) => e.asset.public_id.startsWith("am-"));
    expect(evs.map((e) => [e.asset.public_id, e.before, e.after])).toEqual([
      ["am-1", { access_mode: "public" }, { access_mode: "authenticated" }],
      ["am-2", { access_mode: "public" }, { access_mode: "authenticated" }],
    ]);
  });

  test("by prefix or tag, at most 100 matches; exactly one selector", async () => {
    await importAssets(t, Array.from({ length: 101 }, (_, i) => ({ publicId: `bulk/${String(i).padStart(3, "0")}`, tags: i < 3 ? ["few"] : [] })));
    const tooMany = (await t.gql(AccessMode, { input: { accessMode: "AUTHENTICATED", prefix: "bulk/" } })).data!.updateAssetsAccessMode;
    expect(tooMany.userErrors).toEqual([{ code: "LIMIT_EXCEEDED", field: ["input", "prefix"], message: expect.stringContaining("100") }]);
    expect((await t.gql(Get, { publicId: "bulk/000" })).data!.asset!.accessMode).toBe("PUBLIC");
    const byPrefix = (await t.gql(AccessMode, { input: { accessMode: "AUTHENTICATED", prefix: "bulk/00" } })).data!.updateAssetsAccessMode;
    expect(byPrefix.updated).toHaveLength(10);
    const byTag = (await t.gql(AccessMode, { input: { accessMode: "AUTHENTICATED", tag: "few" } })).data!.updateAssetsAccessMode;
    expect(byTag.updated.map((a) => a.publicId)).toEqual(["bulk/000", "bulk/001", "bulk/002"]);
    const ids = Array.from({ length: 101 }, (_, i) => `x${i}`);
    expect((await t.gql(AccessMode, { input: { accessMode: "PUBLIC", publicIds: ids } })).data!.updateAssetsAccessMode.userErrors[0]).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "publicIds"] });
    expect((await t.gql(AccessMode, { input: { accessMode: "PUBLIC", prefix: "a", tag: "b" } })).data!.updateAssetsAccessMode.userErrors[0]).toMatchObject({ code: "INVALID_ARGUMENT" });
    expect((await t.gql(AccessMode, { input: { accessMode: "PUBLIC" } })).data!.updateAssetsAccessMode.userErrors[0]).toMatchObject({ code: "INVALID_ARGUMENT" });
  });
});
