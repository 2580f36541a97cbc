import { builder } from "../builder.js";
import { USER_ERROR_CODES, type UserErrorValue } from "./errors.js";

export const UserErrorCodeEnum = builder.enumType("UserErrorCode", {
  description: "Stable codes of expected failures (DOMAIN.md §6.3).",
  values: USER_ERROR_CODES,
});

export const UserError = builder.objectRef<UserErrorValue>("UserError").implement({
  description: "An expected failure of a mutation: what went wrong, and which input caused it.",
  fields: (t) => ({
    code: t.field({ type: UserErrorCodeEnum, resolve: (e) => e.code }),
    field: t.exposeStringList("field", { nullable: true, description: "Path of the offending input field, e.g. [\"input\", \"assetsToRelate\", \"2\"]." }),
    message: t.exposeString("message"),
  }),
});
