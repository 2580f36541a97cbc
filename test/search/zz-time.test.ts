import { beforeAll, test } from "vitest";
import { parse } from "graphql";
import { useTestApp } from "../helpers/app.js";
import { seedFixtures } from "./fixtures.js";
const t = useTestApp({ webhooks: false });
beforeAll(async () => { await seedFixtures(t); });
const SEEDS = [
  "shoe", "shirt AND -tags:blue", "clothing AND aspect_ratio < 1", "tags:siamese", 'tags="siamese cats"', "-tags",
  "context.productType:shoe", 'context."key with spaces"=myValue', "context:keyname", "metadata.city_id=paris_id",
  "metadata.exp_date>2021-01-01", "metadata.color_id:(red_id OR blue_id)", "asset_folder:sample/*", "public_id:test/sample/dog*",
  "filename:(dog cat)", "format=(jpg OR mp4)", "bytes:[1000 TO 5000000]", "bytes>1mb AND width>100", "created_at:[4w TO 1w]",
  'last_updated.context_updated_at>"2022-10-22T12:00:00Z"', "status=(deleted OR active)", "duration:[30s TO 2m] AND moderation_status=approved",
  'aspect_ratio="16:9"', "pixels>=1m", "(a OR b) AND -(c OR d)", "backup_bytes>0", "metadata.quantity:[5 TO 43]", "x", "tags=a"
];
const Q = parse(`query P($expression: String, $sortBy: [SortInput!]) { searchAssets(expression: $expression, sortBy: $sortBy, first: 5) { totalCount edges { node { publicId } } } }`);
test("time", async () => {
  const out: [number, string, string][] = [];
  for (const seed of SEEDS) for (const sep of [" ", " OR "]) for (const score of [false, true]) {
    const e = Array.from({ length: 600 }, () => seed).join(sep).slice(0, 4096);
    const s = performance.now();
    const r = await t.gql(Q as any, { expression: e, sortBy: score ? [{ field: "score", direction: "DESC" }] : null });
    out.push([Math.round(performance.now() - s), `${seed}|${sep}|${score}`, (r as any).errors?.[0]?.extensions?.reason ?? "ok"]);
  }
  out.sort((a, b) => b[0] - a[0]);
  console.log(out.slice(0, 12).map((x) => x.join(" ")).join("\n"));
}, 600000);
