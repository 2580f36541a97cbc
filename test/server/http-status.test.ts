// HTTP status codes as the GraphQL-over-HTTP spec sets them, for both response media types: a
// request that executes (a bad argument is a field error) answers 200; a request that cannot
// execute (a validation error) answers 400 for application/graphql-response+json and 200 for
// application/json.
import { describe, expect, test } from "vitest";
import { basic, useTestApp } from "../helpers/app.js";

const t = useTestApp({ webhooks: false });

const JSON_ONLY = "application/json";
const GRAPHQL_RESPONSE = "application/graphql-response+json";

async function post(query: string, accept: string) {
  const res = await t.raw({ query }, { authorization: basic(t.admin), accept });
  return { status: res.status, contentType: res.headers.get("content-type"), body: (await res.json()) as { data?: Record<string, unknown> | null; errors?: { extensions: Record<string, unknown> }[] } };
}

describe("HTTP status of errors", () => {
  test.each([JSON_ONLY, GRAPHQL_RESPONSE])("a bad argument answers 200 with the typed error (%s)", async (accept) => {
    const r = await post("{ assets(first: 501) { totalCount } }", accept);
    expect(r.status).toBe(200);
    expect(r.contentType).toContain(accept);
    expect(r.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LIMIT_EXCEEDED", field: ["first"] });
  });

  test.each([JSON_ONLY, GRAPHQL_RESPONSE])("a bad argument beside a good field keeps the good data, with 200 (%s)", async (accept) => {
    const r = await post('{ config { cloudName } asset(assetId: "0", publicId: "both") { publicId } }', accept);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ config: { cloudName: "test-cloud" }, asset: null });
    expect(r.body.errors![0].extensions.reason).toBe("INVALID_ASSET_REF");
  });

  test("a validation error answers 400 for application/graphql-response+json and 200 for application/json", async () => {
    const query = "{ assets(first: 1, noSuchArgument: 1) { totalCount } }";
    const strict = await post(query, GRAPHQL_RESPONSE);
    expect(strict.status).toBe(400);
    expect(strict.body.data).toBeUndefined();
    const plain = await post(query, JSON_ONLY);
    expect(plain.status).toBe(200);
    expect(plain.body.data).toBeUndefined();
    expect(plain.body.errors).toHaveLength(1);
  });
});
