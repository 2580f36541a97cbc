// Who makes an Upload API call, as Cloudinary decides it: `api_key`, `timestamp` and `signature`
// among the parameters, the signature checked against the key's secret with the environment's
// algorithm (lib/signature.ts: sorted parameters, secret appended, SHA-1 or SHA-256, at most an
// hour old); or no key and an `upload_preset` (an unsigned upload, which the service lets
// through only for an unsigned preset); or HTTP Basic, as the Admin API takes it.
import type { Principal } from "../../context.js";
import { verifySignature, type SignableValue, type SignatureAlgorithm } from "../../lib/signature.js";
import { RestError } from "../errors.js";
import { str, type Params } from "../params.js";

export interface Signer {
  secret: string;
  algorithm: SignatureAlgorithm;
}

export interface SigningKeys {
  authenticate(header: string | null): Promise<Principal | null>;
  signingKey(apiKey: string): Promise<({ principal: Principal } & Signer) | null>;
  /** the cloud name's environment, as an unsigned caller */
  unsignedPrincipal(cloudName: string): Promise<Principal | null>;
}

export interface Caller {
  principal: Principal;
  signer: Signer | null;
  unsigned: boolean;
}

export async function signedCaller(keys: SigningKeys, params: Params, authorization: string | null, cloud: Principal): Promise<Caller> {
  const caller = await identify(keys, params, authorization, cloud);
  // Cloudinary has no read-only keys; this server's may read through the Admin API only.
  if (!caller.unsigned && caller.principal.role !== "admin") throw new RestError(401, `API key ${caller.principal.apiKey} is read-only: the Upload API needs an admin key`);
  return caller;
}

async function identify(keys: SigningKeys, params: Params, authorization: string | null, cloud: Principal): Promise<Caller> {
  if (authorization) {
    const principal = await keys.authenticate(authorization);
    if (!principal) throw new RestError(401, "Invalid API key or API secret");
    return { principal, signer: null, unsigned: false };
  }
  const apiKey = str(params, "api_key");
  if (!apiKey) {
    if (str(params, "signature") || !str(params, "upload_preset")) throw new RestError(401, "Must supply api_key");
    return { principal: cloud, signer: null, unsigned: true };
  }
  const key = await keys.signingKey(apiKey);
  if (!key) throw new RestError(401, `Unknown API key ${apiKey}`);
  const check = verifySignature(params as Record<string, SignableValue>, key.secret, key.algorithm);
  if (!check.ok) throw new RestError(check.reason === "invalid" ? 401 : 400, check.message);
  return { principal: key.principal, signer: { secret: key.secret, algorithm: key.algorithm }, unsigned: false };
}
