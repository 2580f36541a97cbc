import { Redis } from "ioredis";
import { afterAll, describe, expect, test } from "vitest";
import { buildApp } from "../../src/app.js";
import { createLogger } from "../../src/lib/logger.js";
import { graphql } from "../gql/index.js";
import { basic, useTestApp } from "../helpers/app.js";
import { REDIS_URL, redisForTests } from "../helpers/redis.js";

const LIMIT = 25;
const hasRedis = await redisForTests();
const prefix = `assets-test-rate-${process.pid}-${Date.now()}:`;
const t = useTestApp({ webhooks: false, rateLimitPerHour: LIMIT, ...(hasRedis ? { redisUrl: REDIS_URL, redisPrefix: prefix } : {}) });

const TwoRoots = graphql(`
  query RateTwoRoots { environment { cloudName } assets { totalCount } }
`);

const topOfNextHour = () => new Date((Math.floor(Date.now() / 3_600_000) + 1) * 3_600_000);

async function post(query: string, as = t.admin) {
  const res = await t.raw({ query }, { authorization: basic(as) });
  return { res, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[]; extensions?: Record<string, unknown> } };
}

describe("hourly rate limit per API key", () => {
  afterAll(async () => {
    if (!hasRedis) return;
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  test("each root field costs a unit; headers and extensions say what is left and when it resets", async () => {
    const { res, body } = await post("query RateTwoRoots { environment { cloudName } assets { totalCount } }");
    expect(res.status).toBe(200);
    expect(body.data).toEqual({ environment: { cloudName: "test-cloud" }, assets: { totalCount: 0 } });
    expect(res.headers.get("x-featureratelimit-limit")).toBe(String(LIMIT));
    expect(res.headers.get("x-featureratelimit-remaining")).toBe(String(LIMIT - 2));
    expect(res.headers.get("x-featureratelimit-reset")).toBe(topOfNextHour().toUTCString());
    expect(body.extensions).toEqual({ rateLimit: { cost: 2, limit: LIMIT, remaining: LIMIT - 2, resetAt: topOfNextHour().toISOString() } });
  });

  test("selecting Asset.versions adds 10 units, as the reference charges versions", async () => {
    const other = await post("{ assets { edges { node { versions { totalCount } } } } }", t.otherAdmin);
    expect(other.body.extensions).toMatchObject({ rateLimit: { cost: 11, remaining: LIMIT - 11 } });
  });

  test("a field left out by @include or @skip costs nothing", async () => {
    const query = "query RateSkipped($v: Boolean!) { assets { edges { node { versions @include(if: $v) { totalCount } again: versions @skip(if: true) { totalCount } } } } }";
    const res = await t.raw({ query, variables: { v: false } }, { authorization: basic(t.otherAdmin) });
    expect(((await res.json()) as { extensions: unknown }).extensions).toMatchObject({ rateLimit: { cost: 1, remaining: LIMIT - 12 } });
  });

  test("introspection is free", async () => {
    const { res, body } = await post("{ __schema { queryType { name } } }");
    expect(body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    expect(res.headers.get("x-featureratelimit-remaining")).toBeNull();
  });

  test("over the limit an operation is refused with 420 before it runs, takes nothing, and other keys are unaffected", async () => {
    let remaining = LIMIT - 2;
    while (remaining >= 2) {
      const r = await t.gql(TwoRoots, {});
      expect(r.status).toBe(200);
      remaining -= 2;
    }
    expect(remaining).toBe(1);
    const { res, body } = await post("query RateTwoRoots { environment { cloudName } assets { totalCount } }");
    expect(res.status).toBe(420);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toEqual({ code: "RATE_LIMITED", rateLimit: { cost: 2, limit: LIMIT, remaining: 1, resetAt: topOfNextHour().toISOString() } });
    expect(res.headers.get("x-featureratelimit-remaining")).toBe("1");
    // The unit the refused operation did not take is still there for a cheaper one.
    const one = await post("{ environment { cloudName } }");
    expect(one.res.status).toBe(200);
    expect(one.res.headers.get("x-featureratelimit-remaining")).toBe("0");
    const other = await post("{ environment { cloudName } }", t.otherAdmin);
    expect(other.body.data).toEqual({ environment: { cloudName: "other-cloud" } });
    expect(other.res.headers.get("x-featureratelimit-remaining")).toBe(String(LIMIT - 13));
  });

  test.skipIf(!hasRedis)("with Redis, instances share one count per key", async () => {
    const second = await buildApp({ databaseUrl: t.databaseUrl, logger: createLogger({ level: "silent", pretty: false }), webhooks: false, rateLimitPerHour: LIMIT, redisUrl: REDIS_URL, redisPrefix: prefix });
    try {
      // The first instance spent the read-only key's units; the second sees the same count.
      const spent = await post("{ environment { cloudName } }", t.readOnly);
      expect(spent.res.headers.get("x-featureratelimit-remaining")).toBe(String(LIMIT - 1));
      const res = await second.yoga.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: basic(t.readOnly) },
        body: JSON.stringify({ query: "{ environment { cloudName } }" }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-featureratelimit-remaining")).toBe(String(LIMIT - 2));
    } finally {
      await second.close();
    }
  });
});
