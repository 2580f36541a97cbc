// GraphiQL as a person meets it: `npm start` on a fresh database, `npm run seed`, then the page in
// headless Chromium with every request outside the server blocked. It must render from the
// server alone, sign in with the printed key and secret, show the example operations, run one
// and show the seeded data. A screenshot is kept in test/artifacts/ (ignored by git).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REPO_ROOT, npmRun, npmStart, type Started } from "../helpers/cli.js";
import { freshDatabase, type TestDatabase } from "../helpers/db.js";

const ARTIFACTS = path.join(REPO_ROOT, "test", "artifacts");

function chromiumPath(): string {
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("Chromium is not installed: apt-get install -y chromium (.ci/run does this)");
  }
}

// Monaco renders spaces as no-break spaces.
const textOf = async (locator: Locator) => ((await locator.textContent()) ?? "").replace(/\s+/g, " ");

describe("GraphiQL in a browser", () => {
  let db: TestDatabase;
  let dir: string;
  let server: Started;
  let browser: Browser;

  beforeAll(async () => {
    db = await freshDatabase();
    dir = mkdtempSync(path.join(tmpdir(), "assets-graphiql-"));
    const env = { DATABASE_URL: db.url, CREDENTIALS_FILE: path.join(dir, "credentials.env") };
    server = await npmStart(env);
    const seeded = await npmRun("seed", ["--assets", "20", "--related", "1"], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("opens offline, signs in with the printed key and secret, shows the examples and runs one", async () => {
    const origin = new URL(server.url).origin;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const blocked: string[] = [];
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      blocked.push(url);
      return route.abort();
    });

    await page.goto(server.url);
    // The newest asset, to find in GraphiQL's answer.
    const newest = (await (
      await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Basic ${Buffer.from(`${server.apiKey}:${server.apiSecret}`).toString("base64")}` },
        body: JSON.stringify({ query: "{ assets(first: 1) { edges { node { publicId } } } }" }),
      })
    ).json()) as { data: { assets: { edges: { node: { publicId: string } }[] } } };
    const publicId = newest.data.assets.edges[0].node.publicId;

    // A wrong secret is a message on the form, not a browser prompt.
    await page.fill("input[name=apiKey]", server.apiKey);
    await page.fill("input[name=apiSecret]", "not-the-secret");
    await page.click("#sign-in button[type=submit]");
    await expect.poll(() => page.textContent("#sign-in-error")).toContain("Invalid credentials");

    await page.fill("input[name=apiSecret]", server.apiSecret);
    await page.click("#sign-in button[type=submit]");
    await page.waitForSelector(".graphiql-container", { timeout: 30_000 });
    expect(await page.textContent("#session")).toContain(server.apiKey);

    // The example operations are in the editor (Monaco renders the visible lines).
    const editor = page.locator(".graphiql-query-editor");
    await expect.poll(() => textOf(editor), { timeout: 30_000 }).toContain("query NewestAssets");

    // Run: with several operations GraphiQL asks which one.
    await page.click(".graphiql-execute-button");
    await page.getByRole("menuitem", { name: "NewestAssets" }).click();
    const response = page.locator(".graphiql-response");
    await expect.poll(() => textOf(response), { timeout: 30_000 }).toContain(publicId);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "graphiql.png") });

    // A reload keeps the sign-in for this tab; the served page holds no secret.
    await page.reload();
    await page.waitForSelector(".graphiql-container", { timeout: 30_000 });
    const html = await (await fetch(server.url, { headers: { accept: "text/html" } })).text();
    expect(html).not.toContain(server.apiSecret);
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
