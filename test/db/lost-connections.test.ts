// PostgreSQL closing the server's idle connections (a restart, pg_terminate_backend) must not end
// the process: the pool replaces them and the next request is answered.
import pg from "pg";
import { describe, expect, test } from "vitest";
import { isPostgresUrl } from "../../src/db/url.js";
import { graphql } from "../gql/index.js";
import { useTestApp } from "../helpers/app.js";
import { sleep } from "../helpers/wait.js";

const t = useTestApp({ webhooks: false });

const LostAssets = graphql(`
  query LostAssets {
    assets(first: 5) { edges { node { publicId } } }
  }
`);

describe.runIf(isPostgresUrl(process.env.DATABASE_URL ?? ""))("idle PostgreSQL connections closed by the server", () => {
  test("are replaced; the process keeps serving", async () => {
    expect((await t.gql(LostAssets)).errors).toBeUndefined();
    const admin = new pg.Client({ connectionString: t.databaseUrl });
    await admin.connect();
    const { rows } = await admin.query("SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()) killed");
    await admin.end();
    expect(rows[0].n).toBeGreaterThan(0);
    await sleep(200);
    const again = await t.gql(LostAssets);
    expect(again.errors).toBeUndefined();
    expect(again.data!.assets.edges).toEqual([]);
  });
});
