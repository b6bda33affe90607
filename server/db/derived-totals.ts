import type { Executor } from './executor.js';

export interface DerivedTotalsOptions {
  executor: Pick<Executor, 'read' | 'transaction'>;
  log: (line: string) => void;
  /** Links or regions per transaction. */
  batchSize?: number;
}

/**
 * Recomputes the derived totals (docs/data-model.md) that are missing: after an upgrade
 * from a version without them, or data written around the importer. Each batch is its
 * own transaction; recomputing is idempotent, so an interrupted run just resumes at the
 * next start. Returns how many links and regions were refreshed.
 */
export async function ensureDerivedTotals(options: DerivedTotalsOptions): Promise<{ links: number; regions: number }> {
  const batch = options.batchSize ?? 50;
  const [record] = await options.executor.read('maintenance/missing-totals');
  const links = (record?.get('links') as string[] | undefined) ?? [];
  const regions = (record?.get('regions') as string[] | undefined) ?? [];
  if (links.length === 0 && regions.length === 0) return { links: 0, regions: 0 };
  options.log(`Computing derived totals for ${links.length} links and ${regions.length} regions ...`);
  for (let i = 0; i < links.length; i += batch) {
    await options.executor.transaction('WRITE', (tx) =>
      tx.run('maintenance/refresh-link-totals', { links: links.slice(i, i + batch) }),
    );
  }
  for (let i = 0; i < regions.length; i += batch) {
    await options.executor.transaction('WRITE', (tx) =>
      tx.run('maintenance/refresh-region-totals', { regions: regions.slice(i, i + batch) }),
    );
  }
  return { links: links.length, regions: regions.length };
}
