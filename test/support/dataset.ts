import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../server/db/database';
import { importDataset } from '../../server/import';

export type Tables = Record<string, Record<string, unknown>[]>;

/** Imports `tables` through the real importer, from a JSON dataset file in a temp folder. */
export async function loadTables(db: Database, tables: Tables) {
  const dir = mkdtempSync(join(tmpdir(), 'lianpu-dataset-'));
  try {
    const path = join(dir, 'dataset.json');
    writeFileSync(path, JSON.stringify(tables), 'utf8');
    return await importDataset({ path, executor: db.executor });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Deletes everything a test created: nodes whose key starts with `prefix`, and regions
 * whose code is in `regionCodes`. Test-only Cypher, so it lives with the tests.
 */
export async function deleteTestData(db: Database, prefix: string, regionCodes: string[] = []) {
  const session = db.driver.session();
  try {
    await session.run(
      `MATCH (n) WHERE (n:Chain OR n:Link OR n:Enterprise OR n:Project) AND n.id STARTS WITH $prefix
       OPTIONAL MATCH (n)-[:HAS_TOTAL]->(t:LinkTotal)
       DETACH DELETE n, t`,
      { prefix },
    );
    await session.run('MATCH (r:Region) WHERE r.code IN $codes OR r.code STARTS WITH $prefix DETACH DELETE r', {
      codes: regionCodes,
      prefix,
    });
  } finally {
    await session.close();
  }
}

/** Six-digit region codes no real GB/T 2260 code uses (real ones start 1-8), unique per call. */
export function testRegionCodes(): { province: string; city: string; county: string; otherProvince: string } {
  const n = String(Math.floor(Math.random() * 90) + 10);
  return { province: `9${n}000`, city: `9${n}100`, county: `9${n}101`, otherProvince: `9${n}900` };
}
