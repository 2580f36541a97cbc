// On PostgreSQL, start-up creates a missing database when the role may, and otherwise stops with
// one line that says what to do (it used to end in a raw pg stack trace).
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { SetupError, migrate } from "../../src/db/migrate.js";
import { isPostgresUrl } from "../../src/db/url.js";
import { npmRun } from "../helpers/cli.js";

const base = process.env.DATABASE_URL ?? "";
const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

const withDatabase = (name: string, user?: string) => {
  const url = new URL(base);
  url.pathname = `/${name}`;
  if (user) url.username = user;
  return url.toString();
};

describe.runIf(isPostgresUrl(base))("a missing PostgreSQL database", () => {
  const created = `assets_created_${suffix}`;
  const role = `assets_nocreate_${suffix}`;
  afterAll(async () => {
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${created}" WITH (FORCE)`);
      await c.query(`DROP ROLE IF EXISTS "${role}"`);
    });
  });

  test("is created and migrated when the role may create databases", async () => {
    const applied = await migrate(withDatabase(created));
    expect(applied.length).toBeGreaterThan(0);
    const found = await admin((c) => c.query("SELECT 1 FROM pg_database WHERE datname = $1", [created]));
    expect(found.rowCount).toBe(1);
    expect(await migrate(withDatabase(created))).toEqual([]);
  });

  test("stops start-up with one line that says what to do when the role may not", async () => {
    await admin((c) => c.query(`CREATE ROLE "${role}" LOGIN NOCREATEDB`));
    const url = withDatabase(`assets_missing_${suffix}`, role);
    await expect(migrate(url)).rejects.toBeInstanceOf(SetupError);
    await expect(migrate(url)).rejects.toThrow(`Database "assets_missing_${suffix}" does not exist and ${role} cannot create it`);

    const run = await npmRun("migrate", [], { DATABASE_URL: url });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining(`createdb assets_missing_${suffix}`)]);
  });
});
