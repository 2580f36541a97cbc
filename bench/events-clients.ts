// Child process of bench/events.ts: opens N graphql-ws subscribers to the given URL, reports
// when all are subscribed, and on "finish" sends back per-event receipt latencies. Kept out of
// the server's process so the subscribers' own work does not slow the server down.
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

const [url, apiKey, apiSecret, count] = process.argv.slice(2);
const SUBSCRIPTION = "subscription { events(types: [CREATE_FOLDER]) { sequence payload } }";
const latencies: number[] = [];
const seen = new Set<string>();
const clients: Client[] = [];
let connected = 0;
for (let i = 0; i < Number(count); i++) {
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { apiKey, apiSecret }, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined, on: { connected: () => void connected++ } });
  clients.push(client);
  client.subscribe<{ events: { sequence: number; payload: { timestamp: string } } }>(
    { query: SUBSCRIPTION },
    {
      next: (r) => {
        const e = r.data!.events;
        latencies.push(Date.now() - Date.parse(e.payload.timestamp));
        seen.add(`${i}:${e.sequence}`);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
}
const timer = setInterval(() => {
  if (connected === clients.length) {
    clearInterval(timer);
    process.send!({ kind: "ready" });
  }
}, 50);
process.on("message", async (m: { kind: string; expected: number }) => {
  if (m.kind !== "finish") return;
  const deadline = Date.now() + 30_000;
  while (seen.size < m.expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  for (const c of clients) await c.dispose();
  process.send!({ kind: "result", latencies, received: seen.size }, () => process.exit(0));
});
