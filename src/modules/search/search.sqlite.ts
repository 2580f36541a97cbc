// SQLite has the REGEXP operator but no function behind it: `x REGEXP p` calls a user function
// regexp(p, x). The app has the database register this module's functions on every SQLite
// connection it opens (SEARCH_SQLITE_FUNCTIONS in index.ts), so tokenized matches
// (search.values.ts patterns) run the same regular expressions on SQLite as on PostgreSQL.
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

export function registerSqliteFunctions(db: Database.Database): void {
  db.function("regexp", { deterministic: true }, (pattern: unknown, value: unknown) =>
    typeof value === "string" && typeof pattern === "string" && compiled(pattern).test(value) ? 1 : 0,
  );
}
