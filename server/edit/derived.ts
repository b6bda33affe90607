import type { CypherTx } from '../db/executor.js';
import type { DerivedTouches } from './entities.js';

/** The derived totals a change makes stale: links' national totals and candidates, regions' MAKES. */
export interface StaleTotals {
  links: string[];
  regions: string[];
}

/**
 * The totals `touches` makes stale in the graph as it is now. Asked before the write and
 * again after it, like the importer does (server/import/write.ts): a firm that moves
 * leaves one region and enters another, a holding that goes changes the groups above its
 * producers before it is gone.
 */
export async function staleTotals(options: { tx: CypherTx; touches: DerivedTouches }): Promise<StaleTotals> {
  const { tx, touches } = options;
  const links = new Set(touches.links ?? []);
  const regions = new Set<string>();
  const groupFirms = [...new Set(touches.groupFirms ?? [])];
  if (groupFirms.length > 0) {
    const [record] = await tx.run('maintenance/links-of-groups', { ids: groupFirms });
    for (const id of (record?.get('links') as string[] | undefined) ?? []) links.add(id);
  }
  const firms = [...new Set(touches.firms ?? [])];
  if (firms.length > 0) {
    const [record] = await tx.run('maintenance/regions-of-enterprises', { ids: firms });
    for (const code of (record?.get('codes') as string[] | undefined) ?? []) regions.add(code);
  }
  return { links: [...links].sort(), regions: [...regions].sort() };
}

/** Links or regions per refresh statement, as the importer batches them. */
const BATCH = 50;

/** Recomputes the stale totals in the edit's transaction, so no reader sees the edit without them. */
export async function refreshTotals(options: { tx: CypherTx; stale: StaleTotals }): Promise<void> {
  const { tx, stale } = options;
  for (let i = 0; i < stale.links.length; i += BATCH) {
    await tx.run('maintenance/refresh-link-totals', { links: stale.links.slice(i, i + BATCH) });
  }
  for (let i = 0; i < stale.regions.length; i += BATCH) {
    await tx.run('maintenance/refresh-region-totals', { regions: stale.regions.slice(i, i + BATCH) });
  }
}
