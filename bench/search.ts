// npm run bench:search [-- --assets 100000 --rounds 100 --plans --no-count --keep]
// DATABASE_URL=postgresql://... npm run bench:search -- --million   (1,000,000 assets on PostgreSQL)
// Seeds a temporary database with bulk inserts (not through GraphQL): assets with folders, tags,
// context and metadata. Then times, side by side in one run, a plain `assets(first: 50)` page and
// `searchAssets(expression, first: 50)` pages for typical expressions, through GraphQL (Yoga's
// fetch, no network), each asking for `totalCount` and a FORMAT aggregation as a frontend's
// search page does (`--no-count`: the page alone). Prints p50/p95 per query and the ratio to the
// plain page, and with --plans the database's plan for each search's page and count statements.
// `--keep` leaves the seeded database in place and prints its URL; `--reuse <url>` measures such a
// database again without seeding (what was seeded there, migrated to the current schema).
import { parseArgs } from "node:util";
import { buildApp } from "../src/app.js";
import { migrate, redactUrl } from "../src/db/migrate.js";
import { isPostgresUrl } from "../src/db/url.js";
import { newHexId } from "../src/lib/ids.js";
import { createLogger } from "../src/lib/logger.js";
import { bootstrapEnvironment } from "../src/modules/environment/environment.service.js";
import { explainSearchAssets } from "../src/modules/search/search.service.js";
import { freshDatabase } from "../test/helpers/db.js";

const { values } = parseArgs({
  options: {
    assets: { type: "string" },
    million: { type: "boolean", default: false },
    rounds: { type: "string", default: "100" },
    plans: { type: "boolean", default: false },
    "no-count": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    reuse: { type: "string" },
  },
});
const base = values.reuse ? (isPostgresUrl(values.reuse) ? values.reuse : null) : process.env.DATABASE_URL && isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : null;
if (values.million && !base) throw new Error("--million runs on PostgreSQL: set DATABASE_URL=postgresql://...");
const total = Number(values.assets ?? (values.million ? 1_000_000 : 100_000));
const rounds = Number(values.rounds);

// A database of its own (a temporary SQLite file, or a new PostgreSQL database dropped at the end).
const database = values.reuse ? { url: values.reuse, drop: async () => undefined } : await freshDatabase();
if (values.reuse) await migrate(values.reuse);
const url = database.url;
const app = await buildApp({ databaseUrl: url, logger: createLogger({ level: "silent", pretty: false }), webhooks: false });
const boot = await bootstrapEnvironment(app.db, { cloudName: "bench", apiKey: "999999999999999", apiSecret: "bench-secret" });
const env = boot.environment.id;
const db = app.db;

// ---------------------------------------------------------------------------------------------
// Seed: deterministic pseudo-random data

// mulberry32: a small PRNG whose consecutive draws are not correlated (an LCG's are)
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
const WORDS = [
  "shoe", "shirt", "dress", "hat", "bag", "watch", "red", "blue", "green", "black", "white", "summer", "winter", "sale", "new",
  "classic", "sport", "running", "leather", "cotton", "denim", "silk", "wool", "boot", "sandal", "jacket", "coat", "scarf", "glove",
  "sock", "belt", "ring", "necklace", "lamp", "chair", "table", "sofa", "desk", "mug", "plate", "dog", "cat", "bird", "tree", "beach",
  "city", "mountain", "river", "sunset", "portrait", "logo", "banner", "icon", "hero", "promo", "campaign", "studio", "outdoor", "night", "day",
];
const CATEGORIES = ["products", "marketing", "users", "blog", "catalog", "archive", "social", "events", "press", "brand"];
const DAY = 86_400_000;
const now = Date.now();

/**
 * Multi-row INSERTs with bound parameters, a few hundred rows per statement: far faster than
 * createMany for a seed of this size, and the same SQL on both databases but for placeholders.
 */
async function insert(table: string, columns: string[], rows: unknown[][]) {
  const per = Math.floor(30000 / columns.length);
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    let n = 0;
    const tuples = part.map((r) => `(${r.map(() => (base ? `$${++n}` : "?")).join(", ")})`).join(", ");
    await db.$executeRawUnsafe(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples}`, ...part.flat());
  }
}
const at = (d: Date) => (base ? d.toISOString() : d.toISOString().replace("Z", "+00:00"));

async function seedDatabase() {
  const folderPaths = CATEGORIES.flatMap((p) => [p, ...Array.from({ length: 20 }, (_, i) => `${p}/sub${i}`)]);
  await insert("Folder", ["environmentId", "externalId", "path", "pathKey", "name", "parentPath", "createdAt", "updatedAt"], folderPaths.map((p) => [
    env, newHexId(), p, p.toLowerCase(), p.slice(p.lastIndexOf("/") + 1), p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "", at(new Date(now)), at(new Date(now)),
  ]));
  const folders = await db.folder.findMany({ where: { environmentId: env }, select: { id: true } });
  const quantity = await db.metadataField.create({ data: { environmentId: env, externalId: "quantity", type: "integer", label: "Quantity", position: 0 } });
  const season = await db.metadataField.create({ data: { environmentId: env, externalId: "season", type: "enum", label: "Season", position: 1 } });

  const ASSET_COLUMNS = [
    "environmentId", "assetId", "publicId", "resourceType", "type", "format", "version", "bytes", "width", "height", "duration", "displayName",
    "folderId", "status", "createdAt", "uploadedAt", "updatedAt",
  ];
  const CHUNK = 10_000;
  let nextId = 1 + ((await db.asset.aggregate({ _max: { id: true } }))._max.id ?? 0);
  for (let start = 0; start < total; start += CHUNK) {
    const n = Math.min(CHUNK, total - start);
    const assets: unknown[][] = [];
    const tags: unknown[][] = [];
    const context: unknown[][] = [];
    const meta: unknown[][] = [];
    for (let j = 0; j < n; j++) {
      const i = start + j;
      // ids are assigned in insert order on a fresh database with one writer
      const id = nextId + j;
      const r = rand();
      const resourceType = r < 0.8 ? "image" : r < 0.95 ? "video" : "raw";
      const format = resourceType === "image" ? pick(["jpg", "jpg", "png", "webp", "gif"]) : resourceType === "video" ? pick(["mp4", "mov", "webm"]) : pick(["pdf", "zip"]);
      const w1 = pick(WORDS);
      const w2 = pick(WORDS);
      const createdAt = new Date(now - Math.floor(rand() * 730 * DAY));
      const raw = resourceType === "raw";
      assets.push([
        env, newHexId(), `${pick(CATEGORIES)}/${w1}-${w2}-${i}`, resourceType, rand() < 0.95 ? "upload" : "private", format,
        Math.floor(createdAt.getTime() / 1000), Math.floor(rand() * 10 * 1024 * 1024), raw ? null : 100 + Math.floor(rand() * 4000),
        raw ? null : 100 + Math.floor(rand() * 3000), resourceType === "video" ? Math.floor(rand() * 600) : null, `${w1} ${w2}`,
        rand() < 0.9 ? pick(folders).id : null, rand() < 0.01 ? "deleted" : "active", at(createdAt), at(createdAt), at(createdAt),
      ]);
      const names = new Set([pick(WORDS), `t${Math.floor(rand() * 300)}`]);
      if (rand() < 0.05) names.add("sale");
      for (const name of names) tags.push([id, env, resourceType, name]);
      if (rand() < 0.5) context.push([id, env, "caption", `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`]);
      if (rand() < 0.3) {
        meta.push([env, id, quantity.id, 0, null, Math.floor(rand() * 1000)]);
        meta.push([env, id, season.id, 0, pick(["spring_id", "summer_id", "autumn_id", "winter_id"]), null]);
      }
    }
    await insert("Asset", ASSET_COLUMNS, assets);
    await insert("AssetTag", ["assetId", "environmentId", "resourceType", "name"], tags);
    await insert("AssetContext", ["assetId", "environmentId", "key", "value"], context);
    await insert("AssetMetadata", ["environmentId", "assetId", "fieldId", "position", "text", "number"], meta);
    nextId += n;
    process.stdout.write(`\rseeded ${start + n} / ${total}`);
  }
  const last = (await db.asset.aggregate({ _max: { id: true } }))._max.id;
  if (last !== nextId - 1) throw new Error(`asset ids are not contiguous (last ${last}, expected ${nextId - 1})`);
  // planner statistics, as a long-running database has them
  await db.$executeRawUnsafe("ANALYZE");
  console.log(`\rseeded ${total} assets in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const started = performance.now();
const seeded = values.reuse ? await db.asset.count({ where: { environmentId: env } }) : 0;
if (!seeded) await seedDatabase();
else console.log(`reusing ${seeded} assets at ${redactUrl(url)}`);

// ---------------------------------------------------------------------------------------------
// Measure

const authorization = `Basic ${Buffer.from("999999999999999:bench-secret").toString("base64")}`;
async function run(query: string, variables: object) {
  const res = await app.yoga.fetch("http://bench/graphql", { method: "POST", headers: { "content-type": "application/json", authorization }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body;
}

// Each search asks for its total and one aggregation (by format) unless --no-count.
const count = !values["no-count"];
const PLAIN = `query { assets(first: 50) { edges { node { publicId bytes } } } }`;
const PLAIN_COUNT = `query { assets(first: 50) { totalCount edges { node { publicId bytes } } } }`;
const SEARCH = `query($e: String, $s: [SortInput!], $c: Boolean!) {
  searchAssets(expression: $e, sortBy: $s, first: 50, aggregate: [{ field: FORMAT }]) {
    totalCount @include(if: $c) aggregations @include(if: $c) { field buckets { key count } } edges { node { publicId bytes } } } }`;
const EXPRESSIONS = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(";") : [
  "",
  "tags=sale",
  "resource_type:image AND format=jpg",
  "created_at>30d",
  "bytes>1mb AND width>1000",
  "asset_folder:products/*",
  "asset_folder=marketing/sub3",
  "public_id:products/shoe*",
  "shoe",
  "tags:summer AND -tags=sale",
  "context.caption:red",
  "metadata.quantity>500",
  "metadata.season=winter_id",
  "filename:shoe*",
  "format=(jpg OR png) AND created_at:[8w TO 1w]",
  "resource_type:image AND tags=sale AND uploaded_at>1d",
  "resource_type:video AND duration:[30s TO 2m]",
];
const cases = [
  { name: "plain assets(first: 50)", query: PLAIN, variables: {} },
  ...(count ? [{ name: "assets(first: 50) { totalCount }", query: PLAIN_COUNT, variables: {} }] : []),
  ...EXPRESSIONS.map((e) => ({ name: e === "" ? "(no expression)" : e, query: SEARCH, variables: { e, c: count } })),
  { name: "shoe, sorted by score", query: SEARCH, variables: { e: "shoe", s: [{ field: "score", direction: "DESC" }], c: count } },
  { name: "tags:summer, sorted by score", query: SEARCH, variables: { e: "tags:summer", s: [{ field: "score", direction: "DESC" }], c: count } },
  { name: "tags=sale, public_id asc", query: SEARCH, variables: { e: "tags=sale", s: [{ field: "public_id", direction: "ASC" }], c: count } },
];
for (const c of cases) await run(c.query, c.variables); // warm up (and fail early on errors)
const samples = new Map(cases.map((c) => [c.name, [] as number[]]));
for (let r = 0; r < rounds; r++) {
  // Interleaved, so machine noise hits every case alike.
  for (const c of cases) {
    const t0 = performance.now();
    await run(c.query, c.variables);
    samples.get(c.name)!.push(performance.now() - t0);
  }
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const plain = samples.get(cases[0].name)!;
console.log(`\n${seeded || total} assets, ${rounds} rounds, ${base ? "PostgreSQL" : "SQLite"}; page size 50${count ? ", searches with totalCount and a FORMAT aggregation" : ", pages only"}; times in ms through GraphQL`);
console.log(`| query | p50 | p95 | p50 / plain | p95 / plain |`);
console.log(`|---|---:|---:|---:|---:|`);
for (const c of cases) {
  const xs = samples.get(c.name)!;
  console.log(`| \`${c.name}\` | ${pct(xs, 50).toFixed(1)} | ${pct(xs, 95).toFixed(1)} | ${(pct(xs, 50) / pct(plain, 50)).toFixed(2)} | ${(pct(xs, 95) / pct(plain, 95)).toFixed(2)} |`);
}

if (values.plans) {
  const ctx = app.contextFor({ apiKeyId: 0, apiKey: boot.apiKey, role: "admin", environment: boot.environment });
  for (const e of EXPRESSIONS) {
    const plan = await explainSearchAssets(ctx, { expression: e, first: 50 });
    console.log(`\n## ${e || "(no expression)"}\npage:\n${plan.page.map((l) => `  ${l}`).join("\n")}\ncount:\n${plan.count.map((l) => `  ${l}`).join("\n")}`);
  }
}
await app.close();
if (values.keep || values.reuse) console.log(`\nthe database is kept: --reuse '${redactUrl(url)}'`);
else await database.drop();
