// The local file store: a directory (BLOB_DIR), content-addressed by SHA-256 under a namespace
// (the environment's id), written atomically: bytes stream into a staging file in the same
// directory tree, then one rename() puts them under their key, so a reader sees all or nothing.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { BlobNotFoundError, BlobTooLargeError, type BlobStore, type PutOptions, type StagedBlob } from "./store.js";

/** Staging files live here, beside the blobs (rename() is atomic only within one file system). */
const STAGING = ".staging";
const KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

export class LocalBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  private file(key: string): string {
    // Keys come from rows this store wrote; the check keeps a bad one from naming a path outside the root.
    if (!KEY_PATTERN.test(key)) throw new BlobNotFoundError(key);
    return path.join(this.root, key);
  }

  async stage(source: Readable | AsyncIterable<Uint8Array>, options: PutOptions): Promise<StagedBlob> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(options.namespace)) throw new Error(`invalid blob namespace ${options.namespace}`);
    const dir = path.join(this.root, STAGING);
    await mkdir(dir, { recursive: true });
    const temp = path.join(dir, `${options.namespace}-${randomBytes(12).toString("hex")}`);
    const sha = createHash("sha256");
    const md5 = createHash("md5");
    let bytes = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > options.maxBytes) return done(new BlobTooLargeError(options.maxBytes));
        sha.update(chunk);
        md5.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, count, createWriteStream(temp, { flags: "wx" }));
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
    const key = `${options.namespace}/${sha.digest("hex").replace(/^(..)/, "$1/$1")}`;
    const final = this.file(key);
    let settled = false;
    return {
      key,
      bytes,
      etag: md5.digest("hex"),
      path: temp,
      commit: async () => {
        if (settled) throw new Error(`staged blob ${key} was already committed or discarded`);
        settled = true;
        await mkdir(path.dirname(final), { recursive: true });
        await rename(temp, final);
      },
      discard: async () => {
        if (settled) return;
        settled = true;
        await rm(temp, { force: true });
      },
    };
  }

  async get(key: string): Promise<Readable> {
    const file = this.file(key);
    if (!(await this.exists(key))) throw new BlobNotFoundError(key);
    return createReadStream(file);
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.file(key))).isFile();
    } catch (e) {
      if (e instanceof BlobNotFoundError || (e as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.file(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }

  /** Every key in the store (tests and operators check it against the rows). */
  async keys(): Promise<string[]> {
    const entries = await readdir(this.root, { recursive: true, withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
      if (e.code === "ENOENT") return [];
      throw e;
    });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(this.root, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
  }
}
