// npm run seed -- --assets 10000 [--related 2] [--seed 42]
// Fills the environment (CLOUD_NAME, as npm start bootstraps it) with realistic demo assets:
// nested asset folders, tags, context, related-asset edges, named transformations, derived
// resources, backed-up versions and structured metadata (with a rule), through the same import service
// the importAssets mutation uses, 1,000 records per transaction, with a progress bar; then
// refreshes the planner's statistics (ANALYZE), so the first queries after a seed are planned well.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { migrate } from "../db/migrate.js";
import { refreshStatistics } from "../db/statistics.js";
import { isPostgresUrl } from "../db/url.js";
import { createLogger } from "../lib/logger.js";
import { chunks } from "../lib/page.js";
import { importAssets, MAX_IMPORT, type ImportAssetInput } from "../modules/asset/index.js";
import { relateInBulk } from "../modules/related-asset/index.js";
import { createMetadataField, type CreateMetadataFieldInput } from "../modules/metadata/index.js";
import { createMetadataRule } from "../modules/metadata/index.js";
import { createTransformation, findTransformation } from "../modules/transformation/index.js";
import { bootstrap } from "./bootstrap.js";
import { runCli } from "./run.js";

const { values } = parseArgs({
  options: {
    assets: { type: "string", default: "1000" },
    related: { type: "string", default: "2" },
    seed: { type: "string", default: "42" },
  },
});
const total = Number(values.assets);
const relatedPerAsset = Number(values.related);
if (!Number.isInteger(total) || total < 1) throw new Error("--assets must be a positive integer");
if (!Number.isInteger(relatedPerAsset) || relatedPerAsset < 0 || relatedPerAsset > 10) throw new Error("--related must be 0..10");

// A small deterministic generator (mulberry32), so two seeds with the same --seed agree.
let state = Number(values.seed) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const FOLDERS = [
  "", "products/shoes", "products/shoes/running", "products/bags", "products/hats", "marketing/2025/spring",
  "marketing/2025/autumn", "marketing/2026/spring", "brand/logos", "brand/guidelines", "blog/travel", "blog/food", "ugc/reviews",
];
const TAGS = ["nature", "sale", "summer", "winter", "new", "featured", "portrait", "landscape", "product", "lifestyle", "red", "blue", "hero", "archive"];
const SUBJECTS = ["shoe", "bag", "hat", "beach", "mountain", "city", "dog", "cat", "coffee", "logo", "team", "street"];
const NAMED = [
  { name: "thumb", transformation: "c_thumb,g_face,h_150,w_150" },
  { name: "card", transformation: "c_fill,h_400,w_600/q_auto" },
];
const DERIVED = ["t_thumb", "t_card", "c_fill,h_100,w_100", "c_scale,w_800/f_webp", "e_grayscale,w_300"];
// Structured metadata for search and GraphiQL: an enum, a set, an integer and a date field, and a
// rule that adds white to the colors of every winter asset.
const SEASONS = ["spring", "summer", "autumn", "winter"];
const COLORS = ["red", "blue", "green", "black", "white", "sand", "coral"];
const METADATA_FIELDS: CreateMetadataFieldInput[] = [
  { externalId: "season", label: "Season", type: "enum", datasource: { values: SEASONS.map((v) => ({ externalId: `season_${v}`, value: v })) } },
  { externalId: "colors", label: "Colors", type: "set", datasource: { values: COLORS.map((v) => ({ externalId: `color_${v}`, value: v })) } },
  { externalId: "stock", label: "Units in stock", type: "integer", validation: { type: "greater_than", value: 0, equals: true } },
  { externalId: "expires", label: "Licence expires", type: "date" },
];
const KINDS = [
  { resourceType: "image" as const, formats: ["jpg", "png", "webp", "gif"] },
  { resourceType: "video" as const, formats: ["mp4", "webm", "mov"] },
  { resourceType: "raw" as const, formats: ["pdf", "srt", "json"] },
];

function record(i: number, runId: string, start: number): ImportAssetInput {
  const kind = random() < 0.8 ? KINDS[0] : random() < 0.75 ? KINDS[1] : KINDS[2];
  const folder = pick(FOLDERS);
  const subject = pick(SUBJECTS);
  const format = pick(kind.formats);
  const name = `${subject}-${runId}-${String(i).padStart(6, "0")}`;
  const width = kind.resourceType === "raw" ? null : pick([320, 640, 800, 1024, 1280, 1920, 3840]);
  const tags = [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(TAGS)))];
  return {
    publicId: kind.resourceType === "raw" ? `${name}.${format}` : name,
    resourceType: kind.resourceType,
    format,
    bytes: BigInt(Math.floor(2_000 + random() * 8_000_000)),
    width,
    height: width === null ? null : Math.round(width * pick([0.5625, 0.75, 1, 1.5])),
    duration: kind.resourceType === "video" ? Math.round(random() * 300_000) / 1000 : null,
    assetFolder: folder,
    displayName: `${subject} ${i}`,
    createdAt: new Date(start + i * 1000),
    tags,
    context: random() < 0.6 ? [{ key: "alt", value: `A ${subject} photo` }, { key: "caption", value: `${subject} #${i}` }] : [],
    // A third of the images have derived copies (the named ones seeded below, or parameters); a
    // fifth of all assets are backed up.
    derived: kind.resourceType === "image" && random() < 0.33 ? DERIVED.filter(() => random() < 0.5).map((transformation) => ({ transformation, bytes: BigInt(Math.floor(500 + random() * 50_000)) })) : [],
    backup: random() < 0.2,
    metadata: random() < 0.5 ? [
      { externalId: "season", value: `season_${pick(SEASONS)}` },
      { externalId: "colors", value: [...new Set([pick(COLORS), pick(COLORS)])].map((c) => `color_${c}`) },
      { externalId: "stock", value: Math.floor(random() * 1000) },
      { externalId: "expires", value: new Date(start + random() * 730 * 86_400_000).toISOString().slice(0, 10) },
    ] : [],
  };
}

await runCli(async () => {
  const config = loadConfig();
  await migrate(config.databaseUrl);
  // No webhook worker here: deliveries this seed causes are sent by the server.
  const app = await buildApp({ databaseUrl: config.databaseUrl, logger: createLogger({ level: "warn" }), deliveryHost: config.deliveryHost, webhooks: false });
  const db = app.db;
  const boot = await bootstrap(db, config);
  const ctx = app.contextFor({ apiKeyId: 0, apiKey: boot.apiKey, role: "admin", environment: boot.environment });

  for (const named of NAMED) {
    if (!(await findTransformation(db, boot.environment.id, named.name, ["name"]))) await createTransformation(ctx, named);
  }

  const existing = new Set((await db.metadataField.findMany({ where: { environmentId: boot.environment.id }, select: { externalId: true } })).map((f) => f.externalId));
  if (!existing.has("season")) {
    for (const field of METADATA_FIELDS) await createMetadataField(ctx, field);
    await createMetadataRule(ctx, {
      name: "Winter is white",
      metadataFieldId: "colors",
      condition: { metadataFieldId: "season", equals: ["season_winter"] },
      result: { applyValue: { value: ["color_white"], mode: "append" } },
    });
  }

  const runId = Date.now().toString(36);
  const start = Date.now() - total * 1000;
  const bar = new cliProgress.SingleBar(
    { format: "seeding {bar} {percentage}% | {value}/{total} assets | {duration_formatted} elapsed | eta {eta_formatted}", noTTYOutput: true, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
  const began = performance.now();
  bar.start(total, 0);
  const ids: number[] = [];
  for (let offset = 0; offset < total; offset += MAX_IMPORT) {
    const batch = Array.from({ length: Math.min(MAX_IMPORT, total - offset) }, (_, j) => record(offset + j, runId, start));
    const { assets } = await importAssets(ctx, { assets: batch });
    ids.push(...assets.map((a) => a.id));
    bar.update(offset + batch.length);
  }
  bar.stop();

  let edges = 0;
  if (relatedPerAsset > 0 && ids.length > 1) {
    const pairs: [number, number][] = [];
    for (const id of ids) {
      for (let k = 0; k < relatedPerAsset; k++) {
        const other = ids[Math.floor(random() * ids.length)];
        if (other !== id) pairs.push([id, other]);
      }
    }
    for (const part of chunks(pairs, 5000)) edges += await relateInBulk(db, part);
  }
  await refreshStatistics(db, isPostgresUrl(config.databaseUrl) ? "postgres" : "sqlite", { full: true });
  const seconds = (performance.now() - began) / 1000;
  console.log(`seeded ${total} assets and ${edges} related-asset relations into ${boot.environment.cloudName} in ${seconds.toFixed(1)} s`);
  await app.close();
});
