// Field types, typed values and the reference's validation objects (DOMAIN.md §4.1, §4.2).
// Values travel as the Admin API shows them: a string, an integer, "yyyy-mm-dd", one datasource
// external id, or an array of them (set). Everything here is pure, so the write pipeline, field
// definitions and rules share it.
import { RE2JS } from "re2js";
import { DomainError, assertText, type FieldPath } from "../../errors/errors.js";
import { calendarDay } from "../../lib/day.js";

export const FIELD_TYPES = ["string", "integer", "date", "enum", "set"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export const isListType = (type: string) => type === "enum" || type === "set";

/** The reference's strlen default max (≈4 MB), also the longest string value accepted. */
export const MAX_STRLEN = 4_000_000;
/** "a maximum of 3000 different metadata values on an asset" (set fields). */
export const MAX_SET_VALUES = 3000;
// Integer values are stored in a 32-bit column (PostgreSQL INTEGER), so they are bounded by it.
export const MIN_INTEGER = -2147483648;
export const MAX_INTEGER = 2147483647;

/** A value in canonical form: string (string, date, enum), number (integer) or string[] (set). */
export type MetadataValue = string | number | string[];

export interface Validation {
  type: "greater_than" | "less_than" | "strlen" | "strregex" | "and";
  value?: number | string;
  equals?: boolean;
  min?: number;
  max?: number;
  regex?: string;
  rules?: Validation[];
}

/** GraphQL input shape of a validation (camelCase; `value` is JSON: a number or a string). */
export interface ValidationInput {
  type: Validation["type"];
  value?: unknown;
  equals?: boolean | null;
  min?: number | null;
  max?: number | null;
  regex?: string | null;
  rules?: ValidationInput[] | null;
}

const isCalendarDate = (s: string) => calendarDay(s) !== null;

function parseInteger(raw: unknown): number | null {
  if (typeof raw === "number" && Number.isInteger(raw)) return raw;
  // The REST encoding sends integers as text ("in_stock_id=50"); accept that spelling too.
  if (typeof raw === "string" && /^-?\d{1,10}$/.test(raw.trim())) return Number(raw.trim());
  return null;
}

/** The longest strregex pattern accepted (the reference states none; this bounds compile work). */
export const MAX_REGEX_LENGTH = 1024;

// strregex runs user patterns over values of up to 4,000,000 characters, so it uses RE2's
// linear-time engine (re2js): a pattern such as ^(a+)+$ cannot block the event loop. RE2 syntax has
// no backreferences or lookaround; such patterns are refused when the field is written.
// Compiled patterns are cached: every validated write of a field would otherwise recompile.
const compiled = new Map<string, RE2JS | null>();
const MAX_COMPILED = 1000;

/** Compiles a strregex pattern (RE2 syntax); null when RE2 cannot compile it. */
export function compileRegex(regex: string): RE2JS | null {
  let re = compiled.get(regex);
  if (re !== undefined) return re;
  try {
    re = RE2JS.compile(regex);
  } catch {
    re = null;
  }
  if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
  compiled.set(regex, re);
  return re;
}

// ---------------------------------------------------------------------------------------------
// Validation definitions

const allowedValidations: Record<FieldType, Validation["type"][]> = {
  string: ["strlen", "strregex", "and"],
  integer: ["greater_than", "less_than", "and"],
  date: ["greater_than", "less_than", "and"],
  // "and" is "relevant for all field types", but every rule it can hold is typed; none fits a list.
  enum: [],
  set: [],
};

/** Checks a validation input against the field type and returns it in the stored (reference) form. */
export function parseValidation(type: FieldType, input: ValidationInput, field: FieldPath, nested = false): Validation {
  const bad = (message: string, at: FieldPath = field) => new DomainError("INVALID_VALIDATION", message, at);
  if (!allowedValidations[type].includes(input.type)) {
    throw bad(allowedValidations[type].length ? `a ${type} field takes ${allowedValidations[type].join(", ")} validations, not ${input.type}` : `${type} fields take no validation`, [...field, "type"]);
  }
  const unexpected = (keys: (keyof ValidationInput)[]) => {
    for (const k of keys) if (input[k] != null) throw bad(`${k} does not belong to a ${input.type} validation`, [...field, k]);
  };
  switch (input.type) {
    case "greater_than":
    case "less_than": {
      unexpected(["min", "max", "regex", "rules"]);
      if (input.value == null) throw bad(`${input.type} needs a value`, [...field, "value"]);
      let value: number | string;
      if (type === "integer") {
        const n = parseInteger(input.value);
        if (n === null) throw bad(`${input.type} of an integer field needs an integer value`, [...field, "value"]);
        value = n;
      } else {
        if (typeof input.value !== "string" || !isCalendarDate(input.value)) throw bad(`${input.type} of a date field needs a yyyy-mm-dd value`, [...field, "value"]);
        value = input.value;
      }
      return { type: input.type, value, equals: input.equals ?? false };
    }
    case "strlen": {
      unexpected(["value", "equals", "regex", "rules"]);
      if (input.min == null && input.max == null) throw bad("strlen needs min or max (or both)", field);
      const min = input.min ?? 0;
      const max = input.max ?? MAX_STRLEN;
      if (min < 0) throw bad("strlen min may not be negative", [...field, "min"]);
      if (max < 1 || max > MAX_STRLEN) throw bad(`strlen max must be between 1 and ${MAX_STRLEN}`, [...field, "max"]);
      if (min > max) throw bad("strlen min is greater than max", [...field, "min"]);
      return { type: "strlen", min, max };
    }
    case "strregex": {
      unexpected(["value", "equals", "min", "max", "rules"]);
      if (input.regex == null || input.regex === "") throw bad("strregex needs a regex", [...field, "regex"]);
      if ([...input.regex].length > MAX_REGEX_LENGTH) throw new DomainError("LIMIT_EXCEEDED", `a strregex regex is at most ${MAX_REGEX_LENGTH} characters`, [...field, "regex"]);
      if (!compileRegex(input.regex)) throw bad(`regex ${input.regex} does not compile (RE2 syntax: backreferences and lookaround are not supported)`, [...field, "regex"]);
      return { type: "strregex", regex: input.regex };
    }
    case "and": {
      unexpected(["value", "equals", "min", "max", "regex"]);
      if (nested) throw bad("an and validation cannot contain another and", [...field, "type"]);
      if (!input.rules || input.rules.length === 0) throw bad("and needs at least one rule", [...field, "rules"]);
      return { type: "and", rules: input.rules.map((r, i) => parseValidation(type, r, [...field, "rules", i], true)) };
    }
  }
}

/** A short description of a validation rule, as error messages name it. */
export function describeValidation(v: Validation): string {
  switch (v.type) {
    case "greater_than": return `greater_than ${JSON.stringify(v.value)}${v.equals ? " (or equal)" : ""}`;
    case "less_than": return `less_than ${JSON.stringify(v.value)}${v.equals ? " (or equal)" : ""}`;
    case "strlen": return `strlen min ${v.min ?? 0} max ${v.max ?? MAX_STRLEN}`;
    case "strregex": return `strregex ${v.regex}`;
    case "and": return `and [${(v.rules ?? []).map(describeValidation).join(", ")}]`;
  }
}

/** The first validation rule `value` fails (the innermost one for `and`), or null when it passes. */
export function failedRule(v: Validation, value: MetadataValue): Validation | null {
  switch (v.type) {
    case "greater_than":
    case "less_than": {
      // Dates compare as yyyy-mm-dd text, which orders like calendar dates.
      const a = value as number | string;
      const b = v.value as number | string;
      const ok = v.type === "greater_than" ? (v.equals ? a >= b : a > b) : v.equals ? a <= b : a < b;
      return ok ? null : v;
    }
    case "strlen": {
      // Lengths count Unicode code points (DOMAIN Q 18), not UTF-16 units or bytes.
      const len = [...(value as string)].length;
      return len >= (v.min ?? 0) && len <= (v.max ?? MAX_STRLEN) ? null : v;
    }
    case "strregex":
      // Unanchored, as RegExp.test was: find() searches the whole value.
      return compileRegex(v.regex!)!.matcher(value as string).find() ? null : v;
    case "and":
      for (const r of v.rules ?? []) {
        const failed = failedRule(r, value);
        if (failed) return failed;
      }
      return null;
  }
}

/** VALIDATION_FAILED naming the field and the rule, when `value` fails the field's validation. */
export function assertValid(fieldExternalId: string, validation: Validation | null, value: MetadataValue, at: FieldPath): void {
  if (!validation) return;
  const failed = failedRule(validation, value);
  if (failed) {
    throw new DomainError("VALIDATION_FAILED", `${JSON.stringify(value)} fails validation ${describeValidation(failed)} of metadata field ${fieldExternalId}`, at);
  }
}

// ---------------------------------------------------------------------------------------------
// Typed values

export interface FieldShape {
  externalId: string;
  type: string;
}

/**
 * Type-checks a raw (JSON) value for a field and returns its canonical form; null, "" and []
 * mean "no value" (the field is cleared). Datasource membership is checked by the caller.
 */
export function parseValue(field: FieldShape, raw: unknown, at: FieldPath): MetadataValue | null {
  if (raw === null || raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0)) return null;
  const wrong = (what: string) => new DomainError("INVALID_ARGUMENT", `metadata field ${field.externalId} (${field.type}) takes ${what}, not ${JSON.stringify(raw).slice(0, 100)}`, at);
  switch (field.type as FieldType) {
    case "string":
      if (typeof raw !== "string") throw wrong("a string");
      if ([...raw].length > MAX_STRLEN) throw new DomainError("LIMIT_EXCEEDED", `values of ${field.externalId} are at most ${MAX_STRLEN} characters`, at);
      assertText(at, raw);
      return raw;
    case "integer": {
      const n = parseInteger(raw);
      if (n === null) throw wrong("an integer");
      if (n < MIN_INTEGER || n > MAX_INTEGER) throw new DomainError("LIMIT_EXCEEDED", `${field.externalId} takes integers from ${MIN_INTEGER} to ${MAX_INTEGER}`, at);
      return n;
    }
    case "date":
      if (typeof raw !== "string" || !isCalendarDate(raw)) throw wrong("a yyyy-mm-dd date");
      return raw;
    case "enum":
      if (typeof raw !== "string") throw wrong("one datasource external id");
      return raw;
    case "set": {
      const list = typeof raw === "string" ? [raw] : raw;
      if (!Array.isArray(list) || list.some((v) => typeof v !== "string")) throw wrong("an array of datasource external ids");
      // The raw length is capped, not the distinct count: the input itself is bounded.
      if (list.length > MAX_SET_VALUES) throw new DomainError("LIMIT_EXCEEDED", `a set field holds at most ${MAX_SET_VALUES} values on an asset (got ${list.length})`, at);
      return [...new Set(list as string[])];
    }
  }
}

/** Datasource ids a canonical value refers to (enum and set). */
export const entryIdsOf = (value: MetadataValue | null): string[] => (value === null ? [] : Array.isArray(value) ? value : [String(value)]);

export function sameValue(a: MetadataValue | null, b: MetadataValue | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
