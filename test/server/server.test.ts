import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { createHttpServer, shutdown } from "../../src/server.js";
import { basic, useTestApp } from "../helpers/app.js";

const t = useTestApp();

describe("HTTP server", () => {
  test("serves /healthz, GraphQL over GET and POST, GraphiQL, and drains on shutdown", async () => {
    const server = createHttpServer(t.app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", database: "ok" });

      const auth = { authorization: basic(t.admin) };
      const get = await fetch(`${base}/graphql?query=${encodeURIComponent("{ environment { cloudName } }")}`, { headers: auth });
      expect(await get.json()).toEqual({ data: { environment: { cloudName: "test-cloud" } } });

      const post = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ query: "{ assets { totalCount } }" }),
      });
      expect(await post.json()).toEqual({ data: { assets: { totalCount: 0 } } });

      const page = await fetch(`${base}/graphql`, { headers: { ...auth, accept: "text/html" } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("query NewestAssets");

      const anonymous = await fetch(`${base}/graphql?query=${encodeURIComponent("{ environment { cloudName } }")}`);
      expect(anonymous.status).toBe(401);
    } finally {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
  });

  test("shutdown lets the in-flight request finish, then refuses new connections", async () => {
    const server = createHttpServer(t.app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const arrived = new Promise((resolve) => server.once("request", resolve));
    const inFlight = fetch(`${base}/healthz`);
    await arrived;
    const closing = shutdown(server, { ...t.app, close: async () => undefined });
    expect((await inFlight).status).toBe(200);
    await closing;
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
