import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp();

const Usage = graphql(`
  query UsageRead($date: String) {
    usage(date: $date) {
      plan lastUpdated dateRequested
      transformations { usage limit usedPercent breakdown }
      objects { usage limit }
      bandwidth { usage limit usedPercent }
      storage { usage limit usedPercent }
      requests resources derivedResources
      addons { name usage }
      mediaLimits { imageMaxSizeBytes videoMaxSizeBytes rawMaxSizeBytes imageMaxPx assetMaxTotalPx }
    }
  }
`);

const DAY = 86_400_000;
const today = () => new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("usage", () => {
  test("an empty environment: zeros, the plan and its limits", async () => {
    const r = await t.gql(Usage, {}, t.otherAdmin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.usage).toMatchObject({
      plan: "Free",
      lastUpdated: iso(today()),
      dateRequested: today().toISOString(),
      storage: { usage: "0", limit: String(25 * 1024 ** 3), usedPercent: 0 },
      objects: { usage: "0", limit: null },
      requests: "0",
      resources: "0",
      derivedResources: "0",
      addons: [],
      mediaLimits: { imageMaxSizeBytes: "157286400", videoMaxSizeBytes: "3145728000", rawMaxSizeBytes: "2097152000", imageMaxPx: "100000000", assetMaxTotalPx: "300000000" },
    });
  });

  test("storage, objects and resources from assets, derived resources and backups, as of the day", async () => {
    const tenDaysAgo = new Date(today().getTime() - 10 * DAY);
    const [oldId, newId] = await importAssets(t, [
      { publicId: "old", bytes: "1000", createdAt: new Date(tenDaysAgo.getTime() + 3600_000).toISOString() },
      { publicId: "new", bytes: "5000000000", createdAt: new Date().toISOString() },
    ]);
    const env = await t.app.db.environment.findUniqueOrThrow({ where: { cloudName: "test-cloud" } });
    const old = await t.app.db.asset.findFirstOrThrow({ where: { assetId: oldId } });
    const fresh = await t.app.db.asset.findFirstOrThrow({ where: { assetId: newId } });
    await t.app.db.asset.update({ where: { id: old.id }, data: { backupBytes: 300n } });
    await t.app.db.derivedResource.createMany({
      data: [
        { environmentId: env.id, assetId: old.id, externalId: "d1", transformation: "w_100", bytes: 20n, createdAt: new Date(tenDaysAgo.getTime() + 7200_000) },
        { environmentId: env.id, assetId: fresh.id, externalId: "d2", transformation: "w_200", bytes: 40n },
      ],
    });
    const now = (await t.gql(Usage, {})).data!.usage;
    expect(now.resources).toBe("2");
    expect(now.derivedResources).toBe("2");
    expect(now.objects.usage).toBe("4");
    expect(now.storage.usage).toBe(String(1000 + 5_000_000_000 + 300 + 20 + 40));
    expect(now.storage.usedPercent).toBe(Math.round(((1000 + 5_000_000_000 + 360) / (25 * 1024 ** 3)) * 10000) / 100);
    const then = (await t.gql(Usage, { date: iso(tenDaysAgo) })).data!.usage;
    expect(then).toMatchObject({ lastUpdated: iso(tenDaysAgo), resources: "1", derivedResources: "1", storage: { usage: String(1000 + 300 + 20) }, objects: { usage: "2" } });
    const before = (await t.gql(Usage, { date: iso(new Date(tenDaysAgo.getTime() - DAY)) })).data!.usage;
    expect(before).toMatchObject({ resources: "0", storage: { usage: "0" } });
    // Transformations: derived resources created in the day's month up to the day.
    const sameMonth = today().getUTCMonth() === tenDaysAgo.getUTCMonth();
    expect(now.transformations.usage).toBe(sameMonth ? "2" : "1");
    expect(now.transformations.breakdown).toEqual({ transformation: Number(now.transformations.usage) });
  });

  test("requests and bandwidth sum the delivery counters of the 30 days ending on the day", async () => {
    const env = await t.app.db.environment.findUniqueOrThrow({ where: { cloudName: "other-cloud" } });
    const day = (n: number) => iso(new Date(today().getTime() - n * DAY));
    await t.app.db.usageDay.createMany({
      data: [
        { environmentId: env.id, day: day(0), requests: 3n, bandwidth: 300n },
        { environmentId: env.id, day: day(29), requests: 5n, bandwidth: 500n },
        { environmentId: env.id, day: day(30), requests: 7n, bandwidth: 700n },
      ],
    });
    expect((await t.gql(Usage, {}, t.otherAdmin)).data!.usage).toMatchObject({ requests: "8", bandwidth: { usage: "800" } });
    expect((await t.gql(Usage, { date: day(1) }, t.otherAdmin)).data!.usage).toMatchObject({ requests: "12", bandwidth: { usage: "1200" } });
  });

  test("date: yyyy-mm-dd, within the last 3 months, not in the future", async () => {
    const refused = async (date: string) => {
      const r = await t.gql(Usage, { date });
      expect(r.data).toBeNull();
      return r.errors![0].extensions;
    };
    expect(await refused("2024/01/01")).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_ARGUMENT", field: ["date"] });
    expect(await refused("2024-02-30")).toMatchObject({ reason: "INVALID_ARGUMENT", field: ["date"] });
    expect(await refused(iso(new Date(today().getTime() - 100 * DAY)))).toMatchObject({ reason: "DATE_OUT_OF_RANGE", field: ["date"] });
    expect(await refused(iso(new Date(today().getTime() + DAY)))).toMatchObject({ reason: "DATE_OUT_OF_RANGE", field: ["date"] });
    expect((await t.gql(Usage, { date: iso(new Date(today().getTime() - 85 * DAY)) })).errors).toBeUndefined();
  });
});

describe("the 3-month window", () => {
  test("is calendar months; a day that the earlier month lacks falls to that month's end", async () => {
    const { usageDay } = await import("../../src/modules/usage/usage.service.js");
    const now = new Date("2026-05-31T12:00:00Z");
    expect(iso(usageDay("2026-02-28", now))).toBe("2026-02-28");
    expect(() => usageDay("2026-02-27", now)).toThrow(/within the last 3 months: 2026-02-28 to 2026-05-31/);
    expect(iso(usageDay("2026-03-15", new Date("2026-06-15T00:00:00Z")))).toBe("2026-03-15");
    expect(() => usageDay("2026-03-14", new Date("2026-06-15T00:00:00Z"))).toThrow(/DATE|within/);
  });
});
