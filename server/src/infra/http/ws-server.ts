import type { Server } from 'node:http';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from '../logger/logger.js';
import type { RequestCredentials } from '../../modules/auth/auth.service.js';
import { SESSION_COOKIE } from '../../modules/auth/auth.resolver.js';
import { assertWithinLimits, isIntrospection, type QueryLimits } from '../graphql/limits.js';
import { buildContext, type ContextFactoryDeps } from './request-context.js';
import { bearerToken, parseCookies } from './cookies.js';
import { ERROR_CODES, unauthenticated } from '../graphql/errors.js';

const isPassThrough = (code: string): boolean => (ERROR_CODES as readonly string[]).includes(code);

interface ConnectionState {
  creds: RequestCredentials;
  ip: string;
  userAgent: string;
  secure: boolean;
}

/**
 * graphql-ws on the same port and path as HTTP, with the same authentication
 * (cookie + CSRF token in connectionParams, or a bearer token) and the same
 * depth, alias and cost limits.
 */
export const attachWebSocketServer = (
  httpServer: Server,
  schema: GraphQLSchema,
  deps: ContextFactoryDeps,
  limits: QueryLimits,
  logger: Logger,
) => {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const states = new WeakMap<object, ConnectionState>();

  const server = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const req = ctx.extra.request;
        const cookies = parseCookies(req.headers.cookie);
        const authorization =
          typeof params.authorization === 'string' ? params.authorization : undefined;
        const creds: RequestCredentials = {
          bearer: bearerToken(authorization),
          sessionSecret: cookies[SESSION_COOKIE],
          csrfToken: typeof params.csrfToken === 'string' ? params.csrfToken : undefined,
          csrfRequired: true,
        };
        const state: ConnectionState = {
          creds,
          ip: req.socket.remoteAddress ?? 'unknown',
          userAgent: String(req.headers['user-agent'] ?? ''),
          secure: 'encrypted' in req.socket && Boolean(req.socket.encrypted),
        };
        try {
          // Reject bad credentials at once; anonymous connections may still subscribe to nothing.
          await buildContext(deps, creds, {
            ip: state.ip,
            userAgent: state.userAgent,
            secureRequest: state.secure,
          });
        } catch (error) {
          logger.info(
            { err: error instanceof Error ? error.message : error },
            'websocket authentication refused',
          );
          return false;
        }
        states.set(ctx.extra, state);
        return true;
      },
      // Resolver errors over WebSocket are masked like over HTTP.
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!('errors' in result) || !result.errors?.length) return undefined;
        return {
          ...result,
          errors: result.errors.map((e) => {
            const code = (e.extensions as { code?: unknown } | undefined)?.code;
            if (typeof code === 'string' && isPassThrough(code)) return e;
            logger.error({ err: e.originalError ?? e }, 'unexpected error in subscription');
            return new GraphQLError('Internal server error.', {
              path: e.path,
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            });
          }),
        };
      },
      onSubscribe: async (ctx, _id, payload) => {
        const state = states.get(ctx.extra);
        if (!state) return [unauthenticated()];
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
        }
        const errors = validate(schema, document, specifiedRules);
        if (errors.length > 0) return errors;
        try {
          // Credentials are checked again for every operation: a revoked session stops here.
          const contextValue = await buildContext(deps, state.creds, {
            ip: state.ip,
            userAgent: state.userAgent,
            secureRequest: state.secure,
          });
          if (!contextValue.viewer) {
            return [
              unauthenticated(
                isIntrospection(document) ? 'Sign in to read the schema.' : undefined,
              ),
            ];
          }
          assertWithinLimits(
            schema,
            document,
            payload.variables ?? undefined,
            payload.operationName,
            limits,
          );
          return {
            schema,
            document,
            variableValues: payload.variables,
            operationName: payload.operationName,
            contextValue,
          };
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          logger.error({ err: error }, 'websocket subscribe failed');
          return [
            new GraphQLError('Internal server error.', {
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            }),
          ];
        }
      },
    },
    wss,
  );

  return {
    close: async () => {
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
};
