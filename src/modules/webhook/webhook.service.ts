// Webhook deliveries and notification settings behind the GraphQL fields (webhook.schema.ts); the
// delivery worker itself is event plumbing (src/events/webhooks.ts).
import type { Ctx } from "../../context.js";
import { committed } from "../../db/client.js";
import { DomainError, notFound } from "../../errors/errors.js";
import { SIGNATURE_ALGORITHMS, pokeWorkers, type DeliveryStatus, type SignatureAlgorithm } from "../../events/webhooks.js";
import { decodeGlobalIdOf } from "../../lib/ids.js";
import { PAGE_10_500, columnPage, type PageArgs } from "../../lib/page.js";

/** A delivery id as given to redeliverWebhook: the global id or the plain `deliveryId`. */
export function parseDeliveryId(id: string): number | null {
  const raw = /^\d+$/.test(id) ? id : decodeGlobalIdOf(id, "WebhookDelivery");
  if (raw === null) return null;
  const n = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(n) && n > 0 && n <= 2_147_483_647 ? n : null;
}

export interface DeliveryListArgs extends PageArgs {
  status?: DeliveryStatus | null;
}

/** The environment's deliveries, newest first, keyset-paged by id. */
export function listDeliveries(ctx: Ctx, args: DeliveryListArgs, query: object) {
  const status = args.status ?? null;
  const where = { environmentId: ctx.environment.id, ...(status ? { status } : {}) };
  return columnPage(args, PAGE_10_500, { model: ctx.db.webhookDelivery, where, column: "id", type: "int", direction: "desc", boundTo: { status }, query });
}

/**
 * Makes a delivery pending and due now: a dead or delivered one is sent again (the receiver sees
 * the same event id), a pending one skips the rest of its backoff. Its retry window still runs
 * from its creation, so a redelivery after the window is one attempt: dead again if it fails.
 */
export async function redeliverWebhook(ctx: Ctx, input: { id: string | number }) {
  const id = parseDeliveryId(String(input.id));
  const where = { id: id ?? -1, environmentId: ctx.environment.id };
  const delivery = await ctx.db.$transaction(async (tx) => {
    const existing = id === null ? null : await tx.webhookDelivery.findFirst({ where, select: { id: true } });
    if (!existing) throw notFound(`webhook delivery ${input.id}`, ["input", "id"]);
    const now = new Date();
    const reopened = await tx.webhookDelivery.updateMany({
      where: { ...where, status: { in: ["dead", "delivered"] } },
      data: { status: "pending", nextAttemptAt: now, leaseUntil: null, deliveredAt: null },
    });
    // Already pending: only its backoff is cut short (a lease in flight stays with its sender).
    if (reopened.count === 0) await tx.webhookDelivery.updateMany({ where: { ...where, status: "pending" }, data: { nextAttemptAt: now } });
    return tx.webhookDelivery.findUniqueOrThrow({ where: { id: existing.id } });
  });
  pokeWorkers(ctx.db);
  return { delivery };
}

export async function updateNotificationSettings(ctx: Ctx, input: { signatureAlgorithm: SignatureAlgorithm }) {
  if (!(SIGNATURE_ALGORITHMS as readonly string[]).includes(input.signatureAlgorithm)) {
    throw new DomainError("INVALID_ARGUMENT", `signatureAlgorithm must be one of ${SIGNATURE_ALGORITHMS.join(", ")}`, ["input", "signatureAlgorithm"]);
  }
  const env = await committed(ctx.db, (db) => db.environment.update({
    where: { id: ctx.environment.id },
    data: { signatureAlgorithm: input.signatureAlgorithm },
    select: { signatureAlgorithm: true },
  }));
  return { signatureAlgorithm: env.signatureAlgorithm as SignatureAlgorithm };
}

export async function notificationSettings(ctx: Ctx) {
  const env = await ctx.db.environment.findUniqueOrThrow({ where: { id: ctx.environment.id }, select: { signatureAlgorithm: true } });
  return { signatureAlgorithm: (env.signatureAlgorithm === "sha256" ? "sha256" : "sha1") as SignatureAlgorithm };
}
