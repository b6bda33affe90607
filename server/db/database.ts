import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { CypherCatalog, splitStatements } from './cypher.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded-neo4j.js';
import { Executor } from './executor.js';

export interface OpenDatabaseOptions {
  /** The process configuration (which Neo4j, timeouts, where the Cypher files are). */
  config: Config;
  /** Where progress lines go (start-up can take a few seconds); defaults to stderr. */
  log?: (line: string) => void;
}

export interface Database {
  driver: Driver;
  executor: Executor;
  /** embedded: we started Neo4j; external: NEO4J_URI. */
  mode: 'embedded' | 'external';
  /** Bolt URI without credentials. */
  uri: string;
  /** The JVM we started and supervise (embedded mode only). */
  embedded?: EmbeddedNeo4j;
  /** Closes the driver and, when embedded, shuts Neo4j down. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Connects the process's single driver: to NEO4J_URI when set, otherwise to an embedded
 * Neo4j that it starts. Then it applies the schema (idempotent), so every caller (the
 * server, the import CLI, tests) sees the same constraints and indexes.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { config } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let embedded: EmbeddedNeo4j | undefined;
  let uri: string;
  // The embedded database listens on loopback only, with auth off: no token.
  let auth: AuthToken | undefined;
  if (config.neo4j.mode === 'embedded') {
    log(`Starting embedded Neo4j in ${config.neo4j.dataDir} ...`);
    // Its lines (warnings, crashes and restarts) go where the app logs.
    embedded = await startEmbeddedNeo4j({ ...config.neo4j, log: (line) => log(`[neo4j] ${line}`) });
    uri = embedded.uri;
  } else {
    uri = config.neo4j.uri;
    auth = neo4j.auth.basic(config.neo4j.user, config.neo4j.password);
  }

  const driver = neo4j.driver(uri, auth, {
    // Bounded waits everywhere: a request never hangs on a dead database (docs/operations.md).
    connectionAcquisitionTimeout: config.neo4jDriver.acquisitionTimeoutMs,
    connectionTimeout: config.neo4jDriver.connectionTimeoutMs,
    maxTransactionRetryTime: config.neo4jDriver.maxRetryTimeMs,
    // Counts and capacities fit in a double; plain numbers keep resolvers simple.
    disableLosslessIntegers: true,
    userAgent: 'lianpu/0.1',
  });
  const catalog = new CypherCatalog(config.cypherDir);
  const database = config.neo4j.mode === 'external' ? config.neo4j.database : undefined;
  const executor = new Executor({ driver, catalog, database, timeoutMs: config.queryTimeoutMs });

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      await driver.close();
      await embedded?.stop();
    })();
    return closed;
  };

  try {
    await driver.verifyConnectivity({ database });
    await applySchema({ driver, catalog, database });
  } catch (error) {
    await close();
    throw error;
  }
  return { driver, executor, mode: config.neo4j.mode, uri, ...(embedded ? { embedded } : {}), close };
}

/**
 * Runs every statement of cypher/schema/*.cypher (all `IF NOT EXISTS`), each in its own
 * auto-commit transaction because schema changes cannot share one with other statements.
 */
export async function applySchema(args: { driver: Driver; catalog: CypherCatalog; database: string | undefined }) {
  const session = args.driver.session({ database: args.database });
  try {
    for (const name of args.catalog.list('schema')) {
      for (const statement of splitStatements(args.catalog.get(name))) {
        await session.run(statement);
      }
    }
  } finally {
    await session.close();
  }
}
