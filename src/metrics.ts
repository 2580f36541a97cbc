// Prometheus metrics on /metrics: Yoga's operation metrics (count, duration per phase, errors)
// plus what an operator of the event pipeline alerts on: webhook deliveries by status, the age of
// the oldest pending one (delivery lag), and live subscribers. Each app has its own registry, so
// several apps in one process (tests, two instances) never collide.
import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import { Gauge, Registry, collectDefaultMetrics } from "prom-client";
import { committed, type Db } from "./db/client.js";
import type { EventFeeds } from "./events/feed.js";
import { DELIVERY_STATUSES } from "./events/webhooks.js";

export interface Metrics {
  registry: Registry;
  plugin: Plugin;
}

export function createMetrics(db: Db, feeds: EventFeeds): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: "assets_webhook_deliveries",
    help: "Webhook deliveries by status (pending, delivered, dead), all environments.",
    labelNames: ["status"],
    registers: [registry],
    async collect() {
      const rows = await committed(db, (d) => d.webhookDelivery.groupBy({ by: ["status"], _count: { _all: true } }));
      const counts = new Map(rows.map((r) => [r.status, r._count._all]));
      for (const status of DELIVERY_STATUSES) this.set({ status }, counts.get(status) ?? 0);
    },
  });
  new Gauge({
    name: "assets_webhook_oldest_pending_seconds",
    help: "Age of the oldest pending webhook delivery (0 when none is pending): the delivery lag.",
    registers: [registry],
    async collect() {
      const oldest = await committed(db, (d) => d.webhookDelivery.findFirst({ where: { status: "pending" }, orderBy: { createdAt: "asc" }, select: { createdAt: true } }));
      this.set(oldest ? Math.max(0, (Date.now() - oldest.createdAt.getTime()) / 1000) : 0);
    },
  });
  new Gauge({
    name: "assets_event_subscribers",
    help: "Event subscriptions (events, assetChanged) open on this instance.",
    registers: [registry],
    collect() {
      this.set(feeds.subscriberCount());
    },
  });
  const plugin = usePrometheus({
    registry,
    // Served by src/server.ts beside /healthz, before authentication (scrapers send no API key).
    endpoint: false,
    metrics: {
      // Its `url` label would carry whole GET query strings; the operation metrics say the same.
      graphql_yoga_http_duration: false,
    },
  }) as Plugin;
  return { registry, plugin };
}
