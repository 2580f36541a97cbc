import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 has no exports map; without this alias tests load two copies of it
    // ("Cannot use GraphQLScalarType from another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    // Each test file gets its own database (SQLite file, or PostgreSQL database), so files run in parallel.
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "api", include: ["test/**/*.test.ts"], exclude: ["test/abuse/**"] } },
      // The abuse run measures a real server's latency and event-loop delay, so it runs after the
      // other files, alone, instead of competing with them for the CPU.
      { extends: true, test: { name: "abuse", include: ["test/abuse/**/*.test.ts"], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
