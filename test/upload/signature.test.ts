// src/lib/signature.ts against the signatures Cloudinary's own SDK computes.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { signParams, stringToSign, verifySignature, type SignableValue } from "../../src/lib/signature.js";

const require = createRequire(import.meta.url);
const { v2: cloudinary } = require("cloudinary") as { v2: { utils: { api_sign_request(p: object, secret: string, algo?: string | null, version?: number | null): string } } };

const SECRET = "abcd-secret";
const CASES: Record<string, SignableValue>[] = [
  { timestamp: 1_700_000_000, public_id: "sample" },
  { timestamp: 1_700_000_000, public_id: "folder/dog", tags: ["a", "b c"], overwrite: true, eager: "c_fill,w_100,h_100|e_sepia" },
  { timestamp: 1_700_000_000, context: "alt=x&y|caption=z", upload_preset: "p1", folder: "" },
  { timestamp: "1700000000", display_name: "Ünïcödé", notification_url: "https://example.com/hook?a=1&b=2", use_filename: false },
];

describe("upload signatures", () => {
  for (const algo of ["sha1", "sha256"] as const) {
    for (const [i, params] of CASES.entries()) {
      it(`match the SDK's api_sign_request (${algo}, case ${i})`, () => {
        expect(signParams(params, SECRET, algo)).toBe(cloudinary.utils.api_sign_request(params, SECRET, algo, 2));
        expect(signParams(params, SECRET, algo, 1)).toBe(cloudinary.utils.api_sign_request(params, SECRET, algo, 1));
      });
    }
  }

  it("leave out the file, cloud name, resource type, api key and signature", () => {
    expect(stringToSign({ timestamp: 1, public_id: "x", file: "data:...", cloud_name: "c", resource_type: "image", api_key: "k", signature: "s" })).toBe("public_id=x&timestamp=1");
  });

  it("verify fresh, correctly signed requests and refuse stale or altered ones", () => {
    const now = new Date(1_700_000_000_000);
    const params = { timestamp: 1_700_000_000 - 3599, public_id: "a&b" };
    const signed = { ...params, signature: cloudinary.utils.api_sign_request(params, SECRET, "sha256", 2) };
    expect(verifySignature(signed, SECRET, "sha256", now)).toEqual({ ok: true });
    expect(verifySignature(signed, SECRET, "sha1", now)).toMatchObject({ ok: false, reason: "invalid" });
    expect(verifySignature({ ...signed, public_id: "other" }, SECRET, "sha256", now)).toMatchObject({ ok: false, reason: "invalid", message: expect.stringContaining("String to sign - 'public_id=other&timestamp=") });
    const old = { timestamp: 1_700_000_000 - 3601, public_id: "a" };
    expect(verifySignature({ ...old, signature: signParams(old, SECRET, "sha1") }, SECRET, "sha1", now)).toMatchObject({ ok: false, reason: "stale" });
    expect(verifySignature({ public_id: "a", signature: "x" }, SECRET, "sha1", now)).toMatchObject({ ok: false, reason: "missing", message: "Missing required parameter - timestamp" });
  });
});
