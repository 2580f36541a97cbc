// GraphQL over WebSocket (graphql-ws) on the same path as HTTP, wired to Yoga as in
// graphql-yoga's examples/graphql-ws so its plugins and context run for socket operations too.
// Credentials come in connectionParams ({ apiKey, apiSecret } or { authorization: "Basic ..." })
// or in the upgrade request's Authorization header.
import type { IncomingMessage, Server } from "node:http";
import type { ExecutionArgs } from "graphql";
import { GraphQLError } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import type { App } from "./app.js";
import type { Principal } from "./context.js";

/** Subscriptions one socket may hold at once. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 100;
/** A socket must send connection_init within this time, or it is closed (4408). */
export const CONNECTION_INIT_TIMEOUT_MS = 10_000;

type Extra = {
  request: IncomingMessage;
  socket: WebSocket;
  principal?: Principal;
};

async function authenticate(app: App, params: Record<string, unknown> | undefined, header: string | undefined): Promise<Principal | null> {
  if (typeof params?.apiKey === "string" && typeof params.apiSecret === "string") return app.auth.verify(params.apiKey, params.apiSecret);
  const authorization = typeof params?.authorization === "string" ? params.authorization : typeof params?.Authorization === "string" ? params.Authorization : header;
  return app.auth.fromAuthorizationHeader(authorization ?? null);
}

export function attachWebSocket(server: Server, app: App, options: { initTimeoutMs?: number } = {}) {
  const wsServer = new WebSocketServer({ server, path: app.yoga.graphqlEndpoint });
  const disposable = useServer<Record<string, unknown> | undefined, Extra>(
    {
      connectionInitWaitTimeout: options.initTimeoutMs ?? CONNECTION_INIT_TIMEOUT_MS,
      execute: (args) => (args.rootValue as { execute: (a: ExecutionArgs) => unknown }).execute(args) as never,
      subscribe: (args) => (args.rootValue as { subscribe: (a: ExecutionArgs) => unknown }).subscribe(args) as never,
      onConnect: async (ctx) => {
        const principal = await authenticate(app, ctx.connectionParams, ctx.extra.request.headers.authorization);
        if (!principal) return false; // graphql-ws closes the socket with 4403 Forbidden
        ctx.extra.principal = principal;
        return true;
      },
      onSubscribe: async (ctx, _id, params) => {
        if (Object.keys(ctx.subscriptions).length >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [new GraphQLError(`at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per socket`, { extensions: { code: "LIMIT_EXCEEDED" } })];
        }
        const { schema, execute, subscribe, contextFactory, parse, validate } = app.yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          principal: ctx.extra.principal,
        });
        const args = {
          schema,
          operationName: params.operationName,
          document: parse(params.query),
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        } as ExecutionArgs;
        const errors = validate(args.schema, args.document);
        return errors.length ? errors : args;
      },
    },
    wsServer,
  );
  return {
    async close() {
      await disposable.dispose();
      wsServer.close();
    },
  };
}
