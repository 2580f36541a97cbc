// npm start: migrate, bootstrap the environment and its admin key, serve, print how to connect.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { migrate } from "../db/migrate.js";
import { createLogger } from "../lib/logger.js";
import { bootstrapEnvironment } from "../modules/environment/environment.service.js";
import { createHttpServer, shutdown } from "../server.js";

const CREDENTIALS_FILE = path.join("data", "credentials.env");

const config = loadConfig();
const log = createLogger();
const applied = await migrate(config.databaseUrl);
if (applied.length) log.info({ applied }, "migrations applied");

const app = await buildApp({ databaseUrl: config.databaseUrl, logger: log, deliveryHost: config.deliveryHost });
const boot = await bootstrapEnvironment(app.db, { cloudName: config.cloudName, apiKey: config.apiKey, apiSecret: config.apiSecret });
if (boot.generatedSecret) {
  // Generated credentials are kept beside the database (mode 0600) so later starts can show them.
  mkdirSync(path.dirname(CREDENTIALS_FILE), { recursive: true });
  writeFileSync(CREDENTIALS_FILE, `CLOUD_NAME=${boot.environment.cloudName}\nAPI_KEY=${boot.apiKey}\nAPI_SECRET=${boot.generatedSecret}\n`, { mode: 0o600 });
  chmodSync(CREDENTIALS_FILE, 0o600);
}

const server = createHttpServer(app);
server.listen(config.port, () => {
  const url = `http://localhost:${config.port}/graphql`;
  const secret = boot.generatedSecret ?? config.apiSecret ?? savedSecret(boot.apiKey);
  const lines = [
    "",
    `  Assets GraphQL API   ${url}   (GraphiQL: open it in a browser)`,
    `  cloud name           ${boot.environment.cloudName}`,
    `  API key              ${boot.apiKey}`,
    `  API secret           ${secret ?? `(not stored here: set API_SECRET, or see ${CREDENTIALS_FILE} of the first start)`}`,
    "",
    `  curl -u ${boot.apiKey}:${secret ?? "<secret>"} ${url} -H 'content-type: application/json' \\`,
    `       -d '{"query":"{ assets(first: 3) { edges { node { publicId secureUrl } } } }"}'`,
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
  log.info({ port: config.port, cloudName: boot.environment.cloudName }, "listening");
});

function savedSecret(apiKey: string): string | undefined {
  if (!existsSync(CREDENTIALS_FILE)) return undefined;
  const text = readFileSync(CREDENTIALS_FILE, "utf8");
  if (!text.includes(`API_KEY=${apiKey}\n`)) return undefined;
  return /^API_SECRET=(.*)$/m.exec(text)?.[1];
}

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    log.info({ signal }, "shutting down");
    shutdown(server, app).then(
      () => process.exit(0),
      (e) => {
        log.error({ err: e }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
