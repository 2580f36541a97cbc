// The README (a quickstart) and docs/ (the reference) state the API's error codes, configuration
// and examples; these checks keep them from drifting away from the code, and keep the documents
// self-contained: a clone has nothing outside the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, validate } from "graphql";
import { describe, expect, test } from "vitest";
import { USER_ERROR_CODES } from "../../src/errors/errors.js";
import { schema } from "../../src/schema.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const documents = ["README.md", ...readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => path.join("docs", f))];
const texts = new Map(documents.map((d) => [d, readFileSync(path.join(root, d), "utf8")]));
const all = [...texts.values()].join("\n");
const configSource = readFileSync(path.join(root, "src", "config.ts"), "utf8");

describe("README and docs", () => {
  test("list every user error code", () => {
    const missing = USER_ERROR_CODES.filter((code) => !all.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  test("document every environment variable the server reads", () => {
    const variables = [...configSource.matchAll(/^\s{2}([A-Z][A-Z0-9_]+): z\./gm)].map((m) => m[1]);
    expect(variables.length).toBeGreaterThan(10);
    const missing = variables.filter((v) => !all.includes(`\`${v}\``));
    expect(missing).toEqual([]);
  });

  test("the README starts with the two commands", () => {
    const firstBlock = readme.slice(readme.indexOf("```sh"), readme.indexOf("```", readme.indexOf("```sh") + 5));
    expect(firstBlock).toContain("npm install && npm start");
    expect(firstBlock).toContain("npm test");
  });

  test("links stay inside the repository and lead somewhere", () => {
    const broken: string[] = [];
    for (const [doc, text] of texts) {
      if (text.includes("../shared")) broken.push(`${doc}: mentions ../shared`);
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const file = path.resolve(root, path.dirname(doc), target.replace(/#.*$/, ""));
        if (!file.startsWith(root) || !existsSync(file)) broken.push(`${doc}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test("every GraphQL example is valid against the schema", () => {
    const invalid: string[] = [];
    for (const [doc, text] of texts) {
      for (const [, source] of text.matchAll(/```graphql\n([\s\S]*?)```/g)) {
        const errors = validate(schema, parse(source)).map((e) => e.message);
        if (errors.length) invalid.push(`${doc}: ${errors.join("; ")}`);
      }
    }
    expect(invalid).toEqual([]);
  });
});
