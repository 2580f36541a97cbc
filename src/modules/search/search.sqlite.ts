// SQLite has the REGEXP operator but no function behind it: `x REGEXP p` calls a user function
// regexp(p, x). Search registers one on the connection the Prisma adapter opens, so tokenized
// matches (search.values.ts patterns) run the same regular expressions on SQLite as on PostgreSQL.
import type Database from "better-sqlite3";

/** Compiled patterns: a page runs each of its patterns once per candidate row. */
const cache = new Map<string, RegExp>();
const MAX_CACHED = 500;

function compiled(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(pattern);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(pattern, re);
  }
  return re;
}

export function registerSearchFunctions(db: Database.Database): void {
  db.function("regexp", { deterministic: true }, (pattern: unknown, value: unknown) =>
    typeof value === "string" && typeof pattern === "string" && compiled(pattern).test(value) ? 1 : 0,
  );
}

/** Wraps the Prisma adapter factory so every connection it opens has the search functions. */
export function withSearchFunctions<F extends { connect(): Promise<unknown> }>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    registerSearchFunctions((adapter as { client: Database.Database }).client);
    return adapter;
  };
  return factory;
}
