// GraphQL multipart requests (the GraphQL multipart request spec) with files streamed to disk.
// Yoga's own multipart parser keeps every file in memory whole; this one streams each file part
// into the blob store's staging area as the request is read (hashing and counting on the way),
// so a 100 MB upload costs the server a few buffers. A file over the upload limit is cut off
// and dropped; the mutation then reports LIMIT_EXCEEDED naming it. Whatever a request staged
// and did not commit is discarded when its response is sent.
//
// Yoga's request-body limit (maxRequestBodySize) refuses any body over its size by
// Content-Length before a parser runs, which would refuse every large upload; it is turned off
// in app.ts and applied here instead: to every other body as before, to multipart bodies per part.
import { Readable } from "node:stream";
import { Busboy, type BusboyFileStream } from "@fastify/busboy";
import { GraphQLError } from "graphql";
import type { GraphQLParams, Plugin } from "graphql-yoga";
import { UploadedFile, type BlobStore, type StagedBlob } from "./blob/store.js";

export interface UploadOptions {
  store: BlobStore;
  /** the largest file (bytes) */
  maxFileBytes: number;
  /** the largest body other than multipart, and the largest non-file part of a multipart body */
  maxRequestBytes: number;
  /** staging files are named after the caller's environment */
  namespaceOf(request: Request): string;
}

/** Files one request may carry. */
export const MAX_FILES_PER_REQUEST = 10;

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
const tooLarge = () => new GraphQLError("Request body too large", { extensions: { code: "REQUEST_ENTITY_TOO_LARGE", http: { status: 413 } } });

const isMultipart = (request: Request) => request.method === "POST" && /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "");

export function uploadPlugin(options: UploadOptions): Plugin {
  const stagedBy = new WeakMap<Request, StagedBlob[]>();
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get("content-length");
      if (length != null && !/^\d+$/.test(length)) throw badRequest("Content-Length header is invalid.");
      if (isMultipart(request)) {
        const staged: StagedBlob[] = [];
        stagedBy.set(request, staged);
        setRequestParser((req) => parseMultipart(req, options, staged));
        return;
      }
      if (length != null && Number(length) > options.maxRequestBytes) throw tooLarge();
      if (request.body == null || !requestParser) return;
      // A body without Content-Length (chunked) is counted as it is read.
      const limit = options.maxRequestBytes;
      setRequestParser((req) => {
        let read = 0;
        // Yoga's request body may be its fetch ponyfill's stream, which pipes only into the ponyfill's TransformStream.
        const Transform = req.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
        const counted = req.body!.pipeThrough(new Transform<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            read += chunk.byteLength;
            if (read > limit) controller.error(tooLarge());
            else controller.enqueue(chunk);
          },
        }));
        return requestParser(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, signal: req.signal, body: counted, duplex: "half" } as RequestInit));
      });
    },
    async onResponse({ request }) {
      const staged = stagedBy.get(request);
      if (staged) await Promise.all(staged.map((s) => s.discard()));
    },
  };
}

function parseMultipart(request: Request, options: UploadOptions, staged: StagedBlob[]): Promise<GraphQLParams> {
  const fields = new Map<string, string>();
  const files = new Map<string, Promise<UploadedFile>>();
  const namespace = options.namespaceOf(request);
  const streaming = new Set<BusboyFileStream>();
  return new Promise<GraphQLParams>((resolve, reject) => {
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      // A part still streaming (the client went away mid-file) ends now, so its staging file goes too.
      for (const stream of streaming) stream.destroy(new Error("the request ended before the file did"));
      reject(e instanceof GraphQLError ? e : badRequest(`POST body sent invalid multipart data: ${(e as Error).message}`));
    };
    let bb: InstanceType<typeof Busboy>;
    try {
      bb = new Busboy({
        headers: { "content-type": request.headers.get("content-type") ?? "" },
        limits: { fieldSize: options.maxRequestBytes, fileSize: options.maxFileBytes, files: MAX_FILES_PER_REQUEST, fields: 100, parts: 100 + MAX_FILES_PER_REQUEST },
      });
    } catch (e) {
      // e.g. a multipart content type without a boundary
      return fail(e);
    }
    bb.on("field", (name: string, value: string, _nameTruncated: boolean, valueTruncated: boolean) => {
      if (valueTruncated) fail(tooLarge());
      else fields.set(name, value);
    });
    bb.on("file", (name: string, stream: BusboyFileStream, filename: string | undefined, _encoding: string, mimeType: string) => {
      streaming.add(stream);
      stream.once("end", () => streaming.delete(stream));
      files.set(name, options.store.stage(stream, { maxBytes: options.maxFileBytes, namespace }).then(async (blob) => {
        staged.push(blob);
        // Cut off at the limit: the part's remaining bytes were skipped, the rest was kept only to be dropped now.
        if (stream.truncated) {
          await blob.discard();
          return new UploadedFile(filename || null, mimeType, null);
        }
        return new UploadedFile(filename || null, mimeType, blob);
      }));
    });
    bb.on("filesLimit", () => fail(badRequest(`a request may carry at most ${MAX_FILES_PER_REQUEST} files`)));
    bb.on("fieldsLimit", () => fail(badRequest("too many fields")));
    bb.on("partsLimit", () => fail(badRequest("too many parts")));
    bb.on("error", fail);
    bb.on("finish", () => {
      Promise.all([...files].map(async ([name, file]) => [name, await file] as const))
        .then((settled) => resolve(operationsOf(fields, new Map(settled))))
        .catch(fail);
    });
    const body = request.body ? Readable.from(request.body as unknown as AsyncIterable<Uint8Array>) : Readable.from([]);
    body.on("error", fail);
    body.pipe(bb);
  }).catch(async (e: unknown) => {
    // Files already staged are dropped at once; a part still streaming ends with the request.
    await Promise.all([...files.values()].map((f) => f.then((u) => u.staged?.discard(), () => undefined)));
    throw e;
  });
}

/** `operations` with each file put where `map` says (the spec's object paths, e.g. "variables.file"). */
function operationsOf(fields: Map<string, string>, files: Map<string, UploadedFile>): GraphQLParams {
  const parse = (name: string): unknown => {
    const text = fields.get(name);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw badRequest(`Multipart form field "${name}" must be a valid JSON string`);
    }
  };
  const operations = parse("operations");
  if (typeof operations !== "object" || operations === null) throw badRequest('Missing multipart form field "operations"');
  const map = parse("map") ?? {};
  if (typeof map !== "object" || map === null || Array.isArray(map)) throw badRequest('Multipart form field "map" must be an object of paths');
  for (const [name, paths] of Object.entries(map as Record<string, unknown>)) {
    const file = files.get(name);
    if (!file) throw badRequest(`Multipart form field "map" names file ${name}, which the request does not carry`);
    if (!Array.isArray(paths)) throw badRequest(`Multipart form field "map" must give an array of paths for ${name}`);
    for (const path of paths) setPath(operations as Record<string, unknown>, String(path), file);
  }
  return operations as GraphQLParams;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let current = target;
  for (const [i, key] of keys.entries()) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") throw badRequest(`invalid path ${path} in "map"`);
    if (i === keys.length - 1) {
      current[key] = value;
      return;
    }
    const next = current[key];
    if (typeof next !== "object" || next === null) throw badRequest(`path ${path} in "map" names nothing in "operations"`);
    current = next as Record<string, unknown>;
  }
}
