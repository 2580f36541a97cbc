// SQLite: the writer, on the main thread, never checkpoints the WAL in its COMMIT (after a large
// transaction that held the event loop for hundreds of ms); a reader thread checkpoints instead,
// so the WAL is reused from its start rather than growing with every write.
import { statSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sqliteFilePath } from "../../src/db/url.js";
import { isPostgresUrl } from "../../src/db/url.js";
import { useTestApp } from "../helpers/app.js";
import { images, importAssets } from "../helpers/fixtures.js";

const t = useTestApp({ webhooks: false });

describe.runIf(!isPostgresUrl(process.env.DATABASE_URL ?? ""))("WAL checkpoints on SQLite", () => {
  test("the writer leaves checkpoints to the reader threads, and the WAL stays the size of one write", async () => {
    const [{ wal_autocheckpoint }] = await t.app.db.$queryRawUnsafe<{ wal_autocheckpoint: bigint | number }[]>("PRAGMA wal_autocheckpoint");
    expect(Number(wal_autocheckpoint)).toBe(0);
    const wal = `${sqliteFilePath(t.databaseUrl)}-wal`;
    const sizes: number[] = [];
    for (let round = 0; round < 4; round++) {
      // each import writes a few MB: assets, 20 tags each and their search-index rows
      await importAssets(t, images(500, `wal${round}`, { tags: Array.from({ length: 20 }, (_, i) => `wal-tag-${round}-${i}`) }));
      sizes.push(statSync(wal).size);
      // a checkpoint has run once the next write starts the WAL over: wait for the reader thread's
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    // Without checkpoints the WAL would hold all four writes; with them each reuses the space.
    expect(sizes[3]).toBeLessThan(sizes[0] * 2);
  });
});
