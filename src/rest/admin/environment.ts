// Admin API `ping`, `usage` and `config`: Query.ping, Query.usage and Query.config.
import { bool, str } from "../params.js";
import type { Route } from "../router.js";
import { lower, num, time } from "./json.js";

interface Quota {
  usage: string;
  limit: string | null;
  usedPercent: number | null;
}

const QUOTA = "usage limit usedPercent";

/** `{ usage, limit, used_percent }`, limit and percentage only where there is a limit. */
function quota(q: Quota) {
  return q.limit === null ? { usage: num(q.usage) } : { usage: num(q.usage), limit: num(q.limit), used_percent: q.usedPercent };
}

const USAGE = `query RestUsage($date: String) {
  usage(date: $date) {
    plan lastUpdated dateRequested requests resources derivedResources
    transformations { ${QUOTA} breakdown } objects { ${QUOTA} } bandwidth { ${QUOTA} } storage { ${QUOTA} }
    mediaLimits { imageMaxSizeBytes videoMaxSizeBytes rawMaxSizeBytes imageMaxPx assetMaxTotalPx }
    addons { name usage limit }
  }
}`;

interface UsageData {
  plan: string;
  lastUpdated: string;
  dateRequested: string;
  requests: string;
  resources: string;
  derivedResources: string;
  transformations: Quota & { breakdown: unknown };
  objects: Quota;
  bandwidth: Quota;
  storage: Quota;
  mediaLimits: Record<string, string>;
  addons: { name: string; usage: string; limit: string | null }[];
}

async function usage(run: <T>(q: string, v: Record<string, unknown>) => Promise<T>, date: string | undefined) {
  const { usage: u } = await run<{ usage: UsageData }>(USAGE, { date });
  return {
    plan: u.plan,
    last_updated: u.lastUpdated,
    date_requested: time(u.dateRequested),
    transformations: { ...quota(u.transformations), breakdown: u.transformations.breakdown },
    objects: quota(u.objects),
    bandwidth: quota(u.bandwidth),
    storage: quota(u.storage),
    requests: num(u.requests),
    resources: num(u.resources),
    derived_resources: num(u.derivedResources),
    ...Object.fromEntries(u.addons.map((a) => [a.name, a.limit === null ? { usage: num(a.usage) } : { usage: num(a.usage), limit: num(a.limit) }])),
    media_limits: {
      image_max_size_bytes: num(u.mediaLimits.imageMaxSizeBytes),
      video_max_size_bytes: num(u.mediaLimits.videoMaxSizeBytes),
      raw_max_size_bytes: num(u.mediaLimits.rawMaxSizeBytes),
      image_max_px: num(u.mediaLimits.imageMaxPx),
      asset_max_total_px: num(u.mediaLimits.assetMaxTotalPx),
    },
  };
}

export const environmentRoutes: Route[] = [
  {
    method: "GET",
    path: "/ping",
    handle: async (call) => {
      const { ping } = await call.graphql.run<{ ping: { status: string } }>("query RestPing { ping { status } }");
      return { status: ping.status };
    },
  },
  {
    method: "GET",
    path: "/config",
    handle: async (call) => {
      const settings = bool(call.params, "settings") ?? false;
      const { config } = await call.graphql.run<{ config: { cloudName: string; createdAt: string; settings?: { folderMode: string } } }>(
        "query RestConfig($settings: Boolean!) { config { cloudName createdAt settings @include(if: $settings) { folderMode } } }",
        { settings },
      );
      return {
        cloud_name: config.cloudName,
        created_at: time(config.createdAt),
        ...(config.settings ? { settings: { folder_mode: lower(config.settings.folderMode) } } : {}),
      };
    },
  },
  // The SDKs put the date in the path; curl examples pass it as a parameter.
  { method: "GET", path: "/usage", handle: (call) => usage((q, v) => call.graphql.run(q, v), str(call.params, "date")) },
  { method: "GET", path: "/usage/:date", handle: (call) => usage((q, v) => call.graphql.run(q, v), call.path.date.replace(/^date=/, "")) },
];
