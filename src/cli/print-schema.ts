// npm run print-schema: writes schema/schema.graphql from code. `--check` exits 1 on drift (CI).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "../schema.js";

const target = "schema/schema.graphql";
const printed = printSchema(lexicographicSortSchema(schema)) + "\n";
if (process.argv.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (current !== printed) {
    console.error(`${target} differs from the schema the code prints: run npm run print-schema and commit it`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  mkdirSync("schema", { recursive: true });
  writeFileSync(target, printed);
  console.log(`wrote ${target}`);
}
