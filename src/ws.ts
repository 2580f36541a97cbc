// GraphQL over WebSocket (graphql-ws) on the same path as HTTP, wired to Yoga as in
// graphql-yoga's examples/graphql-ws so its plugins and context run for socket operations too.
// Credentials come in connectionParams ({ apiKey, apiSecret } or { authorization: "Basic ..." })
// or in the upgrade request's Authorization header. A socket's key is checked again for every
// operation it starts, and a revoked key's sockets are closed (4403): at once when the key is
// revoked through this instance, within a second of the auth cache noticing otherwise.
import type { IncomingMessage, Server } from "node:http";
import type { ExecutionArgs } from "graphql";
import { GraphQLError } from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import type { App } from "./app.js";
import type { Principal } from "./context.js";
import { QUERY_LIMITS, checkRequestValues } from "./query-limits.js";

/** Subscriptions one socket may hold at once. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 100;
/** A socket must send connection_init within this time, or it is closed (4408). */
export const CONNECTION_INIT_TIMEOUT_MS = 10_000;
/** How often the keys of open sockets are checked (each check re-reads a key at most once per auth cache lifetime). */
const KEY_SWEEP_MS = 1_000;

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

/** Open sockets by the API key that opened them. */
class SocketsByKey {
  private byKey = new Map<string, Set<WebSocket>>();

  add(apiKey: string, socket: WebSocket): void {
    let set = this.byKey.get(apiKey);
    if (!set) this.byKey.set(apiKey, (set = new Set()));
    set.add(socket);
    socket.once("close", () => {
      set.delete(socket);
      if (!set.size && this.byKey.get(apiKey) === set) this.byKey.delete(apiKey);
    });
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  close(apiKey: string): void {
    for (const socket of this.byKey.get(apiKey) ?? []) socket.close(CloseCode.Forbidden, "Forbidden: the API key was revoked");
  }
}

export function attachWebSocket(server: Server, app: App, options: { initTimeoutMs?: number } = {}) {
  const wsServer = new WebSocketServer({ server, path: app.yoga.graphqlEndpoint, maxPayload: QUERY_LIMITS.maxRequestBytes });
  const sockets = new SocketsByKey();
  const stopListening = app.auth.onRevoked((apiKey) => sockets.close(apiKey));
  // Revocations made through another instance reach this one through the database.
  let sweeping = false;
  const sweep = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    Promise.all(sockets.keys().map(async (key) => {
      if (!(await app.auth.isActive(key))) sockets.close(key);
    }))
      .catch((err) => app.log.warn({ err }, "could not check the keys of open sockets"))
      .finally(() => (sweeping = false));
  }, KEY_SWEEP_MS);
  sweep.unref();

  const disposable = useServer<Record<string, unknown> | undefined, Extra>(
    {
      connectionInitWaitTimeout: options.initTimeoutMs ?? CONNECTION_INIT_TIMEOUT_MS,
      execute: (args) => (args.rootValue as { execute: (a: ExecutionArgs) => unknown }).execute(args) as never,
      subscribe: (args) => (args.rootValue as { subscribe: (a: ExecutionArgs) => unknown }).subscribe(args) as never,
      onConnect: async (ctx) => {
        const principal = await authenticate(app, ctx.connectionParams, ctx.extra.request.headers.authorization);
        if (!principal) return false; // graphql-ws closes the socket with 4403 Forbidden
        ctx.extra.principal = principal;
        sockets.add(principal.apiKey, ctx.extra.socket);
        return true;
      },
      onSubscribe: async (ctx, _id, params) => {
        const principal = ctx.extra.principal!;
        if (!(await app.auth.isActive(principal.apiKey))) {
          sockets.close(principal.apiKey);
          return [new GraphQLError("the API key was revoked", { extensions: { code: "UNAUTHENTICATED" } })];
        }
        if (Object.keys(ctx.subscriptions).length >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [new GraphQLError(`at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per socket`, { extensions: { code: "LIMIT_EXCEEDED" } })];
        }
        const { schema, execute, subscribe, contextFactory, parse, validate } = app.yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          principal,
        });
        try {
          checkRequestValues(params);
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
        } catch (e) {
          // A document or variables over the caps, or a syntax error: an error for this operation, not the socket.
          if (e instanceof GraphQLError) return [e];
          throw e;
        }
      },
    },
    wsServer,
  );
  return {
    async close() {
      clearInterval(sweep);
      stopListening();
      await disposable.dispose();
      wsServer.close();
    },
  };
}
