import { builder } from "../../builder.js";
import { usage, type Quota, type UsageValue } from "./usage.service.js";

const UsageQuota = builder.objectRef<Quota>("UsageQuota").implement({
  fields: (t) => ({
    usage: t.expose("usage", { type: "BigInt" }),
    limit: t.expose("limit", { type: "BigInt", nullable: true, description: "The plan's limit; null when the plan sets none." }),
    usedPercent: t.exposeFloat("usedPercent", { nullable: true, description: "usage / limit in percent, 2 decimals." }),
  }),
});

const TransformationUsage = builder.objectRef<UsageValue["transformations"]>("TransformationUsage").implement({
  fields: (t) => ({
    usage: t.expose("usage", { type: "BigInt" }),
    limit: t.expose("limit", { type: "BigInt", nullable: true }),
    usedPercent: t.exposeFloat("usedPercent", { nullable: true }),
    breakdown: t.field({ type: "JSON", description: "Usage by kind (transformation, frame, sd_video_second, ...).", resolve: (u) => u.breakdown }),
  }),
});

const MediaLimits = builder.objectRef<UsageValue["mediaLimits"]>("MediaLimits").implement({
  fields: (t) => ({
    imageMaxSizeBytes: t.expose("imageMaxSizeBytes", { type: "BigInt" }),
    videoMaxSizeBytes: t.expose("videoMaxSizeBytes", { type: "BigInt" }),
    rawMaxSizeBytes: t.expose("rawMaxSizeBytes", { type: "BigInt" }),
    imageMaxPx: t.expose("imageMaxPx", { type: "BigInt" }),
    assetMaxTotalPx: t.expose("assetMaxTotalPx", { type: "BigInt" }),
  }),
});

const AddonUsage = builder.objectRef<{ name: string; usage: bigint; limit: bigint | null }>("AddonUsage").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    usage: t.expose("usage", { type: "BigInt" }),
    limit: t.expose("limit", { type: "BigInt", nullable: true }),
  }),
});

const Usage = builder.objectRef<UsageValue>("Usage").implement({
  description: "The environment's usage as of the end of a day (UTC), computed from its data.",
  fields: (t) => ({
    plan: t.exposeString("plan"),
    lastUpdated: t.exposeString("lastUpdated", { description: "The day the numbers are for (yyyy-mm-dd); they are computed when asked." }),
    dateRequested: t.expose("dateRequested", { type: "DateTime" }),
    transformations: t.field({ type: TransformationUsage, description: "Derived resources created in the day's month, up to the day.", resolve: (u) => u.transformations }),
    objects: t.field({ type: UsageQuota, description: "Assets plus derived resources.", resolve: (u) => u.objects }),
    bandwidth: t.field({ type: UsageQuota, description: "Bytes delivered in the 30 days ending on the day (recorded with recordAssetAccesses).", resolve: (u) => u.bandwidth }),
    storage: t.field({ type: UsageQuota, description: "Bytes of active assets + derived resources + backed-up versions.", resolve: (u) => u.storage }),
    requests: t.expose("requests", { type: "BigInt", description: "Deliveries in the 30 days ending on the day (recorded with recordAssetAccesses)." }),
    resources: t.expose("resources", { type: "BigInt", description: "Active assets created by the end of the day." }),
    derivedResources: t.expose("derivedResources", { type: "BigInt" }),
    addons: t.field({ type: [AddonUsage], description: "Add-on usage; empty, as add-ons are never run here.", resolve: () => [] }),
    mediaLimits: t.field({ type: MediaLimits, resolve: (u) => u.mediaLimits }),
  }),
});

builder.queryField("usage", (t) =>
  t.field({
    type: Usage,
    description: "Usage report for a day: date as yyyy-mm-dd within the last 3 months (DATE_OUT_OF_RANGE otherwise); default today (UTC).",
    args: { date: t.arg.string() },
    resolve: (_root, args, ctx) => usage(ctx, args),
  }),
);
