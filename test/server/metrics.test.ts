import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createHttpServer } from "../../src/server.js";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";

// The worker is off so the delivery stays pending where the gauge can see it.
const t = useTestApp({ webhooks: false });

const CreateTrigger = graphql(`
  mutation MetricsTrigger($input: CreateTriggerInput!) {
    createTrigger(input: $input) { userErrors { code } }
  }
`);

const Count = graphql(`
  query MetricsCount { assets { totalCount } }
`);

let base = "";
let server: ReturnType<typeof createHttpServer>;

/** The value of one sample line, e.g. `assets_webhook_deliveries{status="pending"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("/metrics", () => {
  beforeAll(async () => {
    server = createHttpServer(t.app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  });

  test("needs no API key and reports the event pipeline and GraphQL operations", async () => {
    const empty = await fetch(`${base}/metrics`);
    expect(empty.status).toBe(200);
    expect(empty.headers.get("content-type")).toContain("text/plain");
    const before = await empty.text();
    expect(sample(before, 'assets_webhook_deliveries{status="pending"}')).toBe(0);
    expect(sample(before, "assets_webhook_oldest_pending_seconds")).toBe(0);
    expect(sample(before, "assets_event_subscribers")).toBe(0);

    const trigger = await t.gql(CreateTrigger, { input: { uri: "http://127.0.0.1:9/hook", eventType: "UPLOAD" } });
    expect(trigger.data!.createTrigger.userErrors).toEqual([]);
    await importAssets(t, images(2, "metrics"));
    const counted = await t.gql(Count, {});
    expect(counted.data!.assets.totalCount).toBe(2);

    const after = await (await fetch(`${base}/metrics`)).text();
    expect(sample(after, 'assets_webhook_deliveries{status="pending"}')).toBe(2);
    expect(sample(after, 'assets_webhook_deliveries{status="dead"}')).toBe(0);
    expect(sample(after, "assets_webhook_oldest_pending_seconds")).toBeGreaterThanOrEqual(0);
    expect(sample(after, 'graphql_envelop_request_duration_count{operationName="MetricsCount",operationType="query"}')).toBe(1);
    expect(after).toContain("process_cpu_user_seconds_total");
  });
});
