// The Upload API over raw HTTP, for what the SDK does not send: wrong and stale signatures,
// unknown keys and cloud names, read-only keys, missing and oversized files, unknown resource
// types and malformed multipart bodies. Each is a Cloudinary-style error and leaves nothing
// behind: no row, no file, no staging file.
import { rmSync } from "node:fs";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { basic, useTestApp } from "../helpers/app.js";
import { serve, type Served } from "../helpers/server.js";
import { signParams } from "../../src/lib/signature.js";
import { expectInStep, png, tempBlobDir } from "../upload/helpers.js";

const MAX = 50_000;
const blobDir = tempBlobDir();
const t = useTestApp({ blobDir, webhooks: false, maxUploadBytes: MAX });
let served: Served;
let base = "";

beforeAll(async () => {
  served = await serve(t.app);
  base = served.httpUrl.replace(/\/graphql$/, "/v1_1/test-cloud");
});
afterAll(async () => {
  await served.close();
  rmSync(blobDir, { recursive: true, force: true });
});

const now = () => Math.floor(Date.now() / 1000);

/** Signed parameters as the SDK makes them (api_key and signature added). */
function signed(params: Record<string, string | number>, secret = t.admin.apiSecret, apiKey = t.admin.apiKey) {
  return { ...params, api_key: apiKey, signature: signParams(params, secret) };
}

async function post(path: string, params: Record<string, string | number>, file?: Buffer, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(params)) form.set(k, String(v));
  if (file) form.set("file", new Blob([new Uint8Array(file)]), "pic.png");
  const res = await fetch(`${base}${path}`, { method: "POST", body: form, headers });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** Non-file parts of a raw multipart body with the boundary "bnd". */
const fieldParts = (fields: Record<string, string | number>) => Object.entries(fields).map(([k, v]) => `--bnd\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("");

describe("signatures", () => {
  test("a correct signature uploads", async () => {
    const r = await post("/image/upload", signed({ timestamp: now(), public_id: "ok/one" }), png(5, 5));
    expect(r.status).toBe(200);
    expect(r.body.public_id).toBe("ok/one");
  });

  test("a wrong signature is 401 with Cloudinary's message quoting the string to sign", async () => {
    const ts = now();
    const r = await post("/image/upload", { ...signed({ timestamp: ts, public_id: "bad/sig" }), public_id: "bad/other" }, png(5, 5));
    expect(r.status).toBe(401);
    expect(r.body.error.message).toMatch(new RegExp(`^Invalid Signature [0-9a-f]{40}\\. String to sign - 'public_id=bad/other&timestamp=${ts}'\\.$`));
  });

  test("a wrong signature sent before the file is refused when the file part begins: nothing is staged, and the answer does not wait for the body", async () => {
    const boundary = "bnd";
    const fields = { ...signed({ timestamp: now(), public_id: "early/one" }), public_id: "early/other" };
    const head = fieldParts(fields)
      + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`;
    const total = 1_000_000;
    const url = new URL(base);
    const socket = connect(Number(url.port), url.hostname);
    let answer = "";
    socket.on("data", (d: Buffer) => (answer += d.toString("utf8")));
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    socket.write(`POST ${url.pathname}/image/upload HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${head.length + total}\r\n\r\n${head}`);
    socket.write(Buffer.alloc(20_000, 1));
    // The answer comes while the client has sent 20 KB of a 1 MB file.
    await waitUntil(async () => answer.includes("}}"));
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(answer).toMatch(/"Invalid Signature [0-9a-f]{40}\. String to sign - 'public_id=early\/other&timestamp=\d+'\."/);
    const staging = async () => (await t.app.blobs.keys()).filter((k) => k.startsWith(".staging/"));
    expect(await staging()).toEqual([]);
    // The rest of the body is read and dropped (the connection stays usable), never staged.
    await new Promise<void>((resolve, reject) => socket.write(Buffer.alloc(total - 20_000, 1), (e) => (e ? reject(e) : resolve())));
    expect(await staging()).toEqual([]);
    socket.destroy();
    await expectInStep(t);
  });

  test("a file sent before the signature is staged, then refused and discarded", async () => {
    const boundary = "bnd";
    const fields = { ...signed({ timestamp: now(), public_id: "late/one" }), public_id: "late/other" };
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n${png(5, 5).toString("latin1")}\r\n`
      + fieldParts(fields) + `--${boundary}--\r\n`;
    const res = await fetch(`${base}/image/upload`, { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, body: Buffer.from(body, "latin1") });
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/^Invalid Signature .*public_id=late\/other/);
    // And signed right, a file first still uploads: every parameter is checked once the body is read.
    const good = signed({ timestamp: now(), public_id: "late/good" });
    const okBody = body.replace(/--bnd\r\nContent-Disposition: form-data; name="(?:public_id|signature|api_key|timestamp)"[\s\S]*$/, "")
      + fieldParts(good) + `--${boundary}--\r\n`;
    const ok = await fetch(`${base}/image/upload`, { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, body: Buffer.from(okBody, "latin1") });
    expect(ok.status).toBe(200);
    expect((await ok.json()).public_id).toBe("late/good");
    await expectInStep(t);
  });

  test("a parameter added after the file part of a correctly signed call is refused (the signature covers every parameter)", async () => {
    const boundary = "bnd";
    const fields = signed({ timestamp: now(), public_id: "after/one" });
    const body = fieldParts(fields)
      + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n${png(5, 5).toString("latin1")}\r\n`
      + `--${boundary}\r\nContent-Disposition: form-data; name="tags"\r\n\r\nsneaked\r\n--${boundary}--\r\n`;
    const res = await fetch(`${base}/image/upload`, { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, body: Buffer.from(body, "latin1") });
    expect(res.status).toBe(401);
    expect(await t.app.db.asset.count({ where: { publicId: "after/one" } })).toBe(0);
    await expectInStep(t);
  });

  test("a signature with another key's secret, an unknown key, no signature", async () => {
    expect((await post("/image/destroy", signed({ timestamp: now(), public_id: "x" }, "other-secret"))).status).toBe(401);
    const unknown = await post("/image/destroy", signed({ timestamp: now(), public_id: "x" }, "s", "999"));
    expect(unknown).toEqual({ status: 401, body: { error: { message: "Unknown API key 999" } } });
    const unsignedDestroy = await post("/image/destroy", { timestamp: now(), public_id: "x", api_key: t.admin.apiKey });
    expect(unsignedDestroy).toEqual({ status: 400, body: { error: { message: "Missing required parameter - signature" } } });
    expect(await post("/image/destroy", { public_id: "x" })).toEqual({ status: 401, body: { error: { message: "Must supply api_key" } } });
  });

  test("a timestamp over an hour old is stale", async () => {
    const ts = now() - 3700;
    const r = await post("/image/upload", signed({ timestamp: ts }), png(5, 5));
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe(`Stale request - reported time is ${new Date(ts * 1000).toISOString()} which is more than 1 hour ago`);
  });

  test("a read-only key may not write; another environment's key and an unknown cloud name are 401", async () => {
    const ro = await post("/image/upload", signed({ timestamp: now() }, t.readOnly.apiSecret, t.readOnly.apiKey), png(5, 5));
    expect(ro.status).toBe(401);
    expect(ro.body.error.message).toContain("read-only");
    const other = await post("/image/upload", signed({ timestamp: now() }, t.otherAdmin.apiSecret, t.otherAdmin.apiKey), png(5, 5));
    expect(other).toEqual({ status: 401, body: { error: { message: "cloud_name mismatch" } } });
    const res = await fetch(base.replace("test-cloud", "nowhere") + "/image/upload", { method: "POST" });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { message: "Invalid cloud_name nowhere" } });
  });

  test("HTTP Basic with an admin key is accepted too", async () => {
    const r = await post("/image/upload", { public_id: "basic/one" }, png(6, 6), { authorization: basic(t.admin) });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ public_id: "basic/one", width: 6 });
    expect(r.body.signature).toBeUndefined();
  });
});

describe("bad input leaves nothing behind", () => {
  test("no file is 400", async () => {
    expect(await post("/image/upload", signed({ timestamp: now() }))).toEqual({ status: 400, body: { error: { message: "Missing required parameter - file" } } });
  });

  test("a file over MAX_UPLOAD_BYTES is 400 naming the limit", async () => {
    const before = await t.app.db.asset.count();
    const r = await post("/image/upload", signed({ timestamp: now(), public_id: "big/one" }), Buffer.alloc(MAX + 1));
    expect(r).toEqual({ status: 400, body: { error: { message: `file is larger than the upload limit of ${MAX} bytes` } } });
    expect(await t.app.db.asset.count()).toBe(before);
    await expectInStep(t);
  });

  test("parameters a method does not take are 400 naming them, signed or not; nothing is written", async () => {
    const before = await t.app.db.asset.count();
    const r = await post("/image/upload", signed({ timestamp: now(), public_id: "extra/one", moderation: "manual", colour: "red" }), png(5, 5));
    expect(r).toEqual({ status: 400, body: { error: { message: "Unsupported parameters - moderation, colour" } } });
    expect(await t.app.db.asset.count()).toBe(before);
    // `invalidate` is Cloudinary's and harmless here: taken; `folder` is upload's, not destroy's.
    expect((await post("/image/upload", signed({ timestamp: now(), public_id: "extra/two", invalidate: "true" }), png(5, 5))).status).toBe(200);
    expect(await post("/image/destroy", signed({ timestamp: now(), public_id: "extra/two", folder: "x" }))).toEqual({ status: 400, body: { error: { message: "Unsupported parameter - folder" } } });
    expect(await t.app.db.asset.count()).toBe(before + 1);
    await expectInStep(t);
  });

  test("a file that is not an image is 400; nothing is kept", async () => {
    const r = await post("/image/upload", signed({ timestamp: now(), public_id: "bad/file" }), Buffer.from("not an image"));
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^Invalid image file/);
    await expectInStep(t);
  });

  test("an unknown resource type is 400; auto only for upload", async () => {
    expect(await post("/sound/upload", signed({ timestamp: now() }), png(5, 5))).toEqual({ status: 400, body: { error: { message: "Invalid resource type sound: give image, video, raw or auto" } } });
    expect((await post("/auto/destroy", signed({ timestamp: now(), public_id: "x" }))).status).toBe(400);
    await expectInStep(t);
  });

  test("malformed multipart bodies are 400", async () => {
    const send = (body: string, type: string) => fetch(`${base}/image/upload`, { method: "POST", headers: { "content-type": type }, body });
    const noBoundary = await send("x", "multipart/form-data");
    expect(noBoundary.status).toBe(400);
    expect((await noBoundary.json()).error.message).toMatch(/multipart/);
    const cut = await send(`--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc`, "multipart/form-data; boundary=b");
    expect(cut.status).toBe(400);
    const twoFiles = await send(
      `--b\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nx\r\n--b\r\nContent-Disposition: form-data; name="other"; filename="b"\r\n\r\ny\r\n--b--\r\n`,
      "multipart/form-data; boundary=b",
    );
    expect(twoFiles.status).toBe(400);
    expect((await twoFiles.json()).error.message).toBe("a request may carry at most 1 files");
    await expectInStep(t);
  });

  test("an unknown tags command and a missing public_id are 400", async () => {
    expect((await post("/image/tags", signed({ timestamp: now(), command: "set_exclusive", tag: "a", public_ids: "x" }))).status).toBe(400);
    expect(await post("/image/destroy", signed({ timestamp: now() }))).toEqual({ status: 400, body: { error: { message: "Missing required parameter - public_id" } } });
  });
});

async function waitUntil(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}
