// Expected failures are values (ARCHITECTURE rule 4). A DomainError thrown inside a service
// aborts its transaction; a mutation turns it into `userErrors`, a query into a top-level error
// with the same code and field (it extends GraphQLError, so Yoga does not mask it).
import { GraphQLError } from "graphql";

export const USER_ERROR_CODES = [
  "INVALID_ARGUMENT",
  "INVALID_ASSET_REF",
  "INVALID_CURSOR",
  "LIMIT_EXCEEDED",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "FOLDER_NOT_EMPTY",
  "FIXED_FOLDER_MODE_UNSUPPORTED",
  "RELATED_ASSET_FAILED",
  "VALIDATION_FAILED",
  "FORBIDDEN",
  "TRIGGER_LIMIT_REACHED",
  "INVALID_URI",
  "INVALID_TRANSFORMATION",
  "UNSAFE_UPDATE_REQUIRED",
  "TOO_MANY_DERIVED_RESOURCES",
  "TOO_MANY_DEPENDENT_TRANSFORMATIONS",
  "VERSION_MISMATCH",
  "PREDEFINED_PROFILE_NOT_MODIFIED",
  "DATE_OUT_OF_RANGE",
  "METADATA_FIELD_LIMIT_REACHED",
  "DATASOURCE_LIMIT_REACHED",
  "UNSUPPORTED_FIELD_TYPE",
  "INVALID_VALIDATION",
  "INVALID_DATASOURCE_VALUE",
  "FIELD_DISABLED",
  "MANDATORY_FIELD_MISSING",
  "METADATA_INVALIDATED",
  "INVALID_RULE",
  "RULE_CYCLE",
  "TRANSFORMATION_IN_USE",
  "INVALID_EXPRESSION",
  "INVALID_SORT",
  "TIER_NOT_AVAILABLE",
  "FEATURE_NOT_ENABLED",
  "INVALID_FILE",
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** Path of the offending input, e.g. ["input", "assetsToRelate", "3"]. */
export type FieldPath = readonly (string | number)[];

export interface UserErrorValue {
  code: UserErrorCode;
  field: string[] | null;
  message: string;
}

/** Top-level `extensions.code` for a query failing with this user-error code (DOMAIN §6.2). */
function topLevelCode(code: UserErrorCode): string {
  if (code === "NOT_FOUND") return "NOT_FOUND";
  if (code === "FORBIDDEN") return "FORBIDDEN";
  // A plan limit, not a malformed request (DOMAIN §6.2).
  if (code === "TIER_NOT_AVAILABLE") return "FORBIDDEN";
  // A capability this deployment does not have (DOMAIN §6.2).
  if (code === "FEATURE_NOT_ENABLED") return "FORBIDDEN";
  return "BAD_USER_INPUT";
}

export class DomainError extends GraphQLError {
  readonly userErrors: UserErrorValue[];

  constructor(code: UserErrorCode, message: string, field?: FieldPath, more: UserErrorValue[] = []) {
    const first: UserErrorValue = { code, message, field: field ? field.map(String) : null };
    super(message, {
      // No HTTP status: a resolver's error is a field error of an executed operation, which the
      // GraphQL-over-HTTP spec answers with 200 for both application/json and
      // application/graphql-response+json (4xx is for requests that never execute).
      extensions: { code: topLevelCode(code), reason: code, field: first.field },
    });
    this.userErrors = [first, ...more];
  }

  /** Several independent input problems reported at once (e.g. one per imported record). */
  static many(errors: UserErrorValue[]): DomainError {
    const [first, ...rest] = errors;
    return new DomainError(first.code, first.message, first.field ?? undefined, rest);
  }
}

export function userError(code: UserErrorCode, message: string, field?: FieldPath): UserErrorValue {
  return { code, message, field: field ? field.map(String) : null };
}

export const notFound = (what: string, field?: FieldPath) => new DomainError("NOT_FOUND", `${what} not found`, field);

/** Rejects a list longer than `max` with LIMIT_EXCEEDED naming the argument. */
export function assertMaxItems(field: FieldPath, items: readonly unknown[] | null | undefined, max: number): void {
  if (items && items.length > max) {
    throw new DomainError("LIMIT_EXCEEDED", `${field.join(".")} takes at most ${max} items (got ${items.length})`, field);
  }
}

export function assertMaxLength(field: FieldPath, value: string | null | undefined, max: number): void {
  if (value != null && [...value].length > max) {
    throw new DomainError("LIMIT_EXCEEDED", `${field.join(".")} is longer than ${max} characters`, field);
  }
}

// Names and identifiers (tags, public IDs, display names, folder names, context keys, labels)
// hold no control character at all (Unicode Cc: C0, DEL and C1); free text (context and metadata
// values) keeps tab, line feed and carriage return. Neither may hold a lone UTF-16 surrogate.
// PostgreSQL text cannot store NUL, and no other control character means anything in a name.
const NOT_IN_NAMES = /[\p{Cc}\p{Cs}]/u;
const NOT_IN_TEXT = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\p{Cs}]/u;

function assertCharacters(field: FieldPath, value: string | null | undefined, forbidden: RegExp, what: string): void {
  const bad = value == null ? null : forbidden.exec(value);
  if (!bad) return;
  const code = bad[0].codePointAt(0)!;
  const shown = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const kind = code >= 0xd800 && code <= 0xdfff ? `a lone UTF-16 surrogate (${shown})` : `a control character (${shown})`;
  throw new DomainError("INVALID_ARGUMENT", `${field.join(".")} holds ${kind} at position ${bad.index}; ${what}`, field);
}

/** A name or identifier: no control characters, no lone surrogates. */
export function assertName(field: FieldPath, value: string | null | undefined): void {
  assertCharacters(field, value, NOT_IN_NAMES, "names and identifiers may not contain control characters");
}

/** Free text: tab, line feed and carriage return are allowed; other control characters and lone surrogates are not. */
export function assertText(field: FieldPath, value: string | null | undefined): void {
  assertCharacters(field, value, NOT_IN_TEXT, "text may contain tab, line feed and carriage return but no other control character");
}

/** Prisma's unique-constraint violation, raised when a concurrent writer won a race. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
