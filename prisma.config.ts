// One config for both providers: DATABASE_URL=postgresql://... selects PostgreSQL, anything
// else (default file:./data/assets.db) selects the embedded SQLite file.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

// `||`, not `??`: an empty DATABASE_URL must fall back too, or the CLI tries to download an engine.
const url = process.env.DATABASE_URL || "file:./data/assets.db";
process.env.DATABASE_URL = url;
const isPg = /^postgres(ql)?:\/\//.test(url);
const dir = isPg ? "prisma/postgres" : "prisma/sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations") },
  async adapter() {
    return isPg ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  },
});
