// GET /config and GET /ping of the Admin API (DOMAIN.md §2.1).
import { builder } from "../../builder.js";
import { enumValues } from "../../lib/enums.js";
import { ping, readConfig, type ConfigValue } from "./config.service.js";

const FolderModeEnum = builder.enumType("FolderMode", { values: enumValues(["dynamic", "fixed"] as const) });

const ConfigSettings = builder.objectRef<ConfigValue>("ConfigSettings").implement({
  description: "The environment's current settings (the Admin API's config with settings=true).",
  fields: (t) => ({
    folderMode: t.field({ type: FolderModeEnum, description: "DYNAMIC or the legacy FIXED folder mode.", resolve: (c) => c.folderMode }),
  }),
});

const Config = builder.objectRef<ConfigValue>("Config").implement({
  description: "The product environment's configuration.",
  fields: (t) => ({
    cloudName: t.exposeString("cloudName"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    settings: t.field({ type: ConfigSettings, resolve: (c) => c }),
  }),
});

builder.queryField("config", (t) =>
  t.field({ type: Config, description: "The calling key's environment: cloud name, creation time and settings.", resolve: (_root, _args, ctx) => readConfig(ctx) }),
);

const Ping = builder.objectRef<{ status: string }>("Ping").implement({
  fields: (t) => ({ status: t.exposeString("status", { description: "\"ok\" when the API and its database answer." }) }),
});

builder.queryField("ping", (t) =>
  t.field({ type: Ping, description: "Reachability check: answers once the database has answered.", resolve: (_root, _args, ctx) => ping(ctx) }),
);
