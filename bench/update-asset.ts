// npm run bench:update-asset -- --db file:bench/.data/http-100000.db [--baseline ../other-checkout] [--n 400 --rounds 3]
// Issue 12's write guard: updateAsset adding a tag, in requests per second, on a seeded database
// (bench:http makes one). Each request replaces an asset's tags with its own plus one new tag, four
// requests in flight, run in-process through yoga.fetch (no HTTP, so the write path is what is
// measured). With --baseline, another checkout runs the same rounds interleaved with this one, each
// on its own copy of the database, so a change is compared with what came before on one machine.
import { copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sqliteFilePath } from "../src/db/url.js";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: `file:${path.resolve(import.meta.dirname, ".data", "http-100000.db")}` },
    baseline: { type: "string" },
    n: { type: "string", default: "400" },
    rounds: { type: "string", default: "3" },
    "api-key": { type: "string", default: "424242424242424" },
    "api-secret": { type: "string", default: "bench-http-secret" },
  },
});
const n = Number(values.n);
const auth = `Basic ${Buffer.from(`${values["api-key"]}:${values["api-secret"]}`).toString("base64")}`;
const UPDATE = "mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { asset { publicId tags } userErrors { code message } } }";

interface Target {
  name: string;
  fetch(body: unknown): Promise<{ data?: Record<string, any>; errors?: unknown }>;
  close(): Promise<void>;
}

/** The app of the checkout at `dir`, over its own copy of the database (SQLite) or the database itself. */
async function target(name: string, dir: string): Promise<Target> {
  let url = values.db!;
  let copy: string | null = null;
  if (url.startsWith("file:")) {
    copy = path.join(tmpdir(), `bench-update-${process.pid}-${name.replace(/\W+/g, "-")}.db`);
    copyFileSync(sqliteFilePath(url), copy);
    url = `file:${copy}`;
  }
  const { buildApp } = (await import(path.join(dir, "src", "app.ts"))) as typeof import("../src/app.js");
  const { createLogger } = (await import(path.join(dir, "src", "lib", "logger.ts"))) as typeof import("../src/lib/logger.js");
  const app = await buildApp({ databaseUrl: url, logger: createLogger({ level: "silent", pretty: false }), webhooks: false });
  return {
    name,
    async fetch(body) {
      const res = await app.yoga.fetch("http://bench/graphql", { method: "POST", headers: { "content-type": "application/json", authorization: auth }, body: JSON.stringify(body) });
      return (await res.json()) as { data?: Record<string, any>; errors?: unknown };
    },
    async close() {
      await app.close();
      if (copy) for (const suffix of ["", "-wal", "-shm"]) rmSync(copy + suffix, { force: true });
    },
  };
}

async function round(t: Target, label: string): Promise<number> {
  const list = await t.fetch({ query: "{ assets(first: 500) { edges { node { publicId resourceType type tags } } } }" });
  const nodes = list.data!.assets.edges.map((e: { node: { publicId: string; resourceType: string; type: string; tags: string[] } }) => e.node);
  let i = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (i < n) {
      const k = i++;
      const node = nodes[k % nodes.length];
      const tags = [...node.tags.filter((tag: string) => !tag.startsWith("bench-")), `bench-${label}-${k}`];
      const r = await t.fetch({ query: UPDATE, variables: { input: { ref: { publicId: node.publicId, resourceType: node.resourceType, type: node.type }, tags } } });
      if (r.errors || r.data!.updateAsset.userErrors.length) throw new Error(`${t.name}: ${JSON.stringify(r)}`);
    }
  }));
  return n / ((performance.now() - started) / 1000);
}

const targets = [await target("this project", path.resolve(import.meta.dirname, ".."))];
if (values.baseline) targets.push(await target(path.basename(path.resolve(values.baseline)), path.resolve(values.baseline)));
const results = new Map(targets.map((t) => [t.name, [] as number[]]));
for (let r = 1; r <= Number(values.rounds); r++) {
  for (const t of targets) {
    const rate = await round(t, `r${r}`);
    results.get(t.name)!.push(rate);
    console.log(`round ${r} ${t.name.padEnd(24)} ${rate.toFixed(0)} updateAsset/s`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(results.get(targets[0].name)!);
console.log(`\nupdateAsset adding a tag, ${n} requests a round, 4 in flight (medians)\n| target | updateAsset/s | x this project |\n|---|---:|---:|`);
for (const t of targets) console.log(`| ${t.name} | ${median(results.get(t.name)!).toFixed(0)} | ${(median(results.get(t.name)!) / base).toFixed(2)} |`);
for (const t of targets) await t.close();
