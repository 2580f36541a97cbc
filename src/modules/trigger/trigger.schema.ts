import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../builder.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import type { EventType } from "../../events/event-types.js";
import type { Trigger as TriggerRow } from "../../generated/sqlite/client.js";
import { TriggerEventType } from "../webhook/index.js";
import { PAGE_10_500, columnPage } from "../../lib/page.js";
import { MAX_URI_LENGTH } from "../../lib/uri.js";
import { createTrigger, deleteTrigger, MAX_TRIGGERS_PER_EVENT_TYPE, updateTrigger } from "./trigger.service.js";

export const Trigger = builder.prismaNode("Trigger", {
  description: "A notification URL that receives every event of one type (or of every type, for ALL) as a webhook.",
  // node/nodes give null for an id that names nothing in the caller's environment.
  nullable: true,
  id: { field: "externalId" },
  findUnique: (externalId, ctx) => ({ externalId, environmentId: ctx.environment.id }),
  fields: (t) => ({
    externalId: t.exposeString("externalId", { description: "The Admin API's trigger id; accepted wherever a trigger id is." }),
    eventType: t.field({ type: TriggerEventType, resolve: (tr) => tr.eventType as EventType }),
    uri: t.exposeString("uri", { description: "The notification URL." }),
    uriType: t.string({ description: "Always \"webhook\".", resolve: () => "webhook" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last time the URI was updated." }),
  }),
});

builder.queryField("triggers", (t) =>
  t.connection({
    type: Trigger,
    description: "The environment's triggers in creation order, optionally of one event type. first: default 10, at most 500.",
    args: { eventType: t.arg({ type: TriggerEventType, description: "Only triggers of this event type (ALL: only the wildcard triggers)." }) },
    resolve: (_root, args, ctx) => {
      const eventType = args.eventType ?? null;
      const where = { environmentId: ctx.environment.id, ...(eventType ? { eventType } : {}) };
      return columnPage<TriggerRow, typeof where>(args, PAGE_10_500, { model: ctx.db.trigger, where, column: "id", type: "int", boundTo: { eventType } });
    },
  }),
);

const CreateTriggerInput = builder.inputType("CreateTriggerInput", {
  fields: (t) => ({
    uri: t.string({ required: true, description: `Absolute http(s) URL without credentials, at most ${MAX_URI_LENGTH} characters.` }),
    eventType: t.field({ type: TriggerEventType, required: true }),
  }),
});
mutationWithPayload("createTrigger", {
  input: CreateTriggerInput,
  description: `Adds a notification URL for an event type: at most ${MAX_TRIGGERS_PER_EVENT_TYPE} per event type (ALL counts as its own), each URL once per type.`,
  payload: (t) => ({ trigger: t.field({ type: Trigger, nullable: true, resolve: (p) => p.trigger ?? null }) }),
  service: createTrigger,
});

const UpdateTriggerInput = builder.inputType("UpdateTriggerInput", {
  fields: (t) => ({
    id: t.id({ required: true, description: "The trigger's global id or its externalId." }),
    newUri: t.string({ required: true, description: `Absolute http(s) URL without credentials, at most ${MAX_URI_LENGTH} characters.` }),
  }),
});
mutationWithPayload("updateTrigger", {
  input: UpdateTriggerInput,
  description: "Changes a trigger's URI; its event type cannot change (delete the trigger and create another).",
  payload: (t) => ({ trigger: t.field({ type: Trigger, nullable: true, resolve: (p) => p.trigger ?? null }) }),
  service: updateTrigger,
});

const DeleteTriggerInput = builder.inputType("DeleteTriggerInput", {
  fields: (t) => ({ id: t.id({ required: true, description: "The trigger's global id or its externalId." }) }),
});
mutationWithPayload("deleteTrigger", {
  input: DeleteTriggerInput,
  payload: (t) => ({
    deletedId: t.id({ nullable: true, description: "Global id of the deleted trigger.", resolve: (p) => (p.deleted ? encodeGlobalID("Trigger", p.deleted.externalId) : null) }),
    externalId: t.string({ nullable: true, description: "externalId of the deleted trigger.", resolve: (p) => p.deleted?.externalId ?? null }),
  }),
  service: deleteTrigger,
});
