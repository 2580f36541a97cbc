// Cloudinary's request signing (Upload API signed calls): every parameter but the file, the
// cloud name, the resource type, the API key and the signature itself, without empty values,
// sorted by name, as `k=v` (arrays joined with commas) joined by `&`, the API secret appended,
// hashed with SHA-1 or SHA-256 (the environment's setting), hex. Signature version 2 (the SDKs'
// default) escapes `&` inside each `k=v` as %26 so one parameter cannot pose as two.
import { createHash, timingSafeEqual } from "node:crypto";

export type SignatureAlgorithm = "sha1" | "sha256";

/** Parameters that are sent but never signed. */
export const UNSIGNED_PARAMS = new Set(["file", "cloud_name", "resource_type", "api_key", "signature"]);

/** A signed request's timestamp may be at most this old (Cloudinary: one hour). */
export const SIGNATURE_MAX_AGE_SECONDS = 3600;

export type SignableValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** The string Cloudinary signs (its error messages quote it: "String to sign - '...'"). */
export function stringToSign(params: Record<string, SignableValue>, version: 1 | 2 = 2): string {
  return Object.entries(params)
    .filter(([k]) => !UNSIGNED_PARAMS.has(k))
    .map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v] as const)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => (version >= 2 ? `${k}=${String(v)}`.replace(/&/g, "%26") : `${k}=${String(v)}`))
    .join("&");
}

export function signParams(params: Record<string, SignableValue>, apiSecret: string, algorithm: SignatureAlgorithm = "sha1", version: 1 | 2 = 2): string {
  return createHash(algorithm).update(stringToSign(params, version) + apiSecret).digest("hex");
}

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: "missing" | "stale" | "invalid"; message: string };

/**
 * Checks a signed request's `signature` and `timestamp` (Unix seconds) against the secret. Both
 * signature versions are accepted (they differ only for values holding `&`); the messages are
 * Cloudinary's.
 */
export function verifySignature(
  params: Record<string, SignableValue>,
  apiSecret: string,
  algorithm: SignatureAlgorithm,
  now: Date = new Date(),
): SignatureCheck {
  const signature = params.signature;
  const timestamp = Number(params.timestamp);
  if (typeof signature !== "string" || signature === "") return { ok: false, reason: "missing", message: "Missing required parameter - signature" };
  if (params.timestamp == null || params.timestamp === "" || !Number.isFinite(timestamp)) return { ok: false, reason: "missing", message: "Missing required parameter - timestamp" };
  if (now.getTime() / 1000 - timestamp > SIGNATURE_MAX_AGE_SECONDS) {
    return { ok: false, reason: "stale", message: `Stale request - reported time is ${new Date(timestamp * 1000).toISOString()} which is more than 1 hour ago` };
  }
  const given = Buffer.from(signature.toLowerCase());
  for (const version of [2, 1] as const) {
    const expected = Buffer.from(signParams(params, apiSecret, algorithm, version));
    if (expected.length === given.length && timingSafeEqual(expected, given)) return { ok: true };
  }
  return { ok: false, reason: "invalid", message: `Invalid Signature ${signature}. String to sign - '${stringToSign(params)}'.` };
}
