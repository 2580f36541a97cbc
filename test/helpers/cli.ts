// Runs the command-line entry points as a user would (`npm start`, `npm run seed`), in child
// processes with their own database and credentials file.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The node arguments of the checkout's `npm start` (its flags included), to run the server as users do. */
export function npmStartArgs(dir = REPO_ROOT): string[] {
  const script = (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const match = /^(?:exec )?node (.+)$/.exec(script);
  if (!match) throw new Error(`npm start in ${dir} is not "node <args>": ${script}`);
  return match[1].split(/\s+/);
}

export interface Started {
  child: ChildProcess;
  /** the GraphQL URL printed at start */
  url: string;
  apiKey: string;
  apiSecret: string;
  /** everything printed so far */
  output(): string;
  /** resolves with the exit code (or signal) once the npm process has exited */
  exited: Promise<number | string>;
  /** SIGKILL to npm and everything it started (test cleanup) */
  kill(): void;
}

/** `npm start` with `env` (PORT=0 by default) until it prints its URL and credentials. */
export async function npmStart(env: Record<string, string>): Promise<Started> {
  const child = spawn("npm", ["start", "--silent"], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: "0", WEBHOOKS: "off", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so `kill()` below can end npm and the server it started together.
    detached: true,
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "")));
  const printed = await Promise.race([
    new Promise<RegExpExecArray>((resolve) => {
      const look = () => {
        const m = /(http:\/\/localhost:\d+\/graphql)[\s\S]*API key\s+(\S+)\s+API secret\s+(\S+)/.exec(out);
        if (m) resolve(m);
        else child.stdout!.once("data", look);
      };
      look();
    }),
    exited.then((code): never => {
      throw new Error(`npm start exited (${code}) before listening:\n${out}`);
    }),
  ]);
  const kill = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  };
  return { child, url: printed[1], apiKey: printed[2], apiSecret: printed[3], output: () => out, exited, kill };
}

/** Runs an npm script to its end. */
export function npmRun(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], { cwd: REPO_ROOT, env: { ...process.env, LOG_LEVEL: "warn", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
