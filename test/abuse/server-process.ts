// The server as users run it (`npm start`'s node command line, in a process of its own) over a fresh
// database, for tests that attack it from outside and watch how it holds up.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { freshDatabase, type TestDatabase } from "../helpers/db.js";
import type { Credentials } from "../helpers/app.js";
import { npmStartArgs, REPO_ROOT } from "../helpers/cli.js";

export interface ServerProcess {
  origin: string;
  url: string;
  wsUrl: string;
  admin: Credentials;
  /** the last lines the process wrote, for failure messages */
  output(): string;
  /** whether the process is still running */
  alive(): boolean;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const db: TestDatabase = await freshDatabase();
  const port = await freePort();
  const admin = { apiKey: "444444444444444", apiSecret: "abuse-admin-secret" };
  const child: ChildProcess = spawn(process.execPath, npmStartArgs(), {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      PORT: String(port),
      CLOUD_NAME: "abuse",
      API_KEY: admin.apiKey,
      API_SECRET: admin.apiSecret,
      WEBHOOKS: "off",
      RATE_LIMIT_PER_HOUR: "0",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let tail = "";
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const origin = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`the server exited while starting:\n${tail}`);
    if (Date.now() - started > 60_000) throw new Error(`the server did not answer /healthz within 60 s:\n${tail}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    url: `${origin}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    admin,
    output: () => tail,
    alive: () => !exited,
    async stop() {
      if (!exited) child.kill("SIGTERM");
      await Promise.race([exit, new Promise((r) => setTimeout(r, 15_000))]);
      if (!exited) child.kill("SIGKILL");
      await db.drop();
    },
  };
}
