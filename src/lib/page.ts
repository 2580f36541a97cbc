import { DomainError } from "../errors/errors.js";
import { argsHash, decodeCursor, encodeCursor } from "./cursor.js";

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageLimits {
  /** the reference's default max_results */
  default: number;
  /** the reference's cap; above it is an error, not a clamp */
  max: number;
}

export const PAGE_10_500: PageLimits = { default: 10, max: 500 };

/** Validates `first` against the endpoint's limits and returns the page size. */
export function pageSize(args: PageArgs, limits: PageLimits): number {
  if (args.last != null || args.before != null) {
    throw new DomainError("INVALID_ARGUMENT", "backward paging (last/before) is not supported; page forward with first/after", [args.last != null ? "last" : "before"]);
  }
  const first = args.first ?? limits.default;
  if (first < 1) throw new DomainError("INVALID_ARGUMENT", "first must be at least 1", ["first"]);
  if (first > limits.max) throw new DomainError("LIMIT_EXCEEDED", `first must be at most ${limits.max} (got ${first})`, ["first"]);
  return first;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * Page info of a forward-only keyset page: `fetched` holds one row more than `take` when a next
 * page exists; a page that starts after a cursor may say that a previous one exists.
 */
export function pageInfo(edges: { cursor: string }[], fetched: number, take: number, hasPreviousPage = false): PageInfo {
  return {
    hasNextPage: fetched > take,
    hasPreviousPage,
    // Encoded when selected, as edge cursors are (see Edge).
    get startCursor() {
      return edges[0]?.cursor ?? null;
    },
    get endCursor() {
      return edges.at(-1)?.cursor ?? null;
    },
  };
}

/**
 * An edge whose cursor is encoded only when the operation selects it: a page of 50 assets with 10
 * related assets each would otherwise encode 550 cursors that most operations never ask for.
 */
export class Edge<Node, Key = Node> {
  /** `key`: what the cursor is encoded from, when not the node itself (a relation row, say) */
  constructor(
    readonly node: Node,
    private readonly encode: (key: Key) => string,
    private readonly key: Key = node as unknown as Key,
  ) {}

  get cursor(): string {
    return this.encode(this.key);
  }
}

/**
 * Splits a list for `IN (...)` queries: the SQLite driver adapter binds at most 999 parameters
 * per statement, and a statement also binds its other filters.
 */
export const IN_CHUNK = 400;
export function chunks<T>(items: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A forward page of rows a Prisma plugin connection helper loaded (`first + 1` of them, after its
 * cursor), with cursors encoded only when selected: the helper's own `resolve` encodes one for
 * every edge.
 */
export function loadedPage<Row, Node>(rows: Row[], args: PageArgs, limits: PageLimits, node: (row: Row) => Node, cursor: (row: Row) => string) {
  const first = pageSize(args, limits);
  const edges = rows.slice(0, first).map((row) => new Edge(node(row), cursor, row));
  return { edges, pageInfo: pageInfo(edges, rows.length, first, args.after != null) };
}

/** The key of the row a page starts after; null for the first page. */
export type KeyAfter = string | number | null;

export interface KeysetPageOptions<Row> {
  /** the arguments a cursor is bound to (all but first/after) */
  boundTo: unknown;
  /** the row's sort key, unique within the list */
  key: (row: NoInfer<Row>) => string | number;
  /** up to `take` rows after `after` (null: from the start), in list order */
  fetch: (after: KeyAfter, take: number) => Promise<Row[]>;
  count: () => Promise<number>;
}

/** One page of a list ordered by a single unique key, as a Relay connection with totalCount. */
export async function keysetPage<Row>(args: PageArgs, limits: PageLimits, options: KeysetPageOptions<Row>) {
  const take = pageSize(args, limits);
  const hash = argsHash(options.boundTo);
  const after = args.after ? decodeCursor(args.after, hash, 1)[0] : null;
  const rows = await options.fetch(after, take + 1);
  const encode = (node: Row) => encodeCursor([options.key(node)], hash);
  const edges = rows.slice(0, take).map((node) => new Edge(node, encode));
  return { edges, pageInfo: pageInfo(edges, rows.length, take), totalCount: options.count };
}

/** The part of a Prisma model delegate (ctx.db.folder, ...) a column page uses. */
export interface ListableModel<Row, Where> {
  findMany(query: { where: Where; orderBy: Record<string, "asc" | "desc">; take: number }): PromiseLike<Row[]>;
  count(query: { where: Where }): PromiseLike<number>;
}

export interface ColumnPageOptions<Row, Where> {
  /** the model's delegate, e.g. ctx.db.uploadPreset */
  model: ListableModel<Row, Where>;
  /** the list's filter */
  where: Where;
  /** the unique column the list is ordered by, and how its values are typed */
  column: keyof Row & string;
  type: "int" | "string";
  /** default ascending; "desc" pages newest first by an increasing id */
  direction?: "asc" | "desc";
  /** the arguments a cursor is bound to (all but first/after); default none */
  boundTo?: unknown;
  /** what the Prisma plugin planned for the nodes (queryFromInfo's { select } or { include }) */
  query?: object;
}

/** A Prisma model's list ordered by one unique column: keysetPage with the column's filter, order and count. */
export function columnPage<Row, Where extends object>(args: PageArgs, limits: PageLimits, options: ColumnPageOptions<Row, Where>) {
  const { model, column, direction = "asc", where } = options;
  const parse = options.type === "int" ? Number : String;
  const beyond = direction === "asc" ? "gt" : "lt";
  return keysetPage<Row>(args, limits, {
    boundTo: options.boundTo ?? {},
    key: (row) => row[column] as string | number,
    fetch: async (after, take) =>
      model.findMany({
        ...options.query,
        // The one place the filter is extended generically: `where` stays the model's own input type.
        where: after === null ? where : ({ ...where, [column]: { [beyond]: parse(after) } } as Where),
        orderBy: { [column]: direction },
        take,
      }),
    count: async () => model.count({ where }),
  });
}

