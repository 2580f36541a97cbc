// Planned reads of assets in hand-written SQL (ARCHITECTURE rule 2): the assets page and the
// relations the Prisma plugin's selection asks for under it, one statement per level, each nested
// list limited per parent in SQL. Rows come back in the shape Prisma would give them, so the
// plugin's fields resolve from them unchanged. A selection holding anything not planned here
// goes to Prisma (`plannable` is false), which loads it by the page's ids.
import { isDeepStrictEqual } from "node:util";
import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import type { SqlParam, SqlReader } from "../../db/sql.js";
import { getDatamodel } from "../../generated/pothos-types.js";

export type Row = Record<string, unknown>;
/** What the Prisma plugin plans for a model: `true` (every scalar), or select/include. */
export type Selection = true | { select?: Record<string, unknown>; include?: Record<string, unknown> };

const MODELS = getDatamodel().datamodel.models;
type ScalarType = "Int" | "BigInt" | "Float" | "Boolean" | "DateTime" | "String";

function scalarsOf(model: string): { name: string; type: ScalarType }[] {
  return MODELS[model as keyof typeof MODELS].fields
    .filter((f) => f.kind === "scalar")
    .map((f) => ({ name: f.name, type: f.type as ScalarType }));
}

// Drivers differ (better-sqlite3 gives bigint integers, DateTime as text and 0/1 booleans; pg gives
// the right types); rows leave here as Prisma types.
const CONVERT: Record<ScalarType, ((v: unknown) => unknown) | null> = {
  Int: (v) => (typeof v === "bigint" ? Number(v) : v),
  BigInt: (v) => (typeof v === "bigint" ? v : BigInt(v as number)),
  Float: (v) => (typeof v === "bigint" ? Number(v) : v),
  Boolean: (v) => (typeof v === "boolean" ? v : v === 1n || v === 1),
  DateTime: (v) => (v instanceof Date ? v : new Date(v as string)),
  String: null,
};

interface Table {
  name: string;
  /** `alias."x", ...`: every scalar column, or only `names` */
  columns(alias: string, names?: ReadonlySet<string> | null): string;
  toRow(raw: Row): Row;
}

function table(model: string, only?: string[]): Table {
  const scalars = scalarsOf(model).filter((s) => !only || only.includes(s.name));
  const converters = new Map(scalars.flatMap((s) => (CONVERT[s.type] ? [[s.name, CONVERT[s.type]!] as const] : [])));
  return {
    name: model,
    columns: (alias, names) => scalars.filter((s) => !names || names.has(s.name)).map((s) => `${alias}."${s.name}"`).join(", "),
    // Over the columns the statement read (a page reads a few of the model's ~25), not every scalar.
    toRow(raw) {
      for (const name in raw) {
        const convert = converters.get(name);
        if (convert && raw[name] != null) raw[name] = convert(raw[name]);
      }
      return raw;
    },
  };
}

const ASSET = table("Asset");
const ASSET_SCALARS = new Set(scalarsOf("Asset").map((s) => s.name));
const FOLDER = table("Folder");
const FOLDER_SCALARS = new Set(scalarsOf("Folder").map((s) => s.name));

/** Lists of an asset's own rows, exactly as the asset fields select them (asset.schema.ts). */
const CHILD_LISTS: Record<string, { shape: object; table: Table; order: string }> = {
  tags: { shape: { select: { name: true }, orderBy: { id: "asc" } }, table: table("AssetTag", ["name"]), order: `"id"` },
  context: { shape: { select: { key: true, value: true }, orderBy: { key: "asc" } }, table: table("AssetContext", ["key", "value"]), order: `"key"` },
  moderations: { shape: { select: { kind: true, status: true, updatedAt: true }, orderBy: { id: "asc" } }, table: table("AssetModeration", ["kind", "status", "updatedAt"]), order: `"id"` },
};

const RELATED_WHERE = { to: { status: "active" } };
const RELATED_ORDER = { toId: "asc" };

function entries(selection: Selection): [string, unknown][] {
  return selection === true ? [] : Object.entries(selection.select ?? selection.include ?? {});
}

function scalarsOnly(selection: unknown, scalars: Set<string>): boolean {
  if (selection === true) return true;
  if (typeof selection !== "object" || selection === null) return false;
  const { select, include, ...rest } = selection as { select?: Record<string, unknown>; include?: Record<string, unknown> };
  if (Object.keys(rest).length) return false;
  if (include && Object.keys(include).length) return false;
  return Object.entries(select ?? {}).every(([k, v]) => scalars.has(k) && v === true);
}

interface RelatedArgs {
  where?: unknown;
  orderBy?: unknown;
  take?: number;
  skip?: number;
  cursor?: unknown;
  select?: { to?: Selection; fromId?: boolean; toId?: boolean };
}

/**
 * The Asset columns each GraphQL field of Asset reads (asset.schema.ts and the fields other areas
 * add). A field not listed here reads every column, so a new field is correct before it is fast.
 */
const FIELD_COLUMNS: Record<string, readonly string[]> = {
  __typename: [], id: ["assetId"], assetId: ["assetId"], publicId: [], resourceType: ["resourceType"], type: ["type"],
  format: ["format"], version: ["version"], bytes: ["bytes"], width: ["width"], height: ["height"],
  aspectRatio: ["width", "height"], pixels: ["width", "height"], duration: ["duration"], pages: ["pages"], displayName: ["displayName"],
  filename: [], assetFolder: [], folder: [], status: ["status"], accessMode: ["accessMode"], etag: ["etag"],
  backupBytes: ["backupBytes"], createdAt: [], uploadedAt: ["uploadedAt"],
  lastUpdated: ["updatedAt", "tagsUpdatedAt", "contextUpdatedAt", "publicIdUpdatedAt", "accessControlUpdatedAt", "metadataUpdatedAt"],
  tags: [], context: [], moderation: [], relatedAssets: [],
};
/**
 * The keys, the list's sort keys (cursors) and the folder relation's key. environmentId + assetId
 * is what the Prisma plugin loads a row by when it has to fetch a field's data itself.
 */
const ALWAYS = ["id", "environmentId", "assetId", "publicId", "createdAt", "folderId"];

/** Which Asset columns a GraphQL selection of assets reads, and the same for its related assets. */
export class AssetColumns {
  /** null: every column */
  readonly names: ReadonlySet<string> | null;
  private readonly relatedSets: SelectionSetNode[] = [];

  constructor(sets: readonly SelectionSetNode[], private readonly fragments: Record<string, FragmentDefinitionNode>) {
    const names = new Set(ALWAYS);
    let all = false;
    for (const field of this.fields(sets)) {
      const columns = FIELD_COLUMNS[field.name.value];
      if (!columns) all = true;
      else columns.forEach((c) => names.add(c));
      if (field.name.value === "relatedAssets") this.relatedSets.push(...nodeSets([field], fragments));
    }
    this.names = all ? null : names;
  }

  get related(): AssetColumns {
    return new AssetColumns(this.relatedSets, this.fragments);
  }

  private *fields(sets: readonly SelectionSetNode[]): Generator<FieldNode> {
    for (const set of sets) {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) yield selection;
        else if (selection.kind === Kind.INLINE_FRAGMENT) yield* this.fields([selection.selectionSet]);
        else {
          const fragment = this.fragments[selection.name.value];
          if (fragment) yield* this.fields([fragment.selectionSet]);
        }
      }
    }
  }
}

/** The selection sets of `edges { node { ... } }` under connection fields. */
export function nodeSets(fields: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): SelectionSetNode[] {
  const under = (sets: SelectionSetNode[], name: string): SelectionSetNode[] =>
    sets.flatMap((set) => set.selections.flatMap((s): SelectionSetNode[] => {
      if (s.kind === Kind.FIELD) return s.name.value === name && s.selectionSet ? [s.selectionSet] : [];
      if (s.kind === Kind.INLINE_FRAGMENT) return under([s.selectionSet], name);
      const fragment = fragments[s.name.value];
      return fragment ? under([fragment.selectionSet], name) : [];
    }));
  return under(under(fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])), "edges"), "node");
}

/** Whether every part of an asset selection is planned here. */
export function plannable(selection: Selection): boolean {
  return entries(selection).every(([key, value]) => {
    if (ASSET_SCALARS.has(key)) return value === true;
    if (key in CHILD_LISTS) return isDeepStrictEqual(value, CHILD_LISTS[key].shape);
    if (key === "folder") return scalarsOnly(value, FOLDER_SCALARS);
    if (key === "relatedTo") {
      const args = value as RelatedArgs;
      const { where, orderBy, take, skip, cursor, select, ...rest } = args;
      const { to, fromId: _f, toId: _t, ...other } = select ?? {};
      // A cursor (relatedAssets(after:)) names one parent's row: Prisma's own paging serves it.
      return Object.keys(rest).length === 0 && Object.keys(other).length === 0 && cursor === undefined && !skip && typeof take === "number"
        && isDeepStrictEqual(where, RELATED_WHERE) && isDeepStrictEqual(orderBy, RELATED_ORDER) && to !== undefined && plannable(to);
    }
    return false;
  });
}

/** Filters of an assets query over alias `a`, in SQL with `?` placeholders. */
export class SqlWhere {
  readonly parts: string[] = [];
  readonly params: SqlParam[] = [];
  add(part: string, ...params: SqlParam[]): this {
    this.parts.push(part);
    this.params.push(...params);
    return this;
  }
  toString(): string {
    return this.parts.join(" AND ");
  }
}

export interface PageQuery {
  columns: AssetColumns;
  where: SqlWhere;
  /** `a."createdAt" DESC, a."id" DESC` */
  orderBy: string;
  limit: number;
}

/** The page's assets, the columns the operation reads, in list order. */
export async function assetPage(sql: SqlReader, page: PageQuery): Promise<Row[]> {
  const rows = await sql.all<Row>(
    `SELECT ${ASSET.columns("a", page.columns.names)} FROM "Asset" a WHERE ${page.where} ORDER BY ${page.orderBy} LIMIT ?`,
    [...page.where.params, page.limit],
  );
  return rows.map(ASSET.toRow);
}

export async function countAssets(sql: SqlReader, where: SqlWhere): Promise<number> {
  const [row] = await sql.all<{ n: bigint | number }>(`SELECT count(*) AS n FROM "Asset" a WHERE ${where}`, where.params);
  return Number(row.n);
}

/** Loads what a plannable selection asks for under `rows`, one statement per relation and level. */
export async function attachRelations(sql: SqlReader, rows: Row[], selection: Selection, columns: AssetColumns): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id as number);
  await Promise.all(
    entries(selection).map(async ([key, value]) => {
      if (key in CHILD_LISTS) return attachChildren(sql, rows, ids, key);
      if (key === "folder") return attachFolders(sql, rows);
      if (key === "relatedTo") return attachRelated(sql, rows, ids, value as RelatedArgs, columns.related);
    }),
  );
}

async function attachChildren(sql: SqlReader, rows: Row[], ids: number[], key: string): Promise<void> {
  const { table: t, order } = CHILD_LISTS[key];
  const found = await sql.all<Row>(`SELECT c."assetId", ${t.columns("c")} FROM "${t.name}" c WHERE ${sql.inIds(`c."assetId"`)} ORDER BY ${order}`, [sql.ids(ids)]);
  const byAsset = groupBy(found, "assetId");
  for (const row of rows) {
    // The parent key stays on the child rows: deleting it would turn every row into a slow
    // dictionary-mode object, and nothing reads a key the GraphQL fields do not ask for.
    row[key] = (byAsset.get(Number(row.id)) ?? []).map(t.toRow);
  }
}

async function attachFolders(sql: SqlReader, rows: Row[]): Promise<void> {
  const folderIds = [...new Set(rows.map((r) => r.folderId).filter((id): id is number => id != null))];
  const folders = folderIds.length
    ? await sql.all<Row>(`SELECT ${FOLDER.columns("f")} FROM "Folder" f WHERE ${sql.inIds(`f."id"`)}`, [sql.ids(folderIds)])
    : [];
  const byId = new Map(folders.map((f) => [Number(f.id), FOLDER.toRow(f)]));
  for (const row of rows) row.folder = row.folderId == null ? null : (byId.get(row.folderId as number) ?? null);
}

/**
 * Related assets of every row, `take` per parent in SQL, joined to the related assets' columns in
 * the same statement: on PostgreSQL a LATERAL subquery per parent (an index range scan of
 * (fromId, toId) that stops at `take`), on SQLite (no LATERAL) a ROW_NUMBER() window over that key.
 */
async function attachRelated(sql: SqlReader, rows: Row[], ids: number[], args: RelatedArgs, columns: AssetColumns): Promise<void> {
  const statement = sql.dialect === "postgres"
    ? `SELECT p."fromId" AS "_fromId", ${ASSET.columns("a", columns.names)}
         FROM unnest(?::int[]) AS p("fromId")
         CROSS JOIN LATERAL (SELECT t.* FROM "RelatedAsset" x JOIN "Asset" t ON t."id" = x."toId"
                              WHERE x."fromId" = p."fromId" AND t."status" = 'active'
                              ORDER BY x."toId" LIMIT ?) a
        ORDER BY p."fromId", a."id"`
    : `SELECT r."fromId" AS "_fromId", ${ASSET.columns("a", columns.names)}
         FROM (SELECT x."fromId", x."toId", ROW_NUMBER() OVER (PARTITION BY x."fromId" ORDER BY x."toId") AS n
                 FROM "RelatedAsset" x JOIN "Asset" t ON t."id" = x."toId"
                WHERE ${sql.inIds(`x."fromId"`)} AND t."status" = 'active') r
         JOIN "Asset" a ON a."id" = r."toId"
        WHERE r.n <= ?
        ORDER BY r."fromId", r."toId"`;
  const found = await sql.all<Row>(statement, [sql.ids(ids), args.take!]);
  const targets = found.map((raw) => ASSET.toRow(raw));
  await attachRelations(sql, targets, args.select!.to!, columns);
  const byFrom = groupBy(targets, "_fromId");
  for (const row of rows) {
    row.relatedTo = (byFrom.get(Number(row.id)) ?? []).map((to) => ({ fromId: row.id, toId: to.id, to }));
  }
}

function groupBy(rows: Row[], key: string): Map<number, Row[]> {
  const map = new Map<number, Row[]>();
  for (const row of rows) {
    const k = Number(row[key]);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
