// npm run bench:http [-- --assets 100000 --connections 20 --duration 10 --rounds 3 --postgraphile]
// The read path over real HTTP, side by side: makes (or reuses) a database seeded with
// `npm run seed -- --assets N` (SQLite: bench/.data/http-N.db; DATABASE_URL=postgresql://...:
// a database bench_http_N on that server), starts the real server as `npm start` does, a
// hello-world Yoga ceiling on the same graphql-yoga build and, with --postgraphile, PostGraphile
// v4 over the same PostgreSQL tables (installed into bench/.postgraphile, never into the project's
// dependencies: it needs graphql 15). Servers are pinned to core 0 and autocannon to core 1; each
// round drives every target in turn (interleaved), and the table shows medians over the rounds.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, sqliteFilePath } from "../src/db/url.js";
import { npmStartArgs } from "../test/helpers/cli.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const POSTGRAPHILE_DIR = path.join(ROOT, "bench", ".postgraphile");
const POSTGRAPHILE_PACKAGES = ["postgraphile@4.14.1", "graphql@15.10.1"];
const CLOUD = { CLOUD_NAME: "bench-http", API_KEY: "424242424242424", API_SECRET: "bench-http-secret" };

const { values } = parseArgs({
  options: {
    assets: { type: "string", default: "100000" },
    connections: { type: "string", default: "20" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    rounds: { type: "string", default: "3" },
    first: { type: "string", default: "50" },
    query: { type: "string", default: "reference" },
    postgraphile: { type: "boolean", default: false },
    // another checkout of this project (e.g. a worktree of the commit before a change), served
    // as a further target over the same database: before/after in one interleaved run
    baseline: { type: "string" },
    profile: { type: "boolean", default: false },
  },
});
const total = Number(values.assets);
const connections = Number(values.connections);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const rounds = Number(values.rounds);
const first = Number(values.first);

// The reference query of issue 12, and the steps towards it (for finding where time goes).
const QUERIES: Record<string, string> = {
  reference: "query Assets($n: Int!) { assets(first: $n) { edges { node { publicId format bytes createdAt tags relatedAssets(first: 10) { edges { node { publicId } } } } } } }",
  typename: "query Assets($n: Int!) { __typename }",
  list: "query Assets($n: Int!) { assets(first: $n) { edges { node { publicId } } } }",
  fields: "query Assets($n: Int!) { assets(first: $n) { edges { node { publicId format bytes createdAt tags } } } }",
  related: "query Assets($n: Int!) { assets(first: $n) { edges { node { publicId relatedAssets(first: 10) { edges { node { publicId } } } } } } }",
};
// The reference query in PostGraphile's inflection of the same tables and order.
const POSTGRAPHILE_QUERY = `query Assets($n: Int!, $env: Int!) {
  allAssets(first: $n, condition: { environmentId: $env, status: "active" }, orderBy: [CREATED_AT_DESC, ID_DESC]) { edges { node {
    publicId format bytes createdAt
    assetTagsByAssetId(orderBy: ID_ASC) { nodes { name } }
    relatedAssetsByFromId(first: 10, orderBy: TO_ID_ASC) { edges { node { assetByToId { publicId } } } }
  } } } }`;

const query = QUERIES[values.query];
if (!query) throw new Error(`--query is one of ${Object.keys(QUERIES).join(", ")}`);
const baseUrl = process.env.DATABASE_URL;
const onPostgres = Boolean(baseUrl && isPostgresUrl(baseUrl));
if (values.postgraphile && !onPostgres) throw new Error("--postgraphile needs DATABASE_URL=postgresql://...");

const pinned = spawnSync("taskset", ["--version"]).status === 0 && cpus().length >= 2;
const onCore = (core: number, command: string, args: string[]) => (pinned ? { command: "taskset", args: ["-c", String(core), command, ...args] } : { command, args });

// ---------------------------------------------------------------------------------------------
// The database

async function countAssets(url: string): Promise<number> {
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    try {
      // a database that does not exist yet (first run on this server) holds no assets
      await client.connect();
      return Number((await client.query(`SELECT count(*) AS n FROM "Asset"`)).rows[0].n);
    } catch {
      return 0;
    } finally {
      await client.end();
    }
  }
  const file = sqliteFilePath(url);
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true });
  try {
    return Number((db.prepare(`SELECT count(*) AS n FROM "Asset"`).get() as { n: number }).n);
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

/** A fresh (empty) database for the URL: the SQLite file removed, or the PostgreSQL database recreated. */
async function recreate(url: string): Promise<void> {
  if (!isPostgresUrl(url)) {
    const file = sqliteFilePath(url);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    mkdirSync(path.dirname(file), { recursive: true });
    return;
  }
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

async function seededDatabase(): Promise<string> {
  let url: string;
  if (onPostgres) {
    const u = new URL(baseUrl!);
    u.pathname = `/bench_http_${total}`;
    url = u.toString();
  } else {
    url = `file:${path.join(ROOT, "bench", ".data", `http-${total}.db`)}`;
  }
  const have = await countAssets(url);
  if (have === total) {
    console.log(`reusing ${url} (${have} assets)`);
    return url;
  }
  console.log(`seeding ${url} with ${total} assets (had ${have})`);
  await recreate(url);
  const seeded = spawnSync("npm", ["run", "-s", "seed", "--", "--assets", String(total)], { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...CLOUD, DATABASE_URL: url } });
  if (seeded.status !== 0) throw new Error("seeding failed");
  return url;
}

// ---------------------------------------------------------------------------------------------
// The servers

interface Target {
  name: string;
  url: string;
  body: string;
  headers: Record<string, string>;
  process: ChildProcess;
}

const children: ChildProcess[] = [];
process.on("exit", () => children.forEach((c) => c.kill("SIGKILL")));

function start(command: string, args: string[], env: Record<string, string>, cwd = ROOT): ChildProcess {
  const run = onCore(0, command, args);
  const child = spawn(run.command, run.args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  child.on("exit", (code) => {
    if (code && code !== 0) process.stderr.write(`${command} ${args.join(" ")} exited with ${code}\n${stderr}\n`);
  });
  children.push(child);
  return child;
}

async function waitFor(url: string, ok: (res: Response) => boolean): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if (ok(await fetch(url))) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

/** The arguments `npm start` gives node in `dir` ("exec node <args>" in its package.json). */
async function startApi(databaseUrl: string, port: number, dir = ROOT): Promise<Target> {
  const nodeArgs = values.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.join(ROOT, "bench", ".profiles")}`] : [];
  // The node command line of that checkout's `npm start` (its flags included), with the rate limit
  // off: it would throttle the benchmark's key.
  const child = start(process.execPath, [...nodeArgs, ...npmStartArgs(dir)], { ...CLOUD, DATABASE_URL: databaseUrl, PORT: String(port), RATE_LIMIT_PER_HOUR: "0" }, dir);
  await waitFor(`http://127.0.0.1:${port}/healthz`, (r) => r.status === 200);
  const authorization = `Basic ${Buffer.from(`${CLOUD.API_KEY}:${CLOUD.API_SECRET}`).toString("base64")}`;
  const name = `${dir === ROOT ? "this project" : path.basename(dir)} (${onPostgres ? "PostgreSQL" : "SQLite"})`;
  return { name, url: `http://127.0.0.1:${port}/graphql`, body: JSON.stringify({ query, variables: { n: first } }), headers: { authorization }, process: child };
}

async function startCeiling(port: number): Promise<Target> {
  const child = start(process.execPath, ["--import", "tsx", "bench/http-ceiling.ts"], { PORT: String(port) });
  await waitFor(`http://127.0.0.1:${port}/graphql?query=%7Bhello%7D`, (r) => r.status === 200);
  return { name: "hello-world Yoga (ceiling)", url: `http://127.0.0.1:${port}/graphql`, body: JSON.stringify({ query: "{ hello }" }), headers: {}, process: child };
}

async function startPostGraphile(databaseUrl: string, port: number): Promise<Target> {
  const cli = path.join(POSTGRAPHILE_DIR, "node_modules", "postgraphile", "cli.js");
  if (!existsSync(cli)) {
    console.log(`installing ${POSTGRAPHILE_PACKAGES.join(" ")} into ${path.relative(ROOT, POSTGRAPHILE_DIR)}`);
    mkdirSync(POSTGRAPHILE_DIR, { recursive: true });
    const installed = spawnSync("npm", ["install", "--prefix", POSTGRAPHILE_DIR, "--no-audit", "--no-fund", "--save-exact", ...POSTGRAPHILE_PACKAGES], { stdio: "inherit" });
    if (installed.status !== 0) throw new Error("installing PostGraphile failed");
  }
  const child = start(process.execPath, [cli, "--connection", databaseUrl, "--schema", "public", "--host", "127.0.0.1", "--port", String(port), "--disable-query-log", "--disable-graphiql"], { NODE_ENV: "production" });
  await waitFor(`http://127.0.0.1:${port}/graphql`, (r) => r.status === 405 || r.status === 400 || r.status === 200);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const env = (await client.query(`SELECT id FROM "Environment" WHERE "cloudName" = $1`, [CLOUD.CLOUD_NAME])).rows[0].id as number;
  await client.end();
  return { name: "PostGraphile 4.14 (same PostgreSQL)", url: `http://127.0.0.1:${port}/graphql`, body: JSON.stringify({ query: POSTGRAPHILE_QUERY, variables: { n: first, env } }), headers: {}, process: child };
}

/** One request, checked: the benchmark measures answers, not errors. */
async function check(target: Target): Promise<void> {
  const res = await fetch(target.url, { method: "POST", headers: { "content-type": "application/json", ...target.headers }, body: target.body });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (res.status !== 200 || body.errors || !body.data) throw new Error(`${target.name} answered ${res.status}: ${text.slice(0, 500)}`);
  console.log(`${target.name}: ${text.length} bytes per response`);
}

// ---------------------------------------------------------------------------------------------
// Measuring

const TICKS = Number(spawnSync("getconf", ["CLK_TCK"]).stdout?.toString().trim()) || 100;
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  cpu: number;
  failed: number;
}

async function drive(target: Target, seconds: number): Promise<Sample> {
  const cpu0 = cpuSeconds(target.process.pid!);
  const t0 = performance.now();
  const result = await autocannon({
    url: target.url,
    method: "POST",
    headers: { "content-type": "application/json", ...target.headers },
    body: target.body,
    connections,
    duration: seconds,
  });
  const wall = (performance.now() - t0) / 1000;
  const cpu = (cpuSeconds(target.process.pid!) - cpu0) / wall;
  return { rps: result["2xx"] / result.duration, p50: result.latency.p50, p99: result.latency.p99, cpu, failed: result.non2xx + result.errors + result.timeouts };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const databaseUrl = await seededDatabase();
if (pinned) spawnSync("taskset", ["-a", "-pc", "1", String(process.pid)]);
console.log(pinned ? "servers pinned to core 0, autocannon to core 1" : "taskset or a second core missing: nothing pinned");
const targets = [await startCeiling(4101), await startApi(databaseUrl, 4102)];
if (values.baseline) targets.push(await startApi(databaseUrl, 4104, path.resolve(values.baseline)));
if (values.postgraphile) targets.push(await startPostGraphile(databaseUrl, 4103));
for (const target of targets) await check(target);

const loadBefore = loadavg();
for (const target of targets) await drive(target, warmup);
const samples = new Map(targets.map((t) => [t, [] as Sample[]]));
for (let r = 0; r < rounds; r++) {
  for (const target of targets) {
    const s = await drive(target, duration);
    samples.get(target)!.push(s);
    console.log(`round ${r + 1}/${rounds} ${target.name.padEnd(36)} ${s.rps.toFixed(0).padStart(6)} req/s  p50 ${s.p50} ms  p99 ${s.p99} ms  cpu ${(s.cpu * 100).toFixed(0)}%`);
  }
}
const loadAfter = loadavg();

console.log("");
console.log(`${values.query} query, first: ${first}, ${total} assets, ${connections} connections, ${rounds} rounds of ${duration} s (medians)`);
console.log(`load average before ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, after ${loadAfter.map((l) => l.toFixed(2)).join(" ")}`);
const ceiling = median(samples.get(targets[0])!.map((s) => s.rps));
const project = median(samples.get(targets[1])!.map((s) => s.rps));
console.log("| target | req/s | p50 ms | p99 ms | server CPU | x ceiling | x this project | failed |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const target of targets) {
  const xs = samples.get(target)!;
  const rps = median(xs.map((s) => s.rps));
  const failed = xs.reduce((n, s) => n + s.failed, 0);
  console.log(`| ${target.name} | ${rps.toFixed(0)} | ${median(xs.map((s) => s.p50))} | ${median(xs.map((s) => s.p99))} | ${(median(xs.map((s) => s.cpu)) * 100).toFixed(0)}% | ${(rps / ceiling).toFixed(3)} | ${(rps / project).toFixed(2)} | ${failed} |`);
}
for (const child of children) child.kill("SIGTERM");
await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))));
