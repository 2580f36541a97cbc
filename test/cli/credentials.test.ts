// data/credentials.env keeps the one copy of a generated secret: a bootstrap on another database
// must never overwrite it (issue: `npm run seed` without DATABASE_URL after starting on
// PostgreSQL seeded a new SQLite file and replaced the file with a new key).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bootstrap } from "../../src/cli/bootstrap.js";
import { loadConfig } from "../../src/config.js";
import { createDb, type Db } from "../../src/db/client.js";
import { SetupError } from "../../src/db/migrate.js";
import { npmRun } from "../helpers/cli.js";
import { freshDatabase, type TestDatabase } from "../helpers/db.js";

describe("credentials file", () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let firstDb: Db;
  let secondDb: Db;
  let dir: string;
  let file: string;
  const configFor = (db: TestDatabase, env: Record<string, string> = {}) => loadConfig({ DATABASE_URL: db.url, CREDENTIALS_FILE: file, ...env });

  beforeAll(async () => {
    [first, second] = await Promise.all([freshDatabase(), freshDatabase()]);
    [firstDb, secondDb] = await Promise.all([createDb({ url: first.url }), createDb({ url: second.url })]);
    dir = mkdtempSync(path.join(tmpdir(), "assets-credentials-"));
    file = path.join(dir, "credentials.env");
  });
  afterAll(async () => {
    await firstDb?.$disconnect();
    await secondDb?.$disconnect();
    await first?.drop();
    await second?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the first bootstrap writes the key, its secret and the database they belong to", async () => {
    const boot = await bootstrap(firstDb, configFor(first));
    expect(boot.generatedSecret).toMatch(/\S{20,}/);
    expect(readFileSync(file, "utf8")).toBe(`CLOUD_NAME=local\nAPI_KEY=${boot.apiKey}\nAPI_SECRET=${boot.generatedSecret}\nDATABASE_URL=${first.url}\n`);
  });

  test("another database that would need a new key refuses in one line and leaves file and database as they were", async () => {
    const before = readFileSync(file, "utf8");
    const refused = await bootstrap(secondDb, configFor(second)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(SetupError);
    const message = (refused as Error).message;
    expect(message).not.toContain("\n");
    expect(message).toContain(file);
    expect(message).toContain("API_KEY and API_SECRET");
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(await secondDb.apiKey.count()).toBe(0);
  });

  test("with API_KEY and API_SECRET the other database bootstraps, and the file stays", async () => {
    const before = readFileSync(file, "utf8");
    const boot = await bootstrap(secondDb, configFor(second, { API_KEY: "444444444444444", API_SECRET: "given-secret" }));
    expect(boot).toMatchObject({ apiKey: "444444444444444", apiSecret: "given-secret" });
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  test("the first database finds its secret again", async () => {
    const saved = readFileSync(file, "utf8");
    const boot = await bootstrap(firstDb, configFor(first));
    expect(boot.generatedSecret).toBeUndefined();
    expect(`API_SECRET=${boot.apiSecret}\n`).toBe(/^API_SECRET=.*\n/m.exec(saved)![0]);
  });

  test("npm run seed on a database without a key refuses with one line and writes nothing", async () => {
    const third = await freshDatabase();
    try {
      const before = readFileSync(file, "utf8");
      const run = await npmRun("seed", ["--assets", "5"], { DATABASE_URL: third.url, CREDENTIALS_FILE: file });
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain(`${file} holds the admin key of`);
      expect(readFileSync(file, "utf8")).toBe(before);
      expect(existsSync(file)).toBe(true);
    } finally {
      await third.drop();
    }
  });
});
