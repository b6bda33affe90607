import type { Executor } from './executor.js';

export interface DerivedTotalsOptions {
  executor: Pick<Executor, 'read' | 'transaction'>;
  log: (line: string) => void;
  /** Links or regions per transaction (default 10: a national link has thousands of producers). */
  batchSize?: number;
  /** Timeout of each batch's transaction (default 10 minutes, like an import). */
  timeoutMs?: number;
}

/**
 * Recomputes the derived totals (docs/data-model.md) that are missing: after an upgrade
 * from a version without them, or data written around the importer. Each batch is its
 * own transaction; recomputing is idempotent, so an interrupted run just resumes at the
 * next start. Returns how many links and regions were refreshed.
 */
export async function ensureDerivedTotals(options: DerivedTotalsOptions): Promise<{ links: number; regions: number }> {
  const batch = options.batchSize ?? 10;
  const timeoutMs = options.timeoutMs ?? 10 * 60 * 1000;
  const [record] = await options.executor.read('maintenance/missing-totals');
  const links = (record?.get('links') as string[] | undefined) ?? [];
  const regions = (record?.get('regions') as string[] | undefined) ?? [];
  if (links.length === 0 && regions.length === 0) return { links: 0, regions: 0 };
  options.log(`Computing derived totals for ${links.length} links and ${regions.length} regions ...`);
  const started = Date.now();
  const refresh = async (query: string, param: string, ids: string[]) => {
    for (let i = 0; i < ids.length; i += batch) {
      await options.executor.transaction(
        'WRITE',
        (tx) => tx.run(query, { [param]: ids.slice(i, i + batch) }),
        timeoutMs,
      );
    }
  };
  await refresh('maintenance/refresh-link-totals', 'links', links);
  await refresh('maintenance/refresh-region-totals', 'regions', regions);
  options.log(`Derived totals computed (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  return { links: links.length, regions: regions.length };
}
