// asset(publicId:) without resourceType: the image as before, else a raw or video asset when its
// public ID is unambiguous (it used to be null), and an ambiguous one says so.
import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp({ webhooks: false });

const Lookup = graphql(`
  query AssetLookup($publicId: String, $resourceType: ResourceType, $type: DeliveryType) {
    asset(publicId: $publicId, resourceType: $resourceType, type: $type) { publicId resourceType type }
  }
`);

describe("asset(publicId) without resourceType", () => {
  test("finds the one asset of any resource type, ambiguity is a typed error, a miss is null", async () => {
    await importAssets(t, [
      { publicId: "look/doc.pdf", resourceType: "RAW" },
      { publicId: "look/clip", resourceType: "VIDEO" },
      { publicId: "look/both", resourceType: "IMAGE" },
      { publicId: "look/both", resourceType: "VIDEO" },
      { publicId: "look/media", resourceType: "VIDEO" },
      { publicId: "look/media", resourceType: "RAW" },
      { publicId: "look/private", resourceType: "VIDEO", type: "PRIVATE" },
    ]);

    expect((await t.gql(Lookup, { publicId: "look/doc.pdf" })).data!.asset).toEqual({ publicId: "look/doc.pdf", resourceType: "RAW", type: "UPLOAD" });
    expect((await t.gql(Lookup, { publicId: "look/clip" })).data!.asset).toEqual({ publicId: "look/clip", resourceType: "VIDEO", type: "UPLOAD" });
    expect((await t.gql(Lookup, { publicId: "look/private", type: "PRIVATE" })).data!.asset).toMatchObject({ resourceType: "VIDEO" });

    // The image comes first, as when resourceType defaulted to IMAGE.
    expect((await t.gql(Lookup, { publicId: "look/both" })).data!.asset).toMatchObject({ resourceType: "IMAGE" });
    const ambiguous = await t.gql(Lookup, { publicId: "look/media" });
    expect(ambiguous.data!.asset).toBeNull();
    expect(ambiguous.errors![0].message).toBe("public ID look/media (type upload) names 2 assets, of resource types RAW, VIDEO: give resourceType");
    expect(ambiguous.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_ARGUMENT", field: ["resourceType"] });
    expect((await t.gql(Lookup, { publicId: "look/both", resourceType: "VIDEO" })).data!.asset).toMatchObject({ resourceType: "VIDEO" });

    const miss = await t.gql(Lookup, { publicId: "look/none" });
    expect(miss.errors).toBeUndefined();
    expect(miss.data!.asset).toBeNull();
    // An explicit resourceType is taken as given.
    expect((await t.gql(Lookup, { publicId: "look/clip", resourceType: "IMAGE" })).data!.asset).toBeNull();
    // Another environment's assets are not found.
    expect((await t.gql(Lookup, { publicId: "look/clip" }, t.otherAdmin)).data!.asset).toBeNull();
  });
});
