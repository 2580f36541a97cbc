// npm run bench:last-access [-- --assets 20000]
// Seeds a temporary database (SQLite, or a new one on the DATABASE_URL=postgresql://... server) with N assets, records a
// delivery for every other one, then times createLastAccessReport (a snapshot of all N), a
// 500-asset page of the report, and usage(), through GraphQL.
import { parseArgs } from "node:util";
import { buildApp } from "../src/app.js";
import { isPostgresUrl } from "../src/db/url.js";
import { createLogger } from "../src/lib/logger.js";
import { importAssets } from "../src/modules/asset/asset.service.js";
import { bootstrapEnvironment } from "../src/modules/environment/environment.service.js";
import { recordAssetAccesses } from "../src/modules/last-access-report/last-access-report.service.js";
import { freshDatabase } from "../test/helpers/db.js";

const { values } = parseArgs({ options: { assets: { type: "string", default: "20000" } } });
const total = Number(values.assets);

// A database of its own (a temporary SQLite file, or a new PostgreSQL database dropped at the
// end), so the server's database named in DATABASE_URL is left as it was.
const database = await freshDatabase();
const url = database.url;
const app = await buildApp({ databaseUrl: url, logger: createLogger({ level: "silent", pretty: false }), webhooks: false });
const boot = await bootstrapEnvironment(app.db, { cloudName: "bench", apiKey: "999999999999999", apiSecret: "bench-secret" });
const ctx = app.contextFor({ apiKeyId: 0, apiKey: boot.apiKey, role: "admin", environment: boot.environment });
const authorization = `Basic ${Buffer.from(`${boot.apiKey}:bench-secret`).toString("base64")}`;

for (let i = 0; i < total; i += 1000) {
  const n = Math.min(1000, total - i);
  const { assets } = await importAssets(ctx, {
    assets: Array.from({ length: n }, (_, j) => ({ publicId: `lar-${i + j}`, bytes: 1000n, assetFolder: `f${(i + j) % 20}`, createdAt: new Date(Date.UTC(2024, 0, 1) + (i + j) * 1000) })),
  });
  await recordAssetAccesses(ctx, {
    accesses: assets.filter((_, j) => j % 2 === 0).map((a, j) => ({ asset: { assetId: a.assetId }, accessedAt: new Date(Date.UTC(2025, 0, 1) + (i + j) * 60_000) })),
  });
}

async function run(query: string, variables: object = {}) {
  const res = await app.yoga.fetch("http://bench/graphql", { method: "POST", headers: { "content-type": "application/json", authorization }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

async function time<T>(rounds: number, fn: () => Promise<T>): Promise<{ p50: number; max: number; last: T }> {
  const ms: number[] = [];
  let last!: T;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    last = await fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length / 2)], max: ms.at(-1)!, last };
}

const create = await time(3, () => run(`mutation { createLastAccessReport(input: { fromDate: "2024-06-01", excludeFolders: ["f3"] }) { report { reportId } userErrors { message } } }`));
const reportId = (create.last.createLastAccessReport as { report: { reportId: string } }).report.reportId;
const page = await time(20, () => run(`query($id: String!) { lastAccessReport(id: $id) { assets(first: 500) { totalCount edges { lastAccess node { publicId assetFolder } } } } }`, { id: reportId }));
const usage = await time(20, () => run(`{ usage { storage { usage } resources requests } }`));
const fmt = (t: { p50: number; max: number }) => `p50 ${t.p50.toFixed(1)} ms, max ${t.max.toFixed(1)} ms`;
console.log(`${isPostgresUrl(url) ? "PostgreSQL" : "SQLite"}, ${total} assets (${total / 2} accessed)`);
console.log(`createLastAccessReport (snapshot of ${(page.last.lastAccessReport as { assets: { totalCount: number } }).assets.totalCount} assets): ${fmt(create)}`);
console.log(`report page of 500 assets: ${fmt(page)}`);
console.log(`usage: ${fmt(usage)}`);
await app.close();
await database.drop();
