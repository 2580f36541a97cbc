// One migrator for both providers: applies prisma/<provider>/migrations/<name>/migration.sql in
// lexical order, each in its own transaction, recording names in "_app_migrations". Used instead
// of `prisma migrate deploy`, which fails through @prisma/adapter-pg in Prisma 6.19 (prisma#27403),
// so that SQLite and PostgreSQL are migrated the same way, by `npm start` and `npm run migrate`.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, sqliteFilePath } from "./url.js";

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_app_migrations" (
  "name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)`;
// Any constant works; it serialises concurrent migrators on one PostgreSQL database.
const PG_LOCK_ID = 727_272;

export interface Migration {
  name: string;
  sql: string;
}

export function migrationsDir(url: string): string {
  return path.join("prisma", isPostgresUrl(url) ? "postgres" : "sqlite", "migrations");
}

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

/** Applies pending migrations and returns the names applied (empty when up to date). */
export async function migrate(url: string, onApply?: (name: string) => void): Promise<string[]> {
  const migrations = readMigrations(migrationsDir(url));
  return isPostgresUrl(url) ? migratePg(url, migrations, onApply) : migrateSqlite(url, migrations, onApply);
}

function migrateSqlite(url: string, migrations: Migration[], onApply?: (name: string) => void): string[] {
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(MIGRATIONS_TABLE);
    const done = new Set(db.prepare(`SELECT "name" FROM "_app_migrations"`).pluck().all() as string[]);
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      // SQLite rebuilds a table to alter it (create new, copy, drop old). With foreign keys on,
      // dropping the old table would cascade-delete every row referencing it, and the PRAGMA
      // that turns them off is ignored inside a transaction: so off around it, checked before commit.
      db.pragma("foreign_keys = OFF");
      try {
        db.transaction(() => {
          db.exec(m.sql);
          const broken = db.pragma("foreign_key_check") as unknown[];
          if (broken.length) throw new Error(`migration ${m.name} leaves ${broken.length} broken foreign key(s)`);
          db.prepare(`INSERT INTO "_app_migrations" ("name", "appliedAt") VALUES (?, ?)`).run(m.name, new Date().toISOString());
        })();
      } finally {
        db.pragma("foreign_keys = ON");
      }
      applied.push(m.name);
      onApply?.(m.name);
    }
    return applied;
  } finally {
    db.close();
  }
}

/**
 * A database that cannot be used as configured, with a message that says what to do: command-line
 * entry points print it as one line instead of a stack trace.
 */
export class SetupError extends Error {}

const errorCode = (e: unknown) => (e as { code?: string }).code;

/** The database URL's password replaced, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]+):[^@/]*@/, "$1:***@");
}

/** Connects to the database of `url`, creating it first when it is missing and the role may create databases. */
async function connectPg(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return client;
  } catch (e) {
    await client.end().catch(() => undefined);
    if (errorCode(e) !== "3D000") {
      if (["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT"].includes(errorCode(e) ?? "")) {
        throw new SetupError(`Cannot reach PostgreSQL for ${redactUrl(url)} (${(e as Error).message}): start the server or correct DATABASE_URL.`, { cause: e });
      }
      throw e;
    }
  }
  await createPgDatabase(url);
  const created = new pg.Client({ connectionString: url });
  await created.connect();
  return created;
}

async function createPgDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  // Any database the role may open will do for CREATE DATABASE; `postgres` exists on every server.
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } catch (e) {
    // Another migrator created it meanwhile: that is what we wanted.
    if (errorCode(e) === "42P04") return;
    const role = decodeURIComponent(target.username) || "the current user";
    throw new SetupError(
      `Database "${name}" does not exist and ${role} cannot create it (${(e as Error).message}): create it with \`createdb ${name}\` (or CREATE DATABASE as a role that may) and start again.`,
      { cause: e },
    );
  } finally {
    await admin.end().catch(() => undefined);
  }
}

async function migratePg(url: string, migrations: Migration[], onApply?: (name: string) => void): Promise<string[]> {
  const client = await connectPg(url);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PG_LOCK_ID]);
    await client.query(MIGRATIONS_TABLE);
    const done = new Set((await client.query<{ name: string }>(`SELECT "name" FROM "_app_migrations"`)).rows.map((r) => r.name));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        // Simple-query protocol: a migration file may hold many statements.
        await client.query(m.sql);
        await client.query(`INSERT INTO "_app_migrations" ("name", "appliedAt") VALUES ($1, $2)`, [m.name, new Date().toISOString()]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(e as Error).message}`, { cause: e });
      }
      applied.push(m.name);
      onApply?.(m.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PG_LOCK_ID]).catch(() => undefined);
    await client.end();
  }
}
