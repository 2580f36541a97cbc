// npm run bench:list [-- --assets 20000 --rounds 200]
// Seeds a temporary database (SQLite, or DATABASE_URL=postgresql://...), then times side by side
// in one run: a plain `assets(first: 50)` page, the same page with nested tags/context/folder/
// related assets, and a deep page (after 10 pages of cursors). Prints p50/p95 per query and the
// ratios to the plain page, plus SQL statements per query (they must not grow with page size).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildApp } from "../src/app.js";
import { migrate } from "../src/db/migrate.js";
import { isPostgresUrl } from "../src/db/url.js";
import { createLogger } from "../src/lib/logger.js";
import { importAssets } from "../src/modules/asset/asset.service.js";
import { bootstrapEnvironment } from "../src/modules/environment/environment.service.js";
import { relateInBulk } from "../src/modules/related-asset/related-asset.service.js";

const { values } = parseArgs({ options: { assets: { type: "string", default: "20000" }, rounds: { type: "string", default: "200" } } });
const total = Number(values.assets);
const rounds = Number(values.rounds);

const url = process.env.DATABASE_URL && isPostgresUrl(process.env.DATABASE_URL)
  ? process.env.DATABASE_URL
  : `file:${path.join(mkdtempSync(path.join(tmpdir(), "bench-")), "bench.db")}`;
await migrate(url);
let statements = 0;
const app = await buildApp({ databaseUrl: url, logger: createLogger({ level: "silent", pretty: false }), onQuery: () => statements++, webhooks: false });
const boot = await bootstrapEnvironment(app.db, { cloudName: "bench", apiKey: "999999999999999", apiSecret: "bench-secret" });
const ctx = app.contextFor({ apiKeyId: 0, apiKey: boot.apiKey, role: "admin", environment: boot.environment });

const ids: number[] = [];
for (let i = 0; i < total; i += 1000) {
  const { assets } = await importAssets(ctx, {
    assets: Array.from({ length: Math.min(1000, total - i) }, (_, j) => ({
      publicId: `bench-${i + j}`, format: "jpg", bytes: 1000n, width: 640, height: 480,
      assetFolder: `f${(i + j) % 20}`, tags: ["a", `t${(i + j) % 50}`], context: [{ key: "alt", value: `x${i + j}` }],
      createdAt: new Date(Date.UTC(2024, 0, 1) + (i + j) * 1000),
    })),
  });
  ids.push(...assets.map((a) => a.id));
}
await relateInBulk(app.db, ids.map((id, k) => [id, ids[(k + 1) % ids.length]] as [number, number]));

const authorization = `Basic ${Buffer.from("999999999999999:bench-secret").toString("base64")}`;
async function run(query: string, variables: object = {}) {
  const res = await app.yoga.fetch("http://bench/graphql", { method: "POST", headers: { "content-type": "application/json", authorization }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: unknown; data: { assets: { pageInfo: { endCursor: string } } } };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const PLAIN = `query($after: String) { assets(first: 50, after: $after) { pageInfo { endCursor } edges { node { publicId bytes } } } }`;
const NESTED = `query($after: String) { assets(first: 50, after: $after) { pageInfo { endCursor } edges { node { publicId tags context { key value } assetFolder relatedAssets(first: 5) { edges { node { publicId tags } } } } } } }`;
let deepCursor: string | null = null;
for (let p = 0; p < 10; p++) deepCursor = (await run(PLAIN, { after: deepCursor })).assets.pageInfo.endCursor;

const cases = [
  { name: "plain page of 50", query: PLAIN, variables: {} },
  { name: "nested page of 50", query: NESTED, variables: {} },
  { name: "plain page 11 (keyset)", query: PLAIN, variables: { after: deepCursor } },
];
const samples = new Map(cases.map((c) => [c.name, [] as number[]]));
const perQuery = new Map<string, number>();
for (let r = 0; r < rounds; r++) {
  // Interleave the cases so machine noise hits them alike.
  for (const c of cases) {
    statements = 0;
    const t0 = performance.now();
    await run(c.query, c.variables);
    samples.get(c.name)!.push(performance.now() - t0);
    perQuery.set(c.name, statements);
  }
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const base = pct(samples.get(cases[0].name)!, 50);
console.log(`${total} assets, ${rounds} rounds, ${isPostgresUrl(url) ? "PostgreSQL" : "SQLite"}`);
console.log("query                      p50 ms   p95 ms   x plain p50   SQL statements");
for (const c of cases) {
  const xs = samples.get(c.name)!;
  console.log(`${c.name.padEnd(26)} ${pct(xs, 50).toFixed(2).padStart(6)}   ${pct(xs, 95).toFixed(2).padStart(6)}   ${(pct(xs, 50) / base).toFixed(2).padStart(11)}   ${perQuery.get(c.name)}`);
}
await app.close();
