import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/config.js';
import type { Logger } from '../logger/logger.js';
import type { GraphQLContext } from '../graphql/context.js';
import { formatError, guardPlugin } from '../graphql/apollo-plugins.js';
import { SESSION_COOKIE } from '../../modules/auth/auth.resolver.js';
import { buildContext, type ContextFactoryDeps } from './request-context.js';
import { bearerToken, parseCookies } from './cookies.js';
import { attachWebSocketServer } from './ws-server.js';

export interface HttpServerDeps extends ContextFactoryDeps {
  config: Config;
  logger: Logger;
  schema: GraphQLSchema;
  /** Answers /readyz: true when the database answers and migrations ran. */
  isReady: () => Promise<boolean>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:; frame-ancestors 'none'",
};

export const createHttpServer = async (
  deps: HttpServerDeps,
): Promise<{ httpServer: http.Server; apollo: ApolloServer<GraphQLContext> }> => {
  const { config, logger, schema } = deps;
  const app = express();
  const httpServer = http.createServer(app);
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use((_req, res, next) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await deps.isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });

  const limits = {
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxCost: config.GRAPHQL_MAX_COST,
  };
  const ws = attachWebSocketServer(httpServer, schema, deps, limits, logger);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM/SIGINT: Apollo's own handler would stop it behind the
    // app's back and re-raise a signal the app's handler then swallows.
    stopOnTerminationSignals: false,
    formatError: formatError(logger),
    plugins: [
      guardPlugin(limits),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: ws.close }) },
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }: { req: Request; res: Response }) => {
        const cookies = parseCookies(req.headers.cookie);
        const csrfHeader = req.headers['x-csrf-token'];
        return buildContext(
          deps,
          {
            bearer: bearerToken(req.headers.authorization),
            sessionSecret: cookies[SESSION_COOKIE],
            csrfToken: typeof csrfHeader === 'string' ? csrfHeader : undefined,
            csrfRequired: true,
          },
          {
            ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
            userAgent: String(req.headers['user-agent'] ?? ''),
            secureRequest: req.secure,
            setCookie: (name, value, o) => res.cookie(name, value, o),
            clearCookie: (name, o) => res.clearCookie(name, { ...o, maxAge: undefined }),
          },
        );
      },
    }),
  );

  serveSpa(app, config.WEB_DIST, logger);
  return { httpServer, apollo };
};

/** The built SPA at `/`, with client-side routes falling back to index.html. */
const serveSpa = (app: express.Express, dist: string, logger: Logger): void => {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) {
    logger.warn({ dist }, 'the web app is not built: run `pnpm build` to serve it at /');
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('Casella API is running. The web app is not built: run `pnpm build`.\n');
    });
    return;
  }
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get(/^(?!\/graphql).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
};
