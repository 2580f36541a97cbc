// Planner statistics after bulk writes. Right after a bulk load the planner knows nothing of the
// new rows (PostgreSQL's autovacuum analyses later; SQLite never does by itself): measured on
// 100,000 seeded assets, the first page's statement took 60-78 ms on PostgreSQL until ANALYZE,
// 0.15 ms after.
import type { Dialect } from "../lib/prefix.js";
import type { Db } from "./client.js";

/**
 * `full`: every table (the end of a seed), vacuumed too on PostgreSQL. Otherwise on SQLite `PRAGMA optimize` analyses only the
 * tables whose size changed enough since their last analysis (or that never had one).
 */
export async function refreshStatistics(db: Db, dialect: Dialect, options: { full?: boolean } = {}): Promise<void> {
  if (dialect === "postgres") {
    // After a seed, VACUUM also marks the new pages all-visible, so index-only scans (related
    // assets by (fromId, toId)) skip the heap: 214 heap fetches on the first page before, 0 after.
    await db.$executeRawUnsafe(options.full ? "VACUUM ANALYZE" : "ANALYZE");
    return;
  }
  // Rows examined per index: approximate statistics, bounded time on large tables.
  await db.$queryRawUnsafe("PRAGMA analysis_limit = 1000");
  // 0x10002: analyse (0x2) every table of the database, not only those this connection used (0x10000).
  if (options.full) await db.$executeRawUnsafe("ANALYZE");
  else await db.$queryRawUnsafe("PRAGMA optimize = 0x10002");
}
