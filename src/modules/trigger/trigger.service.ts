// Triggers (DOMAIN.md §5.1): one event type paired with one notification URL. The outbox
// (src/events/outbox.ts) reads them when an event is recorded and queues one delivery per URL.
// Trigger operations themselves emit no events (DOMAIN.md §5.2).
import { lockEnvironment, type Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, notFound } from "../../errors/errors.js";
import type { EventType } from "../../events/event-types.js";
import { decodeGlobalIdOf, newHexId } from "../../lib/ids.js";
import { validateUri } from "../../lib/uri.js";

/** Notification URLs per (environment, event type); `all` counts as its own event type. */
export const MAX_TRIGGERS_PER_EVENT_TYPE = 30;
/** Candidate external ids for a trigger id given as a Relay global id or as the external id. */
function externalIdCandidates(id: string): string[] {
  const decoded = decodeGlobalIdOf(id, "Trigger");
  return decoded === null ? [id] : [id, decoded];
}

export async function findTrigger(tx: Tx, environmentId: number, id: string | number) {
  return tx.trigger.findFirst({ where: { environmentId, externalId: { in: externalIdCandidates(String(id)) } } });
}

export async function createTrigger(ctx: Ctx, input: { uri: string; eventType: EventType }) {
  const uri = validateUri(input.uri, ["input", "uri"]);
  const environmentId = ctx.environment.id;
  return ctx.db.$transaction(async (tx) => {
    // Counting then inserting must not let two concurrent creates both take the 30th place.
    // The environment's trigger writes run one at a time, so the 30-per-type count holds.
    await lockEnvironment(tx, ctx);
    const existing = await tx.trigger.findUnique({ where: { environmentId_eventType_uri: { environmentId, eventType: input.eventType, uri } } });
    if (existing) {
      throw new DomainError("ALREADY_EXISTS", `a trigger for ${input.eventType} already notifies ${uri} (${existing.externalId})`, ["input", "uri"]);
    }
    const count = await tx.trigger.count({ where: { environmentId, eventType: input.eventType } });
    if (count >= MAX_TRIGGERS_PER_EVENT_TYPE) {
      throw new DomainError(
        "TRIGGER_LIMIT_REACHED",
        `event type ${input.eventType} already has ${MAX_TRIGGERS_PER_EVENT_TYPE} notification URLs; delete one before adding another`,
        ["input", "eventType"],
      );
    }
    const now = new Date();
    const trigger = await tx.trigger.create({
      data: { environmentId, externalId: newHexId(), eventType: input.eventType, uri, createdAt: now, updatedAt: now },
    });
    return { trigger };
  });
}

/** Changes a trigger's URI only (the event type cannot change: delete and create instead). */
export async function updateTrigger(ctx: Ctx, input: { id: string | number; newUri: string }) {
  const uri = validateUri(input.newUri, ["input", "newUri"]);
  const environmentId = ctx.environment.id;
  return ctx.db.$transaction(async (tx) => {
    const trigger = await findTrigger(tx, environmentId, input.id);
    if (!trigger) throw notFound(`trigger ${input.id}`, ["input", "id"]);
    const clash = await tx.trigger.findUnique({ where: { environmentId_eventType_uri: { environmentId, eventType: trigger.eventType, uri } } });
    if (clash && clash.id !== trigger.id) {
      throw new DomainError("ALREADY_EXISTS", `another trigger for ${trigger.eventType} already notifies ${uri} (${clash.externalId})`, ["input", "newUri"]);
    }
    const updated = await tx.trigger.update({ where: { id: trigger.id }, data: { uri, updatedAt: new Date() } });
    // Notifications still waiting for the old URI go to the new one (once per event and URI).
    for (const d of await orphanedDeliveries(tx, environmentId, trigger.uri)) {
      const taken = await tx.webhookDelivery.findUnique({ where: { eventId_uri: { eventId: d.eventId, uri } }, select: { id: true } });
      await tx.webhookDelivery.update({
        where: { id: d.id },
        data: taken ? { status: "dead", lastError: `superseded: ${uri} already has this event`, leaseUntil: null } : { uri, nextAttemptAt: new Date(), leaseUntil: null },
      });
    }
    return { trigger: updated };
  });
}

/** Pending deliveries to `uri` that no remaining trigger of the environment asks for any more. */
async function orphanedDeliveries(tx: Tx, environmentId: number, uri: string) {
  const remaining = new Set((await tx.trigger.findMany({ where: { environmentId, uri }, select: { eventType: true } })).map((t) => t.eventType));
  if (remaining.has("all")) return [];
  const pending = await tx.webhookDelivery.findMany({ where: { environmentId, uri, status: "pending" }, select: { id: true, eventId: true, event: { select: { type: true } } } });
  return pending.filter((d) => !remaining.has(d.event.type));
}

export async function deleteTrigger(ctx: Ctx, input: { id: string | number }) {
  const environmentId = ctx.environment.id;
  return ctx.db.$transaction(async (tx) => {
    const trigger = await findTrigger(tx, environmentId, input.id);
    if (!trigger) throw notFound(`trigger ${input.id}`, ["input", "id"]);
    await tx.trigger.delete({ where: { id: trigger.id } });
    // A URL the admin removed gets no more notifications, retries included.
    const orphaned = await orphanedDeliveries(tx, environmentId, trigger.uri);
    await tx.webhookDelivery.updateMany({
      where: { id: { in: orphaned.map((d) => d.id) } },
      data: { status: "dead", lastError: "trigger deleted before delivery", leaseUntil: null },
    });
    return { deleted: trigger };
  });
}
