import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets, images } from "../helpers/fixtures.js";
import { runCounted } from "../helpers/statements.js";

// No webhook worker: its background polls would land in the count of the query under test.
const t = useTestApp({ webhooks: false });

const Nested = graphql(`
  query LcSqlNested($first: Int) {
    assets(first: $first) {
      edges {
        node {
          publicId
          thumb: secureUrl(transformation: "c_fill,w_100,h_100")
          derived(first: 3) { totalCount edges { node { transformation bytes url } } }
          versions(first: 2) { totalCount edges { node { versionId size } } }
        }
      }
    }
  }
`);

const COUNT = 200;

beforeAll(async () => {
  await importAssets(t, images(COUNT, "lsql").map((r, i) => ({
    ...r,
    derived: [{ transformation: "w_10" }, { transformation: "w_20" }, { transformation: "w_30" }, { transformation: `w_${40 + (i % 3)}` }],
    versions: [{ bytes: "1" }, { bytes: "2" }, { bytes: "3" }],
  })));
});

const measure = (first: number) => runCounted(t, Nested, { first });

describe("SQL statements of assets { derived versions }", () => {
  test("do not depend on the page size", async () => {
    const small = await measure(10);
    const large = await measure(200);
    console.log(`assets { derived versions }: ${small.statements.length} SQL statements at first: 10, ${large.statements.length} at first: 200`);
    for (const { data, n } of [{ data: small.data, n: 10 }, { data: large.data, n: 200 }]) {
      const nodes = data.assets.edges.map((e) => e.node);
      expect(nodes).toHaveLength(n);
      nodes.forEach((node) => {
        expect(node.thumb).toMatch(/\/image\/upload\/c_fill,h_100,w_100\/v\d+\/lsql-\d{4}\.jpg$/);
        expect(node.derived.totalCount).toBe(4);
        expect(node.derived.edges.map((e) => e.node.transformation)).toEqual(["w_10", "w_20", "w_30"]);
        expect(node.derived.edges[0].node.url).toContain(`/image/upload/w_10/v`);
        expect(node.versions.totalCount).toBe(3);
        expect(node.versions.edges.map((e) => e.node.size)).toEqual(["3", "2"]);
      });
    }
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(8);
  });
});
