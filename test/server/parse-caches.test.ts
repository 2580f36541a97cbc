// Yoga's parse caches keep documents and parse errors keyed by their whole text; ours are bounded
// by size, so large distinct documents (refused ones included) cannot pin memory.
import { parse } from "graphql";
import { describe, expect, test } from "vitest";
import { parseCaches } from "../../src/query-limits.js";

describe("parse caches", () => {
  test("keep small documents and errors, and never a large one", () => {
    const { documentCache, errorCache } = parseCaches();
    const small = "{ ping { status } }";
    documentCache.set(small, parse(small));
    expect(documentCache.get(small)).toBeDefined();
    const large = `{ ${Array(20_000).fill("__typename").join(" ")} }`;
    documentCache.set(large, parse(large));
    expect(documentCache.get(large)).toBeUndefined();

    errorCache.set("{", new Error("syntax"));
    expect(errorCache.get("{")).toBeDefined();
    const hugeError = "x".repeat(7_000_000);
    errorCache.set(hugeError, new Error("too many tokens"));
    expect(errorCache.get(hugeError)).toBeUndefined();
  });

  test("hold a bounded total: many distinct mid-sized documents push the oldest out", () => {
    const { documentCache } = parseCaches();
    // Sized by their text (about 55,000 characters each), so the parsed value can stand in.
    const docs = Array.from({ length: 200 }, (_, i) => `{ a${i}: __typename ${Array(5000).fill("__typename").join(" ")} }`);
    const parsed = parse("{ __typename }");
    for (const d of docs) documentCache.set(d, parsed);
    expect(documentCache.get(docs[199])).toBe(parsed);
    expect(documentCache.get(docs[0])).toBeUndefined();
    expect(documentCache.calculatedSize).toBeLessThanOrEqual(64_000_000);
  });
});
