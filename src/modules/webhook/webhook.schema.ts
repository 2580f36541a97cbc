// Webhook deliveries as GraphQL: the delivery log (one row per event × trigger URI), redelivery,
// and the environment's notification signature setting. Admin keys only: deliveries name the
// receivers' URLs and their error responses.
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../builder.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import { enumValues } from "../../lib/enums.js";
import type { EventType } from "../../events/event-types.js";
import { TriggerEventType } from "./events.schema.js";
import { DELIVERY_STATUSES, SIGNATURE_ALGORITHMS, type DeliveryStatus } from "../../events/webhooks.js";
import { listDeliveries, notificationSettings, parseDeliveryId, redeliverWebhook, updateNotificationSettings } from "./webhook.service.js";

const WebhookDeliveryStatus = builder.enumType("WebhookDeliveryStatus", {
  description: "PENDING: waiting for its (next) attempt; DELIVERED: the receiver answered 2xx; DEAD: retries ran out (redeliverWebhook sends it again).",
  values: enumValues(DELIVERY_STATUSES),
});

const SignatureAlgorithm = builder.enumType("SignatureAlgorithm", {
  description: "Digest of X-Cld-Signature: hex(digest(body + X-Cld-Timestamp + API secret)). SHA1 is Cloudinary's default.",
  values: enumValues(SIGNATURE_ALGORITHMS),
});

export const WebhookDelivery = builder.prismaNode("WebhookDelivery", {
  description: [
    "One notification to one trigger URI, with its retry state. Sent at least once: the body is the event's payload",
    "and X-Cld-Event-Id carries its event id, so receivers drop duplicates by it.",
  ].join(" "),
  // node/nodes give null for an id that names nothing in the caller's environment.
  nullable: true,
  authScopes: { admin: true },
  id: { field: "id" },
  findUnique: (id, ctx) => ({ id: parseDeliveryId(id) ?? -1, environmentId: ctx.environment.id }),
  fields: (t) => ({
    deliveryId: t.exposeInt("id", { description: "The plain id; redeliverWebhook takes it or the global id." }),
    eventId: t.string({
      description: "The event's event_id (as in the body and X-Cld-Event-Id).",
      select: { event: { select: { seq: true } } },
      resolve: (d, _args, ctx) => `${ctx.environment.cloudName}:${d.event.seq}`,
    }),
    eventSequence: t.int({ description: "The event's sequence (Event.sequence).", select: { event: { select: { seq: true } } }, resolve: (d) => d.event.seq }),
    eventType: t.field({ type: TriggerEventType, select: { event: { select: { type: true } } }, resolve: (d) => d.event.type as EventType }),
    uri: t.exposeString("uri"),
    status: t.field({ type: WebhookDeliveryStatus, resolve: (d) => d.status as DeliveryStatus }),
    attempts: t.exposeInt("attempts", { description: "Requests made so far." }),
    lastResponseCode: t.exposeInt("lastResponseCode", { nullable: true, description: "HTTP status of the last attempt; null when it got no response." }),
    lastError: t.exposeString("lastError", { nullable: true, description: "Why the last attempt failed (status and start of the body, connection error or timeout)." }),
    lastAttemptAt: t.expose("lastAttemptAt", { type: "DateTime", nullable: true }),
    nextAttemptAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the next attempt is due; null unless PENDING.",
      resolve: (d) => (d.status === "pending" ? d.nextAttemptAt : null),
    }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the event was recorded; retries stop a bounded time after it." }),
  }),
});

builder.queryField("webhookDeliveries", (t) =>
  t.connection({
    type: WebhookDelivery,
    description: "The environment's webhook deliveries, newest first, optionally of one status. first: default 10, at most 500. Admin keys only.",
    authScopes: { admin: true },
    args: { status: t.arg({ type: WebhookDeliveryStatus }) },
    resolve: (_root, args, ctx, info) => listDeliveries(ctx, args, queryFromInfo({ context: ctx, info, path: ["edges", "node"] })),
  }),
);

const NotificationSettings = builder.objectRef<{ signatureAlgorithm: (typeof SIGNATURE_ALGORITHMS)[number] }>("NotificationSettings").implement({
  description: "How the environment's webhook notifications are signed.",
  fields: (t) => ({ signatureAlgorithm: t.field({ type: SignatureAlgorithm, resolve: (s) => s.signatureAlgorithm }) }),
});

builder.queryField("notificationSettings", (t) =>
  t.field({ type: NotificationSettings, authScopes: { admin: true }, resolve: (_root, _args, ctx) => notificationSettings(ctx) }),
);

const RedeliverWebhookInput = builder.inputType("RedeliverWebhookInput", {
  fields: (t) => ({ id: t.id({ required: true, description: "The delivery's id (global) or its deliveryId." }) }),
});

mutationWithPayload("redeliverWebhook", {
  input: RedeliverWebhookInput,
  description: [
    "Sends a DEAD or DELIVERED delivery again now (a PENDING one skips the rest of its backoff). Retries stop at the same",
    "bound as before, counted from the delivery's creation: past it, a failing redelivery is DEAD again after one attempt.",
  ].join(" "),
  payload: (t) => ({ delivery: t.field({ type: WebhookDelivery, nullable: true, resolve: (r) => r.delivery ?? null }) }),
  service: redeliverWebhook,
});

const UpdateNotificationSettingsInput = builder.inputType("UpdateNotificationSettingsInput", {
  fields: (t) => ({ signatureAlgorithm: t.field({ type: SignatureAlgorithm, required: true }) }),
});

mutationWithPayload("updateNotificationSettings", {
  input: UpdateNotificationSettingsInput,
  description: "Chooses the digest of X-Cld-Signature for the environment's notifications from now on.",
  payload: (t) => ({ signatureAlgorithm: t.field({ type: SignatureAlgorithm, nullable: true, resolve: (r) => r.signatureAlgorithm ?? null }) }),
  service: updateNotificationSettings,
});
