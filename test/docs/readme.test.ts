// The README states the API's error codes and configuration; these checks keep it from drifting
// away from the code that defines them.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { USER_ERROR_CODES } from "../../src/errors/errors.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const configSource = readFileSync(new URL("../../src/config.ts", import.meta.url), "utf8");

describe("README", () => {
  test("lists every user error code", () => {
    const missing = USER_ERROR_CODES.filter((code) => !readme.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  test("documents every environment variable the server reads", () => {
    const variables = [...configSource.matchAll(/^\s{2}([A-Z][A-Z0-9_]+): z\./gm)].map((m) => m[1]);
    expect(variables.length).toBeGreaterThan(10);
    const missing = variables.filter((v) => !readme.includes(`\`${v}\``));
    expect(missing).toEqual([]);
  });

  test("starts with the two commands", () => {
    const firstBlock = readme.slice(readme.indexOf("```sh"), readme.indexOf("```", readme.indexOf("```sh") + 5));
    expect(firstBlock).toContain("npm install && npm start");
    expect(firstBlock).toContain("npm test");
  });
});
