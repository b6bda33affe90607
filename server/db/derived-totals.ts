import type { CypherTx, Executor } from './executor.js';

/**
 * The derived totals (docs/data-model.md: a link's national totals and ranked candidates,
 * a region's MAKES) and the one way they are kept: ask which are stale, then recompute
 * them. The importer, the edits, the start-up check and the bench all use these.
 */

/** What a write changes that derived totals depend on. */
export interface TotalsTouches {
  /** Links whose producers change. */
  links?: readonly string[];
  /** Firms whose regions' production totals change (ask before and after the write: a move changes two). */
  firms?: readonly string[];
  /** Firms whose groups change: the links made by them or their subsidiaries are refreshed. */
  groupFirms?: readonly string[];
}

/** The derived totals a change makes stale: links' national totals and candidates, regions' MAKES. */
export interface StaleTotals {
  links: string[];
  regions: string[];
}

const unique = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * The totals `touches` makes stale in the graph as it is now, read in `tx`. Ask before
 * the write and again after it: a firm that moves leaves one region and enters another,
 * a holding that goes changes the groups above its producers before it is gone.
 */
export async function staleTotals(options: { tx: CypherTx; touches: TotalsTouches }): Promise<StaleTotals> {
  const { tx, touches } = options;
  const links = new Set(touches.links ?? []);
  const regions = new Set<string>();
  const groupFirms = unique(touches.groupFirms ?? []);
  if (groupFirms.length > 0) {
    const [record] = await tx.run('maintenance/links-of-groups', { ids: groupFirms });
    for (const id of (record?.get('links') as string[] | undefined) ?? []) links.add(id);
  }
  const firms = unique(touches.firms ?? []);
  if (firms.length > 0) {
    const [record] = await tx.run('maintenance/regions-of-enterprises', { ids: firms });
    for (const code of (record?.get('codes') as string[] | undefined) ?? []) regions.add(code);
  }
  return { links: unique(links), regions: unique(regions) };
}

/** Both sets together (before and after a write). */
export function mergeStale(...all: StaleTotals[]): StaleTotals {
  return { links: unique(all.flatMap((s) => s.links)), regions: unique(all.flatMap((s) => s.regions)) };
}

/** Links or regions per refresh statement: each reads all producers of its links. */
export const REFRESH_BATCH = 50;

/**
 * Recomputes `stale` in `tx`, `batchSize` links or regions per statement: in the write's
 * own transaction no reader ever sees new capacities with old totals.
 */
export async function refreshTotals(options: { tx: CypherTx; stale: StaleTotals; batchSize?: number }): Promise<void> {
  const { tx, stale } = options;
  const batch = options.batchSize ?? REFRESH_BATCH;
  for (let i = 0; i < stale.links.length; i += batch) {
    await tx.run('maintenance/refresh-link-totals', { links: stale.links.slice(i, i + batch) });
  }
  for (let i = 0; i < stale.regions.length; i += batch) {
    await tx.run('maintenance/refresh-region-totals', { regions: stale.regions.slice(i, i + batch) });
  }
}

/**
 * Recomputes `stale` a batch per transaction (`transaction` opens one and hands its `tx`):
 * for whole-database runs too large for one transaction. Recomputing is idempotent, so an
 * interrupted run can simply be repeated.
 */
export async function refreshTotalsInBatches(options: {
  stale: StaleTotals;
  batchSize: number;
  transaction: (work: (tx: CypherTx) => Promise<void>) => Promise<void>;
}): Promise<void> {
  const { stale, batchSize } = options;
  for (let i = 0; i < stale.links.length; i += batchSize) {
    const links = stale.links.slice(i, i + batchSize);
    await options.transaction((tx) => refreshTotals({ tx, stale: { links, regions: [] }, batchSize }));
  }
  for (let i = 0; i < stale.regions.length; i += batchSize) {
    const regions = stale.regions.slice(i, i + batchSize);
    await options.transaction((tx) => refreshTotals({ tx, stale: { links: [], regions }, batchSize }));
  }
}

export interface DerivedTotalsOptions {
  executor: Pick<Executor, 'read' | 'transaction'>;
  log: (line: string) => void;
  /** Links or regions per transaction (default 10: a national link has thousands of producers). */
  batchSize?: number;
  /** Timeout of each batch's transaction (default 10 minutes, like an import). */
  timeoutMs?: number;
}

/**
 * Recomputes the derived totals that are missing: after an upgrade from a version without
 * them, or data written around the importer. Each batch is its own transaction, so an
 * interrupted run just resumes at the next start. Returns how many links and regions
 * were refreshed.
 */
export async function ensureDerivedTotals(options: DerivedTotalsOptions): Promise<{ links: number; regions: number }> {
  const batchSize = options.batchSize ?? 10;
  const timeoutMs = options.timeoutMs ?? 10 * 60 * 1000;
  const [record] = await options.executor.read('maintenance/missing-totals');
  const links = (record?.get('links') as string[] | undefined) ?? [];
  const regions = (record?.get('regions') as string[] | undefined) ?? [];
  if (links.length === 0 && regions.length === 0) return { links: 0, regions: 0 };
  options.log(`Computing derived totals for ${links.length} links and ${regions.length} regions ...`);
  const started = Date.now();
  await refreshTotalsInBatches({
    stale: { links, regions },
    batchSize,
    transaction: (work) => options.executor.transaction('WRITE', work, timeoutMs),
  });
  options.log(`Derived totals computed (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  return { links: links.length, regions: regions.length };
}
