// HTTP: /graphql (Yoga: POST, GET, GraphiQL in a browser), /v1_1/:cloud_name/... (Cloudinary's
// REST wire format, src/rest), /healthz (checks the database) and
// /metrics (Prometheus; like /healthz it needs no API key, so keep it off public networks).
import { createServer, type Server } from "node:http";
import type { App } from "./app.js";

export function createHttpServer(app: App): Server {
  const server: Server = createServer(async (req, res) => {
    if (req.url === "/healthz" || req.url?.startsWith("/healthz?")) {
      try {
        await app.db.$queryRawUnsafe("SELECT 1");
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok", database: "ok" }));
      } catch (e) {
        app.log.error({ err: e }, "health check failed");
        res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ status: "error", database: "unreachable" }));
      }
      return;
    }
    if (req.url === "/metrics") {
      try {
        const body = await app.metrics.registry.metrics();
        res.writeHead(200, { "content-type": app.metrics.registry.contentType }).end(body);
      } catch (e) {
        app.log.error({ err: e }, "metrics collection failed");
        res.writeHead(503, { "content-type": "text/plain" }).end("metrics unavailable\n");
      }
      return;
    }
    if (app.rest.handles(req.url)) return app.rest.handle(req, res);
    await app.yoga(req, res);
  });
  return server;
}

/** Stops accepting connections, lets in-flight requests finish (up to `graceMs`), then closes the app. */
export async function shutdown(server: Server, app: App, graceMs = 10_000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections become idle as their last response ends; close them as they do.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearInterval(sweep);
  clearTimeout(timer);
  await app.close();
}
