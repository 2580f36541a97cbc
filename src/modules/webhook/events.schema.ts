// Events as GraphQL: the Event interface (one shape per family of notifications) and the
// subscriptions that stream them. Subscribers get ids and the notification body; anything else
// (the asset, the folder) is read again at delivery time, in the subscriber's environment.
import { GraphQLError } from "graphql";
import { builder } from "../../builder.js";
import { createLoaders, type Ctx } from "../../context.js";
import { DomainError } from "../../errors/errors.js";
import { Asset } from "../asset/index.js";
import { Folder } from "../folder/index.js";
import { enumValues } from "../../lib/enums.js";
import { EVENT_TYPES } from "../../events/event-types.js";
import { eventAssetIds, eventPayload, type EventRow } from "../../events/feed.js";

export const TriggerEventType = builder.enumType("TriggerEventType", {
  description: "The Admin API's notification types; ALL is the wildcard.",
  values: enumValues(EVENT_TYPES),
});

const FOLDER_EVENTS = new Set(["create_folder", "delete_folder", "move_or_rename_asset_folder"]);

const Event = builder.interfaceRef<EventRow>("Event").implement({
  description: "A notification, as trigger webhooks receive it.",
  resolveType: (e) => (FOLDER_EVENTS.has(e.type) ? "FolderEvent" : "AssetEvent"),
  fields: (t) => ({
    sequence: t.exposeInt("seq", { description: "Position in the environment's event log: increasing, without gaps." }),
    cursor: t.string({ description: "Pass as `after` to resume right after this event.", resolve: (e) => String(e.seq) }),
    type: t.field({ type: TriggerEventType, resolve: (e) => e.type as (typeof EVENT_TYPES)[number] }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    assetIds: t.stringList({ resolve: (e) => eventAssetIds(e) }),
    payload: t.field({ type: "JSON", description: "The notification body webhooks receive (envelope + snake_case payload).", resolve: (e) => eventPayload(e) }),
  }),
});

builder.objectType(builder.objectRef<EventRow>("AssetEvent"), {
  interfaces: [Event],
  fields: (t) => ({
    asset: t.field({
      type: Asset,
      nullable: true,
      description: "The (first) asset the event concerns, as it is now; null once deleted.",
      resolve: async (e, _args, ctx) => {
        const [assetId] = eventAssetIds(e);
        return assetId ? ctx.db.asset.findFirst({ where: { environmentId: ctx.environment.id, assetId, status: "active" } }) : null;
      },
    }),
  }),
});

builder.objectType(builder.objectRef<EventRow>("FolderEvent"), {
  interfaces: [Event],
  fields: (t) => ({
    folder: t.field({
      type: Folder,
      nullable: true,
      description: "The folder as it is now; null once deleted.",
      resolve: (e, _args, ctx) => {
        const externalId = (eventPayload(e) as { folder?: { external_id?: string } }).folder?.external_id;
        return externalId ? ctx.db.folder.findFirst({ where: { externalId, environmentId: ctx.environment.id } }) : null;
      },
    }),
  }),
});

/** The sequence to resume after: an event's cursor, no later than the environment's last event. */
async function resumeFrom(ctx: Ctx, after: string | null | undefined): Promise<number> {
  const head = await ctx.feeds.currentSeq(ctx.environment.id);
  if (after == null) return head;
  const seq = /^\d{1,15}$/.test(after) ? Number(after) : NaN;
  if (!(seq <= head)) throw new DomainError("INVALID_CURSOR", "after must be the cursor of an event of this environment", ["after"]);
  return seq;
}

/**
 * Per event, before it is delivered: a key revoked while its socket is open stops receiving
 * (UNAUTHENTICATED), and request-scoped loaders start fresh, so a long subscription neither
 * serves stale counts nor grows their caches without end.
 */
async function* authorised(ctx: Ctx, events: AsyncIterableIterator<EventRow>): AsyncGenerator<EventRow> {
  try {
    for await (const event of events) {
      if (!(await ctx.auth.isActive(ctx.principal.apiKey))) {
        throw new GraphQLError(`API key ${ctx.principal.apiKey} was revoked`, { extensions: { code: "UNAUTHENTICATED" } });
      }
      ctx.loaders = createLoaders(ctx.db, ctx.environment.id);
      yield event;
    }
  } finally {
    await events.return?.();
  }
}

builder.subscriptionType({
  fields: (t) => ({
    events: t.field({
      type: Event,
      description: [
        "The environment's events as they commit. With `after` (an event's cursor), events after it are replayed first,",
        "then live ones follow: in order, without gaps or duplicates. Without it, only new events.",
      ].join(" "),
      args: {
        types: t.arg({ type: [TriggerEventType], description: "Only these types (default: all)." }),
        assetId: t.arg.string({ description: "Only events concerning this asset." }),
        after: t.arg.string(),
      },
      subscribe: async (_root, args, ctx) =>
        authorised(ctx, ctx.feeds.subscribe(ctx.environment.id, await resumeFrom(ctx, args.after), { types: args.types, assetId: args.assetId })),
      resolve: (event: EventRow) => event,
    }),
    assetChanged: t.field({
      type: Event,
      description: "Every event concerning one asset, from now on (tags, context, folder, relations, ...).",
      args: { assetId: t.arg.string({ required: true }) },
      subscribe: async (_root, args, ctx) =>
        authorised(ctx, ctx.feeds.subscribe(ctx.environment.id, await resumeFrom(ctx, null), { assetId: args.assetId })),
      resolve: (event: EventRow) => event,
    }),
  }),
});
