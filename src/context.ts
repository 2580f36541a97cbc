// The per-request context: who is calling (the API key's principal), which environment that key
// belongs to (every query is scoped to it), and the database. Built by app.ts after auth.
import { randomUUID } from "node:crypto";
import DataLoader from "dataloader";
import type { Logger } from "pino";
import type { Db } from "./db/client.js";
import type { SqlReader } from "./db/sql.js";
import type { MetadataField as MetadataFieldRow, MetadataRule as MetadataRuleRow } from "./generated/sqlite/client.js";
import type { EventBus } from "./events/bus.js";
import type { EventFeeds } from "./events/feed.js";
import type { Dialect } from "./lib/prefix.js";
import type { BlobStore } from "./blob/store.js";

export type Role = "admin" | "read_only";

export interface Principal {
  apiKeyId: number;
  apiKey: string;
  role: Role;
  environment: EnvironmentRef;
}

export interface EnvironmentRef {
  id: number;
  cloudName: string;
  folderMode: "dynamic" | "fixed";
}

/**
 * What a request needs of the API-key authenticator (the environment area's Authenticator): a
 * key's current state, and word of a key this request revoked. Declared here so that the context
 * does not depend on the area that implements it.
 */
export interface KeyStates {
  isActive(apiKey: string): Promise<boolean>;
  revoked(apiKey: string): void;
}

export interface AppConfig {
  /** host of delivery URLs (url/secureUrl), res.cloudinary.com unless DELIVERY_HOST is set */
  deliveryHost: string;
  /** the largest file an upload takes (bytes) */
  maxUploadBytes: number;
  /** how long fetching an upload's http(s) URL may take */
  uploadFetchTimeoutMs: number;
}

export interface Ctx {
  db: Db;
  /** hand-written reads of the hottest read paths (src/db/sql.ts); queries only */
  sql: SqlReader;
  /** which SQL the database speaks, for the few queries that differ */
  dialect: Dialect;
  principal: Principal;
  environment: EnvironmentRef;
  config: AppConfig;
  log: Logger;
  auth: KeyStates;
  loaders: Loaders;
  /** announces committed events (see src/events/outbox.ts) */
  events: EventBus;
  feeds: EventFeeds;
  /** the file store for originals (src/blob) */
  blobs: BlobStore;
  /** echoed in every event this request causes, as request_id */
  requestId: string;
}

/**
 * Request-scoped loaders for what the Prisma plugin cannot batch (counts, aggregates), the one
 * place every area's loaders are built: renewed per request, per event of a subscription, and
 * when a query moves to the read connection.
 */
export function createLoaders(db: Db, environmentId: number) {
  return {
    /** number of assets related to each asset (by internal id) */
    relatedCount: new DataLoader<number, number>(async (ids) => {
      const rows = await db.relatedAsset.groupBy({ by: ["fromId"], where: { fromId: { in: [...ids] }, to: { status: "active" } }, _count: { _all: true } });
      const counts = new Map(rows.map((r) => [r.fromId, r._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    /** datasource entries of each metadata field (by internal id), in datasource order */
    metadataEntries: new DataLoader<number, MetadataEntryRow[]>(async (ids) => {
      const rows = await db.datasourceEntry.findMany({
        where: { fieldId: { in: [...ids] } },
        select: { fieldId: true, externalId: true, value: true, state: true, position: true },
        orderBy: [{ fieldId: "asc" }, { position: "asc" }],
      });
      return ids.map((id) => rows.filter((r) => r.fieldId === id));
    }),
    // An environment's metadata fields (at most 100) and rules, by environment id: one statement
    // each for every value or trace entry of the request that needs them.
    metadataFields: new DataLoader<number, Map<number, MetadataFieldRow>>(async (envIds) =>
      Promise.all(envIds.map(async (environmentId) => new Map((await db.metadataField.findMany({ where: { environmentId } })).map((f) => [f.id, f])))),
    ),
    metadataRules: new DataLoader<number, Map<string, MetadataRuleRow>>(async (envIds) =>
      Promise.all(envIds.map(async (environmentId) => new Map((await db.metadataRule.findMany({ where: { environmentId } })).map((r) => [r.externalId, r])))),
    ),
    /** derived resources per asset (internal id) */
    derivedCountByAsset: new DataLoader<number, number>(async (ids) => {
      const rows = await db.derivedResource.groupBy({ by: ["assetId"], where: { assetId: { in: [...ids] } }, _count: { _all: true } });
      const counts = new Map(rows.map((r) => [r.assetId, r._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    /** derived resources per transformation (internal id) */
    derivedCountByTransformation: new DataLoader<number, number>(async (ids) => {
      const rows = await db.derivedResource.groupBy({ by: ["transformationId"], where: { transformationId: { in: [...ids] } }, _count: { _all: true } });
      const counts = new Map(rows.map((r) => [r.transformationId, r._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    /** backed-up versions per asset (internal id) */
    versionCountByAsset: new DataLoader<number, number>(async (ids) => {
      const rows = await db.assetVersion.groupBy({ by: ["assetId"], where: { assetId: { in: [...ids] } }, _count: { _all: true } });
      const counts = new Map(rows.map((r) => [r.assetId, r._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    /** whether a named transformation exists in the caller's environment, by name (without t_) */
    namedTransformationExists: new DataLoader<string, boolean>(async (names) => {
      const rows = await db.transformation.findMany({ where: { environmentId, named: true, name: { in: [...names] } }, select: { name: true } });
      const found = new Set(rows.map((r) => r.name));
      return names.map((n) => found.has(n));
    }),
    /** last-access report entries per report (internal id) */
    entryCountByReport: new DataLoader<number, number>(async (ids) => {
      const rows = await db.lastAccessReportEntry.groupBy({ by: ["reportId"], where: { reportId: { in: [...ids] } }, _count: { _all: true } });
      const counts = new Map(rows.map((r) => [r.reportId, r._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export interface MetadataEntryRow {
  fieldId: number;
  externalId: string;
  value: string;
  state: string;
  position: number;
}

/**
 * Forgets what the metadata loaders read: called when a metadata mutation has committed, so a
 * later root field of the same request (mutations run one after another) reads the new state.
 */
export function clearMetadataLoaders(ctx: Ctx): void {
  ctx.loaders.metadataEntries.clearAll();
  ctx.loaders.metadataFields.clearAll();
  ctx.loaders.metadataRules.clearAll();
}
export type Loaders = ReturnType<typeof createLoaders>;

export function createContext(base: Omit<Ctx, "environment" | "loaders" | "requestId">): Ctx {
  return { ...base, environment: base.principal.environment, loaders: createLoaders(base.db, base.principal.environment.id), requestId: randomUUID() };
}
