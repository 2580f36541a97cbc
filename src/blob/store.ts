// The file store for originals (ARCHITECTURE "src/blob/"): a small interface so that an
// S3-compatible store can follow the local directory. Keys are content addresses chosen by the
// store; a key names the same bytes for as long as it exists.
import type { Readable } from "node:stream";

export interface BlobInfo {
  /** where the store keeps the bytes; rows hold it (Asset.blobKey, AssetVersion.blobKey) */
  key: string;
  bytes: number;
  /** MD5 of the content, hex: Cloudinary's etag */
  etag: string;
}

/**
 * Bytes written to the store's staging area but not yet visible under their key. `path` is a
 * local file for probing (format, dimensions); `commit` makes the blob visible under `key`
 * (atomically: readers never see a partial file), `discard` drops it (and does nothing once
 * either has run, so a request can discard whatever it staged and did not use).
 */
export interface StagedBlob extends BlobInfo {
  path: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export interface PutOptions {
  /** the stream is cut off and the write refused past this many bytes */
  maxBytes: number;
  /** used in the staging file's name only, to tell keys apart (an environment's id) */
  namespace: string;
}

export interface BlobStore {
  /** Streams `source` into staging, counting and hashing as it goes; never holds it whole in memory. */
  stage(source: Readable | AsyncIterable<Uint8Array>, options: PutOptions): Promise<StagedBlob>;
  /** The blob's bytes; BlobNotFoundError when there is none. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Removes the blob; a key that names none is not an error. */
  delete(key: string): Promise<void>;
}

/** The stream passed PutOptions.maxBytes; nothing was kept. */
export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the file is larger than ${maxBytes} bytes`);
  }
}

export class BlobNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`no blob ${key}`);
  }
}

/**
 * A file of a GraphQL multipart request, already streamed into the store's staging area by the
 * edge (src/uploads.ts) while the request was read. `staged` is null when the file was larger
 * than the limit: its bytes were dropped as they came.
 */
export class UploadedFile {
  constructor(
    readonly filename: string | null,
    readonly mimeType: string,
    readonly staged: StagedBlob | null,
  ) {}
}
