import { existsSync } from 'node:fs';
import { importDataset } from '../import/index.js';
import type { Database } from './database.js';

/**
 * Loads the seed knowledge base on first start: only when the database holds no chain,
 * so a knowledge base users have edited is never overwritten by the seed.
 */
export async function loadSeedIfEmpty(options: { db: Database; seedPath: string; log: (line: string) => void }) {
  const { db, seedPath, log } = options;
  const [record] = await db.executor.read('system/is-empty');
  if (record?.get('empty') !== true) return false;
  if (!existsSync(seedPath)) {
    log(`The database is empty and there is no seed at ${seedPath}; starting with an empty knowledge base.`);
    return false;
  }
  log(`Empty database: loading the seed knowledge base from ${seedPath} ...`);
  const result = await importDataset({ path: seedPath, executor: db.executor });
  const total = Object.values(result.rows).reduce((sum, n) => sum + n, 0);
  log(`Seed loaded: ${total} rows.`);
  return true;
}
