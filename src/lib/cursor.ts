// Keyset cursors: the sort values and row id of the last edge, plus a hash of the query's
// arguments, so a cursor only resumes the query that produced it (the Admin API's next_cursor
// rule: "reuse the query without changing any of the other parameter values").
import { createHash } from "node:crypto";
import { DomainError, type FieldPath } from "../errors/errors.js";

export type SortValue = string | number | null;

interface CursorBody {
  /** sort values, then the row id as the tie-breaker */
  k: SortValue[];
  h: string;
}

export function argsHash(args: unknown): string {
  return createHash("sha256").update(JSON.stringify(args)).digest("base64url").slice(0, 12);
}

export function encodeCursor(keys: SortValue[], hash: string): string {
  const body: CursorBody = { k: keys, h: hash };
  return Buffer.from(JSON.stringify(body)).toString("base64url");
}

/** `field` is where the cursor came from: ["after"] for a connection argument, ["input","after"] in a mutation. */
export function decodeCursor(cursor: string, hash: string, arity: number, field: FieldPath = ["after"]): SortValue[] {
  let body: CursorBody;
  try {
    body = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as CursorBody;
  } catch {
    throw new DomainError("INVALID_CURSOR", "after is not a cursor this API issued", field);
  }
  if (!body || !Array.isArray(body.k) || body.k.length !== arity) {
    throw new DomainError("INVALID_CURSOR", "after is not a cursor this API issued", field);
  }
  if (body.h !== hash) {
    throw new DomainError("INVALID_CURSOR", "after was issued for a query with other arguments; reuse the query unchanged", field);
  }
  return body.k;
}
