// searchAssets and searchFolders: parse (or take the typed filter's tree), compile to one SQL
// condition, page ids with a keyset statement, then load the page's nodes through the Prisma
// plugin's selection (so nested fields stay batched), plus totalCount and aggregations on demand.
import type { Ctx } from "../../context.js";
import type { Asset as AssetModel, Folder as FolderModel } from "../../generated/sqlite/client.js";
import { DomainError, assertMaxItems } from "../../errors/errors.js";
import type { PageArgs, PageLimits } from "../../lib/page.js";
import { PAGE_10_500 } from "../../lib/page.js";
import { compile, mentionsStatus, metadataIds, assetFields, termParts, type CompileEnv, type FieldSet } from "./search.compile.js";
import { filterTree, type AssetFilterInput } from "./search.filter.js";
import { folderFields } from "./search.folders.js";
import { checkSize, parseExpression, type Node } from "./search.parser.js";
import { connectionOf, explain, keysetIds, keysetStatement, sortKeys, type KeyKind, type KeysetQuery, type SortInput } from "./search.page.js";
import { TRUE, and, floatParam, join, raw, sql, sum, type Sql } from "./search.sql.js";
import { tokenPattern } from "./search.values.js";

export const FOLDER_SEARCH_PAGE: PageLimits = { default: 50, max: 500 };
/** "Limited to 2000 results" (folder search). */
export const FOLDER_SEARCH_WINDOW = 2000;

type Selection = { select?: Record<string, unknown>; include?: Record<string, unknown> };

async function compileEnv(ctx: Ctx, tree: Node | null): Promise<CompileEnv> {
  const ids = [...metadataIds(tree)];
  const fields = ids.length
    ? await ctx.db.metadataField.findMany({ where: { environmentId: ctx.environment.id, externalId: { in: ids } }, select: { id: true, externalId: true, type: true } })
    : [];
  return {
    dialect: ctx.dialect,
    environmentId: ctx.environment.id,
    folderMode: ctx.environment.folderMode,
    now: new Date(),
    metadataFields: new Map(fields.map((f) => [f.externalId, { id: f.id, type: f.type }])),
  };
}

// ---------------------------------------------------------------------------------------------
// Assets

export interface SearchAssetsArgs extends PageArgs {
  expression?: string | null;
  filter?: AssetFilterInput | null;
  sortBy?: SortInput[] | null;
  aggregate?: AggregateInput[] | null;
}

const A = (column: string) => raw(`a."${column}"`);

const ASSET_SORTABLE: Record<string, { expr: Sql; kind: KeyKind }> = {
  created_at: { expr: A("createdAt"), kind: "date" },
  uploaded_at: { expr: A("uploadedAt"), kind: "date" },
  "last_updated.updated_at": { expr: A("updatedAt"), kind: "date" },
  public_id: { expr: A("publicId"), kind: "text" },
  asset_id: { expr: A("assetId"), kind: "text" },
  display_name: { expr: raw(`COALESCE(a."displayName", '')`), kind: "text" },
  format: { expr: raw(`COALESCE(lower(a."format"), '')`), kind: "text" },
  resource_type: { expr: A("resourceType"), kind: "text" },
  type: { expr: A("type"), kind: "text" },
  status: { expr: A("status"), kind: "text" },
  access_mode: { expr: A("accessMode"), kind: "text" },
  etag: { expr: raw(`COALESCE(a."etag", '')`), kind: "text" },
  bytes: { expr: A("bytes"), kind: "int" },
  backup_bytes: { expr: A("backupBytes"), kind: "int" },
  width: { expr: raw(`COALESCE(a."width", -1)`), kind: "int" },
  height: { expr: raw(`COALESCE(a."height", -1)`), kind: "int" },
  pixels: { expr: raw(`COALESCE(a."width" * a."height", -1)`), kind: "int" },
  duration: { expr: raw(`COALESCE(a."duration", -1)`), kind: "float" },
};

/** The bare terms outside a negation: what the `score` sort scores. */
function scoredTerms(tree: Node | null, fields: FieldSet, env: CompileEnv): string[] {
  const terms: string[] = [];
  const walk = (n: Node | null) => {
    if (!n) return;
    if (n.kind === "and" || n.kind === "or") n.items.forEach(walk);
    else if (n.kind === "term") terms.push(n.value.text);
    else if (n.kind === "bare" && !fields.field(n.path, env)?.exists) terms.push(n.path.text);
  };
  walk(tree);
  return terms;
}

/**
 * Free-text terms a `score` sort takes. The score is computed for every match, each term against
 * every text field: about 0.5 s per term over 100,000 matching assets on SQLite (ten terms: 5 s),
 * so three keep the page within the 2 s budget (docs/performance.md). Without a score sort an
 * expression takes MAX_TERMS.
 */
export const MAX_SCORED_TERMS = 3;

/**
 * Relevance (the `score` sort): for each bare term outside a negation, one point per field it
 * appears in, and one more when it is the whole public ID or display name. It is a function of
 * the row and the expression only, so it pages by keyset like any column.
 */
function scoreExpr(terms: string[], env: CompileEnv): Sql {
  const points: Sql[] = [];
  for (const text of terms) {
    const pattern = tokenPattern(text, false);
    if (!pattern) continue;
    for (const part of termParts(env, pattern, text)) {
      points.push(sql`CASE WHEN ${part.match} THEN 1 ELSE 0 END`);
      if (part.exact) points.push(sql`CASE WHEN ${part.exact} THEN 1 ELSE 0 END`);
    }
  }
  // (a bare 0 in ORDER BY would name a column position)
  return points.length ? sum(points) : raw("CAST(0 AS INTEGER)");
}

interface AssetPlan {
  /** the condition; `walkSortIndex` for a page read in the order of an index (see compile's assetIdIn) */
  where(walkSortIndex: boolean): Sql;
  env: CompileEnv;
  tree: Node | null;
}

async function planAssets(ctx: Ctx, args: { expression?: string | null; filter?: AssetFilterInput | null }): Promise<AssetPlan> {
  const parsed = args.expression != null ? parseExpression(args.expression) : null;
  const filtered = args.filter ? filterTree(args.filter) : null;
  const tree: Node | null = parsed && filtered ? { kind: "and", items: [parsed, filtered], pos: 0 } : (parsed ?? filtered);
  // the expression was sized by the parser; what the filter adds is sized with it
  if (filtered) checkSize(tree, ["filter"]);
  const env = await compileEnv(ctx, tree);
  // Only active assets unless the expression names status (rule 15).
  const status = mentionsStatus(tree) ? TRUE : sql`a."status" = 'active'`;
  const where = (walkSortIndex: boolean) => {
    const e = { ...env, walkSortIndex };
    const parts: Sql[] = [];
    if (parsed) parts.push(compile(parsed, assetFields, e));
    if (filtered) parts.push(filterCondition(filtered, e));
    return and([sql`a."environmentId" = ${ctx.environment.id}`, status, ...parts]);
  };
  // compiled once up front, so every error surfaces before any statement runs
  where(false);
  return { where, env, tree };
}

/** The filter's tree compiles like an expression's; what it rejects is reported against `filter`. */
function filterCondition(tree: Node, env: CompileEnv): Sql {
  // Neither database can hold NUL or a lone surrogate, so no value with one could match.
  JSON.stringify(tree, (_key, v: unknown) => {
    if (typeof v === "string" && /[\u0000\p{Surrogate}]/u.test(v)) {
      throw new DomainError("INVALID_ARGUMENT", "filter values may not contain the NUL character or a lone UTF-16 surrogate", ["filter"]);
    }
    return v;
  });
  try {
    return compile(tree, assetFields, env);
  } catch (e) {
    if (e instanceof DomainError && e.userErrors[0].code === "INVALID_EXPRESSION") throw new DomainError("INVALID_ARGUMENT", e.message, ["filter"]);
    throw e;
  }
}

const INDEXED_SORTS = new Set(["created_at", "uploaded_at", "public_id"]);

async function assetQuery(ctx: Ctx, args: SearchAssetsArgs) {
  const plan = await planAssets(ctx, args);
  const scoreAt = args.sortBy?.findIndex((s) => s.field === "score") ?? -1;
  const terms = scoreAt >= 0 ? scoredTerms(plan.tree, assetFields, plan.env) : [];
  if (terms.length > MAX_SCORED_TERMS) {
    throw new DomainError("LIMIT_EXCEEDED", `a score sort takes at most ${MAX_SCORED_TERMS} free-text terms; the expression has ${terms.length} (sort by another field, or search fewer terms)`, ["sortBy", scoreAt, "field"]);
  }
  const keys = sortKeys(
    args.sortBy,
    (field) => (field === "score" ? { expr: scoreExpr(terms, plan.env), kind: "int" } : (ASSET_SORTABLE[field] ?? null)),
    [{ field: "created_at", direction: "desc" }],
  );
  const query: KeysetQuery = {
    from: raw(`"Asset" a`),
    idColumn: A("id"),
    // (environmentId, createdAt / uploadedAt / publicId, id) serve these orders
    where: plan.where(INDEXED_SORTS.has(args.sortBy?.[0]?.field ?? "created_at")),
    keys,
    boundTo: { expression: args.expression ?? null, filter: args.filter ?? null, sortBy: args.sortBy ?? null },
  };
  return { plan, query };
}

export async function searchAssets(ctx: Ctx, args: SearchAssetsArgs, selection: Selection) {
  const started = performance.now();
  const { plan, query } = await assetQuery(ctx, args);
  const aggregate = checkAggregate(args.aggregate);
  const page = await keysetIds(ctx, args, PAGE_10_500, query);
  const select = selection.select ? { select: { ...selection.select, id: true } } : selection;
  const connection = await connectionOf(page, (ids) => ctx.db.asset.findMany({ ...select, where: { id: { in: ids } } }) as unknown as Promise<AssetModel[]>);
  const time = Math.round(performance.now() - started);
  return {
    ...connection,
    time,
    totalCount: async () => Number((await ctx.db.$queryRaw<{ n: unknown }[]>(countStatement(plan.where(false))))[0].n),
    aggregations: () => aggregations(ctx, plan.where(false), aggregate),
  };
}

const countStatement = (where: Sql) => sql`SELECT COUNT(*) AS n FROM "Asset" a WHERE ${where}`;

/** The plans of a search's page and count statements (benchmarks and diagnostics). */
export async function explainSearchAssets(ctx: Ctx, args: SearchAssetsArgs): Promise<{ page: string[]; count: string[] }> {
  const { plan, query } = await assetQuery(ctx, args);
  const { statement } = keysetStatement(ctx, args, PAGE_10_500, query);
  return { page: await explain(ctx, statement), count: await explain(ctx, countStatement(plan.where(false))) };
}

// ---------------------------------------------------------------------------------------------
// Aggregations (DOMAIN §3.4)

export const SIMPLE_AGGREGATES = ["format", "type", "resource_type", "tags"] as const;
export const RANGE_AGGREGATES = ["bytes", "image_pixels", "video_pixels", "duration"] as const;
export type AggregateField = (typeof SIMPLE_AGGREGATES)[number] | (typeof RANGE_AGGREGATES)[number];

export interface AggregateInput {
  field: AggregateField;
  ranges?: { key: string; from?: number | null; to?: number | null }[] | null;
}

export const MAX_AGGREGATES = 8;
export const MAX_AGGREGATE_RANGES = 50;
/** Tag buckets: the most frequent, so a page's aggregation stays bounded however many tags exist. */
export const MAX_TAG_BUCKETS = 100;

function checkAggregate(list: AggregateInput[] | null | undefined): AggregateInput[] {
  if (!list) return [];
  assertMaxItems(["aggregate"], list, MAX_AGGREGATES);
  const seen = new Set<string>();
  list.forEach((a, i) => {
    if (seen.has(a.field)) throw new DomainError("INVALID_ARGUMENT", `aggregate names ${a.field} twice`, ["aggregate", i, "field"]);
    seen.add(a.field);
    const ranged = (RANGE_AGGREGATES as readonly string[]).includes(a.field);
    if (ranged && !a.ranges?.length) throw new DomainError("INVALID_ARGUMENT", `${a.field} aggregates by ranges: give ranges`, ["aggregate", i, "ranges"]);
    if (!ranged && a.ranges) throw new DomainError("INVALID_ARGUMENT", `${a.field} aggregates by value and takes no ranges`, ["aggregate", i, "ranges"]);
    assertMaxItems(["aggregate", i, "ranges"], a.ranges, MAX_AGGREGATE_RANGES);
    const keys = new Set<string>();
    (a.ranges ?? []).forEach((r, j) => {
      if (r.from == null && r.to == null) throw new DomainError("INVALID_ARGUMENT", "a range needs from, to or both", ["aggregate", i, "ranges", j]);
      if (keys.has(r.key)) throw new DomainError("INVALID_ARGUMENT", `range key ${r.key} is given twice`, ["aggregate", i, "ranges", j, "key"]);
      keys.add(r.key);
    });
  });
  return list;
}

const RANGE_COLUMNS: Record<(typeof RANGE_AGGREGATES)[number], { expr: Sql; only?: string }> = {
  bytes: { expr: A("bytes") },
  image_pixels: { expr: raw(`(a."width" * a."height")`), only: "image" },
  video_pixels: { expr: raw(`(a."width" * a."height")`), only: "video" },
  duration: { expr: A("duration"), only: "video" },
};

export interface Aggregation {
  field: AggregateField;
  buckets: { key: string; count: number }[];
}

/**
 * Every aggregation of a search in one statement. The search's condition (ten free-text terms
 * cost about half a second over 100,000 assets) is evaluated once, into a materialized CTE of the
 * matching assets' aggregated columns, and each aggregation reads that; one statement per
 * aggregation evaluated it once each (8 aggregations: over 5 s). Each aggregation answers rows
 * (g: its index, k: bucket key, n: count); a range aggregation answers one row, its counts in k
 * joined by commas (one scan for all its ranges).
 */
async function aggregations(ctx: Ctx, where: Sql, list: AggregateInput[]): Promise<Aggregation[]> {
  if (list.length === 0) return [];
  const members = list.map((a, i) => {
    const g = raw(String(i));
    if (a.field === "tags") {
      return sql`SELECT * FROM (SELECT ${g} AS g, t."name" AS k, COUNT(*) AS n FROM "AssetTag" t
        WHERE t."environmentId" = ${ctx.environment.id} AND t."assetId" IN (SELECT a."id" FROM m a)
        GROUP BY t."name" ORDER BY n DESC, k ASC LIMIT ${MAX_TAG_BUCKETS}) ${raw(`tags${i}`)}`;
    }
    if (a.field === "format" || a.field === "type" || a.field === "resource_type") {
      // Formats compare case-insensitively, so they are counted that way; no format is "unknown" (as the reference's sample shows).
      const key = a.field === "format" ? raw(`COALESCE(lower(a."format"), 'unknown')`) : A(a.field === "type" ? "type" : "resourceType");
      return sql`SELECT ${g} AS g, ${key} AS k, COUNT(*) AS n FROM m a GROUP BY ${key}`;
    }
    const { expr, only } = RANGE_COLUMNS[a.field];
    // from inclusive, to exclusive (DOMAIN Q 46)
    const counts = (a.ranges ?? []).map((r) => {
      const conds = [sql`${expr} IS NOT NULL`];
      if (r.from != null) conds.push(sql`${expr} >= ${floatParam(ctx.dialect, r.from)}`);
      if (r.to != null) conds.push(sql`${expr} < ${floatParam(ctx.dialect, r.to)}`);
      return sql`CAST(COUNT(CASE WHEN ${and(conds)} THEN 1 END) AS TEXT)`;
    });
    return sql`SELECT ${g} AS g, ${join(counts, " || ',' || ")} AS k, 0 AS n FROM m a${only ? sql` WHERE a."resourceType" = ${only}` : raw("")}`;
  });
  const rows = await ctx.db.$queryRaw<{ g: unknown; k: string; n: unknown }[]>(sql`
    WITH m AS MATERIALIZED (SELECT a."id", a."format", a."type", a."resourceType", a."bytes", a."width", a."height", a."duration" FROM "Asset" a WHERE ${where})
    SELECT g, k, n FROM (${join(members, " UNION ALL ")}) buckets ORDER BY g, n DESC, k ASC`);
  return list.map((a, i) => {
    const mine = rows.filter((r) => Number(r.g) === i);
    if (!(RANGE_AGGREGATES as readonly string[]).includes(a.field)) return { field: a.field, buckets: mine.map((r) => ({ key: r.k, count: Number(r.n) })) };
    const counts = mine[0].k.split(",");
    return { field: a.field, buckets: (a.ranges ?? []).map((r, j) => ({ key: r.key, count: Number(counts[j]) })) };
  });
}

// ---------------------------------------------------------------------------------------------
// Folders (DOMAIN §3.5)

export interface SearchFoldersArgs extends PageArgs {
  expression?: string | null;
  sortBy?: SortInput[] | null;
}

const F = (column: string) => raw(`f."${column}"`);
const FOLDER_SORTABLE: Record<string, { expr: Sql; kind: KeyKind }> = {
  created_at: { expr: F("createdAt"), kind: "date" },
  updated_at: { expr: F("updatedAt"), kind: "date" },
  name: { expr: F("name"), kind: "text" },
  path: { expr: F("path"), kind: "text" },
  id: { expr: F("externalId"), kind: "text" },
};

export async function searchFolders(ctx: Ctx, args: SearchFoldersArgs, selection: Selection) {
  const started = performance.now();
  const tree = args.expression != null ? parseExpression(args.expression) : null;
  const env = await compileEnv(ctx, null);
  const where = and([sql`f."environmentId" = ${ctx.environment.id}`, tree ? compile(tree, folderFields, env) : TRUE]);
  const keys = sortKeys(args.sortBy, (field) => FOLDER_SORTABLE[field] ?? null, [{ field: "created_at", direction: "desc" }]);
  const page = await keysetIds(ctx, args, FOLDER_SEARCH_PAGE, {
    from: raw(`"Folder" f`),
    idColumn: F("id"),
    where,
    keys,
    boundTo: { expression: args.expression ?? null, sortBy: args.sortBy ?? null },
    window: FOLDER_SEARCH_WINDOW,
  });
  const query = selection.select ? { select: { ...selection.select, id: true } } : selection;
  const connection = await connectionOf(page, (ids) => ctx.db.folder.findMany({ ...query, where: { id: { in: ids } } }) as unknown as Promise<FolderModel[]>);
  return {
    ...connection,
    time: Math.round(performance.now() - started),
    totalCount: async () => Number((await ctx.db.$queryRaw<{ n: unknown }[]>(sql`SELECT COUNT(*) AS n FROM "Folder" f WHERE ${where}`))[0].n),
  };
}
