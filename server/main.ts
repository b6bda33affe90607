import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config/config.js';
import { openDatabase, type Database } from './db/database.js';
import { createApp } from './http/app.js';
import { loadSeedIfEmpty } from './db/seed.js';
import { warmQueryPlans } from './db/warm-plans.js';
import { ensureDerivedTotals } from './db/derived-totals.js';

export interface StartOptions {
  /** The configuration (see config/config.ts); tests pass port 0 and their own database. */
  config: Config;
  /** Use this open database instead of opening one from `config.neo4j` (tests share one). */
  db?: Database;
  /** Progress lines; defaults to stderr. */
  log?: (line: string) => void;
}

export interface RunningServer {
  /** http://host:port */
  url: string;
  port: number;
  db: Database;
  /** Stops accepting requests, drains them, then closes the database if we opened it. */
  stop(): Promise<void>;
}

/** Opens the database (and seeds it when empty), then serves the API and the front end. */
export async function start(options: StartOptions): Promise<RunningServer> {
  const { config } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const ownsDb = options.db === undefined;
  const db = options.db ?? (await openDatabase({ config, log }));
  try {
    if (config.seedOnEmpty) await loadSeedIfEmpty({ db, seedPath: config.seedPath, log });
    await ensureDerivedTotals({ executor: db.executor, log });
    const httpServer = createServer();
    const { app, apollo } = await createApp({
      db,
      maxPageSize: config.maxPageSize,
      clientDir: config.clientDir,
      httpServer,
      analysis: {
        thresholds: config.gapThresholds,
        weights: config.targetWeights,
        momentumYears: config.momentumYears,
        overdueDays: config.overdueDays,
        targetCandidates: config.targetCandidates,
      },
      auth: config.auth,
      importMaxBytes: config.importMaxBytes,
      graphqlLimits: config.graphqlLimits,
      introspection: config.introspection,
      http: config.http,
    });
    // In the background: the server answers meanwhile, the first analysis just waits longer.
    const warming = warmQueryPlans({
      executor: db.executor,
      maxPageSize: config.maxPageSize,
      targetCandidates: config.targetCandidates,
      log,
    });
    // Node's defaults wait 5 minutes for a slow request; a slowloris client should not hold a socket that long.
    httpServer.requestTimeout = config.http.requestTimeoutMs;
    httpServer.headersTimeout = Math.min(config.http.requestTimeoutMs, 20_000);
    httpServer.setTimeout(config.http.requestTimeoutMs);
    httpServer.on('request', app);
    await new Promise<void>((resolveListen, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolveListen());
    });
    const port = (httpServer.address() as AddressInfo).port;
    let stopped: Promise<void> | undefined;
    return {
      url: `http://${config.host}:${port}`,
      port,
      db,
      stop() {
        stopped ??= (async () => {
          await apollo.stop();
          await warming;
          if (ownsDb) await db.close();
        })();
        return stopped;
      },
    };
  } catch (error) {
    if (ownsDb) await db.close();
    throw error;
  }
}
