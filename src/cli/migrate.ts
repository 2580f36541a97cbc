// npm run migrate: applies pending migrations to DATABASE_URL (npm start does this too).
import { databaseUrl } from "../db/url.js";
import { migrate } from "../db/migrate.js";
import { runCli } from "./run.js";

await runCli(async () => {
  const applied = await migrate(databaseUrl(), (name) => console.log(`applied ${name}`));
  console.log(applied.length ? `${applied.length} migration(s) applied` : "database is up to date");
});
