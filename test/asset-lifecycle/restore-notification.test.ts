// restoreAssets(notificationUrl): one notification, to that URL only, when the restore is done,
// received by a real HTTP server on 127.0.0.1 through the webhook worker.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";
import { sleep, until } from "../helpers/wait.js";

const t = useTestApp({ webhooks: { pollMs: 50, idlePollMs: 200, baseDelayMs: 20, maxDelayMs: 100, timeoutMs: 1000, leaseMs: 3000 } });

const Restore = graphql(`
  mutation LcNotifyRestore($input: RestoreAssetsInput!) {
    restoreAssets(input: $input) { restored { assetId version } userErrors { code field message } }
  }
`);
const Delete = graphql(`
  mutation LcNotifyDelete($input: DeleteAssetsInput!) { deleteAssets(input: $input) { userErrors { code } } }
`);
const CreateTrigger = graphql(`
  mutation LcNotifyTrigger($input: CreateTriggerInput!) { createTrigger(input: $input) { userErrors { code field message } } }
`);

const received: { body: Record<string, unknown>; headers: IncomingHttpHeaders; path: string }[] = [];
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>, headers: req.headers, path: req.url ?? "" });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
});

const hex = (n: number) => n.toString(16).padStart(32, "0");

describe("restoreAssets notificationUrl", () => {
  test("the URL gets one notification describing the restore, restored assets and failures; triggers do not", async () => {
    const [a, b] = await importAssets(t, [
      { publicId: "rn/a", version: 30, bytes: "300", backup: true },
      { publicId: "rn/b", version: 5, bytes: "50", versions: [{ versionId: hex(7), version: 4, bytes: "40", createdAt: "2024-01-01T00:00:00Z" }, { versionId: hex(8), version: 5, bytes: "50", createdAt: "2024-02-01T00:00:00Z" }] },
    ]);
    await t.gql(Delete, { input: { assetIds: [a] } });
    expect((await t.gql(CreateTrigger, { input: { uri: `${base}/trigger`, eventType: "RESTORE_ASSET_VERSION" } })).data!.createTrigger.userErrors).toEqual([]);
    const missing = hex(99);
    // a is deleted (restored as it was); b is active (restoring it makes a new version).
    const r = await t.gql(Restore, { input: { assetIds: [a, missing, b], notificationUrl: `${base}/done?call=1` } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.restoreAssets.restored.map((x) => x.assetId)).toEqual([a, b]);
    expect(r.data!.restoreAssets.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "assetIds", "1"] })]);

    const done = await until("the notification", () => received.find((x) => x.path === "/done?call=1"));
    expect(done.body).toMatchObject({
      notification_type: "restore_asset_version",
      environment: "test-cloud",
      restored: [
        { asset: { asset_id: a, public_id: "rn/a", resource_type: "image", type: "upload" }, version: 30, new_version_id: null },
        { asset: { asset_id: b, public_id: "rn/b" }, restored_version_id: hex(8), new_version_id: expect.stringMatching(/^[0-9a-f]{32}$/) },
      ],
      failed: [{ asset_id: missing, code: "NOT_FOUND", message: `asset ${missing} not found` }],
    });
    expect(done.headers["x-cld-signature"]).toBeTruthy();
    // A plain restore emits nothing for triggers (DOMAIN Q 37): the notification went to the URL only.
    await sleep(300);
    expect(received.filter((x) => x.path === "/done?call=1")).toHaveLength(1);
    expect(received.filter((x) => x.path === "/trigger")).toEqual([]);
    const deliveries = await t.app.db.webhookDelivery.findMany({ where: { uri: `${base}/done?call=1` } });
    expect(deliveries.map((d) => d.status)).toEqual(["delivered"]);
  });

  test("notificationUrl is validated like a trigger URI and taken with assetIds only; a refused call records nothing", async () => {
    const [id] = await importAssets(t, [{ publicId: "rn/v", backup: true }]);
    const before = await t.app.db.event.count();
    const bad = await t.gql(Restore, { input: { assetIds: [id], notificationUrl: "ftp://example.com/x" } });
    expect(bad.data!.restoreAssets.userErrors).toEqual([{ code: "INVALID_URI", field: ["input", "notificationUrl"], message: expect.stringContaining("http or https") }]);
    const creds = await t.gql(Restore, { input: { assetIds: [id], notificationUrl: "https://user:pw@example.com/x" } });
    expect(creds.data!.restoreAssets.userErrors).toEqual([expect.objectContaining({ code: "INVALID_URI", field: ["input", "notificationUrl"] })]);
    const byPublicId = await t.gql(Restore, { input: { publicIds: ["rn/v"], notificationUrl: `${base}/x` } });
    expect(byPublicId.data!.restoreAssets.userErrors).toEqual([expect.objectContaining({ code: "INVALID_ARGUMENT", field: ["input", "notificationUrl"] })]);
    expect(await t.app.db.event.count()).toBe(before);
  });
});
