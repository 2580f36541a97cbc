// Counts the SQL statements one operation runs (house rule: a nested query's count depends on its
// depth, never its page size).
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { expect } from "vitest";
import { graphql } from "../gql/index.js";
import type { TestApp } from "./app.js";

const StatementsWarmUp = graphql(`
  query StatementsWarmUp { environment { cloudName } }
`);

/** Runs `doc` as the admin key and returns its data and the statements it ran. */
export async function runCounted<R, V>(t: TestApp, doc: TypedDocumentNode<R, V>, variables: V): Promise<{ data: R; statements: string[] }> {
  // The key lookup is cached for 10 s: authenticate first, so it is not among the statements.
  t.app.auth.forget(t.admin.apiKey);
  expect((await t.gql(StatementsWarmUp, {})).data!.environment.cloudName).toBe("test-cloud");
  t.sql.length = 0;
  const r = await t.gql(doc, variables);
  const statements = [...t.sql];
  expect(r.errors).toBeUndefined();
  return { data: r.data!, statements };
}
