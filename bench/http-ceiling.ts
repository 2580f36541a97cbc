// The ceiling for bench:http: a hello-world Yoga (one static resolver) on the project's own
// graphql-yoga build over node:http, so the ratio to it shows what the API adds per request.
import { createServer } from "node:http";
import { createSchema, createYoga } from "graphql-yoga";

const yoga = createYoga({
  schema: createSchema({ typeDefs: "type Query { hello: String! }", resolvers: { Query: { hello: () => "world" } } }),
  graphqlEndpoint: "/graphql",
  landingPage: false,
  logging: false,
});
const port = Number(process.env.PORT ?? 4100);
createServer(yoga).listen(port, () => process.stdout.write(`ceiling listening on ${port}\n`));
