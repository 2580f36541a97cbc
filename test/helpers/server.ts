// The app on a real port (HTTP + graphql-ws), for tests that need sockets or streams.
import type { AddressInfo } from "node:net";
import type { App } from "../../src/app.js";
import { createHttpServer } from "../../src/server.js";
import { attachWebSocket } from "../../src/ws.js";

export interface Served {
  httpUrl: string;
  wsUrl: string;
  close(): Promise<void>;
}

export async function serve(app: App, options: { initTimeoutMs?: number } = {}): Promise<Served> {
  const server = createHttpServer(app);
  const ws = attachWebSocket(server, app, options);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    httpUrl: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    async close() {
      await ws.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
