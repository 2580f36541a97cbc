// Bootstraps the environment for a CLI entry point (start, seed) and keeps generated credentials
// beside the database in data/credentials.env (mode 0600), so whichever command runs first, the
// secret is not lost and later starts can show it.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { bootstrapEnvironment, type BootstrapResult } from "../modules/environment/environment.service.js";

export const CREDENTIALS_FILE = path.join("data", "credentials.env");

export async function bootstrap(db: Db, config: Config): Promise<BootstrapResult & { apiSecret?: string }> {
  const boot = await bootstrapEnvironment(db, { cloudName: config.cloudName, apiKey: config.apiKey, apiSecret: config.apiSecret });
  if (boot.generatedSecret) {
    mkdirSync(path.dirname(CREDENTIALS_FILE), { recursive: true });
    writeFileSync(CREDENTIALS_FILE, `CLOUD_NAME=${boot.environment.cloudName}\nAPI_KEY=${boot.apiKey}\nAPI_SECRET=${boot.generatedSecret}\n`, { mode: 0o600 });
    chmodSync(CREDENTIALS_FILE, 0o600);
  }
  return { ...boot, apiSecret: boot.generatedSecret ?? config.apiSecret ?? savedSecret(boot.apiKey) };
}

function savedSecret(apiKey: string): string | undefined {
  if (!existsSync(CREDENTIALS_FILE)) return undefined;
  const text = readFileSync(CREDENTIALS_FILE, "utf8");
  if (!text.includes(`API_KEY=${apiKey}\n`)) return undefined;
  return /^API_SECRET=(.*)$/m.exec(text)?.[1];
}
