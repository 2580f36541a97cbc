// Entry of a SQLite reader thread (src/db/sqlite-readers.ts): loads the TypeScript body through
// tsx, which a worker's own entry point cannot be on Node 20.
import { tsImport } from "tsx/esm/api";

await tsImport("./sqlite-readers.thread.ts", import.meta.url);
