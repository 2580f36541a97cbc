// The Cloudinary REST edge over node:http: `/v1_1/:cloud_name/...`. Each API (the Admin API and
// the Upload API) is a table of routes; this file does what they share: routing (find-my-way,
// Fastify's router), the cloud-name check, query strings and JSON or form bodies (DELETE
// included) under the GraphQL request-size cap, JSON answers and `{"error":{"message"}}` errors,
// and one log line per request. Admin API routes authenticate with HTTP Basic (the GraphQL API
// keys); Upload API routes as the SDKs sign them (upload.ts: api_key, timestamp and signature
// among the parameters, or an unsigned upload preset; Basic too), and read multipart bodies
// with the file part streamed into the blob store's staging area.
import type { IncomingMessage, ServerResponse } from "node:http";
import FindMyWay, { type HTTPMethod } from "find-my-way";
import type { GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import type { BlobStore, StagedBlob, UploadedFile } from "../blob/store.js";
import type { Ctx, Principal } from "../context.js";
import { MultipartError, isMultipartType, readMultipart } from "../multipart.js";
import { RestError, errorBody, uploadStatusOfCode } from "./errors.js";
import { GraphqlRunner, onSchema, overYoga, type FetchFn } from "./graphql.js";
import { paramsOf, parseUrlEncoded, str, type Params } from "./params.js";
import { signedCaller, type Caller, type SigningKeys, type Signer } from "./upload/signed.js";

export const REST_PREFIX = "/v1_1/";

export interface RestCall {
  /** path parameters, decoded (`%2F` is a slash inside one) */
  path: Record<string, string>;
  /** query string and body merged; the body wins */
  params: Params;
  principal: Principal;
  graphql: GraphqlRunner;
}

/** An Upload API call: signed (or unsigned, or Basic), its file part staged, its services at hand. */
export interface UploadCall extends RestCall {
  /** the caller's service context */
  ctx: Ctx;
  /** the multipart body's `file` part, staged; null without one */
  file: UploadedFile | null;
  /** the key that signed the call (null for Basic or unsigned calls) */
  signer: Signer | null;
  /** an unsigned call (only `upload` with an unsigned preset takes one) */
  unsigned: boolean;
}

interface RouteBase {
  method: HTTPMethod;
  /** below `/v1_1/:cloud_name` */
  path: string;
}

/** A route of an API's table: an Admin API route, or (`upload: true`) an Upload API route: signed parameters, multipart bodies, no rate limit. */
export type Route =
  | (RouteBase & { upload?: false; handle(call: RestCall): Promise<unknown> })
  | (RouteBase & { upload: true; handle(call: UploadCall): Promise<unknown> });

export interface RestDeps extends SigningKeys {
  fetch: FetchFn;
  authenticate(header: string | null): Promise<Principal | null>;
  /** the request context for a principal (Upload API routes call services with it) */
  contextFor(principal: Principal): Ctx;
  schema: GraphQLSchema;
  blobs: BlobStore;
  maxUploadBytes: number;
  log: Logger;
  maxBodyBytes: number;
}

export interface RestHandler {
  /** whether a request URL belongs to the REST edge */
  handles(url: string | undefined): boolean;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > maxBytes) throw new RestError(400, `Request body is larger than ${maxBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new RestError(400, `Request body is larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function bodyParams(req: IncomingMessage, maxBytes: number): Promise<Params> {
  if (req.method === "GET" || req.method === "HEAD") return {};
  const text = await readBody(req, maxBytes);
  const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/json") {
    if (text.trim() === "") return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new RestError(400, "Invalid JSON in request body");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new RestError(400, "The JSON body must be an object");
    return parsed as Params;
  }
  if (type === "" || type === "application/x-www-form-urlencoded" || type === "text/plain") return parseUrlEncoded(text);
  throw new RestError(400, `Unsupported content type ${type}: send application/json or application/x-www-form-urlencoded`);
}

/**
 * The Upload API's body: multipart (the SDKs' form, the file part staged as it streams in) or as
 * bodyParams reads it. `authenticate` is called when the file part begins if the parameters read
 * by then can authenticate the call (HTTP Basic, or api_key, timestamp and signature: the SDKs
 * send every parameter before the file), so a refused call stages none of its file. A file sent
 * before them is staged and the call checked when the body has been read. Returns the caller:
 * authenticated once, or again when parameters followed the file part.
 */
async function uploadBody(
  req: IncomingMessage, deps: RestDeps, staged: StagedBlob[], query: Params, namespace: string, authenticate: (params: Params) => Promise<Caller>,
): Promise<{ params: Params; file: UploadedFile | null; caller: Caller }> {
  const type = req.headers["content-type"];
  if (req.method !== "POST" || !isMultipartType(type)) {
    const params = { ...query, ...(await bodyParams(req, deps.maxBodyBytes)) };
    return { params, file: null, caller: await authenticate(params) };
  }
  // The caller as authenticated when the file part began, and over how many fields.
  let early: { caller: Caller; fields: number } | undefined;
  const beforeFile = async (fields: [string, string][]) => {
    // `fields` grows as the body is read: what was authenticated is what had arrived by now.
    const count = fields.length;
    const params = { ...query, ...paramsOf(fields) };
    if (req.headers.authorization || ["api_key", "timestamp", "signature"].every((k) => str(params, k))) early = { caller: await authenticate(params), fields: count };
  };
  try {
    const body = await readMultipart(req, type!, { store: deps.blobs, maxFileBytes: deps.maxUploadBytes, maxFieldBytes: deps.maxBodyBytes, maxFiles: 1, namespace, beforeFile }, staged);
    const params = { ...query, ...paramsOf(body.fields) };
    // Checked again over every parameter when any came after the file part: they are signed too.
    const caller = early && early.fields === body.fields.length ? early.caller : await authenticate(params);
    return { params, file: body.files.get("file") ?? null, caller };
  } catch (e) {
    if (e instanceof MultipartError) throw new RestError(400, e.message);
    throw e;
  }
}

export function createRestHandler(deps: RestDeps, routes: Route[]): RestHandler {
  const router = FindMyWay({ ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, maxParamLength: 2048 });
  for (const route of routes) router.on(route.method, `${REST_PREFIX}:cloud_name${route.path}`, () => undefined, route);

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers }).end(body);
  };

  return {
    handles: (url) => url?.startsWith(REST_PREFIX) ?? false,
    async handle(req, res) {
      const started = performance.now();
      const method = (req.method ?? "GET") as HTTPMethod;
      const url = req.url ?? "/";
      // The SDKs encode each path segment they are given, and some give several at once
      // ("resources/search"), so an encoded slash separates segments like a plain one; public
      // ids, folders, tags and transformations, which may hold slashes, are wildcard routes.
      const found = router.find(method, url.split("?")[0].replace(/%2F/gi, "/"));
      const route = found?.store as Route | undefined;
      let graphql: GraphqlRunner | undefined;
      let status = 200;
      const staged: StagedBlob[] = [];
      // Whatever a call staged and did not commit (a failed upload, a file part nobody used).
      const discardStaged = () => Promise.all(staged.splice(0).map((blob) => blob.discard()));
      try {
        if (!found || !route) throw new RestError(404, `Route not found: ${method} ${url.split("?")[0]}`);
        const authorization = req.headers.authorization ?? null;
        const { cloud_name: cloudName, ...path } = found.params as Record<string, string>;
        const query = url.includes("?") ? parseUrlEncoded(url.slice(url.indexOf("?") + 1)) : {};
        let result: unknown;
        if (route.upload) {
          // The cloud name's environment first: files are staged under its namespace as they stream in.
          const cloud = await deps.unsignedPrincipal(cloudName);
          if (!cloud) throw new RestError(401, `Invalid cloud_name ${cloudName}`);
          const authenticate = async (params: Params) => {
            const caller = await signedCaller(deps, params, authorization, cloud);
            if (caller.principal.environment.id !== cloud.environment.id) throw new RestError(401, "cloud_name mismatch");
            return caller;
          };
          const { params, file, caller } = await uploadBody(req, deps, staged, query, String(cloud.environment.id), authenticate);
          const ctx = deps.contextFor(caller.principal);
          graphql = onSchema(deps.schema, ctx, deps.log, uploadStatusOfCode);
          result = await route.handle({ path, params, file, ctx, graphql, ...caller });
        } else {
          const principal = await deps.authenticate(authorization);
          if (!principal) throw new RestError(401, authorization ? "Invalid API key or API secret" : "Must supply api_key");
          if (cloudName !== principal.environment.cloudName) throw new RestError(401, "cloud_name mismatch");
          const params = { ...query, ...(await bodyParams(req, deps.maxBodyBytes)) };
          graphql = overYoga(deps.fetch, authorization!);
          result = await route.handle({ path, params, principal, graphql });
        }
        send(res, 200, JSON.stringify(result), graphql.headers);
      } catch (e) {
        const error = e instanceof RestError ? e : new RestError(500, "Internal error");
        if (!(e instanceof RestError) || error.status >= 500) deps.log.error({ err: e, method, route: route?.path }, "REST call failed unexpectedly");
        status = error.status;
        // Unread bodies of refused calls are drained, so a keep-alive connection stays usable.
        req.resume();
        // A refused call's file is gone by the time the client reads the answer.
        await discardStaged();
        send(res, status, errorBody(error.message), graphql?.headers);
      } finally {
        await discardStaged();
        deps.log.info({ method, route: route ? `${REST_PREFIX}:cloud_name${route.path}` : undefined, status, ms: Math.round(performance.now() - started) }, "request");
      }
    },
  };
}
