// The Upload API driven by the official Cloudinary SDK (v2) on a real port, configured only with
// upload_prefix: real PNG and JPEG files from a path, a data URI and a stream, signed and
// unsigned with a preset, overwrite and backup, explicit, tags, context, metadata and destroy,
// with the file store and the rows kept in step.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { useTestApp } from "../helpers/app.js";
import { sdkClient, sdkError, type SdkClient } from "../helpers/cloudinary.js";
import { expectInStep, jpg, md5, png, tempBlobDir } from "../upload/helpers.js";

const blobDir = tempBlobDir();
const t = useTestApp({ blobDir, webhooks: false });
let c: SdkClient;
let uploader: SdkClient["cloudinary"]["uploader"];
let api: SdkClient["cloudinary"]["api"];
const picture = png(40, 30);
const photo = jpg(64, 48);
const picturePath = path.join(blobDir, "..", `sunset-${process.pid}.png`);

beforeAll(async () => {
  c = await sdkClient(t);
  uploader = c.cloudinary.uploader;
  api = c.cloudinary.api;
  writeFileSync(picturePath, picture);
  await api.add_metadata_field({ external_id: "sku", label: "SKU", type: "string" });
  await api.create_upload_preset({ name: "open", unsigned: true, tags: "from-preset", folder: "inbox" });
  await api.create_upload_preset({ name: "closed", unsigned: false });
});
afterAll(async () => {
  await c.served.close();
  rmSync(blobDir, { recursive: true, force: true });
  rmSync(picturePath, { force: true });
});

/** The `signature` Cloudinary answers with: public_id and version signed with the key's secret. */
const answerSignature = (r: { public_id: string; version: number }) => c.cloudinary.utils.api_sign_request({ public_id: r.public_id, version: r.version }, t.admin.apiSecret);

const blobKeyOf = async (publicId: string) => (await t.app.db.asset.findFirstOrThrow({ where: { publicId }, select: { blobKey: true } })).blobKey!;

describe("upload", () => {
  test("a file path: the answer is Cloudinary's, with what is read from the file", async () => {
    const r = await uploader.upload(picturePath, { public_id: "path/sunset", tags: ["a", "b"] });
    expect(r).toEqual({
      asset_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      public_id: "path/sunset",
      version: expect.any(Number),
      signature: answerSignature(r),
      width: 40,
      height: 30,
      format: "png",
      resource_type: "image",
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      tags: ["a", "b"],
      bytes: picture.length,
      type: "upload",
      etag: md5(picture),
      placeholder: false,
      url: `http://res.cloudinary.com/test-cloud/image/upload/v${r.version}/path/sunset.png`,
      secure_url: `https://res.cloudinary.com/test-cloud/image/upload/v${r.version}/path/sunset.png`,
      asset_folder: "",
      display_name: "sunset",
      original_filename: path.basename(picturePath, ".png"),
    });
    expect(await t.app.blobs.exists(await blobKeyOf("path/sunset"))).toBe(true);
    // The Admin API sees the same asset.
    expect((await api.resource("path/sunset")).bytes).toBe(picture.length);
  });

  test("a data URI with context and metadata", async () => {
    const uri = `data:image/jpeg;base64,${photo.toString("base64")}`;
    const r = await uploader.upload(uri, { public_id: "uri/photo", context: { alt: "a = b", caption: "x|y" }, metadata: { sku: "S-1" } });
    expect(r).toMatchObject({ public_id: "uri/photo", format: "jpg", width: 64, height: 48, bytes: photo.length, etag: md5(photo), original_filename: "file" });
    expect(r.context).toEqual({ custom: { alt: "a = b", caption: "x|y" } });
    expect(r.metadata).toEqual({ sku: "S-1" });
  });

  test("a buffer through upload_stream, with use_filename", async () => {
    const r = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const stream = uploader.upload_stream({ folder: "streamed", use_filename: true, unique_filename: false, filename: "night" }, (error: unknown, result: Record<string, unknown>) => (error ? reject(error) : resolve(result)));
      Readable.from([photo.subarray(0, 100), photo.subarray(100)]).pipe(stream);
    });
    expect(r).toMatchObject({ public_id: "streamed/night", format: "jpg", bytes: photo.length, original_filename: "night" });
  });

  test("unsigned with an unsigned preset; a signed-only preset, or none, is refused", async () => {
    const r = await uploader.unsigned_upload(picturePath, "open");
    expect(r.public_id).toMatch(/^inbox\/[a-z0-9]{20}$/);
    expect(r.tags).toEqual(["from-preset"]);
    expect(r.signature).toBeUndefined();
    const closed = await sdkError(uploader.unsigned_upload(picturePath, "closed"));
    expect(closed).toMatchObject({ http_code: 401, message: expect.stringContaining("not unsigned") });
    const missing = await sdkError(uploader.unsigned_upload(picturePath, "nope"));
    expect(missing).toMatchObject({ http_code: 404, message: "upload preset nope not found" });
  });

  test("overwrite false answers the existing asset unchanged; overwrite with backup keeps both versions", async () => {
    const first = await uploader.upload(picturePath, { public_id: "over/it" });
    const kept = await uploader.upload(`data:image/jpeg;base64,${photo.toString("base64")}`, { public_id: "over/it", overwrite: false });
    expect(kept).toMatchObject({ existing: true, format: "png", version: first.version, etag: md5(picture) });
    const replaced = await uploader.upload(`data:image/jpeg;base64,${photo.toString("base64")}`, { public_id: "over/it", backup: true });
    expect(replaced).toMatchObject({ format: "jpg", etag: md5(photo) });
    expect(replaced.existing).toBeUndefined();
    expect(replaced.version).toBeGreaterThan(first.version);
    const versions = (await api.resource("over/it", { versions: true })).versions;
    expect(versions.map((v: { size: number }) => v.size).sort()).toEqual([photo.length, picture.length].sort());
    await expectInStep(t);
  });

  test("eager transformations are answered as derived resources", async () => {
    const r = await uploader.upload(picturePath, { public_id: "eager/one", eager: [{ width: 10, height: 10, crop: "fill" }] });
    expect(r.eager).toEqual([{ transformation: "c_fill,h_10,w_10", format: "png", bytes: 0, url: expect.stringContaining("/c_fill,h_10,w_10/"), secure_url: expect.stringContaining("https://") }]);
  });

  test("a signature made with SHA-256 when the environment is set to it", async () => {
    await t.app.db.environment.update({ where: { cloudName: "test-cloud" }, data: { signatureAlgorithm: "sha256" } });
    try {
      const r = await uploader.upload(picturePath, { public_id: "sha/256", signature_algorithm: "sha256" });
      expect(r.signature).toBe(c.cloudinary.utils.api_sign_request({ public_id: r.public_id, version: r.version }, t.admin.apiSecret, "sha256"));
      const sha1 = await sdkError(uploader.upload(picturePath, { public_id: "sha/1" }));
      expect(sha1).toMatchObject({ http_code: 401, message: expect.stringMatching(/^Invalid Signature [0-9a-f]{40}\. String to sign - '.*public_id=sha\/1&timestamp=\d+'\.$/) });
    } finally {
      await t.app.db.environment.update({ where: { cloudName: "test-cloud" }, data: { signatureAlgorithm: "sha1" } });
    }
  });
});

describe("the other methods", () => {
  beforeAll(async () => {
    for (const id of ["m/a", "m/b"]) await uploader.upload(picturePath, { public_id: id, tags: ["start"], context: { k0: "v0" } });
  });

  test("explicit updates tags, context and metadata and answers like upload", async () => {
    const r = await uploader.explicit("m/a", { type: "upload", tags: ["x"], context: { k1: "v1" }, metadata: { sku: "E-1" } });
    expect(r).toMatchObject({ public_id: "m/a", format: "png", width: 40, tags: ["x"], context: { custom: { k1: "v1" } }, metadata: { sku: "E-1" }, signature: answerSignature(r) });
    expect((await uploader.explicit("m/a", { type: "upload" })).tags).toEqual(["x"]);
    expect(await sdkError(uploader.explicit("m/none", { type: "upload" }))).toMatchObject({ http_code: 404 });
  });

  test("explicit records eager transformations as upload does, answers just those, and records each once", async () => {
    await uploader.upload(picturePath, { public_id: "x/eager", eager: [{ width: 5, crop: "scale" }] });
    const r = await uploader.explicit("x/eager", { type: "upload", eager: [{ width: 10, height: 10, crop: "fill" }, { effect: "grayscale" }], invalidate: true });
    expect(r.eager).toEqual([
      { transformation: "c_fill,h_10,w_10", format: "png", bytes: 0, url: expect.stringContaining("/c_fill,h_10,w_10/"), secure_url: expect.stringContaining("https://") },
      { transformation: "e_grayscale", format: "png", bytes: 0, url: expect.stringContaining("/e_grayscale/"), secure_url: expect.stringContaining("https://") },
    ]);
    expect(r).toMatchObject({ public_id: "x/eager", type: "upload", signature: answerSignature(r) });
    // Asked again: answered, not recorded a second time.
    expect((await uploader.explicit("x/eager", { type: "upload", eager: [{ width: 10, height: 10, crop: "fill" }] })).eager.map((e: { transformation: string }) => e.transformation)).toEqual(["c_fill,h_10,w_10"]);
    const derived = (await api.resource("x/eager")).derived.map((d: { transformation: string }) => d.transformation).sort();
    expect(derived).toEqual(["c_fill,h_10,w_10", "c_scale,w_5", "e_grayscale"]);
  });

  test("explicit: a bad eager transformation changes nothing; type, coordinates and quality_override are applied", async () => {
    await uploader.upload(picturePath, { public_id: "x/private", type: "private", tags: ["before"] });
    const bad = await sdkError(uploader.explicit("x/private", { type: "private", tags: ["after"], eager: "w_abc" }));
    expect(bad).toMatchObject({ http_code: 400 });
    expect((await api.resource("x/private", { type: "private" })).tags).toEqual(["before"]);
    const r = await uploader.explicit("x/private", { type: "private", tags: ["after"], face_coordinates: [[1, 2, 10, 10]], custom_coordinates: "0,0,20,20", quality_override: 70 });
    expect(r).toMatchObject({ public_id: "x/private", type: "private", tags: ["after"] });
    expect(r.eager).toBeUndefined();
    const stored = await t.app.db.asset.findFirstOrThrow({ where: { publicId: "x/private" }, include: { attributes: true } });
    expect(stored.attributes).toMatchObject({ qualityOverride: 70, faceCoordinates: "[[1,2,10,10]]", customCoordinates: "[[0,0,20,20]]" });
    // Not found as an upload-type asset: the type names the asset.
    expect(await sdkError(uploader.explicit("x/private", { type: "upload" }))).toMatchObject({ http_code: 404 });
  });

  test("tags: add, remove, replace, remove_all", async () => {
    expect(await uploader.add_tag("t1,t2", ["m/a", "m/b", "m/none"])).toEqual({ public_ids: ["m/a", "m/b"] });
    expect((await api.resource("m/b")).tags).toEqual(["start", "t1", "t2"]);
    await uploader.remove_tag("t1", ["m/b"]);
    expect((await api.resource("m/b")).tags).toEqual(["start", "t2"]);
    await uploader.replace_tag("only", ["m/b"]);
    expect((await api.resource("m/b")).tags).toEqual(["only"]);
    await uploader.remove_all_tags(["m/b"]);
    expect((await api.resource("m/b")).tags).toEqual([]);
  });

  test("context: add merges, remove_all clears", async () => {
    expect(await uploader.add_context({ k1: "one", k2: "a=b" }, ["m/b"])).toEqual({ public_ids: ["m/b"] });
    expect((await api.resource("m/b")).context).toEqual({ custom: { k0: "v0", k1: "one", k2: "a=b" } });
    await uploader.remove_all_context(["m/b"]);
    expect((await api.resource("m/b")).context).toEqual({});
  });

  test("metadata sets values; an unknown field is a 404", async () => {
    expect(await uploader.update_metadata({ sku: "M-2" }, ["m/b"])).toEqual({ public_ids: ["m/b"] });
    expect((await api.resource("m/b")).metadata).toEqual({ sku: "M-2" });
    expect(await sdkError(uploader.update_metadata({ nope: "1" }, ["m/b"]))).toMatchObject({ http_code: 404, message: "asset image/upload/m/b: metadata field nope not found" });
  });

  test("rename: a new public id (and type); a taken one needs overwrite, which releases the replaced file", async () => {
    await uploader.upload(picturePath, { public_id: "r/from", tags: ["keep"] });
    const r = await uploader.rename("r/from", "r/to");
    expect(r).toMatchObject({ public_id: "r/to", format: "png", tags: ["keep"], signature: answerSignature(r) });
    expect(await sdkError(api.resource("r/from"))).toMatchObject({ http_code: 404 });
    const lastUpdated = (await api.resource("r/to")).last_updated;
    expect(lastUpdated.public_id_updated_at).toEqual(expect.any(String));
    const other = png(11, 11, 5);
    await uploader.upload(`data:image/png;base64,${other.toString("base64")}`, { public_id: "r/taken" });
    const otherKey = await blobKeyOf("r/taken");
    expect(await sdkError(uploader.rename("r/to", "r/taken"))).toEqual({ http_code: 400, message: "asset image/upload/r/taken already exists", name: "Error" });
    expect((await uploader.rename("r/to", "r/taken", { overwrite: true })).etag).toBe(md5(picture));
    expect(await t.app.blobs.exists(otherKey)).toBe(false);
    const moved = await uploader.rename("r/taken", "r/private", { to_type: "private" });
    expect(moved).toMatchObject({ public_id: "r/private", type: "private" });
    expect(await sdkError(uploader.rename("r/none", "r/x"))).toMatchObject({ http_code: 404 });
    expect(await sdkError(uploader.rename("r/private", "../up", { type: "private" }))).toMatchObject({ http_code: 400 });
    await expectInStep(t);
  });

  test("destroy removes the asset and its file (no other asset has the same content); a second destroy is not found", async () => {
    await uploader.upload(`data:image/png;base64,${png(9, 9, 77).toString("base64")}`, { public_id: "m/gone" });
    const key = await blobKeyOf("m/gone");
    expect(await t.app.blobs.exists(key)).toBe(true);
    expect(await uploader.destroy("m/gone")).toEqual({ result: "ok" });
    expect(await t.app.blobs.exists(key)).toBe(false);
    expect(await uploader.destroy("m/gone")).toEqual({ result: "not found" });
    await expectInStep(t);
  });
});
