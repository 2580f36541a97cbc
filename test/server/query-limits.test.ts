import { print } from "graphql";
import { beforeAll, describe, expect, test } from "vitest";
import { QUERY_LIMITS } from "../../src/query-limits.js";
import { graphql } from "../gql/index.js";
import { basic, useTestApp } from "../helpers/app.js";
import { serve } from "../helpers/server.js";
import { images, importAssets } from "../helpers/fixtures.js";

const t = useTestApp({ webhooks: false });

const Related = graphql(`
  mutation RelateForLimits($input: AddRelatedAssetsInput!) {
    addRelatedAssets(input: $input) { userErrors { code } }
  }
`);

// Four hops of relatedAssets: depth 16, one more than the cap.
const TooDeep = graphql(`
  query TooDeep {
    assets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node {
      relatedAssets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node { publicId } } } } } }
    } } } } } } } } }
  }
`);

// Three hops: depth 13, within the cap.
const DeepEnough = graphql(`
  query DeepEnough {
    assets(first: 1, direction: ASC) { edges { node { publicId relatedAssets(first: 1) { edges { node { publicId relatedAssets(first: 1) { edges { node {
      publicId relatedAssets(first: 1) { edges { node { publicId } } }
    } } } } } } } } }
  }
`);

// 500 + 500·100 + 500·100·100 nodes, with first given by a variable.
const TooManyNodes = graphql(`
  query TooManyNodes($first: Int) {
    assets(first: $first) { edges { node { relatedAssets(first: 100) { edges { node { relatedAssets { edges { node { publicId } } } } } } } } }
  }
`);

// 500 + 500·100 nodes.
const ManyNodes = graphql(`
  query ManyNodes($first: Int) {
    assets(first: $first) { totalCount edges { node { relatedAssets { edges { node { publicId } } } } } }
  }
`);

async function post(query: string, variables?: Record<string, unknown>) {
  const res = await t.raw({ query, variables }, { authorization: basic(t.admin), accept: "application/graphql-response+json" });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

describe("query limits", () => {
  beforeAll(async () => {
    const ids = await importAssets(t, images(3, "lim"));
    const r = await t.gql(Related, { input: { asset: { assetId: ids[0] }, assetsToRelate: [{ assetId: ids[1] }] } });
    expect(r.data!.addRelatedAssets.userErrors).toEqual([]);
    const s = await t.gql(Related, { input: { asset: { assetId: ids[1] }, assetsToRelate: [{ assetId: ids[2] }] } });
    expect(s.data!.addRelatedAssets.userErrors).toEqual([]);
  });

  test(`a query deeper than ${QUERY_LIMITS.maxDepth} is refused with 400 before it runs`, async () => {
    const { status, body } = await post(print(TooDeep));
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions.code).toBe("QUERY_TOO_DEEP");
    expect(body.errors![0].message).toBe(`Query depth limit of ${QUERY_LIMITS.maxDepth} exceeded, found 16.`);
  });

  test("a deep query within the cap runs", async () => {
    const r = await t.gql(DeepEnough, {});
    expect(r.errors).toBeUndefined();
    const first = r.data!.assets.edges[0].node;
    expect(first.publicId).toBe("lim-0000");
    const second = first.relatedAssets.edges[0].node;
    expect(second.publicId).toBe("lim-0001");
    expect(second.relatedAssets.edges.map((e) => e.node.publicId)).toContain("lim-0000");
  });

  test(`more than ${QUERY_LIMITS.maxAliases} aliases are refused`, async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: environment { cloudName }`).join(" ");
    const { status, body } = await post(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions.code).toBe("TOO_MANY_ALIASES");
    const within = await post(`{ ${aliases.split(" a").slice(0, QUERY_LIMITS.maxAliases).join(" a")} }`);
    expect(within.status).toBe(200);
    expect(Object.keys(within.body.data as object)).toHaveLength(QUERY_LIMITS.maxAliases);
    // A client that accepts only application/json gets the same error with status 200 (the spec's rule).
    const plain = await t.raw({ query: `{ ${aliases} }` }, { authorization: basic(t.admin) });
    expect(plain.status).toBe(200);
    expect(await plain.json()).toEqual({ errors: [{ message: `Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded, found ${QUERY_LIMITS.maxAliases + 1}.`, extensions: { code: "TOO_MANY_ALIASES" } }] });
  });

  test("an operation that could return more nodes than the limit is refused, counting first from variables", async () => {
    const { status, body } = await post(print(TooManyNodes), { first: 500 });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    const [error] = body.errors!;
    expect(error.extensions).toMatchObject({ code: "NODE_LIMIT_EXCEEDED", nodes: 500 + 500 * 100 + 500 * 100 * 100, limit: QUERY_LIMITS.maxNodes });
    expect(error.message).toContain(`above the limit of ${QUERY_LIMITS.maxNodes}`);
  });

  test("the same shape with small pages runs, and an omitted first counts as the largest default page", async () => {
    const small = await t.gql(TooManyNodes, { first: 5 });
    expect(small.errors).toBeUndefined();
    expect(small.data!.assets.edges).toHaveLength(3);
    // 500 + 500·100 = 50,500 nodes: under the limit.
    const many = await t.gql(ManyNodes, { first: 500 });
    expect(many.errors).toBeUndefined();
    expect(many.data!.assets.totalCount).toBe(3);
  });

  test("a doubling chain of fragments is measured once per fragment and refused, not expanded", async () => {
    // 2^30 copies of ping when expanded: this kept the server at 100% CPU for minutes.
    const fragments = ["fragment F0 on Query { ping { status } }", ...Array.from({ length: 30 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`)];
    const { status, body } = await post(`{ ...F30 } ${fragments.join(" ")}`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions.code).toBe("QUERY_TOO_DEEP");
    expect(body.errors![0].message).toContain(`Fragment nesting limit of ${QUERY_LIMITS.maxFragmentNesting}`);
    // Within the nesting cap the same doubling runs: execution merges the copies into one field.
    const short = ["fragment G0 on Query { ping { status } }", ...Array.from({ length: 10 }, (_, i) => `fragment G${i + 1} on Query { ...G${i} ...G${i} }`)];
    const ok = await post(`{ ...G10 } ${short.join(" ")}`);
    expect(ok.body).toEqual({ data: { ping: { status: "ok" } } });
  });

  test("a doubling chain of fragments with aliases is refused by the alias count, computed without expanding", async () => {
    const fragments = ["fragment H0 on Query { a: __typename }", ...Array.from({ length: 12 }, (_, i) => `fragment H${i + 1} on Query { ...H${i} ...H${i} }`)];
    const { status, body } = await post(`{ ...H12 } ${fragments.join(" ")}`);
    expect(status).toBe(400);
    expect(body.errors![0]).toEqual({ message: `Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded, found ${2 ** 12}.`, extensions: { code: "TOO_MANY_ALIASES" } });
  });

  test("aliases of __typename count toward the alias cap", async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `t${i}: __typename`).join(" ");
    const { status, body } = await post(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions.code).toBe("TOO_MANY_ALIASES");
  });

  test(`a document of more than ${QUERY_LIMITS.maxTokens} tokens is refused before it is parsed`, async () => {
    const { status, body } = await post(`{ ${Array(QUERY_LIMITS.maxTokens).fill("__typename").join(" ")} }`);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors![0].extensions.code).toBe("TOO_MANY_TOKENS");
  });

  test(`more than ${QUERY_LIMITS.maxFields} field selections are refused`, async () => {
    const { status, body } = await post(`{ ${Array(QUERY_LIMITS.maxFields + 1).fill("__typename").join(" ")} }`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions.code).toBe("TOO_MANY_FIELDS");
    const within = await post(`{ ${Array(QUERY_LIMITS.maxFields).fill("__typename").join(" ")} }`);
    expect(within.body).toEqual({ data: { __typename: "Query" } });
  });

  test.each([
    ["selections nested 3,000 deep", `{ ${"a { ".repeat(3000)}b${" }".repeat(3000)} }`],
    ["10,000 nested braces", `${"{".repeat(10_000)}${"}".repeat(10_000)}`],
    ["a list literal nested 5,000 deep", `{ searchAssets(expression: ${"[".repeat(5000)}1${"]".repeat(5000)}) { totalCount } }`],
    ["an object literal nested 3,000 deep", `{ searchAssets(filter: ${"{ and: [".repeat(3000)}{}${"] }".repeat(3000)}) { totalCount } }`],
  ])("%s: 400 QUERY_TOO_DEEP before anything recurses", async (_name, query) => {
    const { status, body } = await post(query);
    expect(status).toBe(400);
    expect(body.errors![0].extensions.code).toBe("QUERY_TOO_DEEP");
  });

  test("a 1,000-deep chain of fragments is refused with 400", async () => {
    const fragments = Array.from({ length: 1000 }, (_, i) => `fragment C${i} on Query { ${i === 999 ? "__typename" : `...C${i + 1}`} }`);
    const { status, body } = await post(`{ ...C0 } ${fragments.join(" ")}`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions.code).toBe("QUERY_TOO_DEEP");
  });

  test(`variables nested more than ${QUERY_LIMITS.maxVariableNesting} levels deep are refused`, async () => {
    // Written by hand: JSON.stringify itself overflows the stack on a value this deep.
    const filter = `${'{"and":['.repeat(5000)}{}${"]}".repeat(5000)}`;
    const res = await t.app.yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: basic(t.admin), accept: "application/graphql-response+json" },
      body: `{"query":"query($f: AssetFilter) { searchAssets(filter: $f) { totalCount } }","variables":{"f":${filter}}}`,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("VARIABLES_TOO_DEEP");
  });

  test(`variables holding more than ${QUERY_LIMITS.maxVariableValues} values are refused before they are coerced`, async () => {
    const assets = Array.from({ length: 100 }, (_, i) => ({ publicId: `many/${i}`, tags: Array.from({ length: 1000 }, (_, j) => `t${j}`) }));
    const { status, body } = await post("mutation($input: ImportAssetsInput!) { importAssets(input: $input) { userErrors { code } } }", { input: { assets } });
    expect(status).toBe(400);
    expect(body.errors![0].extensions.code).toBe("VARIABLES_TOO_LARGE");
    expect(body.data).toBeUndefined();
  });

  test("GET with malformed variables or extensions JSON is a 400, not a crash", async () => {
    for (const param of ["variables", "extensions"]) {
      const res = await t.app.yoga.fetch(`http://test/graphql?query=${encodeURIComponent("{ ping { status } }")}&${param}=${encodeURIComponent("{bad")}`, {
        headers: { authorization: basic(t.admin), accept: "application/graphql-response+json" },
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
      expect(body.errors[0].message).toContain("not valid JSON");
    }
  });

  test(`a body over ${QUERY_LIMITS.maxRequestBytes} bytes is refused with 413`, async () => {
    const res = await t.raw({ query: "{ ping { status } }", variables: { pad: "x".repeat(QUERY_LIMITS.maxRequestBytes) } }, { authorization: basic(t.admin) });
    expect(res.status).toBe(413);
  });

  test("over a real socket, the body cap holds with Content-Length and without it (chunked)", async () => {
    const served = await serve(t.app);
    try {
      const headers = { authorization: basic(t.admin), "content-type": "application/json" };
      const over = JSON.stringify({ query: "{ ping { status } }", variables: { pad: "x".repeat(QUERY_LIMITS.maxRequestBytes) } });
      expect((await fetch(served.httpUrl, { method: "POST", headers, body: over })).status).toBe(413);
      // A stream body goes out chunked, with no length declared: counted as it arrives.
      const chunked = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(over));
          controller.close();
        },
      });
      const res = await fetch(served.httpUrl, { method: "POST", headers, body: chunked, duplex: "half" } as RequestInit);
      expect(res.status).toBe(413);
      const fits = await fetch(served.httpUrl, { method: "POST", headers, body: JSON.stringify({ query: "{ ping { status } }" }) });
      expect(await fits.json()).toEqual({ data: { ping: { status: "ok" } } });
    } finally {
      await served.close();
    }
  });
});

