// `npm install` on the oldest Node that package.json's engines admit must not warn EBADENGINE:
// every installed package (runtime and development) declares engines that admit it too.
import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, test } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

describe("engines", () => {
  test("every locked package admits the oldest Node that package.json declares", () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    const refusing = Object.entries(lock.packages)
      .filter(([name, p]) => name !== "" && !Array.isArray(p.engines) && p.engines?.node && !semver.satisfies(oldest, p.engines.node))
      .map(([name, p]) => `${name.replace(/^.*node_modules\//, "")}@${p.version} wants node ${(p.engines as { node: string }).node}`);
    expect(oldest).toBe("20.19.0");
    expect(refusing).toEqual([]);
  });
});
