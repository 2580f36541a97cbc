// npm run migrate: applies pending migrations to DATABASE_URL (npm start does this too).
import { databaseUrl } from "../db/url.js";
import { migrate } from "../db/migrate.js";

const url = databaseUrl();
const applied = await migrate(url, (name) => console.log(`applied ${name}`));
console.log(applied.length ? `${applied.length} migration(s) applied` : "database is up to date");
