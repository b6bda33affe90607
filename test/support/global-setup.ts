import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/db/embedded-neo4j';

declare global {
  var __LIANPU_NEO4J__: { neo4j: EmbeddedNeo4j; dataDir: string } | undefined;
}

/**
 * Starts one real Neo4j 5.26 for the whole integration run, on a free port with a fresh
 * data folder, unless LIANPU_TEST_NEO4J_URI points at one already running (handy when
 * iterating on a single test file).
 */
export default async function globalSetup() {
  if (process.env.LIANPU_TEST_NEO4J_URI) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'lianpu-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    boltPort: 0,
    pageCache: '256m',
    heap: '1g',
    mavenDir: resolve(__dirname, '..', '..', 'server', 'neo4j'),
  });
  process.env.LIANPU_TEST_NEO4J_URI = neo4j.uri;
  globalThis.__LIANPU_NEO4J__ = { neo4j, dataDir };
}
