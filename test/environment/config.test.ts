import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";

const t = useTestApp();

const Config = graphql(`
  query ConfigRead { config { cloudName createdAt settings { folderMode } } }
`);
const Ping = graphql(`
  query PingRead { ping { status } }
`);

describe("config and ping", () => {
  test("config shows the calling key's environment", async () => {
    const r = await t.gql(Config);
    expect(r.errors).toBeUndefined();
    const env = await t.app.db.environment.findUniqueOrThrow({ where: { cloudName: "test-cloud" } });
    expect(r.data!.config).toEqual({ cloudName: "test-cloud", createdAt: env.createdAt.toISOString(), settings: { folderMode: "DYNAMIC" } });
    expect((await t.gql(Config, {}, t.otherAdmin)).data!.config.cloudName).toBe("other-cloud");
    expect((await t.gql(Config, {}, t.readOnly)).data!.config.cloudName).toBe("test-cloud");
  });

  test("a fixed-mode environment says so", async () => {
    await t.app.db.environment.update({ where: { cloudName: "other-cloud" }, data: { folderMode: "fixed" } });
    try {
      expect((await t.gql(Config, {}, t.otherAdmin)).data!.config.settings.folderMode).toBe("FIXED");
    } finally {
      await t.app.db.environment.update({ where: { cloudName: "other-cloud" }, data: { folderMode: "dynamic" } });
    }
  });

  test("ping answers ok, and needs credentials", async () => {
    expect((await t.gql(Ping)).data!.ping).toEqual({ status: "ok" });
    expect((await t.gql(Ping, {}, null)).status).toBe(401);
  });
});
