// The Pothos builder: plugins, scalars and the context type only (ARCHITECTURE rule 1).
import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { GraphQLError } from "graphql";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import type { Ctx } from "./context.js";
import { UploadedFile } from "./blob/store.js";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";

export const builder = new SchemaBuilder<{
  Context: Ctx;
  PrismaTypes: PrismaTypes;
  AuthScopes: { admin: boolean };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Connection: { totalCount: () => Promise<number> };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    BigInt: { Input: bigint; Output: bigint };
    JSON: { Input: unknown; Output: unknown };
    File: { Input: UploadedFile; Output: never };
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({ admin: ctx.principal.role === "admin" }),
    unauthorizedError: (_parent, ctx, info) =>
      new GraphQLError(`${info.parentType.name}.${info.fieldName} needs an admin API key; key ${ctx.principal.apiKey} is read-only`, {
        extensions: { code: "FORBIDDEN", http: { status: 403 } },
      }),
  },
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
  },
});

builder.addScalarType("DateTime", DateTimeResolver);
// Byte counts exceed 2^53 (DOMAIN.md), so BigInt always travels as a decimal string; input
// accepts a string or a safe integer, within the signed 64 bits both databases store.
builder.scalarType("BigInt", {
  description: "A signed 64-bit integer, serialised as a decimal string (e.g. \"3145728000\").",
  serialize: (value) => value.toString(),
  parseValue: (value) => parseBigInt(value),
});

const BIGINT_MIN = -(2n ** 63n);
const BIGINT_MAX = 2n ** 63n - 1n;

function parseBigInt(value: unknown): bigint {
  let n: bigint | null = null;
  if (typeof value === "number" && Number.isSafeInteger(value)) n = BigInt(value);
  else if (typeof value === "string" && /^-?\d+$/.test(value)) n = BigInt(value);
  if (n === null) throw new GraphQLError(`BigInt takes an integer or a string of digits, not ${JSON.stringify(value)}`, { extensions: { code: "BAD_USER_INPUT" } });
  if (n < BIGINT_MIN || n > BIGINT_MAX) {
    throw new GraphQLError(`BigInt is a signed 64-bit integer: ${n} is outside ${BIGINT_MIN}..${BIGINT_MAX}`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return n;
}
builder.addScalarType("JSON", JSONResolver);

// A file part of a multipart request (the GraphQL multipart request spec); src/uploads.ts
// streams it to the blob store's staging area and hands over an UploadedFile.
builder.scalarType("File", {
  description: "A file sent as a part of a multipart request (GraphQL multipart request spec). Input only.",
  serialize: () => {
    throw new GraphQLError("File is an input type");
  },
  parseValue: (value) => {
    if (value instanceof UploadedFile) return value;
    throw new GraphQLError("File takes a file part of a multipart request (map it to the variable with the multipart request spec's \"map\")", { extensions: { code: "BAD_USER_INPUT" } });
  },
  parseLiteral: () => {
    throw new GraphQLError("File cannot be written in the document: send it as a multipart file part", { extensions: { code: "BAD_USER_INPUT" } });
  },
});

builder.queryType({});
// Every mutation writes, so every mutation needs an admin key; READ_ONLY keys get FORBIDDEN.
builder.mutationType({ authScopes: { admin: true } });

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: "Number of items matching the connection's arguments (counted only when selected).",
    resolve: (connection) => connection.totalCount(),
  }),
);
