// npm run bench:upload [-- --files 400 --concurrency 8 --big-mb 100]
// Uploads over real HTTP against the server started as `npm start` starts it (its own SQLite
// file and BLOB_DIR under bench/.data, removed afterwards): files per second for ~100 KB PNGs
// through uploadAsset (GraphQL multipart request spec), the same through the official
// Cloudinary SDK's uploader (the REST Upload API, signed, changed only by upload_prefix), then
// one large file (default 100 MB) while the server's resident set size is sampled from /proc
// every 20 ms, to show that the file is streamed to disk and not held in memory whole.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openAsBlob, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { PNG } from "pngjs";
import { npmStartArgs } from "../test/helpers/cli.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLOUD = { CLOUD_NAME: "bench-upload", API_KEY: "434343434343434", API_SECRET: "bench-upload-secret" };
const AUTH = `Basic ${Buffer.from(`${CLOUD.API_KEY}:${CLOUD.API_SECRET}`).toString("base64")}`;
const QUERY = "mutation U($input: UploadAssetInput!) { uploadAsset(input: $input) { asset { bytes width } userErrors { code message } } }";

const { values } = parseArgs({
  options: {
    files: { type: "string", default: "400" },
    concurrency: { type: "string", default: "8" },
    "big-mb": { type: "string", default: "100" },
    port: { type: "string", default: "4917" },
  },
});
const files = Number(values.files);
const concurrency = Number(values.concurrency);
const bigBytes = Number(values["big-mb"]) * 1_000_000;
const port = Number(values.port);

const dir = path.join(ROOT, "bench", ".data", `upload-${process.pid}`);
mkdirSync(dir, { recursive: true });
let server: ChildProcess | null = null;
process.on("exit", () => {
  server?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** ~100 KB PNGs: 160x160 RGBA of random pixels (incompressible), each different. */
function image(): Buffer {
  const png = new PNG({ width: 160, height: 160 });
  randomBytes(png.data.length).copy(png.data);
  return PNG.sync.write(png);
}

/** A valid PNG header (image-size reads it) padded to `bytes`: the server streams, hashes and probes it. */
function bigPng(file: string, bytes: number): void {
  const head = PNG.sync.write(new PNG({ width: 4000, height: 3000 })).subarray(0, 33);
  const chunk = Buffer.alloc(1 << 20, 0x5a);
  writeFileSync(file, head);
  let written = head.length;
  for (; written + chunk.length <= bytes; written += chunk.length) writeFileSync(file, chunk, { flag: "a" });
  writeFileSync(file, chunk.subarray(0, bytes - written), { flag: "a" });
}

async function upload(body: Blob, name: string): Promise<number> {
  const form = new FormData();
  form.set("operations", JSON.stringify({ query: QUERY, variables: { input: { file: null } } }));
  form.set("map", JSON.stringify({ 0: ["variables.input.file"] }));
  form.set("0", body, name);
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { authorization: AUTH }, body: form });
  const json = (await res.json()) as { data?: { uploadAsset: { userErrors: unknown[] } }; errors?: unknown };
  if (!json.data || json.data.uploadAsset.userErrors.length) throw new Error(`upload failed: ${JSON.stringify(json)}`);
  return performance.now() - started;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not come up");
}

server = spawn(process.execPath, npmStartArgs(), {
  cwd: ROOT,
  env: { ...process.env, ...CLOUD, DATABASE_URL: `file:${path.join(dir, "assets.db")}`, BLOB_DIR: path.join(dir, "blobs"), PORT: String(port), RATE_LIMIT_PER_HOUR: "0", WEBHOOKS: "off", CREDENTIALS_FILE: path.join(dir, "credentials.env") },
  stdio: ["ignore", "ignore", "inherit"],
});
await waitForHealth();
const pid = server.pid!;

const images = Array.from({ length: 32 }, image);
console.log(`${files} PNG uploads of ${Math.round(images[0].length / 1024)} KB, ${concurrency} at a time`);
for (let i = 0; i < 20; i++) await upload(new Blob([new Uint8Array(images[i % images.length])]), `warm-${i}.png`);
const latencies: number[] = [];
let next = 0;
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (next < files) {
    const i = next++;
    latencies.push(await upload(new Blob([new Uint8Array(images[i % images.length])]), `img-${i}.png`));
  }
}));
report("GraphQL uploadAsset", started, latencies);

/** files/s and latency percentiles of one run */
function report(what: string, begun: number, times: number[]): void {
  const seconds = (performance.now() - begun) / 1000;
  times.sort((a, b) => a - b);
  console.log(`  ${what}: ${(times.length / seconds).toFixed(0)} files/s; latency p50 ${times[Math.floor(times.length / 2)].toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} ms`);
}

// The SDK picks node:http or node:https when it loads, from upload_prefix in CLOUDINARY_URL.
const base = `http://127.0.0.1:${port}`;
process.env.CLOUDINARY_URL = `cloudinary://${CLOUD.API_KEY}:${CLOUD.API_SECRET}@${CLOUD.CLOUD_NAME}?upload_prefix=${encodeURIComponent(base)}`;
const { v2: cloudinary } = await import("cloudinary");
cloudinary.config({ cloud_name: CLOUD.CLOUD_NAME, api_key: CLOUD.API_KEY, api_secret: CLOUD.API_SECRET, upload_prefix: base });
const sdkUpload = (bytes: Buffer) => new Promise<number>((resolve, reject) => {
  const begun = performance.now();
  cloudinary.uploader.upload_stream({}, (error, result) => (error || !result ? reject(new Error(`SDK upload failed: ${JSON.stringify(error)}`)) : resolve(performance.now() - begun))).end(bytes);
});
for (let i = 0; i < 20; i++) await sdkUpload(images[i % images.length]);
const sdkLatencies: number[] = [];
let sdkNext = 0;
const sdkStarted = performance.now();
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (sdkNext < files) sdkLatencies.push(await sdkUpload(images[sdkNext++ % images.length]));
}));
report("Cloudinary SDK uploader (REST Upload API)", sdkStarted, sdkLatencies);

const bigFile = path.join(dir, "big.png");
bigPng(bigFile, bigBytes);
/** One upload of the big file while the server's RSS is sampled. */
async function big(what: string, send: () => Promise<number>): Promise<void> {
  const baseline = rssMb(pid);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  const ms = await send();
  clearInterval(sampler);
  console.log(`one ${bigBytes / 1_000_000} MB file, ${what}: ${ms.toFixed(0)} ms (${(bigBytes / 1_000_000 / (ms / 1000)).toFixed(0)} MB/s); server RSS ${baseline.toFixed(0)} MB before, ${peak.toFixed(0)} MB at most during the upload (+${(peak - baseline).toFixed(0)} MB)`);
}
await big("GraphQL multipart", async () => upload(await openAsBlob(bigFile), "big.png"));
await big("SDK uploader from its path", async () => {
  const begun = performance.now();
  await cloudinary.uploader.upload(bigFile, { public_id: "big-sdk", timeout: 600_000 });
  return performance.now() - begun;
});
process.exit(0);
