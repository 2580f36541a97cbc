import { builder } from "../../builder.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import { API_KEY_ROLES, enumValues } from "../../lib/enums.js";
import { PAGE_10_500, pageSize } from "../../lib/page.js";
import { createApiKey, revokeApiKey } from "./environment.service.js";

const ApiKeyRole = builder.enumType("ApiKeyRole", {
  description: "ADMIN keys may run mutations; READ_ONLY keys may run queries and subscriptions only.",
  values: enumValues(API_KEY_ROLES),
});

const Environment = builder.objectRef<object>("Environment").implement({
  description: "The product environment (cloud) the calling API key belongs to.",
  fields: (t) => ({
    cloudName: t.string({ resolve: (_e, _a, ctx) => ctx.environment.cloudName }),
    folderMode: t.string({ description: "dynamic or fixed", resolve: (_e, _a, ctx) => ctx.environment.folderMode }),
  }),
});

builder.queryField("environment", (t) =>
  t.field({ type: Environment, description: "The environment of the calling API key.", resolve: () => ({}) }),
);

const ApiKey = builder.prismaNode("ApiKey", {
  // node/nodes give null for an id that names nothing in the caller's environment.
  nullable: true,
  description: "An API key. Its secret is returned once, by createApiKey, and never again.",
  id: { field: "key" },
  findUnique: (key, ctx) => ({ key, environmentId: ctx.environment.id }),
  fields: (t) => ({
    apiKey: t.exposeString("key"),
    label: t.exposeString("label"),
    role: t.field({ type: ApiKeyRole, resolve: (k) => (k.role === "admin" ? "admin" : "read_only") }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

builder.queryField("apiKeys", (t) =>
  t.prismaConnection({
    type: "ApiKey",
    cursor: "id",
    description: "The environment's API keys, oldest first, revoked ones included. Admin keys only.",
    authScopes: { admin: true },
    defaultSize: PAGE_10_500.default,
    maxSize: PAGE_10_500.max,
    resolve: (query, _root, args, ctx) => {
      pageSize(args, PAGE_10_500);
      return ctx.db.apiKey.findMany({ ...query, where: { environmentId: ctx.environment.id }, orderBy: { id: "asc" } });
    },
    totalCount: (_root, _args, ctx) => ctx.db.apiKey.count({ where: { environmentId: ctx.environment.id } }),
  }),
);

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  fields: (t) => ({
    label: t.string({ description: "Free text, at most 255 characters." }),
    role: t.field({ type: ApiKeyRole, defaultValue: "admin" }),
  }),
});

mutationWithPayload("createApiKey", {
  input: CreateApiKeyInput,
  payload: (t) => ({
    apiKey: t.field({ type: ApiKey, nullable: true, resolve: (r) => r.apiKey ?? null }),
    apiSecret: t.string({ nullable: true, description: "The new key's secret, shown only in this response.", resolve: (r) => r.apiSecret ?? null }),
  }),
  service: createApiKey,
});

const RevokeApiKeyInput = builder.inputType("RevokeApiKeyInput", {
  fields: (t) => ({ apiKey: t.string({ required: true }) }),
});

mutationWithPayload("revokeApiKey", {
  input: RevokeApiKeyInput,
  description: "Revokes a key at once on this instance (within 10 s on others). The last active admin key cannot be revoked.",
  payload: (t) => ({ apiKey: t.field({ type: ApiKey, nullable: true, resolve: (r) => r.apiKey ?? null }) }),
  service: revokeApiKey,
});
