// How expression values are read: tokens and phrase patterns for tokenized (`:`) matches,
// numbers with units, absolute and relative dates. Pure functions; the compiler turns their
// results into SQL parameters.
import { ExpressionError, type Value } from "./search.parser.js";

/**
 * Tokenized matching (DOMAIN §3.2 rule 9): a string's tokens are its runs of [a-z0-9] after
 * lowercasing; everything else separates. The database side lowercases the column and matches a
 * regular expression built from the value's tokens, so both sides tokenize the same way.
 */
export function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

export interface TokenPattern {
  /** POSIX/JS regular expression over the lowercased column (tokens are [a-z0-9] only: nothing to escape) */
  regex: string;
  /** the longest token: `lower(col) LIKE '%token%'` is a cheap prefilter that implies nothing false */
  longest: string;
  /** every token: a row matches only if its text contains each (what a token index looks up) */
  tokens: string[];
}

/**
 * The value's tokens as consecutive tokens of the column (a phrase when there are several); with
 * `prefix` the last one only has to start a token. `within` narrows the separators, e.g. "/" for
 * the last public-ID segment. Null when the value has no token (it can match nothing).
 */
export function tokenPattern(text: string, prefix: boolean, options: { lastSegment?: boolean } = {}): TokenPattern | null {
  const toks = tokens(text);
  if (toks.length === 0) return null;
  const sep = options.lastSegment ? "[^a-z0-9/]" : "[^a-z0-9]";
  const body = toks.join(`${sep}+`);
  const longest = toks.reduce((a, b) => (b.length > a.length ? b : a));
  if (options.lastSegment) {
    // the phrase inside the segment after the last "/"
    const tail = prefix ? "[^/]*$" : `(${sep}[^/]*)?$`;
    return { regex: `(^|/)([^/]*${sep})?${body}${tail}`, longest, tokens: toks };
  }
  return { regex: `(^|[^a-z0-9])${body}${prefix ? "" : "([^a-z0-9]|$)"}`, longest, tokens: toks };
}

/** Units of number fields (DOMAIN §3.2 rule 14; kb = 1024 b, Q 8). */
export type UnitSet = Record<string, number>;
export const BYTE_UNITS: UnitSet = { "": 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };
export const BACKUP_BYTE_UNITS: UnitSet = { "": 1, b: 1, kb: 1024, mb: 1024 ** 2 };
export const PIXEL_UNITS: UnitSet = { "": 1, p: 1, m: 1_000_000 };
export const DURATION_UNITS: UnitSet = { "": 1, s: 1, m: 60 };
export const PLAIN_NUMBER: UnitSet = { "": 1 };

export function parseNumber(field: string, value: Value, units: UnitSet): number {
  const m = /^(-?\d+(?:\.\d+)?)([a-z]*)$/i.exec(value.text.trim());
  const unit = m?.[2].toLowerCase() ?? "";
  if (!m || !(unit in units)) {
    const allowed = Object.keys(units).filter(Boolean);
    throw new ExpressionError(
      `${field} takes a number${allowed.length ? ` (optionally with a unit: ${allowed.join(", ")})` : ""}, not ${JSON.stringify(value.text)}`,
      value.pos,
    );
  }
  return Number(m[1]) * units[unit];
}

const DAY = 86_400_000;
/**
 * The instants a date value may name: years 1 to 9999, which both databases hold (PostgreSQL has
 * no year 0) and yyyy-mm-dd metadata dates can write.
 */
const MIN_DATE = Date.parse("0001-01-01T00:00:00Z");
export const MAX_DATE = Date.parse("9999-12-31T23:59:59.999Z");
export const inDateRange = (at: Date) => at.getTime() >= MIN_DATE && at.getTime() <= MAX_DATE;
const RELATIVE_UNITS: Record<string, number> = { h: 3_600_000, d: DAY, w: 7 * DAY };

/**
 * A date value: yyyy-mm-dd (UTC midnight), a quoted ISO date-time, or a relative duration
 * `Nh`/`Nd`/`Nw` meaning that long before `now` (rule 13). `day` is true for a plain date, so
 * equality can mean "on that day".
 */
export function parseDate(field: string, value: Value, now: Date): { at: Date; day: boolean } {
  const text = value.text.trim();
  const rel = /^(\d+)([hdw])$/i.exec(text);
  // Longer ago than the first instant searchable means "since then": nothing is older.
  if (rel) return { at: new Date(Math.max(MIN_DATE, now.getTime() - Number(rel[1]) * RELATIVE_UNITS[rel[2].toLowerCase()])), day: false };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const at = new Date(`${text}T00:00:00Z`);
    if (inDateRange(at) && at.toISOString().startsWith(text)) return { at, day: true };
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(text)) {
    const at = new Date(/(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`);
    if (inDateRange(at)) return { at, day: false };
  }
  throw new ExpressionError(
    `${field} takes a date (yyyy-mm-dd), a quoted date-time ("2022-10-22T12:00:00Z") or a relative time such as 10d, 4w or 12h, not ${JSON.stringify(value.text)}`,
    value.pos,
  );
}

/** A date value as yyyy-mm-dd, for date metadata fields (stored that way). */
export function dateKey(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY);
