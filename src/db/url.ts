export const DEFAULT_DATABASE_URL = "file:./data/assets.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  // `||`, not `??`: an empty value falls back too.
  return env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** `file:./data/assets.db` -> `./data/assets.db` (the form better-sqlite3 opens). */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
