import { resolve } from 'node:path';
import { loadConfig, type Config } from '../../server/config/config';
import { openDatabase, type Database } from '../../server/db/database';

/**
 * Config for tests: the Neo4j the global setup started, port 0 for HTTP, no seed unless
 * a test asks for it.
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const uri = process.env.LIANPU_TEST_NEO4J_URI;
  if (!uri) throw new Error('LIANPU_TEST_NEO4J_URI is not set: run integration tests through jest (global setup).');
  const config = loadConfig({ NEO4J_URI: uri, LIANPU_ROOT: resolve(__dirname, '..', '..') });
  return { ...config, port: 0, seedOnEmpty: false, ...overrides };
}

/** A driver + executor on the test database, schema applied. Close it in afterAll. */
export function testDatabase(overrides: Partial<Config> = {}): Promise<Database> {
  return openDatabase({ config: testConfig(overrides), log: () => undefined });
}

/** A prefix unique to one test file's run, for ids it creates and later deletes. */
export function uniquePrefix(label: string): string {
  return `T-${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}-`;
}
