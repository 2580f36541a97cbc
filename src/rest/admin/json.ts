// GraphQL values in the Admin API's JSON spelling: timestamps without milliseconds, BigInt
// strings as numbers, enum names in lowercase, connections as `{ <key>: [...], next_cursor }`.

/** 2024-06-25T08:58:23.000Z -> 2024-06-25T08:58:23Z, as the reference's examples write times. */
export const time = (iso: string | null | undefined): string | null => (iso ? iso.replace(/\.\d{3}Z$/, "Z") : null);

export const num = (v: string | number | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));

export const lower = (v: string | null | undefined): string | null => (v ? v.toLowerCase() : null);

export interface Connection<N> {
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

/** The nodes of a connection and its next_cursor (null on the last page). */
export function nodes<N, T>(connection: Connection<N>, map: (node: N) => T): { items: T[]; next_cursor: string | null } {
  return {
    items: connection.edges.map((e) => map(e.node)),
    next_cursor: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null,
  };
}

export const PAGE_INFO = "pageInfo { hasNextPage endCursor }";

/** `{ <key>: [...], next_cursor }`, next_cursor only when there is a next page, as the reference's listings show. */
export function listing<N, T>(key: string, connection: Connection<N>, map: (node: N) => T): Record<string, unknown> {
  const { items, next_cursor } = nodes(connection, map);
  return next_cursor ? { [key]: items, next_cursor } : { [key]: items };
}
