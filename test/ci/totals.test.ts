// .ci/run's totals: skipped tests are reported on their own line, and the last line stays
// exactly "N passed, N failed" (CI reads it).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "assets-totals-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(name: string, r: { passed: number; failed: number; pending: number; todo?: number }): string {
  const file = path.join(dir, name);
  const total = r.passed + r.failed + r.pending + (r.todo ?? 0);
  writeFileSync(file, JSON.stringify({ numTotalTests: total, numPassedTests: r.passed, numFailedTests: r.failed, numPendingTests: r.pending, numTodoTests: r.todo ?? 0 }));
  return file;
}

const totals = (...files: string[]) => execFileSync("node", [path.join(REPO_ROOT, ".ci", "totals.mjs"), ...files], { encoding: "utf8" }).trimEnd().split("\n");

describe(".ci/totals.mjs", () => {
  test("reports skipped tests on a line before the final passed/failed line", () => {
    const lines = totals(report("sqlite.json", { passed: 10, failed: 0, pending: 2 }), report("postgres.json", { passed: 11, failed: 1, pending: 0, todo: 1 }));
    expect(lines).toEqual(["sqlite.json: 10 passed, 0 failed, 2 skipped", "postgres.json: 11 passed, 1 failed, 1 skipped", "3 skipped", "21 passed, 1 failed"]);
  });

  test("prints no skipped line when nothing was skipped, and counts a missing report as a failure", () => {
    const lines = totals(report("a.json", { passed: 3, failed: 0, pending: 0 }), path.join(dir, "missing.json"));
    expect(lines).toEqual(["a.json: 3 passed, 0 failed, 0 skipped", "missing.json: no report (the run did not finish)", "3 passed, 1 failed"]);
  });
});
