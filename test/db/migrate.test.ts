// Upgrading a database keeps its rows: each migration is applied to a database that already
// holds data from the previous ones.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { migrate, migrationsDir, readMigrations } from "../../src/db/migrate.js";
import { isPostgresUrl } from "../../src/db/url.js";

const base = process.env.DATABASE_URL;
const onPostgres = Boolean(base && isPostgresUrl(base));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

const SEED = [
  `INSERT INTO "Environment" ("id", "cloudName") VALUES (1, 'upgrade')`,
  `INSERT INTO "ApiKey" ("environmentId", "key", "secret") VALUES (1, '123', 's')`,
  `INSERT INTO "Folder" ("id", "environmentId", "externalId", "path", "pathKey", "name", "parentPath") VALUES (1, 1, 'f1', 'a', 'a', 'a', '')`,
  `INSERT INTO "Asset" ("id", "environmentId", "assetId", "publicId", "folderId") VALUES (1, 1, 'a1', 'p1', 1)`,
  `INSERT INTO "AssetTag" ("assetId", "environmentId", "resourceType", "name") VALUES (1, 1, 'image', 't')`,
];
const COUNTS = [`SELECT COUNT(*) AS n FROM "ApiKey"`, `SELECT COUNT(*) AS n FROM "Asset"`, `SELECT COUNT(*) AS n FROM "AssetTag"`, `SELECT COUNT(*) AS n FROM "Folder"`];

test("applying the later migrations over data from the first keeps every row", async () => {
  const [first, ...later] = readMigrations(migrationsDir(onPostgres ? "postgresql://x/y" : "file:x"));
  expect(later.length).toBeGreaterThan(0);
  let url: string;
  let run: (sql: string) => Promise<number[]>;
  if (onPostgres) {
    const name = `assets_upgrade_${process.pid}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(base!);
    u.pathname = `/${name}`;
    url = u.toString();
    run = async (sql) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        const res = await c.query(sql);
        // A multi-statement migration file yields one result per statement: nothing to count.
        return Array.isArray(res) ? [] : res.rows.map((r) => Number(r.n));
      } finally {
        await c.end();
      }
    };
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    });
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "assets-upgrade-"));
    url = `file:${path.join(dir, "upgrade.db")}`;
    run = async (sql) => {
      const db = new Database(path.join(dir, "upgrade.db"));
      try {
        if (!sql.startsWith("SELECT")) {
          db.exec(sql);
          return [];
        }
        return (db.prepare(sql).all() as { n: number }[]).map((r) => Number(r.n));
      } finally {
        db.close();
      }
    };
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  }
  await run(first.sql);
  await run(`CREATE TABLE "_app_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)`);
  await run(`INSERT INTO "_app_migrations" VALUES ('${first.name}', 'now')`);
  for (const sql of SEED) await run(sql);

  expect(await migrate(url)).toEqual(later.map((m) => m.name));
  for (const sql of COUNTS) expect(await run(sql)).toEqual([1]);
  expect(await migrate(url)).toEqual([]);
});
