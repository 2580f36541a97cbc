// The boundaries of src/ (docs/architecture.md explains each rule). `npm run depcruise` checks
// them, and .ci/run fails on any violation. There is deliberately no list of known violations:
// a rule that does not hold is fixed in the code, or changed here for a reason written beside it.

// The HTTP and WebSocket edge: the server, the Yoga app and its plugins, and the Cloudinary REST edge.
const EDGE = "^src/((server|ws|app|graphiql|query-limits|rate-limit|metrics|deadline|input-values)\\.ts$|rest/)";
const CLI = "^src/cli/";
// Event plumbing: outbox, bus, feed and the webhook delivery worker.
const EVENTS = "^src/events/";
const MODULES = "^src/modules/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import cycle between files: a cycle makes load order matter and hides which side owns what.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "lib-errors-and-blob-know-no-area",
      severity: "error",
      comment: "src/lib, src/errors and src/blob (the file store) are below everything: they import no module, no event code, no edge and no CLI.",
      from: { path: "^src/(lib|errors|blob)/" },
      to: { path: [MODULES, EVENTS, EDGE, CLI] },
    },
    {
      name: "modules-do-not-import-the-edge",
      severity: "error",
      comment: "A module is reached from the edge and the CLI, never the other way round.",
      from: { path: MODULES },
      to: { path: [EDGE, CLI] },
    },
    {
      name: "event-plumbing-stays-below-the-schema",
      severity: "error",
      comment:
        "Outbox, bus, feed and worker carry event ids and rows; they import no edge, no CLI, no module and no GraphQL schema (the event and webhook types live in modules/webhook).",
      from: { path: EVENTS },
      to: { path: [EDGE, CLI, MODULES, "^src/(builder|schema)\\.ts$", "\\.schema\\.ts$"] },
    },
    {
      name: "another-module-only-through-its-index",
      severity: "error",
      comment: "A module imports another module only through that module's index.ts, its public face.",
      from: { path: "^src/modules/([^/]+)/" },
      to: { path: MODULES, pathNot: ["^src/modules/$1/", "^src/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "outside-code-uses-a-module-through-its-index",
      severity: "error",
      comment:
        "Code outside src/modules reaches a module only through its index.ts; the one exception by design is src/schema.ts, which loads every <area>.schema.ts to register its types.",
      from: { path: "^src/", pathNot: [MODULES, "^src/schema\\.ts$"] },
      to: { path: MODULES, pathNot: "^src/modules/[^/]+/index\\.ts$" },
    },
    {
      name: "schema-loads-only-schema-files",
      severity: "error",
      comment: "src/schema.ts is the composition root of the GraphQL schema: it imports the builder and <area>.schema.ts files, nothing else from a module.",
      from: { path: "^src/schema\\.ts$" },
      to: { path: MODULES, pathNot: "^src/modules/[^/]+/[^/]+\\.schema\\.ts$" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that does not resolve to a file or an installed package.",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    includeOnly: "^src/",
    exclude: { path: "^src/generated/" },
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
