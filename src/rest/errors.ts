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

export const errorBody = (message: string) => JSON.stringify({ error: { message } });

/** The Upload API's status of a user-error code: it answers only 400, 401, 404 and 420 (the SDKs treat others as unexpected). */
export function uploadStatusOfCode(code: string | undefined): number {
  const status = statusOfCode(code);
  if (status === 403) return 401;
  return status === 409 ? 400 : status;
}
