import type { FieldMap, InputObjectRef } from "@pothos/core";
import { builder } from "../builder.js";
import type { Ctx } from "../context.js";
import { toPayload, type Payload } from "./payload.js";
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

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export interface MutationOptions<TInput, TResult extends object> {
  input: InputObjectRef<Types, TInput>;
  description?: string;
  /** marks the mutation @deprecated with this reason */
  deprecationReason?: string;
  /** the payload's fields besides `userErrors` */
  payload: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Payload<NoInfer<TResult>>>) => FieldMap;
  /** the service function; a DomainError it throws becomes `userErrors` */
  service: (ctx: Ctx, input: TInput) => Promise<TResult>;
}

/**
 * Declares `name(input: NameInput!): NamePayload!` (DOMAIN.md §2.0): the payload carries the
 * given fields plus `userErrors`, and the resolver is one call of the service.
 */
export function mutationWithPayload<TInput, TResult extends object>(name: string, options: MutationOptions<TInput, TResult>) {
  const payloadName = `${name[0].toUpperCase()}${name.slice(1)}Payload`;
  const PayloadRef = builder.objectRef<Payload<TResult>>(payloadName).implement({
    fields: (t) => ({
      ...options.payload(t),
      userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
    }),
  });
  builder.mutationField(name, (t) =>
    t.field({
      type: PayloadRef,
      description: options.description,
      deprecationReason: options.deprecationReason,
      args: { input: t.arg({ type: options.input, required: true }) },
      // Pothos cannot narrow generic argument and payload types here; the options' own types hold.
      resolve: ((_root: unknown, args: { input: TInput }, ctx: Ctx) => toPayload(() => options.service(ctx, args.input))) as never,
    }),
  );
}
