// The server behind npm start (see start.ts): migrate, bootstrap the environment and its admin key, serve, print how to connect.
import type { AddressInfo } from "node:net";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { migrate } from "../db/migrate.js";
import { createLogger } from "../lib/logger.js";
import { createHttpServer, shutdown } from "../server.js";
import { attachWebSocket } from "../ws.js";
import { bootstrap } from "./bootstrap.js";
import { runCli } from "./run.js";

await runCli(async () => {
  const config = loadConfig();
  const log = createLogger();
  const applied = await migrate(config.databaseUrl);
  if (applied.length) log.info({ applied }, "migrations applied");

  const app = await buildApp({ databaseUrl: config.databaseUrl, logger: log, deliveryHost: config.deliveryHost, blobDir: config.blobDir, maxUploadBytes: config.maxUploadBytes, uploadFetchTimeoutMs: config.uploadFetchTimeoutMs, redisUrl: config.redisUrl, redisPrefix: config.redisPrefix, webhooks: config.webhooks, rateLimitPerHour: config.rateLimitPerHour, requestDeadlineMs: config.requestDeadlineMs });
  const boot = await bootstrap(app.db, config).catch(async (e: unknown) => {
    await app.close();
    throw e;
  });

  const server = createHttpServer(app);
  const ws = attachWebSocket(server, app);
  server.listen(config.port, () => {
    // The port actually bound (PORT=0 picks a free one).
    const { port } = server.address() as AddressInfo;
    const url = `http://localhost:${port}/graphql`;
    const secret = boot.apiSecret;
    const lines = [
      "",
      `  Assets GraphQL API   ${url}   (GraphiQL: open it in a browser and sign in with the key and secret)`,
      `  cloud name           ${boot.environment.cloudName}`,
      `  API key              ${boot.apiKey}`,
      `  API secret           ${secret ?? `(not stored here: set API_SECRET, or see ${config.credentialsFile} of the first start)`}`,
      "",
      `  curl -u ${boot.apiKey}:${secret ?? "<secret>"} ${url} -H 'content-type: application/json' \\`,
      `       -d '{"query":"{ assets(first: 3) { edges { node { publicId secureUrl } } } }"}'`,
      "",
    ];
    process.stdout.write(lines.join("\n") + "\n");
    log.info({ port, cloudName: boot.environment.cloudName }, "listening");
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      log.info({ signal }, "shutting down");
      ws.close()
        .then(() => shutdown(server, app))
        .then(
          () => process.exit(0),
          (e) => {
            log.error({ err: e }, "shutdown failed");
            process.exit(1);
          },
        );
    });
  }
});
