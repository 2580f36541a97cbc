// A fresh, migrated database per test file: a SQLite file in a temp directory by default, or a
// new PostgreSQL database on the server DATABASE_URL points at (dropped again afterwards).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate } from "../../src/db/migrate.js";
import { isPostgresUrl } from "../../src/db/url.js";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function freshDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  if (base && isPostgresUrl(base)) return freshPostgres(base);
  const dir = mkdtempSync(path.join(tmpdir(), "assets-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  await migrate(url);
  return { url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function freshPostgres(base: string): Promise<TestDatabase> {
  const name = `assets_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
