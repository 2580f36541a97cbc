// Fixed folder mode: `folder` is the public ID's directory; asset_folder, display_name and
// asset_id are rejected there, as the reference says (and folder search's updated_at).
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp({ webhooks: false });

const Search = graphql(`
  query SearchFixed($expression: String) {
    searchAssets(expression: $expression, first: 100) { edges { node { publicId } } }
  }
`);
const Folders = graphql(`
  query SearchFixedFolders($expression: String) {
    searchFolders(expression: $expression) { totalCount }
  }
`);

beforeAll(async () => {
  await t.app.db.environment.update({ where: { cloudName: "other-cloud" }, data: { folderMode: "fixed" } });
  t.app.auth.forget(t.otherAdmin.apiKey);
  const as = { ...t, gql: ((d: never, v: never) => t.gql(d, v, t.otherAdmin)) as typeof t.gql };
  await importAssets(as, ["samples/dogs/rex", "samples/dogs/fido", "samples/cat", "top", "samplesx/y"].map((publicId) => ({ publicId })));
});

const ids = async (expression: string) => {
  const r = await t.gql(Search, { expression }, t.otherAdmin);
  expect(r.errors).toBeUndefined();
  return r.data!.searchAssets.edges.map((e) => e.node.publicId).sort();
};

describe("fixed folder mode", () => {
  test("folder: exact, prefix, root and tokens", async () => {
    expect(await ids("folder=samples/dogs")).toEqual(["samples/dogs/fido", "samples/dogs/rex"]);
    expect(await ids("folder=samples")).toEqual(["samples/cat"]);
    expect(await ids("folder:samples/*")).toEqual(["samples/cat", "samples/dogs/fido", "samples/dogs/rex"]);
    expect(await ids('folder=""')).toEqual(["top"]);
    expect(await ids("folder:dogs")).toEqual(["samples/dogs/fido", "samples/dogs/rex"]);
    expect(await ids("folder:cat")).toEqual([]);
  });

  test("asset_folder, display_name and asset_id are INVALID_EXPRESSION", async () => {
    for (const expression of ["asset_folder=samples", "display_name:rex", `asset_id=${"0".repeat(32)}`, "updated_at>1d"]) {
      const doc = expression.startsWith("updated_at") ? Folders : Search;
      const r = await t.gql(doc as typeof Search, { expression }, t.otherAdmin);
      expect(r.errors![0].extensions).toMatchObject({ reason: "INVALID_EXPRESSION", position: 0 });
    }
  });
});
