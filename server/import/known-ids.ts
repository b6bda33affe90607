import type { Executor } from '../db/executor.js';
import type { IdsByTarget, KnowledgeBase } from './references.js';
import { isRegionLevel, type RefTarget, type RegionLevel } from './tables.js';

export interface KnownIdsOptions {
  /** Only `transaction` is used, so tests can pass a stand-in. */
  executor: Pick<Executor, 'transaction'>;
  /** Ids the dataset refers to without defining them (see `referencedIds`). */
  references: IdsByTarget;
}

const QUERIES: Readonly<Record<Exclude<RefTarget, 'regions'>, string>> = {
  chains: 'import/known-chains',
  links: 'import/known-links',
  enterprises: 'import/known-enterprises',
  projects: 'import/known-projects',
  leads: 'import/known-leads',
};

/**
 * Looks up, in one read transaction, which of the referenced ids the knowledge base
 * already has, so validation can accept references to them without a database handle.
 */
export async function lookupKnownIds({ executor, references }: KnownIdsOptions): Promise<KnowledgeBase> {
  const known: Record<RefTarget, Set<string>> = {
    regions: new Set(),
    chains: new Set(),
    links: new Set(),
    enterprises: new Set(),
    projects: new Set(),
    leads: new Set(),
  };
  const levels = new Map<string, RegionLevel>();
  const wanted = Object.values(references).some((ids) => ids.length > 0);
  if (wanted) {
    await executor.transaction('READ', async (tx) => {
      if (references.regions.length > 0) {
        for (const record of await tx.run('import/known-regions', { codes: references.regions })) {
          const code = record.get('id') as string;
          known.regions.add(code);
          const level = record.get('level') as unknown;
          if (isRegionLevel(level)) levels.set(code, level);
        }
      }
      for (const [target, query] of Object.entries(QUERIES) as [Exclude<RefTarget, 'regions'>, string][]) {
        if (references[target].length === 0) continue;
        for (const record of await tx.run(query, { ids: references[target] })) {
          known[target].add(record.get('id') as string);
        }
      }
    });
  }
  return {
    has: (target, id) => known[target].has(id),
    regionLevel: (code) => levels.get(code),
  };
}
