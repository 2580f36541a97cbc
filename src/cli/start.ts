// npm start. The server runs as production unless NODE_ENV says otherwise: graphql-js then skips a
// development-only check on every type test it makes while executing (measured in bench:http), and
// Yoga masks unexpected errors without their details. Set before anything imports graphql, which
// reads it once at load.
process.env.NODE_ENV ??= "production";
await import("./serve.js");
export {};
