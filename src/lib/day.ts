// Calendar days as the Admin API writes them (yyyy-mm-dd, UTC): metadata date values, usage and
// last-access report dates.
import { DomainError } from "../errors/errors.js";

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The UTC midnight of a yyyy-mm-dd calendar date; null for anything else (2024-02-30, 0099-01-01, ...). */
export function calendarDay(value: string): Date | null {
  const m = DAY_PATTERN.exec(value);
  if (!m) return null;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Date.UTC rolls overflowing days into the next month and maps years 0-99 to 1900-1999.
  return isoDay(day) === value ? day : null;
}

/** Parses yyyy-mm-dd as a UTC day; INVALID_ARGUMENT naming `field` when it is no calendar date. */
export function parseDay(value: string, field: (string | number)[]): Date {
  const day = calendarDay(value);
  if (!day) throw new DomainError("INVALID_ARGUMENT", `${field.join(".")} must be a date as yyyy-mm-dd (got ${JSON.stringify(value)})`, field);
  return day;
}
