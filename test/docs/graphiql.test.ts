// GraphiQL opens with these operations; they must stay valid as the schema changes.
import { parse, validate } from "graphql";
import { describe, expect, test } from "vitest";
import { EXAMPLE_OPERATIONS } from "../../src/graphiql.js";
import { schema } from "../../src/schema.js";

describe("GraphiQL examples", () => {
  test("validate against the schema", () => {
    expect(validate(schema, parse(EXAMPLE_OPERATIONS)).map((e) => e.message)).toEqual([]);
  });
});
