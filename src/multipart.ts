// Multipart form bodies with every file part streamed into the blob store's staging area as the
// body is read (hashing and counting on the way), so a 100 MB upload costs the server a few
// buffers. Shared by the GraphQL multipart request spec (uploads.ts) and the Upload API's REST
// routes. A file over the limit is cut off and dropped (its UploadedFile has no staged blob; the
// service then reports LIMIT_EXCEEDED naming it). Every blob staged is pushed onto the caller's
// list, which discards whatever was not committed when the response is sent.
import type { Readable } from "node:stream";
import { Busboy, type BusboyFileStream } from "@fastify/busboy";
import { UploadedFile, type BlobStore, type StagedBlob } from "./blob/store.js";

/** The body cannot be read: 400, or 413 for a non-file part over its limit. */
export class MultipartError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

export interface MultipartOptions {
  store: BlobStore;
  /** the largest file (bytes) */
  maxFileBytes: number;
  /** the largest non-file part */
  maxFieldBytes: number;
  maxFiles: number;
  /** staging files are named after the caller's environment */
  namespace: string;
  /**
   * Called with the fields read so far when a file part begins, before any of it is staged; a
   * rejection ends the body with that error (the Upload API refuses a bad signature here).
   */
  beforeFile?: (fields: [string, string][]) => Promise<void>;
}

export interface MultipartBody {
  /** non-file parts in order (a name may repeat) */
  fields: [string, string][];
  files: Map<string, UploadedFile>;
}

export const isMultipartType = (contentType: string | null | undefined) => /^multipart\/form-data\b/i.test(contentType ?? "");

export function readMultipart(body: Readable, contentType: string, options: MultipartOptions, staged: StagedBlob[]): Promise<MultipartBody> {
  const fields: [string, string][] = [];
  const files = new Map<string, Promise<UploadedFile>>();
  const streaming = new Set<BusboyFileStream>();
  return new Promise<MultipartBody>((resolve, reject) => {
    let failed = false;
    const stop = (e: unknown) => {
      if (failed) return;
      failed = true;
      // The body is no longer parsed: the caller drains or closes it.
      body.unpipe(bb);
      // A part still streaming (the client went away mid-file) ends now, so its staging file goes too.
      for (const stream of streaming) stream.destroy(new Error("the request ended before the file did"));
      reject(e);
    };
    const fail = (e: unknown) => stop(e instanceof MultipartError ? e : new MultipartError(400, `POST body sent invalid multipart data: ${(e as Error).message}`));
    let bb: InstanceType<typeof Busboy>;
    try {
      bb = new Busboy({
        headers: { "content-type": contentType },
        limits: { fieldSize: options.maxFieldBytes, fileSize: options.maxFileBytes, files: options.maxFiles, fields: 100, parts: 100 + options.maxFiles },
      });
    } catch (e) {
      // e.g. a multipart content type without a boundary
      return fail(e);
    }
    bb.on("field", (name: string, value: string, _nameTruncated: boolean, valueTruncated: boolean) => {
      if (valueTruncated) fail(new MultipartError(413, "Request body too large"));
      else fields.push([name, value]);
    });
    bb.on("file", (name: string, stream: BusboyFileStream, filename: string | undefined, _encoding: string, mimeType: string) => {
      streaming.add(stream);
      stream.once("end", () => streaming.delete(stream));
      // A part's error (the body ended inside it, or fail() ended it) reaches the caller through the
      // body's error or the staging's rejection; it may come before staging has begun to read it.
      stream.on("error", () => undefined);
      // Until beforeFile has settled the part is not read, so the body waits (backpressure).
      const ready = options.beforeFile?.(fields) ?? Promise.resolve();
      ready.catch(stop);
      files.set(name, ready.then(() => options.store.stage(stream, { maxBytes: options.maxFileBytes, namespace: options.namespace })).then(async (blob) => {
        staged.push(blob);
        // Cut off at the limit: the part's remaining bytes were skipped, the rest was kept only to be dropped now.
        if (stream.truncated) {
          await blob.discard();
          return new UploadedFile(filename || null, mimeType, null);
        }
        return new UploadedFile(filename || null, mimeType, blob);
      }));
    });
    bb.on("filesLimit", () => fail(new MultipartError(400, `a request may carry at most ${options.maxFiles} files`)));
    bb.on("fieldsLimit", () => fail(new MultipartError(400, "too many fields")));
    bb.on("partsLimit", () => fail(new MultipartError(400, "too many parts")));
    bb.on("error", fail);
    bb.on("finish", () => {
      Promise.all([...files].map(async ([name, file]) => [name, await file] as const))
        .then((settled) => resolve({ fields, files: new Map(settled) }))
        .catch(fail);
    });
    body.on("error", fail);
    body.pipe(bb);
  }).catch(async (e: unknown) => {
    // Files already staged are dropped at once; a part still streaming ends with the request.
    await Promise.all([...files.values()].map((f) => f.then((u) => u.staged?.discard(), () => undefined)));
    throw e;
  });
}
