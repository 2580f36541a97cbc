// Cloudinary's own Node SDK (v2) against this server, changed only by `upload_prefix`:
// uploads a real image, lists, updates tags, context and metadata, searches, renames and deletes.
//
//   npm start                                   # in one terminal
//   set -a; . data/credentials.env; set +a      # CLOUD_NAME, API_KEY, API_SECRET
//   node examples/sdk.mjs                       # SERVER=http://localhost:4000 by default
import { writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";

const { CLOUD_NAME, API_KEY, API_SECRET, SERVER = "http://localhost:4000" } = process.env;
if (!CLOUD_NAME || !API_KEY || !API_SECRET) throw new Error("set CLOUD_NAME, API_KEY and API_SECRET (set -a; . data/credentials.env; set +a)");

// The SDK chooses http or https when it loads, from CLOUDINARY_URL's upload_prefix; set it first.
process.env.CLOUDINARY_URL = `cloudinary://${API_KEY}:${API_SECRET}@${CLOUD_NAME}?upload_prefix=${encodeURIComponent(SERVER)}`;
const { v2: cloudinary } = await import("cloudinary");

/** A real 64x48 PNG: a colour gradient, encoded with node:zlib. */
function gradientPng(width, height) {
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, "ascii");
    data.copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows.set([(x * 4) & 255, (y * 5) & 255, 160], y * (width * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}

const file = path.join(tmpdir(), `sdk-example-${process.pid}.png`);
writeFileSync(file, gradientPng(64, 48));
const step = (what, value) => console.log(`${what}:`, JSON.stringify(value));

try {
  // A metadata field to set below (already there on a second run).
  await cloudinary.api.add_metadata_field({ external_id: "example_sku", label: "SKU", type: "string" }).catch((e) => {
    if (e.error?.http_code !== 409) throw e;
  });

  const uploaded = await cloudinary.uploader.upload(file, { public_id: "sdk-example/gradient", tags: ["example"], overwrite: true });
  step("upload", { public_id: uploaded.public_id, format: uploaded.format, width: uploaded.width, height: uploaded.height, bytes: uploaded.bytes, etag: uploaded.etag });

  const listed = await cloudinary.api.resources({ type: "upload", prefix: "sdk-example/", tags: true });
  step("list", listed.resources.map((r) => ({ public_id: r.public_id, tags: r.tags })));

  await cloudinary.uploader.add_tag("gradient", ["sdk-example/gradient"]);
  await cloudinary.uploader.add_context({ alt: "A colour gradient", caption: "made by examples/sdk.mjs" }, ["sdk-example/gradient"]);
  await cloudinary.uploader.update_metadata({ example_sku: "GRAD-64" }, ["sdk-example/gradient"]);
  const updated = await cloudinary.api.resource("sdk-example/gradient");
  step("tags, context, metadata", { tags: updated.tags, context: updated.context, metadata: updated.metadata });

  const found = await cloudinary.search.expression("tags=gradient AND public_id:sdk-example/*").with_field("tags").max_results(10).execute();
  step("search", { total_count: found.total_count, public_ids: found.resources.map((r) => r.public_id) });

  const renamed = await cloudinary.uploader.rename("sdk-example/gradient", "sdk-example/renamed", { overwrite: true });
  step("rename", { public_id: renamed.public_id });

  step("destroy", await cloudinary.uploader.destroy("sdk-example/renamed"));
} finally {
  rmSync(file, { force: true });
}
