import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../server/config/config.js';
import { CypherCatalog } from '../server/db/cypher.js';
import { refreshTotalsInBatches } from '../server/db/derived-totals.js';
import { openDatabase, type Database } from '../server/db/database.js';

/** The repository root, found from this file whether it runs from bench/ (ts-jest) or dist/bench/. */
export function repositoryRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'bench', 'cypher', 'enterprises.cypher'))) return dir;
  }
  throw new Error(`bench/cypher not found above ${__dirname}`);
}

/** The generator's own Cypher (bench/cypher/*.cypher), addressed by file name. */
export function benchCypher(root = repositoryRoot()): CypherCatalog {
  return new CypherCatalog(join(root, 'bench', 'cypher'));
}

export interface BenchDatabaseOptions {
  /** Embedded store folder; ignored when NEO4J_URI is set in `env`. */
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface BenchDatabase {
  /** The server's own database handle (driver + executor), for benchmarks that start the server on it. */
  db: Database;
  driver: Driver;
  database: string | undefined;
  mode: 'embedded' | 'external';
  uri: string;
  close(): Promise<void>;
}

/**
 * Opens the benchmark database exactly as the server would (openDatabase: same driver
 * settings, schema applied), pointed at the bench store with a bigger heap and page
 * cache. Benchmarks should open it with the same function.
 */
export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const config = loadConfig({
    ...(options.env ?? process.env),
    LIANPU_DATA_DIR: options.dataDir,
    LIANPU_NEO4J_BOLT_PORT: String(options.port),
    LIANPU_NEO4J_HEAP: options.heap,
    LIANPU_NEO4J_PAGE_CACHE: options.pageCache,
  });
  const db: Database = await openDatabase({ config, log: options.log });
  return {
    db,
    driver: db.driver,
    database: config.neo4j.mode === 'external' ? config.neo4j.database : undefined,
    mode: db.mode,
    uri: db.uri,
    close: () => db.close(),
  };
}

export interface BenchMeta {
  /** JSON of GenerationParams, or null when the database holds no generated KB. */
  params: string | null;
  complete: boolean;
  /** JSON of the final counts, when complete. */
  counts: string | null;
  seconds: number | null;
  /** Whether the database holds anything besides the BenchMeta node. */
  hasData: boolean;
}

export async function readBenchMeta(db: BenchDatabase, cypher: CypherCatalog): Promise<BenchMeta> {
  const session = db.driver.session({ database: db.database });
  try {
    const record = (await session.run(cypher.get('meta-read'))).records[0]!;
    return {
      params: record.get('params') as string | null,
      complete: record.get('complete') as boolean,
      counts: record.get('counts') as string | null,
      seconds: record.get('seconds') as number | null,
      hasData: record.get('hasData') as boolean,
    };
  } finally {
    await session.close();
  }
}

/**
 * Empties the database for a new generation. Embedded: deleting the store folder is far
 * faster than deleting millions of nodes; the caller has checked it holds benchmark data
 * (or was told --force). External: batched DETACH DELETE.
 */
export async function emptyBenchDatabase(
  db: BenchDatabase,
  cypher: CypherCatalog,
  options: BenchDatabaseOptions,
): Promise<BenchDatabase> {
  if (db.mode === 'embedded') {
    await db.close();
    rmSync(options.dataDir, { recursive: true, force: true });
    return openBenchDatabase(options);
  }
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(cypher.get('wipe'));
  } finally {
    await session.close();
  }
  return db;
}

/** Nodes per label and relationships per type. */
export async function countGraph(db: BenchDatabase, cypher: CypherCatalog): Promise<Record<string, number>> {
  const session = db.driver.session({ database: db.database });
  try {
    const record = (await session.run(cypher.get('counts'))).records[0]!;
    return Object.fromEntries(record.keys.map((k) => [String(k), Number(record.get(k))]));
  } finally {
    await session.close();
  }
}

/**
 * Computes the totals the API reads instead of raw producers (cypher/maintenance/): the
 * national totals of every link and the production of every region, as the importer does
 * for what it writes. `onlyIfMissing` skips each kind when it exists already, for
 * knowledge bases generated before it was introduced.
 */
export async function refreshTotals(
  db: BenchDatabase,
  options: { onlyIfMissing: boolean; log: (line: string) => void; root?: string },
): Promise<void> {
  const catalog = new CypherCatalog(join(options.root ?? repositoryRoot(), 'cypher'));
  const kinds = [
    {
      label: 'link totals',
      // Complete when every link with producers has its totals and its ranked candidates.
      exists: `MATCH (l:Link) WHERE EXISTS { (l)<-[:PRODUCES]-() }
                 AND (NOT EXISTS { (l)-[:HAS_TOTAL]->() } OR NOT EXISTS { (l)<-[:CANDIDATE_FOR]-() })
               RETURN count(l) = 0 AS found`,
      ids: 'MATCH (l:Link) RETURN l.id AS id ORDER BY id',
      param: 'links',
      batch: 20,
    },
    {
      label: 'region totals',
      exists: 'MATCH ()-[m:MAKES]->() WITH m LIMIT 1 RETURN count(m) > 0 AS found',
      ids: 'MATCH (r:Region) RETURN r.code AS id ORDER BY id',
      param: 'regions',
      batch: 20,
    },
  ];
  const session = db.driver.session({ database: db.database });
  try {
    for (const kind of kinds) {
      if (options.onlyIfMissing) {
        const found = await session.run(kind.exists);
        if (found.records[0]!.get('found') === true) continue;
      }
      const ids = (await session.run(kind.ids)).records.map((r) => r.get('id') as string);
      const started = Date.now();
      // The server's own mechanism (server/db/derived-totals.ts), a batch per transaction.
      await refreshTotalsInBatches({
        stale: { links: kind.param === 'links' ? ids : [], regions: kind.param === 'regions' ? ids : [] },
        batchSize: kind.batch,
        transaction: (work) =>
          session.executeWrite((tx) =>
            work({ run: async (name, params = {}) => (await tx.run(catalog.get(name), params)).records }),
          ),
      });
      options.log(`  ${kind.label.padEnd(14)}${ids.length} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await session.close();
  }
}
