// Multi-row INSERTs for bulk writes of simple rows (ids, strings, numbers). Prisma's createMany
// spends most of a large import in its client runtime mapping each row (10,000 tag rows: 1.5 to
// 2.2 s); the same rows as plain parameterised statements take 0.26 s. Values are always bound
// parameters, never spliced into the text.
import type { Tx } from "./client.js";
import type { Dialect } from "../lib/prefix.js";

/** Rows per statement: 500 × a few columns stays far below both databases' parameter limits. */
const ROWS_PER_STATEMENT = 500;

export async function insertRows<C extends string>(
  tx: Tx,
  dialect: Dialect,
  table: string,
  columns: readonly C[],
  rows: readonly Record<C, string | number | bigint | null>[],
): Promise<void> {
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const part = rows.slice(i, i + ROWS_PER_STATEMENT);
    let n = 0;
    const placeholder = dialect === "postgres" ? () => `$${++n}` : () => "?";
    const values = part.map(() => `(${columns.map(placeholder).join(", ")})`).join(", ");
    await tx.$executeRawUnsafe(head + values, ...part.flatMap((row) => columns.map((c) => row[c])));
  }
}
