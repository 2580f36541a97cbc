// Bootstraps the environment for a CLI entry point (start, seed) and keeps generated credentials
// in data/credentials.env (mode 0600, CREDENTIALS_FILE), so whichever command runs first, the
// secret is not lost and later starts can show it. The file names the database its key belongs
// to: a command on another database that would need a new key refuses instead of overwriting it.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { SetupError, redactUrl } from "../db/migrate.js";
import { DEFAULT_DATABASE_URL, isPostgresUrl, sqliteFilePath } from "../db/url.js";
import { bootstrapEnvironment, type BootstrapResult } from "../modules/environment/index.js";

interface SavedCredentials {
  databaseUrl: string;
  apiKey?: string;
  apiSecret?: string;
}

function readCredentials(file: string): SavedCredentials | null {
  if (!existsSync(file)) return null;
  const values = Object.fromEntries(
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line) => {
        const eq = line.indexOf("=");
        return eq > 0 ? [[line.slice(0, eq), line.slice(eq + 1)]] : [];
      }),
  );
  // Files written before the DATABASE_URL line existed belong to the default database.
  return { databaseUrl: values.DATABASE_URL || DEFAULT_DATABASE_URL, apiKey: values.API_KEY, apiSecret: values.API_SECRET };
}

export function sameDatabase(a: string, b: string): boolean {
  if (isPostgresUrl(a) || isPostgresUrl(b)) return a === b;
  return path.resolve(sqliteFilePath(a)) === path.resolve(sqliteFilePath(b));
}

export async function bootstrap(db: Db, config: Config): Promise<BootstrapResult & { apiSecret?: string }> {
  const file = config.credentialsFile;
  const saved = readCredentials(file);
  const ours = saved === null || sameDatabase(saved.databaseUrl, config.databaseUrl);
  if (!ours && !config.apiKey) {
    const hasKey = await db.apiKey.findFirst({ where: { environment: { cloudName: config.cloudName || "local" }, role: "admin", revokedAt: null }, select: { id: true } });
    if (!hasKey) {
      throw new SetupError(
        `${file} holds the admin key of ${redactUrl(saved.databaseUrl)}, and ${redactUrl(config.databaseUrl)} has none yet: ` +
          `run with that database (set -a; . ${file}; set +a), or set API_KEY and API_SECRET for this one, or move ${file} away.`,
      );
    }
  }
  const boot = await bootstrapEnvironment(db, { cloudName: config.cloudName, apiKey: config.apiKey, apiSecret: config.apiSecret });
  if (boot.generatedSecret) {
    mkdirSync(path.dirname(file), { recursive: true });
    const lines = [`CLOUD_NAME=${boot.environment.cloudName}`, `API_KEY=${boot.apiKey}`, `API_SECRET=${boot.generatedSecret}`, `DATABASE_URL=${config.databaseUrl}`];
    writeFileSync(file, `${lines.join("\n")}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  const savedSecret = ours && saved?.apiKey === boot.apiKey ? saved.apiSecret : undefined;
  return { ...boot, apiSecret: boot.generatedSecret ?? config.apiSecret ?? savedSecret };
}
