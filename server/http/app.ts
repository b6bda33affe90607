import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { GraphQLError } from 'graphql';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { accessPlugin } from '../auth/access-plugin.js';
import { authenticate, requestAuth } from '../auth/authenticate.js';
import { createAuthServices } from '../auth/services.js';
import type { AuthConfig, GraphQLLimits, HttpConfig } from '../config/config.js';
import type { Database } from '../db/database.js';
import { createContext, type AnalysisDefaults, type Context } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';
import { resolvers } from '../graphql/resolvers.js';
import { loadTypeDefs } from '../graphql/schema.js';
import { exportRoutes } from './export-routes.js';
import { importRoutes } from '../edit/import-route.js';
import { checkHealth } from './health.js';
import { databaseStatusPlugin } from './database-status.js';
import { bodyErrors } from './body-errors.js';
import { cors } from './cors.js';
import { limitsPlugin, queryTextLimit } from './limits-plugin.js';
import { securityHeaders } from './security-headers.js';

export interface AppOptions {
  /** The open database (driver + executor). */
  db: Database;
  /** Largest `first` any list accepts. */
  maxPageSize: number;
  /** The built front end to serve at /; skipped when the folder does not exist. */
  clientDir: string;
  /** The HTTP server the app will be mounted on, so Apollo can drain it on stop. */
  httpServer: Server;
  /** Defaults of the gap analysis and the target ranking. */
  analysis: AnalysisDefaults;
  /** Read access, sessions and rate limits. */
  auth: AuthConfig;
  /** Largest body POST /import accepts, in bytes. */
  importMaxBytes: number;
  /** Depth, aliases, cost, ... of one GraphQL request. */
  graphqlLimits: GraphQLLimits;
  /** Whether the schema may be introspected. */
  introspection: boolean;
  /** Body size, CORS allow-list, HSTS. */
  http: HttpConfig;
}

/** Express app: GraphQL at /graphql, health at /healthz, the front end at /. */
export async function createApp(options: AppOptions) {
  const { db, httpServer } = options;
  const authServices = createAuthServices({ config: options.auth });
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    // No cache-control hints are used; its per-field hook costs ~10% of a large answer.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      // Before the access plugin, so a refused operation is not counted against the write limit.
      limitsPlugin({ limits: options.graphqlLimits, maxPageSize: options.maxPageSize }),
      // Closed reads, writes that need a session, and the write rate limit, before anything runs.
      accessPlugin(),
      // 504 for a query stopped by the transaction timeout, where GraphQL over HTTP allows it.
      databaseStatusPlugin(),
    ],
    // Explicit, so NODE_ENV=production (which `npm start` sets for graphql-js's speed)
    // does not silently turn introspection off for the tools planners use.
    introspection: options.introspection,
    // A second guard behind queryTextLimit, for callers of executeOperation.
    parseOptions: { maxTokens: options.graphqlLimits.maxTokens },
    // Both are Apollo's defaults; spelled out because the limits above assume them:
    // one operation per request, and no simple (CSRF-able) request runs an operation.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // cli/start.ts owns the signals: it stops Apollo, then the database, then exits.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => {
      // Our own errors carry a code; anything else is logged here and reported without internals.
      const code = formatted.extensions?.code;
      if (code === ErrorCode.INTERNAL_SERVER_ERROR || code === undefined) {
        const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
        console.error('GraphQL internal error:', cause);
        return {
          message: '服务器内部错误 Internal server error.',
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        };
      }
      return {
        message: formatted.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: formatted.extensions,
      };
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Answers from /graphql, /export and /healthz are computed per request and not cached,
  // so hashing each body for an ETag only costs time (0.1-0.2 ms on a chain's gap table).
  // The front end's files keep theirs: express.static sets its own.
  app.set('etag', false);
  app.use(securityHeaders({ hsts: options.http.hsts, cspExemptPaths: ['/graphql'] }));
  app.use(cors({ origins: options.http.corsOrigins }));
  // Only then is req.ip the client's address rather than the proxy's (login rate limit).
  if (options.auth.trustProxyHops > 0) app.set('trust proxy', options.auth.trustProxyHops);

  app.get('/healthz', async (_req, res) => {
    const report = await checkHealth(db);
    res.status(report.ok ? 200 : 503).json(report);
  });

  const context = async ({ req, res }: { req: express.Request; res: express.Response }) =>
    createContext({
      executor: db.executor,
      maxPageSize: options.maxPageSize,
      health: () => checkHealth(db),
      analysis: options.analysis,
      auth: requestAuth(req, res, authServices),
      authServices,
    });
  const signedIn = authenticate({ executor: db.executor, services: authServices });
  app.use(
    '/graphql',
    express.json({ limit: options.http.maxBodyBytes }),
    bodyErrors({ maxBodyBytes: options.http.maxBodyBytes }),
    queryTextLimit({ limits: options.graphqlLimits }),
    signedIn,
    expressMiddleware(apollo, { context }),
  );
  app.use('/export', signedIn, exportRoutes({ context }));
  app.use('/import', signedIn, importRoutes({ context, maxBytes: options.importMaxBytes }));

  if (existsSync(options.clientDir)) {
    app.use(express.static(options.clientDir, { index: 'index.html', maxAge: '1h' }));
  }

  return { app, apollo };
}
