// Writes prisma/<provider>/schema.prisma from prisma/<provider>.header.prisma + prisma/models.prisma,
// so both providers always carry identical models. `--check` exits 1 on drift instead (CI).
import { readFileSync, writeFileSync } from "node:fs";

const providers = ["sqlite", "postgres"] as const;
const models = readFileSync("prisma/models.prisma", "utf8");
const check = process.argv.includes("--check");
let drift = false;

for (const provider of providers) {
  const target = `prisma/${provider}/schema.prisma`;
  const wanted = readFileSync(`prisma/${provider}.header.prisma`, "utf8") + models;
  const current = readFileSync(target, "utf8");
  if (current === wanted) continue;
  if (check) {
    console.error(`${target} differs from its header + prisma/models.prisma: run npm run prisma:sync`);
    drift = true;
  } else {
    writeFileSync(target, wanted);
    console.log(`wrote ${target}`);
  }
}
process.exit(drift ? 1 : 0);
