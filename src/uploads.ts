// GraphQL multipart requests (the GraphQL multipart request spec) with files streamed to disk.
// Yoga's own multipart parser keeps every file in memory whole; this one streams each file part
// into the blob store's staging area as the request is read (multipart.ts, shared with the
// Upload API's REST routes). A file over the upload limit is cut off and dropped; the mutation
// then reports LIMIT_EXCEEDED naming it. Whatever a request staged and did not commit is
// discarded when its response is sent.
//
// Yoga's request-body limit (maxRequestBodySize) refuses any body over its size by
// Content-Length before a parser runs, which would refuse every large upload; it is turned off
// in app.ts and applied here instead: to every other body as before, to multipart bodies per part.
import { Readable } from "node:stream";
import { GraphQLError } from "graphql";
import type { GraphQLParams, Plugin } from "graphql-yoga";
import type { BlobStore, StagedBlob, UploadedFile } from "./blob/store.js";
import { MultipartError, isMultipartType, readMultipart } from "./multipart.js";

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

const isMultipart = (request: Request) => request.method === "POST" && isMultipartType(request.headers.get("content-type"));

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
      // A declared length is all node's HTTP parser reads of the body, so only a body without
      // Content-Length (chunked) is counted as it is read: wrapping every body in a counting
      // stream cost the reference read about a tenth of its requests per second.
      if (length != null || request.body == null || !requestParser) return;
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

async function parseMultipart(request: Request, options: UploadOptions, staged: StagedBlob[]): Promise<GraphQLParams> {
  const body = request.body ? Readable.from(request.body as unknown as AsyncIterable<Uint8Array>) : Readable.from([]);
  try {
    const { fields, files } = await readMultipart(body, request.headers.get("content-type") ?? "", {
      store: options.store, maxFileBytes: options.maxFileBytes, maxFieldBytes: options.maxRequestBytes, maxFiles: MAX_FILES_PER_REQUEST, namespace: options.namespaceOf(request),
    }, staged);
    return operationsOf(new Map(fields), files);
  } catch (e) {
    if (e instanceof MultipartError) throw e.status === 413 ? tooLarge() : badRequest(e.message);
    throw e;
  }
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
