// The coverage table names operations of the schema; this fails when one is renamed or removed,
// or when an endpoint is left without a status.
import { readFileSync } from "node:fs";
import type { GraphQLObjectType } from "graphql";
import { describe, expect, test } from "vitest";
import { schema } from "../../src/schema.js";

const coverage = readFileSync(new URL("../../docs/admin-api-coverage.md", import.meta.url), "utf8");

describe("docs/admin-api-coverage.md", () => {
  test("every Query, Mutation and Asset field it names exists", () => {
    const types: Record<string, GraphQLObjectType> = {
      Query: schema.getQueryType()!,
      Mutation: schema.getMutationType()!,
      Asset: schema.getType("Asset") as GraphQLObjectType,
    };
    const named = [...coverage.matchAll(/`(Query|Mutation|Asset)\.(\w+)/g)].map((m) => [m[1], m[2]] as const);
    expect(named.length).toBeGreaterThan(80);
    const missing = named.filter(([type, field]) => !(field in types[type].getFields())).map(([t, f]) => `${t}.${f}`);
    expect(missing).toEqual([]);
  });

  test("every endpoint row has a GraphQL and a REST status, and none is left in progress", () => {
    const rows = coverage.split("\n").filter((l) => /^\| `(GET|POST|PUT|DELETE)/.test(l));
    expect(rows.length).toBeGreaterThan(70);
    const status = "(✓[^|]*|—|not applicable[^|]*)";
    expect(rows.filter((r) => !new RegExp(`\\| ${status} \\| ${status} \\|$`).test(r.trim()))).toEqual([]);
  });
});
