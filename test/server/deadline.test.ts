// The per-request deadline: a mutation still running when it passes is answered with
// DEADLINE_EXCEEDED and leaves nothing behind (its transaction is rolled back), and work within
// the deadline is unaffected.
import { describe, expect, test } from "vitest";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { images } from "../helpers/fixtures.js";
import { sleep } from "../helpers/wait.js";

const DEADLINE_MS = 150;
const t = useTestApp({ webhooks: false, requestDeadlineMs: DEADLINE_MS });

const DeadlineImport = graphql(`
  mutation DeadlineImport($input: ImportAssetsInput!) {
    importAssets(input: $input) { assets { assetId } userErrors { code field message } }
  }
`);

const DeadlineCount = graphql(`
  query DeadlineCount {
    assets(first: 1) { totalCount }
  }
`);

describe(`a request deadline of ${DEADLINE_MS} ms`, () => {
  test("ends a slower mutation with DEADLINE_EXCEEDED and rolls its transaction back", async () => {
    // 1,000 records with 10 tags and 10 context entries each (the caps of one call) take well over the deadline to write.
    const records = images(1000, "late", {}).map((r, i) => ({
      ...r,
      tags: Array.from({ length: 10 }, (_, j) => `tag-${i}-${j}`),
      context: Array.from({ length: 10 }, (_, j) => ({ key: `k${j}`, value: `v${i}-${j}` })),
    }));
    const r = await t.gql(DeadlineImport, { input: { assets: records } });
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].extensions).toMatchObject({ code: "DEADLINE_EXCEEDED", deadlineMs: DEADLINE_MS });
    expect(r.data?.importAssets ?? null).toBeNull();
    // Whatever was still running has been stopped by now; none of it was kept.
    await sleep(2 * DEADLINE_MS);
    expect((await t.gql(DeadlineCount)).data!.assets.totalCount).toBe(0);
  });

  test("lets work that fits run as usual", async () => {
    const r = await t.gql(DeadlineImport, { input: { assets: images(3, "quick") } });
    expect(r.data!.importAssets.userErrors).toEqual([]);
    expect((await t.gql(DeadlineCount)).data!.assets.totalCount).toBe(3);
  });
});
