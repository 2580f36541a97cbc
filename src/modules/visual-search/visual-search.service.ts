// Visual search (GET /resources/visual_search) over what this service holds. There are no image
// embeddings here, so "visual" similarity is read from the words people attached to the images:
// - text: each distinct query token (search's tokenizer) scores one point when it is a token of a
//   tag, a context value, the display name or the filename (the public ID's last segment);
// - an image (imageAssetId, or imageUrl naming one of our delivery URLs): the overlap count of
//   distinct tokens, i.e. how many of the source image's tag and context-value tokens are also
//   tokens of the candidate's tags or context values. (An overlap count, not Jaccard: it needs no
//   per-candidate token total, which SQL cannot compute from tokenized text.)
// Only active images indexed for visual search (updateAsset visualSearch: true) are candidates;
// zero-score images are left out; relevance order is score desc, then newest, then id.
import type { Ctx } from "../../context.js";
import type { Asset as AssetModel, Prisma } from "../../generated/sqlite/client.js";
import { DomainError, assertMaxLength, notFound } from "../../errors/errors.js";
import { PAGE_10_500, type PageArgs } from "../../lib/page.js";
import { connectionOf, keysetIds, type KeysetQuery } from "../search/index.js";
import { raw, sql, type Sql } from "../search/index.js";
import { tokens } from "../search/index.js";

export interface VisualSearchArgs extends PageArgs {
  text?: string | null;
  imageAssetId?: string | null;
  imageUrl?: string | null;
}

type Selection = { select?: Record<string, unknown>; include?: Record<string, unknown> };

export const MAX_TEXT_LENGTH = 1000;
export const MAX_URL_LENGTH = 2048;
/**
 * Distinct words of `text`. Each word's rows are looked up (SQLite: in the token indexes) and every
 * image they hit is scored, so the work grows with their number: on 100,000 images ten common
 * words took 1.9-2.5 s on SQLite (bench/limits.ts), six about 1.1 s; 200 words took over 20 s.
 */
export const MAX_TEXT_TOKENS = 6;

/** The distinct tokens to score with, and the fields they are looked for in. */
interface Probe {
  tokens: string[];
  /** text also matches display name and filename; an image compares tags and context only */
  names: boolean;
  /** the source image, which is not its own match */
  excludeId: number | null;
}

const SOURCES = ["text", "imageAssetId", "imageUrl"] as const;

export async function visualSearchAssets(ctx: Ctx, args: VisualSearchArgs, selection: Selection) {
  const given = SOURCES.filter((s) => args[s] != null);
  if (given.length !== 1) {
    throw new DomainError(
      "INVALID_ARGUMENT",
      given.length ? `give exactly one of text, imageAssetId or imageUrl (got ${given.join(", ")})` : "give one of text, imageAssetId or imageUrl",
      given.length ? [given[1]] : undefined,
    );
  }
  const probe = await probeOf(ctx, args);
  const query: KeysetQuery = {
    from: sql`(${candidates(ctx, probe)}) v`,
    idColumn: raw(`v."id"`),
    where: raw(`v."score" > 0`),
    keys: [
      { expr: raw(`v."score"`), kind: "int", desc: true },
      { expr: raw(`v."createdAt"`), kind: "date", desc: true },
    ],
    boundTo: { text: args.text ?? null, imageAssetId: args.imageAssetId ?? null, imageUrl: args.imageUrl ?? null },
  };
  // (a source without tokens matches nothing: the statements still run, and return nothing)
  const page = await keysetIds(ctx, args, PAGE_10_500, query);
  const select = selection.select ? { select: { ...selection.select, id: true } } : selection;
  const connection = await connectionOf(page, (ids) => ctx.db.asset.findMany({ ...select, where: { id: { in: ids } } }) as unknown as Promise<AssetModel[]>);
  return {
    ...connection,
    totalCount: async () => Number((await ctx.db.$queryRaw<{ n: unknown }[]>(sql`SELECT COUNT(*) AS n FROM ${query.from} WHERE ${query.where}`))[0].n),
  };
}

async function probeOf(ctx: Ctx, args: VisualSearchArgs): Promise<Probe> {
  if (args.text != null) {
    assertMaxLength(["text"], args.text, MAX_TEXT_LENGTH);
    const toks = [...new Set(tokens(args.text))];
    if (!toks.length) throw new DomainError("INVALID_ARGUMENT", "text has no words to search for (letters or digits)", ["text"]);
    if (toks.length > MAX_TEXT_TOKENS) throw new DomainError("LIMIT_EXCEEDED", `text has ${toks.length} distinct words; visual search takes at most ${MAX_TEXT_TOKENS}`, ["text"]);
    return { tokens: toks, names: true, excludeId: null };
  }
  if (args.imageAssetId != null) {
    const [asset] = await loadSources(ctx, { environmentId: ctx.environment.id, assetId: args.imageAssetId });
    return imageProbe(asset ?? null, `asset ${args.imageAssetId}`, "imageAssetId");
  }
  const { resourceType, type, publicIds, what } = ourDeliveryUrl(ctx, args.imageUrl!);
  const found = await loadSources(ctx, { environmentId: ctx.environment.id, resourceType, type, publicId: { in: publicIds } });
  // the public ID without the delivery extension first: "a.b.jpg" is a.b delivered as jpg
  const asset = publicIds.map((p) => found.find((a) => a.publicId === p)).find(Boolean) ?? null;
  return imageProbe(asset, what, "imageUrl");
}

type Source = Awaited<ReturnType<typeof loadSources>>[number];

/** The source image(s) by a unique key (the URL form may name two candidate public IDs). */
function loadSources(ctx: Ctx, where: Prisma.AssetWhereInput) {
  return ctx.db.asset.findMany({
    where,
    take: 2,
    select: {
      publicId: true,
      id: true,
      status: true,
      resourceType: true,
      attributes: { select: { visualSearch: true } },
      tags: { select: { name: true } },
      context: { select: { value: true } },
    },
  });
}

function imageProbe(asset: Source | null, what: string, field: string): Probe {
  if (!asset || asset.status !== "active") throw notFound(what, [field]);
  if (asset.resourceType !== "image") throw new DomainError("INVALID_ARGUMENT", `${what} is a ${asset.resourceType}, not an image`, [field]);
  if (!asset.attributes?.visualSearch) {
    throw new DomainError("INVALID_ARGUMENT", `${what} is not indexed for visual search (index it with updateAsset visualSearch: true)`, [field]);
  }
  const words = [...asset.tags.map((t) => t.name), ...asset.context.map((c) => c.value)];
  return { tokens: [...new Set(words.flatMap(tokens))], names: false, excludeId: asset.id };
}

/**
 * An imageUrl is usable only when it is one of this environment's delivery URLs
 * (http(s)://<delivery host>/<cloud>/<resource type>/<type>/[<transformation>/]v<version>/<public id>.<format>):
 * anything else would have to be fetched and embedded, which this service cannot do.
 */
function ourDeliveryUrl(ctx: Ctx, imageUrl: string) {
  assertMaxLength(["imageUrl"], imageUrl, MAX_URL_LENGTH);
  let url: URL;
  try {
    url = new URL(imageUrl);
  } catch {
    throw new DomainError("INVALID_ARGUMENT", "imageUrl is not a URL", ["imageUrl"]);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new DomainError("INVALID_ARGUMENT", "imageUrl must be an http or https URL", ["imageUrl"]);
  const external = () =>
    new DomainError(
      "FEATURE_NOT_ENABLED",
      "visual search by an external image URL is not available: this service cannot fetch or analyse images; give text, imageAssetId, or the delivery URL of one of your indexed images",
      ["imageUrl"],
    );
  if (url.host.toLowerCase() !== ctx.config.deliveryHost.toLowerCase()) throw external();
  const segments = url.pathname.split("/").slice(1);
  const [cloud, resourceType, type, ...rest] = segments;
  const version = rest.findIndex((s) => /^v\d+$/.test(s));
  if (cloud !== ctx.environment.cloudName || !resourceType || !type || version < 0 || version === rest.length - 1) throw external();
  let path: string[];
  try {
    path = rest.slice(version + 1).map(decodeURIComponent);
  } catch {
    throw external();
  }
  const whole = path.join("/");
  // The last extension is the delivery format (images and videos); a public ID may itself hold dots.
  const dot = path.at(-1)!.lastIndexOf(".");
  const stripped = dot > 0 ? whole.slice(0, whole.length - (path.at(-1)!.length - dot)) : null;
  const publicIds = resourceType === "raw" || !stripped ? [whole] : [stripped, whole];
  return { resourceType, type, publicIds, what: `asset ${resourceType}/${type}/${publicIds[0]}` };
}

/**
 * The candidates with their scores: one row per active indexed image of the environment. The
 * probe's tokens travel as one JSON parameter (any number of them), and each token's pattern is
 * built in SQL; tokens are [a-z0-9] only, so there is nothing to escape in them.
 */
function candidates(ctx: Ctx, probe: Probe): Sql {
  if (ctx.dialect === "sqlite") return sqliteCandidates(ctx, probe);
  const tokenTable = sql`json_array_elements_text(CAST(${JSON.stringify(probe.tokens)} AS json)) q(value)`;
  const match = (column: string, pattern = WORD) => `lower(${column}) ~ (${pattern})`;
  const fields = [
    `EXISTS (SELECT 1 FROM "AssetTag" t WHERE t."assetId" = a."id" AND ${match(`t."name"`)})`,
    `EXISTS (SELECT 1 FROM "AssetContext" c WHERE c."assetId" = a."id" AND ${match(`c."value"`)})`,
    ...(probe.names ? [match(`COALESCE(a."displayName", '')`), match(`a."publicId"`, LAST_SEGMENT)] : []),
  ];
  const score = sql`(SELECT CAST(COUNT(*) AS INTEGER) FROM ${tokenTable} WHERE ${raw(fields.join(" OR "))})`;
  return sql`SELECT a."id" AS "id", a."createdAt" AS "createdAt", ${score} AS "score"
    FROM "Asset" a JOIN "AssetAttributes" x ON x."assetId" = a."id"
    WHERE ${indexedImage(ctx, probe)}`;
}

const WORD = `'(^|[^a-z0-9])' || q.value || '([^a-z0-9]|$)'`;
// filename: a token of the public ID's last segment
const LAST_SEGMENT = `'(^|/)([^/]*[^a-z0-9/])?' || q.value || '([^a-z0-9/][^/]*)?$'`;

function indexedImage(ctx: Ctx, probe: Probe): Sql {
  const exclude = probe.excludeId != null ? sql` AND a."id" <> ${probe.excludeId}` : raw("");
  return sql`a."environmentId" = ${ctx.environment.id} AND a."status" = 'active' AND a."resourceType" = 'image' AND x."visualSearch" = true${exclude}`;
}

/**
 * SQLite: scoring every indexed image against every token (a regular expression per row and token)
 * took 7 s for ten words on 100,000 images (bench/limits.ts). Instead each token's rows are looked
 * up in search's trigram token indexes (migration 0005_search_index) and checked with the same
 * patterns; only images with a hit are scored. A token of one or two characters has no trigram,
 * so its rows are found by scanning.
 */
function sqliteCandidates(ctx: Ctx, probe: Probe): Sql {
  const long = JSON.stringify(probe.tokens.filter((t) => t.length >= 3));
  const short = JSON.stringify(probe.tokens.filter((t) => t.length < 3));
  const fts = (table: string, column: string) => `JOIN "${table}" s ON s."${column}" MATCH ('"' || q.value || '"')`;
  const check = (column: string, pattern = WORD) => `lower(${column}) REGEXP (${pattern})`;
  const scan = (column: string) => `instr(lower(${column}), q.value) > 0 AND ${check(column)}`;
  const arms = [
    sql`SELECT q.value AS k, t."assetId" AS id FROM json_each(${long}) q ${raw(fts("AssetTagSearchText", "name"))} JOIN "AssetTag" t ON t."id" = s.rowid WHERE ${raw(check(`t."name"`))}`,
    sql`SELECT q.value, c."assetId" FROM json_each(${long}) q ${raw(fts("AssetContextSearchText", "value"))} JOIN "AssetContext" c ON c."id" = s.rowid WHERE ${raw(check(`c."value"`))}`,
    sql`SELECT q.value, t."assetId" FROM json_each(${short}) q JOIN "AssetTag" t ON ${raw(scan(`t."name"`))}`,
    sql`SELECT q.value, c."assetId" FROM json_each(${short}) q JOIN "AssetContext" c ON ${raw(scan(`c."value"`))}`,
  ];
  if (probe.names) {
    arms.push(
      sql`SELECT q.value, a."id" FROM json_each(${long}) q ${raw(fts("AssetSearchText", "displayName"))} JOIN "Asset" a ON a."id" = s.rowid WHERE ${raw(check(`a."displayName"`))}`,
      sql`SELECT q.value, a."id" FROM json_each(${long}) q ${raw(fts("AssetSearchText", "publicId"))} JOIN "Asset" a ON a."id" = s.rowid WHERE ${raw(check(`a."publicId"`, LAST_SEGMENT))}`,
      sql`SELECT q.value, a."id" FROM json_each(${short}) q JOIN "Asset" a ON ${raw(`a."displayName" IS NOT NULL AND ${scan(`a."displayName"`)}`)}`,
      sql`SELECT q.value, a."id" FROM json_each(${short}) q JOIN "Asset" a ON ${raw(`instr(lower(a."publicId"), q.value) > 0 AND ${check(`a."publicId"`, LAST_SEGMENT)}`)}`,
    );
  }
  const hits = arms.reduce((all, arm) => sql`${all} UNION ALL ${arm}`);
  return sql`SELECT a."id" AS "id", a."createdAt" AS "createdAt", h."score" AS "score"
    FROM (SELECT id, COUNT(DISTINCT k) AS score FROM (${hits}) GROUP BY id) h
    JOIN "Asset" a ON a."id" = h."id" JOIN "AssetAttributes" x ON x."assetId" = a."id"
    WHERE ${indexedImage(ctx, probe)}`;
}
