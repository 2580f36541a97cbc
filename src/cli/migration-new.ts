// npm run migration:new -- <name>: writes prisma/<provider>/migrations/<NNNN_name>/migration.sql
// for both providers, diffing the current schema against the snapshot kept in the previous
// migration (schema.prisma beside its SQL). `--check` exits 1 when the schema has changes that
// no migration holds yet (CI). Runs offline: the diff needs no database.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const providers = ["sqlite", "postgres"] as const;
const check = process.argv.includes("--check");
const name = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!check && !name) {
  console.error("usage: npm run migration:new -- <name>   |   npm run migration:new -- --check");
  process.exit(2);
}

function diff(from: string | null, to: string, extra: string[]): string {
  const args = ["prisma", "migrate", "diff", ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]), "--to-schema-datamodel", to, "--script", ...extra];
  // Under the SQLite config the CLI diffs both providers offline (see STACK.md); the adapter
  // opens the file, so it must be somewhere that exists.
  const env = { ...process.env, DATABASE_URL: `file:${path.join(tmpdir(), "migration-diff.db")}` };
  return execFileSync("npx", args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

let pending = false;
for (const provider of providers) {
  const dir = path.join("prisma", provider, "migrations");
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const last = existing.at(-1);
  const snapshot = last ? path.join(dir, last, "schema.prisma") : null;
  if (snapshot && !existsSync(snapshot)) throw new Error(`${snapshot} is missing: every migration keeps the schema it was made from`);
  const schema = path.join("prisma", provider, "schema.prisma");
  const sql = diff(snapshot, schema, []);
  const empty = sql.trim() === "" || /^-- This is an empty migration\.?\s*$/.test(sql.trim());
  if (check) {
    if (!empty) {
      console.error(`${schema} has changes no migration holds: run npm run migration:new -- <name>`);
      pending = true;
    }
    continue;
  }
  if (empty) {
    console.log(`${provider}: no changes`);
    continue;
  }
  const next = `${String(existing.length + 1).padStart(4, "0")}_${name}`;
  mkdirSync(path.join(dir, next), { recursive: true });
  diff(snapshot, schema, ["-o", path.join(dir, next, "migration.sql")]);
  copyFileSync(schema, path.join(dir, next, "schema.prisma"));
  console.log(`${provider}: wrote ${path.join(dir, next)}`);
}
process.exit(pending ? 1 : 0);
