// Errors of the Cloudinary REST edge: `{"error":{"message":"..."}}` with the reference's statuses
// (400, 401, 403, 404, 409, 420), from the same typed codes GraphQL reports.

export class RestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** HTTP status of a user-error code (a payload's userErrors, a query's extensions.reason). */
export function statusOfCode(code: string | undefined): number {
  switch (code) {
    case "NOT_FOUND":
      return 404;
    case "ALREADY_EXISTS":
      return 409;
    case "FORBIDDEN":
    case "TIER_NOT_AVAILABLE":
    case "FEATURE_NOT_ENABLED":
      return 403;
    case "UNAUTHENTICATED":
      return 401;
    case "RATE_LIMITED":
      return 420;
    default:
      return 400;
  }
}

/** GraphQL argument names whose REST parameter is not their snake_case form. */
const REST_NAMES: Record<string, string> = { first: "max_results", after: "next_cursor" };

/**
 * A message that begins with the GraphQL argument or input field it is about ("first must be at
 * most 500", "input.publicIds takes at most 100 items"), as a REST caller knows it: the
 * parameter's name ("max_results ...", "public_ids ..."). Messages in the REST edge's own words
 * begin with a capital or a snake_case name and are left as they are.
 */
export function inRestNames(message: string): string {
  return message.replace(/^(input\.)?([a-z][A-Za-z0-9]*)(?=[\s.:,]|$)/, (whole, input: string | undefined, name: string) =>
    REST_NAMES[name] ?? (input || /[A-Z]/.test(name) ? name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : whole));
}

export const errorBody = (message: string) => JSON.stringify({ error: { message: inRestNames(message) } });

/** The Upload API's status of a user-error code: it answers only 400, 401, 404 and 420 (the SDKs treat others as unexpected). */
export function uploadStatusOfCode(code: string | undefined): number {
  const status = statusOfCode(code);
  if (status === 403) return 401;
  return status === 409 ? 400 : status;
}
