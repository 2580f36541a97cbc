// "Starts with" that treats every character literally. Prisma's `startsWith` becomes
// LIKE 'x%' without escaping, so a prefix holding _ or % (common in public IDs) would match too
// much. PostgreSQL's LIKE escapes with a backslash by default; SQLite's LIKE has no escape
// character, so there a byte-wise range (SQLite's default BINARY collation) does the job, and
// both forms are served by the column's index.
export type Dialect = "sqlite" | "postgres";

export function startsWith(dialect: Dialect, prefix: string): { startsWith: string } | { gte: string; lt: string } {
  if (dialect === "postgres") return { startsWith: prefix.replace(/[\\%_]/g, "\\$&") };
  return { gte: prefix, lt: `${prefix}\u{10FFFF}` };
}
