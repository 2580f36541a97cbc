// Admin API `triggers`: Query.triggers and the trigger mutations.
import { EVENT_TYPES } from "../../events/event-types.js";
import { enumValue, page, required, str } from "../params.js";
import type { Route } from "../router.js";
import { PAGE_INFO, lower, listing, time, type Connection } from "./json.js";

interface TriggerNode {
  externalId: string;
  uriType: string;
  uri: string;
  eventType: string;
  createdAt: string;
  updatedAt: string;
}

const TRIGGER = "externalId uriType uri eventType createdAt updatedAt";

const triggerJson = (t: TriggerNode, cloudName: string) => ({
  id: t.externalId,
  product_environment_id: cloudName,
  uri_type: t.uriType,
  uri: t.uri,
  event_type: lower(t.eventType),
  created_at: time(t.createdAt),
  updated_at: time(t.updatedAt),
});

const eventType = (v: string | undefined) => enumValue("event_type", v, EVENT_TYPES);

export const triggerRoutes: Route[] = [
  {
    method: "GET",
    path: "/triggers",
    handle: async (call) => {
      const { triggers } = await call.graphql.run<{ triggers: Connection<TriggerNode> }>(
        `query RestTriggers($eventType: TriggerEventType, $first: Int, $after: String) { triggers(eventType: $eventType, first: $first, after: $after) { edges { node { ${TRIGGER} } } ${PAGE_INFO} } }`,
        { eventType: eventType(str(call.params, "event_type")), ...page(call.params) },
      );
      return listing("triggers", triggers, (t) => triggerJson(t, call.principal.environment.cloudName));
    },
  },
  {
    method: "POST",
    path: "/triggers",
    handle: async (call) => {
      const payload = await call.graphql.mutate<{ trigger: TriggerNode; userErrors: never[] }>(
        `mutation RestCreateTrigger($input: CreateTriggerInput!) { createTrigger(input: $input) { trigger { ${TRIGGER} } userErrors { code field message } } }`,
        { input: { uri: required(call.params, "uri"), eventType: eventType(required(call.params, "event_type")) } },
        "createTrigger",
      );
      return triggerJson(payload.trigger, call.principal.environment.cloudName);
    },
  },
  {
    method: "PUT",
    path: "/triggers/:id",
    handle: async (call) => {
      await call.graphql.mutate(
        `mutation RestUpdateTrigger($input: UpdateTriggerInput!) { updateTrigger(input: $input) { trigger { externalId } userErrors { code field message } } }`,
        { input: { id: call.path.id, newUri: required(call.params, "new_uri") } },
        "updateTrigger",
      );
      return { message: "ok" };
    },
  },
  {
    method: "DELETE",
    path: "/triggers/:id",
    handle: async (call) => {
      await call.graphql.mutate(
        `mutation RestDeleteTrigger($input: DeleteTriggerInput!) { deleteTrigger(input: $input) { externalId userErrors { code field message } } }`,
        { input: { id: call.path.id } },
        "deleteTrigger",
      );
      return { message: "ok" };
    },
  },
];
