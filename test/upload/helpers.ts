// Real small image files made in the test (pure-JS encoders), and uploads through GraphQL's
// multipart request spec over yoga.fetch.
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jpeg from "jpeg-js";
import { GifWriter } from "omggif";
import { PNG } from "pngjs";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { expect } from "vitest";
import { basic, type Credentials, type TestApp } from "../helpers/app.js";
import { graphql } from "../gql/index.js";

/** RGBA pixels with a gradient, so encoders have something to encode. */
function pixels(width: number, height: number, seed = 0): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = (i * 7 + seed) & 255;
    data[i * 4 + 1] = (i * 13 + seed * 3) & 255;
    data[i * 4 + 2] = (i * 29) & 255;
    data[i * 4 + 3] = 255;
  }
  return data;
}

export function png(width: number, height: number, seed = 0): Buffer {
  const image = new PNG({ width, height });
  pixels(width, height, seed).copy(image.data);
  return PNG.sync.write(image);
}

export function jpg(width: number, height: number, seed = 0): Buffer {
  return jpeg.encode({ data: pixels(width, height, seed), width, height }, 80).data;
}

export function gif(width: number, height: number): Buffer {
  const out = Buffer.alloc(width * height * 2 + 1024);
  const palette = [0xff0000, 0x00ff00, 0x0000ff, 0xffffff];
  const writer = new GifWriter(out, width, height, { palette });
  writer.addFrame(0, 0, width, height, Array.from({ length: width * height }, (_, i) => i % 4));
  return out.subarray(0, writer.end());
}

/** A mono 16-bit PCM WAV of `seconds` at 8 kHz (a tone). */
export function wav(seconds: number): Buffer {
  const rate = 8000;
  const samples = Math.round(seconds * rate);
  const out = Buffer.alloc(44 + samples * 2);
  out.write("RIFF", 0);
  out.writeUInt32LE(36 + samples * 2, 4);
  out.write("WAVEfmt ", 8);
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(rate, 24);
  out.writeUInt32LE(rate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write("data", 36);
  out.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) out.writeInt16LE(Math.round(8000 * Math.sin((i / rate) * 2 * Math.PI * 440)), 44 + i * 2);
  return out;
}

export const md5 = (b: Buffer) => createHash("md5").update(b).digest("hex");

export const tempBlobDir = () => mkdtempSync(path.join(tmpdir(), "blobs-"));

/** uploadAsset through the GraphQL multipart request spec, the file mapped to variables.input.file. */
export async function uploadFile(
  t: TestApp,
  document: TypedDocumentNode<unknown, never>,
  input: Record<string, unknown>,
  file: { bytes: Buffer; name: string; type?: string } | null,
  as: Credentials = t.admin,
): Promise<{ status: number; body: { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const form = new FormData();
  form.set("operations", JSON.stringify({ query: print(document), variables: { input: { ...input, ...(file ? { file: null } : {}) } } }));
  form.set("map", JSON.stringify(file ? { 0: ["variables.input.file"] } : {}));
  if (file) form.set("0", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/octet-stream" }), file.name);
  const res = await t.app.yoga.fetch("http://test/graphql", { method: "POST", headers: { authorization: basic(as) }, body: form });
  return { status: res.status, body: (await res.json()) as never };
}

export const UPLOAD = graphql(`
  mutation Upload($input: UploadAssetInput!) {
    uploadAsset(input: $input) {
      existing
      asset { assetId publicId resourceType type format width height pages bytes etag version displayName assetFolder tags backupBytes status }
      userErrors { code field message }
    }
  }
`);

/** Every file in the store (staging included) must be named by a row, and every row's file must exist. */
export async function expectInStep(app: TestApp) {
  const files = (await app.app.blobs.keys()).sort();
  const rows = [
    ...(await app.app.db.asset.findMany({ where: { blobKey: { not: null } }, select: { blobKey: true } })),
    ...(await app.app.db.assetVersion.findMany({ where: { blobKey: { not: null } }, select: { blobKey: true } })),
  ].map((r) => r.blobKey!);
  expect(files).toEqual([...new Set(rows)].sort());
  return files;
}
