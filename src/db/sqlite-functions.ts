// User functions on SQLite connections (CreateDbOptions.sqliteFunctions): the contract of the
// module that registers them, and the wrapper that registers them on the writer's connection
// (reader threads load the module themselves, see sqlite-readers.thread.ts).
import type Database from "better-sqlite3";

/** What a `sqliteFunctions` module exports. */
export interface SqliteFunctions {
  registerSqliteFunctions(db: Database.Database): void;
}

/** Wraps a Prisma adapter factory so every connection it opens has the functions of `module`. */
export function withSqliteFunctions<F extends { connect(): Promise<unknown> }>(factory: F, module: string): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const [adapter, { registerSqliteFunctions }] = await Promise.all([connect(), import(module) as Promise<SqliteFunctions>]);
    registerSqliteFunctions((adapter as { client: Database.Database }).client);
    return adapter;
  };
  return factory;
}
