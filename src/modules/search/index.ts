// The search area's public face: what other areas and the rest of src/ may import from it.
export { connectionOf, keysetIds, type KeysetQuery } from "./search.page.js";
export { raw, sql, type Sql } from "./search.sql.js";
export { tokens } from "./search.values.js";

/** The module whose registerSqliteFunctions(db) gives SQLite the REGEXP function search relies on. */
export const SEARCH_SQLITE_FUNCTIONS = new URL("./search.sqlite.ts", import.meta.url).href;
