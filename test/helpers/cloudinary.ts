// The official Cloudinary Node SDK (v2) as a client of the test app on a real port, changed only
// by `upload_prefix`, as a team would point its scripts at this server.
import type { Credentials, TestApp } from "./app.js";
import { serve, type Served } from "./server.js";

/**
 * The SDK as it is at runtime. Its bundled typings miss methods it has (resource_by_asset_id,
 * search_folders, order_metadata_field_datasource, delete_backed_up_assets, ...) and type answers
 * narrower than the reference's, so tests hold it loosely and assert the values.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface SdkClient {
  cloudinary: { api: Record<string, (...args: Loose[]) => Promise<Loose>>; search: Loose; search_folders: Loose; uploader: Loose; utils: Loose; config(options: object): unknown };
  served: Served;
  /** http://127.0.0.1:port (the SDK's upload_prefix) */
  base: string;
  /** the SDK's options for another key or cloud name */
  as(creds: Credentials, cloudName?: string): Record<string, string>;
}

export async function sdkClient(t: TestApp): Promise<SdkClient> {
  const served = await serve(t.app);
  const base = served.httpUrl.replace(/\/graphql$/, "");
  // The SDK picks node:http or node:https once, when it loads, from upload_prefix in CLOUDINARY_URL.
  process.env.CLOUDINARY_URL = `cloudinary://${t.admin.apiKey}:${t.admin.apiSecret}@test-cloud?upload_prefix=${encodeURIComponent(base)}`;
  const { v2: cloudinary } = (await import("cloudinary")) as Loose;
  cloudinary.config({ cloud_name: "test-cloud", api_key: t.admin.apiKey, api_secret: t.admin.apiSecret, upload_prefix: base });
  return {
    cloudinary,
    served,
    base,
    as: (creds, cloudName = "test-cloud") => ({ api_key: creds.apiKey, api_secret: creds.apiSecret, cloud_name: cloudName }),
  };
}

/** The SDK's api rejects with `{ error: { message, http_code } }`, its uploader with the error itself; this resolves to the error. */
export async function sdkError(promise: Promise<unknown>): Promise<{ message: string; http_code: number }> {
  try {
    await promise;
  } catch (e) {
    const rejected = e as { error?: { message: string; http_code: number }; message: string; http_code: number };
    return rejected.error ?? rejected;
  }
  throw new Error("expected the SDK call to fail");
}
