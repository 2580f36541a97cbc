import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import type { UpdateAssetInput } from "../gql/graphql.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp();

const Update = graphql(`
  mutation ImageParamsUpdate($input: UpdateAssetInput!) {
    updateAsset(input: $input) {
      asset {
        faceCoordinates customCoordinates regions qualityOverride visualSearchIndexed
        addonRequests { kind value autoTagging status }
      }
      userErrors { code field message }
    }
  }
`);
const Get = graphql(`
  query ImageParamsGet($publicId: String!, $resourceType: ResourceType) {
    asset(publicId: $publicId, resourceType: $resourceType) { faceCoordinates customCoordinates regions qualityOverride visualSearchIndexed addonRequests { kind } }
  }
`);

async function update(input: UpdateAssetInput) {
  const r = await t.gql(Update, { input });
  expect(r.errors).toBeUndefined();
  return r.data!.updateAsset;
}

describe("updateAsset image parameters and add-ons", () => {
  test("coordinates, regions, quality override and visual search are stored and shown", async () => {
    const [id] = await importAssets(t, [{ publicId: "img-1", width: 500, height: 400 }]);
    const r = await update({
      ref: { assetId: id },
      faceCoordinates: [[10, 20, 150, 130], [213, 245, 82, 61]],
      customCoordinates: [[85, 120, 220, 210]],
      regions: { name1: [[1, 2], [3, 4]], "name-2": [[5, 6], [7, 8], [9, 10]] },
      qualityOverride: 80,
      visualSearch: true,
    });
    expect(r.userErrors).toEqual([]);
    expect(r.asset).toEqual({
      faceCoordinates: [[10, 20, 150, 130], [213, 245, 82, 61]],
      customCoordinates: [[85, 120, 220, 210]],
      regions: { name1: [[1, 2], [3, 4]], "name-2": [[5, 6], [7, 8], [9, 10]] },
      qualityOverride: 80,
      visualSearchIndexed: true,
      addonRequests: [],
    });
    // Only what is given changes; [] removes coordinates.
    const cleared = await update({ ref: { assetId: id }, faceCoordinates: [] });
    expect(cleared.asset).toMatchObject({ faceCoordinates: null, customCoordinates: [[85, 120, 220, 210]], qualityOverride: 80 });
  });

  test("add-on parameters are recorded as pending requests", async () => {
    const [id] = await importAssets(t, [{ publicId: "img-addon" }]);
    const r = await update({ ref: { assetId: id }, detection: "coco_v2", categorization: "google_tagging, imagga_tagging", autoTagging: 0.6, ocr: "adv_ocr", backgroundRemoval: "cloudinary_ai" });
    expect(r.userErrors).toEqual([]);
    expect(r.asset!.addonRequests).toEqual([
      { kind: "detection", value: "coco_v2", autoTagging: 0.6, status: "PENDING" },
      { kind: "categorization", value: "google_tagging,imagga_tagging", autoTagging: 0.6, status: "PENDING" },
      { kind: "ocr", value: "adv_ocr", autoTagging: null, status: "PENDING" },
      { kind: "background_removal", value: "cloudinary_ai", autoTagging: null, status: "PENDING" },
    ]);
    expect(await t.app.db.event.count({ where: { type: "info" } })).toBe(0);
  });

  test("every parameter is checked, naming the field; a refused update writes nothing", async () => {
    await importAssets(t, [{ publicId: "img-v", width: 100, height: 100 }, { publicId: "vid", resourceType: "VIDEO" }, { publicId: "doc", resourceType: "RAW" }]);
    const err = async (input: Omit<UpdateAssetInput, "ref">, publicId = "img-v", resourceType: "IMAGE" | "VIDEO" | "RAW" = "IMAGE") => {
      const r = await update({ ref: { publicId, resourceType }, tags: ["should-not-stick"], ...input });
      expect(r.asset).toBeNull();
      return r.userErrors[0];
    };
    expect(await err({ faceCoordinates: [[1, 2, 3]] })).toMatchObject({ code: "INVALID_ARGUMENT", field: ["input", "faceCoordinates", "0"] });
    expect(await err({ faceCoordinates: [[0, 0, 10, 10], [90, 90, 20, 5]] })).toMatchObject({ field: ["input", "faceCoordinates", "1"], message: expect.stringContaining("100x100") });
    expect(await err({ customCoordinates: [[0, 0, 0, 10]] })).toMatchObject({ field: ["input", "customCoordinates", "0"] });
    expect(await err({ customCoordinates: Array.from({ length: 101 }, () => [0, 0, 1, 1]) })).toMatchObject({ code: "LIMIT_EXCEEDED", field: ["input", "customCoordinates"] });
    expect(await err({ regions: { "bad name": [[1, 1], [2, 2]] } })).toMatchObject({ field: ["input", "regions", "bad name"] });
    expect(await err({ regions: { one: [[1, 1]] } })).toMatchObject({ field: ["input", "regions", "one"] });
    expect(await err({ regions: { r: [[1, 1], [1, -2]] } })).toMatchObject({ field: ["input", "regions", "r", "1"] });
    expect(await err({ regions: [[1, 1]] })).toMatchObject({ field: ["input", "regions"] });
    expect(await err({ qualityOverride: 0 })).toMatchObject({ field: ["input", "qualityOverride"] });
    expect(await err({ autoTagging: 1.5, detection: "coco_v2" })).toMatchObject({ field: ["input", "autoTagging"] });
    expect(await err({ autoTagging: 0.5 })).toMatchObject({ field: ["input", "autoTagging"], message: expect.stringContaining("detection or categorization") });
    expect(await err({ categorization: "google_tagging,magic" })).toMatchObject({ field: ["input", "categorization"] });
    expect(await err({ ocr: "basic" })).toMatchObject({ field: ["input", "ocr"] });
    expect(await err({ backgroundRemoval: "scissors" })).toMatchObject({ field: ["input", "backgroundRemoval"] });
    expect(await err({ rawConvert: "aspose" })).toMatchObject({ field: ["input", "rawConvert"], message: expect.stringContaining("raw") });
    expect(await err({ faceCoordinates: [[0, 0, 1, 1]] }, "vid", "VIDEO")).toMatchObject({ field: ["input", "faceCoordinates"], message: expect.stringContaining("images only") });
    expect(await err({ visualSearch: true }, "doc", "RAW")).toMatchObject({ field: ["input", "visualSearch"] });
    const asset = await t.app.db.asset.findFirstOrThrow({ where: { publicId: "img-v" }, include: { tags: true, attributes: true, addonRequests: true } });
    expect([asset.tags, asset.attributes, asset.addonRequests]).toEqual([[], null, []]);
    // The same parameters on the right resource types pass.
    expect((await update({ ref: { publicId: "doc", resourceType: "RAW" }, rawConvert: "aspose", qualityOverride: 50 })).userErrors).toEqual([]);
    expect((await t.gql(Get, { publicId: "doc", resourceType: "RAW" })).data!.asset).toMatchObject({ qualityOverride: 50, addonRequests: [{ kind: "raw_convert" }] });
    expect((await update({ ref: { publicId: "vid", resourceType: "VIDEO" }, rawConvert: "google_speech", categorization: "google_video_tagging" })).userErrors).toEqual([]);
  });
});
