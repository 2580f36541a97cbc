// Property tests: random and mutated expressions never crash the parser or the compiler, and
// through GraphQL on a real database every outcome is a result or a typed error (never a 500,
// never a database error).
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { DomainError } from "../../src/errors/errors.js";
import { assetFields, compile, type CompileEnv } from "../../src/modules/search/search.compile.js";
import { folderFields } from "../../src/modules/search/search.folders.js";
import { parseExpression } from "../../src/modules/search/search.parser.js";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { seedFixtures } from "./fixtures.js";

const SEEDS = [
  "shoe", "shirt AND -tags:blue", "clothing AND aspect_ratio < 1", "tags:siamese", 'tags="siamese cats"', "-tags",
  "context.productType:shoe", 'context."key with spaces"=myValue', "context:keyname", "metadata.city_id=paris_id",
  "metadata.exp_date>2021-01-01", "metadata.color_id:(red_id OR blue_id)", "asset_folder:sample/*", "public_id:test/sample/dog*",
  "filename:(dog cat)", "format=(jpg OR mp4)", "bytes:[1000 TO 5000000]", "bytes>1mb AND width>100", "created_at:[4w TO 1w]",
  'last_updated.context_updated_at>"2022-10-22T12:00:00Z"', "status=(deleted OR active)", "duration:[30s TO 2m] AND moderation_status=approved",
  'aspect_ratio="16:9"', "pixels>=1m", "(a OR b) AND -(c OR d)", "backup_bytes>0", "metadata.quantity:[5 TO 43]",
];

const PIECES = [
  " ", "AND", "OR", "TO", "-", "(", ")", "[", "]", '"', "\\", "*", ":", "=", ">", ">=", "<", "<=", ".", "/", "tags", "context",
  "metadata", "metadata.quantity", "public_id", "bytes", "created_at", "format", "status", "1mb", "10d", "2024-01-01", "x", "é", "%", "_", "'",
  "\u0000", "16:9", "aspect_ratio", "colors", "last_updated", "asset_folder", "1.5", "-3",
  // values past what the databases hold: 64-bit integers, the calendar, UTF-16
  "99999999999999999999999", "-99999999999999999999", "-0", "999999999w", "0000-01-01", "9999-12-31", "\uD800", "\uDC00", "\uD83D\uDE00",
  '"99999999999999999999:1"', "metadata.exp_date", "width", "duration",
];

const randomExpression = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(""));
const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.constantFrom("insert", "delete", "replace"), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 4 }))
  .map(([seed, edits]) => edits.reduce((s, [at, kind, piece]) => {
    const i = s.length ? at % (s.length + 1) : 0;
    if (kind === "insert") return s.slice(0, i) + piece + s.slice(i);
    if (kind === "delete") return s.slice(0, i) + s.slice(i + piece.length);
    return s.slice(0, i) + piece + s.slice(i + 1);
  }, seed));
/** Deep and wide: a seed wrapped in up to 200 negations or parentheses, or repeated up to 600 times. */
const extreme = fc.oneof(
  fc.tuple(fc.constantFrom(...SEEDS), fc.integer({ min: 1, max: 200 }), fc.constantFrom("-", "-(", "(")).map(([seed, n, open]) =>
    `${open.repeat(n)}${seed}${open.includes("(") ? ")".repeat(n) : ""}`),
  fc.tuple(fc.constantFrom(...SEEDS, "x", "tags=a"), fc.integer({ min: 1, max: 600 }), fc.constantFrom(" ", " OR ", " AND ")).map(([seed, n, sep]) =>
    Array.from({ length: n }, () => seed).join(sep).slice(0, 4096)),
);
const anyExpression = fc.oneof(randomExpression, mutated, fc.string({ maxLength: 40, unit: "binary" }), fc.constantFrom(...SEEDS), extreme);

const env: CompileEnv = {
  dialect: "sqlite",
  environmentId: 1,
  folderMode: "dynamic",
  now: new Date(),
  metadataFields: new Map([["quantity", { id: 1, type: "integer" }], ["city_id", { id: 2, type: "enum" }], ["exp_date", { id: 3, type: "date" }], ["color_id", { id: 4, type: "set" }]]),
};

// INVALID_ARGUMENT: a lone surrogate, refused in any variable before the search sees it
const TYPED = new Set(["INVALID_EXPRESSION", "TIER_NOT_AVAILABLE", "LIMIT_EXCEEDED", "INVALID_ARGUMENT"]);

/** Parses and compiles; returns "ok" or the typed error's code, and fails on anything else. */
function outcome(expression: string, fields = assetFields): string {
  try {
    const tree = parseExpression(expression);
    if (tree) compile(tree, fields, env);
    return "ok";
  } catch (e) {
    if (e instanceof DomainError && TYPED.has(e.userErrors[0].code)) {
      const position = (e.extensions as { position?: unknown }).position;
      if (e.userErrors[0].code === "INVALID_EXPRESSION") {
        expect(typeof position).toBe("number");
        expect(position as number).toBeGreaterThanOrEqual(0);
        expect(position as number).toBeLessThanOrEqual(expression.length);
      }
      return e.userErrors[0].code;
    }
    throw e;
  }
}

describe("parser and compiler, without a database", () => {
  test("every expression is a condition or a typed error", () => {
    const seen = new Map<string, number>();
    fc.assert(fc.property(anyExpression, (e) => {
      const o = outcome(e);
      seen.set(o, (seen.get(o) ?? 0) + 1);
      outcome(e, folderFields);
    }), { numRuns: 3000 });
    // the generators reach both outcomes
    expect(seen.get("ok")).toBeGreaterThan(50);
    expect(seen.get("INVALID_EXPRESSION")).toBeGreaterThan(50);
  });

  test("the reference's examples parse", () => {
    for (const e of SEEDS) expect(outcome(e)).not.toBe("INVALID_EXPRESSION");
  });

  test("an expression past the length cap is LIMIT_EXCEEDED, not parsed", () => {
    expect(outcome("a ".repeat(3000))).toBe("LIMIT_EXCEEDED");
  });

  test("deep nesting is refused before it can exhaust the stack", () => {
    expect(outcome(`${"(".repeat(64)}shoe${")".repeat(64)}`)).toBe("ok");
    expect(outcome(`${"(".repeat(3000)}shoe${")".repeat(1000)}`)).toBe("LIMIT_EXCEEDED");
    expect(outcome(`${"-".repeat(4000)}tags`)).toBe("LIMIT_EXCEEDED");
  });
});

const t = useTestApp({ webhooks: false });
beforeAll(async () => {
  await seedFixtures(t);
});

const Search = graphql(`
  query SearchFuzz($expression: String, $sortBy: [SortInput!]) {
    searchAssets(expression: $expression, sortBy: $sortBy, first: 5) {
      totalCount
      edges { node { publicId } }
    }
  }
`);

describe("through GraphQL on the database", () => {
  test("random and mutated expressions give results or typed errors", async () => {
    await fc.assert(fc.asyncProperty(anyExpression, fc.boolean(), async (expression, byScore) => {
      const r = await t.gql(Search, { expression, sortBy: byScore ? [{ field: "score", direction: "DESC" }] : null });
      expect(r.status).toBeLessThan(500);
      if (r.errors) {
        const ext = r.errors[0].extensions as { code: string; reason?: string };
        expect(TYPED.has(ext.reason ?? "")).toBe(true);
      } else {
        expect(r.data!.searchAssets.totalCount).toBeGreaterThanOrEqual(r.data!.searchAssets.edges.length);
      }
    }), { numRuns: 300 });
  });
});
