// uploadAsset through GraphQL's multipart request spec: files into the blob store with what
// they are read from them, rows and files in step through overwrite, backup, restore and deletes,
// and nothing left behind by a refused upload.
import { rmSync } from "node:fs";
import { createServer } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestApp } from "../helpers/app.js";
import { serve } from "../helpers/server.js";
import { graphql } from "../gql/index.js";
import { print } from "graphql";
import { UPLOAD, expectInStep, gif, jpg, md5, png, tempBlobDir, uploadFile, wav } from "./helpers.js";

const MAX = 200_000;
const blobDir = tempBlobDir();
const t = useTestApp({ blobDir, webhooks: false, maxUploadBytes: MAX, uploadFetchTimeoutMs: 500 });
afterAll(() => rmSync(blobDir, { recursive: true, force: true }));

// A server the uploads fetch from: a PNG, a file over the limit, a 404 and one that never answers.
const served = png(12, 7);
let origin = "";
const files = createServer((req, res) => {
  if (req.url === "/pics/sunset.png") res.writeHead(200, { "content-type": "image/png" }).end(served);
  else if (req.url === "/big.png") res.writeHead(200, { "content-length": String(MAX + 1) }).end(Buffer.alloc(MAX + 1));
  else if (req.url === "/slow.png") res.writeHead(200).write("x");
  else res.writeHead(404).end();
});
beforeAll(async () => {
  await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
afterAll(() => {
  files.closeAllConnections();
  files.close();
});

const DeleteAllOf = graphql(`mutation DeleteAllOf($rt: ResourceType) { deleteAssetsByPrefix(input: { all: true, resourceType: $rt }) { userErrors { code } } }`);
const DeleteVersions = graphql(`mutation DeleteVersions($a: String!, $v: [String!]!) { deleteAssetBackupVersions(input: { assetId: $a, versionIds: $v }) { userErrors { code } } }`);
const TaggedPreset = graphql(`mutation TaggedPreset { createUploadPreset(input: { name: "tagged", settings: { tags: "p1,p2", folder: "presetted", overwrite: false } }) { userErrors { code } } }`);
const RestoreVersion = graphql(`mutation RestoreVersion($a: [String!], $v: [String!]) { restoreAssets(input: { assetIds: $a, versionIds: $v }) { restored { width format etag bytes } userErrors { code message } } }`);
const DeleteByPublicIds = graphql(`mutation DeleteByPublicIds($ids: [String!]) { deleteAssets(input: { publicIds: $ids }) { userErrors { code } } }`);
const DeleteByPrefix = graphql(`mutation DeleteByPrefix($prefix: String!) { deleteAssetsByPrefix(input: { prefix: $prefix }) { userErrors { code } } }`);
const DeleteByTag = graphql(`mutation DeleteByTag($tag: String!) { deleteAssetsByTag(input: { tag: $tag }) { userErrors { code } } }`);

async function upload(input: Record<string, unknown>, file: { bytes: Buffer; name: string } | null) {
  const { status, body } = await uploadFile(t, UPLOAD, input, file);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data!.uploadAsset as { existing: boolean; asset: Record<string, any> | null; userErrors: { code: string; field: string[]; message: string }[] };
}

const clearAll = async () => {
  for (const rt of ["IMAGE", "VIDEO", "RAW"]) await t.gql(DeleteAllOf, { rt: rt as "IMAGE" });
  const left = await t.app.db.asset.findMany({ select: { assetId: true, versions: { select: { versionId: true } } } });
  for (const a of left) await t.gql(DeleteVersions, { a: a.assetId, v: a.versions.map((v) => v.versionId) });
};

describe("uploadAsset", () => {
  beforeEach(clearAll);

  it("stores PNG, JPEG and GIF files with format, dimensions, bytes and etag read from them, and emits upload", async () => {
    for (const [bytes, name, format, w, h] of [[png(40, 30), "a.png", "png", 40, 30], [jpg(64, 48), "b.jpg", "jpg", 64, 48], [gif(17, 9), "c.gif", "gif", 17, 9]] as const) {
      const p = await upload({}, { bytes, name });
      expect(p.userErrors).toEqual([]);
      expect(p.asset).toMatchObject({ format, width: w, height: h, pages: 1, bytes: String(bytes.length), etag: md5(bytes), resourceType: "IMAGE", type: "UPLOAD", status: "ACTIVE" });
      expect(p.asset!.publicId).toMatch(/^[a-z0-9]{20}$/);
      const event = await t.app.db.event.findFirst({ where: { type: "upload" }, orderBy: { id: "desc" } });
      expect(JSON.parse(event!.payload)).toMatchObject({ asset: { asset_id: p.asset!.assetId }, format, bytes: bytes.length, etag: md5(bytes) });
    }
    const keys = await expectInStep(t);
    expect(keys).toHaveLength(3);
    // The store gives the bytes back as they came.
    const row = await t.app.db.asset.findFirstOrThrow({ where: { format: "gif" } });
    const chunks: Buffer[] = [];
    for await (const chunk of await t.app.blobs.get(row.blobKey!)) chunks.push(chunk as Buffer);
    expect(md5(Buffer.concat(chunks))).toBe(row.etag);
    expect(row.blobKey).toMatch(/^\d+\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
    await expect(t.app.blobs.get("../../etc/passwd")).rejects.toThrow(/no blob/);
  });

  it("names the asset as Cloudinary does: public ID and folder, the filename with or without a random suffix", async () => {
    const bytes = png(8, 8);
    expect((await upload({ publicId: "dogs/rex", folder: "pets" }, { bytes, name: "x.png" })).asset).toMatchObject({ publicId: "pets/dogs/rex", displayName: "rex", assetFolder: "pets" });
    expect((await upload({ useFilename: true, uniqueFilename: false }, { bytes, name: "My photo.png" })).asset!.publicId).toBe("My_photo");
    expect((await upload({ useFilename: true }, { bytes, name: "cat.png" })).asset!.publicId).toMatch(/^cat_[a-z0-9]{6}$/);
    const moved = await upload({ publicId: "kept", assetFolder: "albums/2026", displayName: "Nice", tags: ["a", "b"], context: [{ key: "alt", value: "x" }] }, { bytes, name: "y.png" });
    expect(moved.asset).toMatchObject({ publicId: "kept", assetFolder: "albums/2026", displayName: "Nice", tags: ["a", "b"] });
    // The same bytes under four public IDs are one file.
    expect(await expectInStep(t)).toHaveLength(1);
  });

  it("takes a data URI instead of a file, and records eager transformations as derived resources", async () => {
    const bytes = gif(5, 4);
    const p = await upload({ url: `data:image/gif;base64,${bytes.toString("base64")}`, publicId: "from-uri", eager: ["c_fill,w_2,h_2", "e_sepia"] }, null);
    expect(p.userErrors).toEqual([]);
    expect(p.asset).toMatchObject({ format: "gif", width: 5, height: 4, etag: md5(bytes) });
    expect(await t.app.db.derivedResource.count({ where: { asset: { assetId: p.asset!.assetId } } })).toBe(2);
  });

  it("fetches an http(s) URL, naming the asset after the file with useFilename", async () => {
    const p = await upload({ url: `${origin}/pics/sunset.png`, useFilename: true, uniqueFilename: false }, null);
    expect(p.userErrors).toEqual([]);
    expect(p.asset).toMatchObject({ publicId: "sunset", format: "png", width: 12, height: 7, etag: md5(served) });
    await expectInStep(t);
  });

  it("reads a video's (or audio's) duration, and detects the kind of file with resourceType AUTO", async () => {
    const audio = wav(0.5);
    const v = await upload({ resourceType: "VIDEO", publicId: "beep" }, { bytes: audio, name: "beep.wav" });
    expect(v.asset).toMatchObject({ resourceType: "VIDEO", format: "wav", bytes: String(audio.length) });
    expect((await t.app.db.asset.findFirstOrThrow({ where: { publicId: "beep" } })).duration).toBeCloseTo(0.5, 3);
    expect((await upload({ resourceType: "AUTO" }, { bytes: png(2, 3), name: "x.png" })).asset).toMatchObject({ resourceType: "IMAGE", width: 2, height: 3 });
    expect((await upload({ resourceType: "AUTO" }, { bytes: Buffer.from("hello"), name: "notes.txt" })).asset).toMatchObject({ resourceType: "RAW", format: "txt", width: null });
    await expectInStep(t);
  });

  it("applies an upload preset's settings, and the call's options over them", async () => {
    await t.gql(TaggedPreset);
    const p = await upload({ uploadPreset: "tagged", publicId: "one" }, { bytes: png(3, 3), name: "p.png" });
    expect(p.asset).toMatchObject({ publicId: "presetted/one", tags: ["p1", "p2"] });
    const again = await upload({ uploadPreset: "tagged", publicId: "one" }, { bytes: png(4, 4), name: "p.png" });
    expect(again).toMatchObject({ existing: true, asset: { width: 3, etag: p.asset!.etag } });
    const overridden = await upload({ uploadPreset: "tagged", publicId: "one", overwrite: true, tags: ["mine"] }, { bytes: png(4, 4), name: "p.png" });
    expect(overridden.asset).toMatchObject({ width: 4, tags: ["mine"] });
    await expectInStep(t);
  });

  it("with overwrite false returns the existing asset unchanged and keeps no file", async () => {
    const first = await upload({ publicId: "same" }, { bytes: png(10, 10), name: "a.png" });
    const second = await upload({ publicId: "same", overwrite: false }, { bytes: png(20, 20), name: "b.png" });
    expect(second).toMatchObject({ existing: true, userErrors: [] });
    expect(second.asset).toEqual(first.asset);
    expect(await expectInStep(t)).toHaveLength(1);
  });

  it("overwrites without backup by replacing the file, and with backup keeps the previous version for restore", async () => {
    const v1 = png(10, 10, 1);
    const v2 = png(20, 20, 2);
    const v3 = jpg(30, 30, 3);
    const a = await upload({ publicId: "life" }, { bytes: v1, name: "a.png" });
    const b = await upload({ publicId: "life" }, { bytes: v2, name: "b.png" });
    expect(b.asset).toMatchObject({ assetId: a.asset!.assetId, width: 20, etag: md5(v2) });
    expect(await expectInStep(t)).toHaveLength(1); // v1's file is gone: nothing references it

    const c = await upload({ publicId: "life", backup: true }, { bytes: v3, name: "c.jpg" });
    expect(c.asset).toMatchObject({ format: "jpg", width: 30, etag: md5(v3), backupBytes: String(v2.length + v3.length) });
    expect(await expectInStep(t)).toHaveLength(2); // v2 (backed up) and v3
    const versions = await t.app.db.assetVersion.findMany({ where: { asset: { assetId: a.asset!.assetId } }, orderBy: { id: "asc" } });
    expect(versions.map((v) => v.etag)).toEqual([md5(v2), md5(v3)]);

    const restored = await t.gql(RestoreVersion, { a: [a.asset!.assetId], v: [versions[0].versionId] });
    expect(restored.data!.restoreAssets).toEqual({ restored: [{ width: 20, format: "png", etag: md5(v2), bytes: String(v2.length) }], userErrors: [] });
    const row = await t.app.db.asset.findFirstOrThrow({ where: { assetId: a.asset!.assetId } });
    expect(await t.app.blobs.exists(row.blobKey!)).toBe(true);
    await expectInStep(t);
  });

  it("deletes a file once no asset or backed-up version references it", async () => {
    const shared = png(6, 6, 9);
    await upload({ publicId: "del/x" }, { bytes: shared, name: "x.png" });
    await upload({ publicId: "del/y" }, { bytes: shared, name: "y.png" });
    await upload({ publicId: "tagged/z", tags: ["gone"] }, { bytes: png(7, 7), name: "z.png" });
    const kept = await upload({ publicId: "backed", backup: true }, { bytes: png(9, 9), name: "b.png" });
    expect(await expectInStep(t)).toHaveLength(3);

    await t.gql(DeleteByPublicIds, { ids: ["del/x"] });
    expect(await expectInStep(t)).toHaveLength(3); // del/y still holds the same bytes
    await t.gql(DeleteByPrefix, { prefix: "del/" });
    await t.gql(DeleteByTag, { tag: "gone" });
    expect(await expectInStep(t)).toHaveLength(1);

    // Deleted with a backup: the row stays restorable and so does its file, until its versions go.
    await t.gql(DeleteByPublicIds, { ids: ["backed"] });
    expect(await expectInStep(t)).toHaveLength(1);
    const versionIds = (await t.app.db.assetVersion.findMany({ where: { asset: { assetId: kept.asset!.assetId } } })).map((v) => v.versionId);
    await t.gql(DeleteVersions, { a: kept.asset!.assetId, v: versionIds });
    expect(await expectInStep(t)).toHaveLength(0);
  });
});

describe("uploadAsset refuses bad input with a typed error and writes nothing", () => {
  beforeEach(clearAll);

  const refusals: [string, Record<string, unknown>, { bytes: Buffer; name: string } | null, string, string[]][] = [
    ["a file over MAX_UPLOAD_BYTES", {}, { bytes: Buffer.alloc(MAX + 1, 7), name: "big.png" }, "LIMIT_EXCEEDED", ["input", "file"]],
    ["a data URI over MAX_UPLOAD_BYTES", { url: `data:image/png;base64,${Buffer.alloc(MAX + 10).toString("base64")}` }, null, "LIMIT_EXCEEDED", ["input", "file"]],
    ["a data URI with malformed percent-encoding", { url: "data:text/plain,%E0%A4%A" }, null, "INVALID_ARGUMENT", ["input", "file"]],
    ["a file that is no image", {}, { bytes: Buffer.from("just some text, not pixels"), name: "a.png" }, "INVALID_FILE", ["input", "file"]],
    ["a public ID with ..", { publicId: "a/../b" }, { bytes: png(2, 2), name: "a.png" }, "INVALID_ARGUMENT", ["input", "publicId"]],
    ["a public ID with a control character", { publicId: "a\u0001b" }, { bytes: png(2, 2), name: "a.png" }, "INVALID_ARGUMENT", ["input", "publicId"]],
    ["a folder with ..", { folder: "x/../../etc" }, { bytes: png(2, 2), name: "a.png" }, "INVALID_ARGUMENT", ["input", "folder"]],
    ["an unknown preset", { uploadPreset: "nope" }, { bytes: png(2, 2), name: "a.png" }, "NOT_FOUND", ["input", "uploadPreset"]],
    ["an unknown metadata field", { metadata: [{ externalId: "nope", value: "x" }] }, { bytes: png(2, 2), name: "a.png" }, "NOT_FOUND", ["input", "metadata", "0", "externalId"]],
    ["a bad eager transformation", { eager: ["zz_nope"] }, { bytes: png(2, 2), name: "a.png" }, "INVALID_TRANSFORMATION", ["input", "eager", "0"]],
    ["neither file nor url", {}, null, "INVALID_ARGUMENT", ["input", "file"]],
    ["an unreachable URL", { url: "http://127.0.0.1:9/x.png" }, null, "INVALID_ARGUMENT", ["input", "file"]],
    ["a URL that answers 404", { url: "<origin>/missing.png" }, null, "INVALID_ARGUMENT", ["input", "file"]],
    ["a URL whose file is over MAX_UPLOAD_BYTES", { url: "<origin>/big.png" }, null, "LIMIT_EXCEEDED", ["input", "file"]],
    ["a URL that does not answer in time", { url: "<origin>/slow.png" }, null, "INVALID_ARGUMENT", ["input", "file"]],
  ];
  for (const [what, input, file, code, field] of refusals) {
    it(what, async () => {
      const before = await t.app.db.event.count();
      const url = typeof input.url === "string" ? { url: input.url.replace("<origin>", origin) } : {};
      const p = await upload({ ...input, ...url }, file);
      expect(p.asset).toBeNull();
      expect(p.userErrors[0]).toMatchObject({ code, field });
      expect(await t.app.db.asset.count()).toBe(0);
      expect(await t.app.db.event.count()).toBe(before);
      expect(await t.app.blobs.keys()).toEqual([]);
    });
  }

  it("refuses a document that is no multipart request spec with a 400, keeping no file", async () => {
    const form = new FormData();
    form.set("operations", "{not json");
    form.set("0", new Blob([new Uint8Array(png(2, 2))]), "a.png");
    const res = await t.app.yoga.fetch("http://test/graphql", { method: "POST", headers: { authorization: `Basic ${Buffer.from(`${t.admin.apiKey}:${t.admin.apiSecret}`).toString("base64")}` }, body: form });
    expect(res.status).toBe(400);
    expect(await t.app.blobs.keys()).toEqual([]);
  });
});

describe("the multipart edge", () => {
  const auth = () => ({ authorization: `Basic ${Buffer.from(`${t.admin.apiKey}:${t.admin.apiSecret}`).toString("base64")}` });

  it("answers a multipart content type without a boundary with a 400", async () => {
    const res = await t.app.yoga.fetch("http://test/graphql", { method: "POST", headers: { ...auth(), "content-type": "multipart/form-data" }, body: "x" });
    expect(res.status).toBe(400);
  });

  it("drops file parts the operation does not use once the response is sent", async () => {
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: "{ __typename }" }));
    form.set("map", "{}");
    form.set("0", new Blob([new Uint8Array(png(2, 2))]), "a.png");
    form.set("1", new Blob([new Uint8Array(png(3, 3))]), "b.png");
    const res = await t.app.yoga.fetch("http://test/graphql", { method: "POST", headers: auth(), body: form });
    expect(await res.json()).toEqual({ data: { __typename: "Query" } });
    expect(await t.app.blobs.keys()).toEqual([]);
  });
});

describe("a client that goes away mid-file", () => {
  it("leaves no staging file behind", async () => {
    const served = await serve(t.app);
    const { port } = new URL(served.httpUrl);
    const boundary = "XyZ";
    const head = [
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: print(UPLOAD), variables: { input: { file: null } } })}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.input.file"]}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
    ].join("");
    const socket = connect(Number(port), "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: Basic ${Buffer.from(`${t.admin.apiKey}:${t.admin.apiSecret}`).toString("base64")}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 1000000\r\n\r\n${head}`);
    socket.write(Buffer.alloc(50_000, 1));
    // the part is being staged...
    await waitUntil(async () => (await t.app.blobs.keys()).length === 1);
    socket.destroy();
    await waitUntil(async () => (await t.app.blobs.keys()).length === 0);
    expect(await t.app.db.asset.count()).toBe(0);
    await served.close();
  });
});

async function waitUntil(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}
