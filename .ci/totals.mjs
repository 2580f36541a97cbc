// Prints the totals of vitest JSON reports: one line per report, a line of skipped tests when
// any were skipped, then "N passed, N failed" as the last line (CI reads that line). A missing
// report or one without tests counts as a failure.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  const name = file.split("/").pop();
  if (!existsSync(file)) {
    console.log(`${name}: no report (the run did not finish)`);
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(file, "utf8"));
  const skippedHere = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skippedHere} skipped`);
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += skippedHere;
  if (r.numTotalTests === 0) failed++;
}
if (skipped > 0) console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
