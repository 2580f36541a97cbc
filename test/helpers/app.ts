// One app per test file over a fresh database, with an admin key, a read-only key and a second
// environment, and a `gql` that runs typed documents through yoga.fetch as a given key.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type ExecutionResult } from "graphql";
import { afterAll, beforeAll } from "vitest";
import { buildApp, type App, type AppOptions } from "../../src/app.js";
import { createLogger } from "../../src/lib/logger.js";
import { bootstrapEnvironment } from "../../src/modules/environment/environment.service.js";
import { freshDatabase, type TestDatabase } from "./db.js";

export interface Credentials {
  apiKey: string;
  apiSecret: string;
}

export interface TestApp {
  app: App;
  admin: Credentials;
  readOnly: Credentials;
  /** admin of another environment, for isolation tests */
  otherAdmin: Credentials;
  /** the test file's own database */
  databaseUrl: string;
  /** SQL statements run since the last `sql.length = 0` */
  sql: string[];
  gql<R, V>(doc: TypedDocumentNode<R, V>, variables?: V, as?: Credentials | null): Promise<ExecutionResult<R> & { status: number }>;
  raw(body: unknown, headers?: Record<string, string>): Promise<Response>;
}

export const basic = (c: Credentials) => `Basic ${Buffer.from(`${c.apiKey}:${c.apiSecret}`).toString("base64")}`;

/** Registers beforeAll/afterAll hooks and returns the (lazily filled) test app. */
export function useTestApp(options: Partial<AppOptions> = {}): TestApp {
  const t = { sql: [] as string[] } as TestApp;
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
    t.databaseUrl = db.url;
    t.app = await buildApp({ databaseUrl: db.url, logger: createLogger({ level: process.env.TEST_LOG_LEVEL ?? "silent", pretty: false }), onQuery: (q) => t.sql.push(q), ...options });
    const boot = await bootstrapEnvironment(t.app.db, { cloudName: "test-cloud", apiKey: "111111111111111", apiSecret: "admin-secret" });
    t.admin = { apiKey: boot.apiKey, apiSecret: "admin-secret" };
    await t.app.db.apiKey.create({ data: { environmentId: boot.environment.id, key: "222222222222222", secret: "read-secret", role: "read_only" } });
    t.readOnly = { apiKey: "222222222222222", apiSecret: "read-secret" };
    await bootstrapEnvironment(t.app.db, { cloudName: "other-cloud", apiKey: "333333333333333", apiSecret: "other-secret" });
    t.otherAdmin = { apiKey: "333333333333333", apiSecret: "other-secret" };
  });
  afterAll(async () => {
    await t.app?.close();
    await db?.drop();
  });
  t.raw = (body, headers = {}) =>
    Promise.resolve(
      t.app.yoga.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      }),
    );
  t.gql = async (doc, variables, as) => {
    const creds = as === undefined ? t.admin : as;
    const res = await t.raw({ query: print(doc), variables }, creds ? { authorization: basic(creds) } : {});
    return { ...((await res.json()) as ExecutionResult<never>), status: res.status };
  };
  return t;
}
