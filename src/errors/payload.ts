// Runs a mutation's service call and shapes its outcome as `{ ...result, userErrors }`.
import { DomainError, isUniqueViolation, userError, type UserErrorValue } from "./errors.js";

export type Payload<T> = Partial<T> & { userErrors: UserErrorValue[] };

export async function toPayload<T extends object>(run: () => Promise<T>): Promise<Payload<T>> {
  try {
    const result = await run();
    // A service may report item-level failures of a call that otherwise succeeded.
    const reported = (result as { userErrors?: UserErrorValue[] }).userErrors ?? [];
    return { ...result, userErrors: reported };
  } catch (e) {
    if (e instanceof DomainError) return { userErrors: e.userErrors } as Payload<T>;
    // A unique index raced by a concurrent writer: the row exists now, which the caller can act on.
    if (isUniqueViolation(e)) return { userErrors: [userError("ALREADY_EXISTS", "a record with the same identity already exists")] } as Payload<T>;
    throw e;
  }
}
