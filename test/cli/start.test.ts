// `npm start` as a supervisor runs it: SIGTERM to the npm process stops the server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { npmStart } from "../helpers/cli.js";
import { freshDatabase, type TestDatabase } from "../helpers/db.js";

describe("npm start", () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await freshDatabase();
    dir = mkdtempSync(path.join(tmpdir(), "assets-start-"));
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("stops listening when the npm process gets SIGTERM", async () => {
    const started = await npmStart({ DATABASE_URL: db.url, CREDENTIALS_FILE: path.join(dir, "credentials.env") });
    const res = await fetch(started.url.replace("/graphql", "/healthz"));
    expect(res.status).toBe(200);

    try {
      started.child.kill("SIGTERM");
      await started.exited;
      // The server (a child of npm) drains and closes; it must not outlive the signal by long.
      const listening = async () => fetch(started.url.replace("/graphql", "/healthz")).then(() => true, () => false);
      const deadline = Date.now() + 15_000;
      while ((await listening()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await listening()).toBe(false);
    } finally {
      started.kill();
    }
  });
});
