import type { RawDataset } from './raw-dataset.js';
import { REF_TARGETS, TABLES, type RefTarget, type RegionLevel } from './tables.js';
import { cellText } from './values.js';

/**
 * What the knowledge base already holds, as far as the dataset refers to it. Validation
 * receives it instead of a database handle so it stays a pure function of its inputs.
 */
export interface KnowledgeBase {
  has(target: RefTarget, id: string): boolean;
  /** The level of a region already in the knowledge base (to check a new region's parent). */
  regionLevel(code: string): RegionLevel | undefined;
}

export type IdsByTarget = Record<RefTarget, string[]>;

/** A knowledge base holding nothing: for datasets that must stand on their own, and for tests. */
export const EMPTY_KNOWLEDGE_BASE: KnowledgeBase = {
  has: () => false,
  regionLevel: () => undefined,
};

/** Keys of the rows each referable table of the dataset defines (whatever else is wrong with those rows). */
export function definedIds(dataset: RawDataset): Record<RefTarget, Set<string>> {
  const defined = emptyTargets(() => new Set<string>());
  for (const table of dataset.tables) {
    if (!isRefTarget(table.table)) continue;
    const keyColumn = TABLES[table.table].key[0]!;
    for (const row of table.rows) {
      const key = cellText(row.cells.get(keyColumn));
      if (typeof key === 'string') defined[table.table].add(key);
    }
  }
  return defined;
}

/**
 * The ids the dataset refers to but does not define: only these need looking up in the
 * knowledge base, so a large dataset that is complete in itself costs no lookups.
 */
export function referencedIds(dataset: RawDataset): IdsByTarget {
  const defined = definedIds(dataset);
  const wanted = emptyTargets(() => new Set<string>());
  for (const table of dataset.tables) {
    for (const column of TABLES[table.table].columns) {
      if (column.type !== 'ref') continue;
      for (const row of table.rows) {
        const id = cellText(row.cells.get(column.name));
        if (typeof id === 'string' && !defined[column.target].has(id)) wanted[column.target].add(id);
      }
    }
  }
  return {
    regions: [...wanted.regions],
    chains: [...wanted.chains],
    links: [...wanted.links],
    enterprises: [...wanted.enterprises],
    projects: [...wanted.projects],
    leads: [...wanted.leads],
  };
}

function emptyTargets<T>(make: () => T): Record<RefTarget, T> {
  return { regions: make(), chains: make(), links: make(), enterprises: make(), projects: make(), leads: make() };
}

function isRefTarget(name: string): name is RefTarget {
  return (REF_TARGETS as readonly string[]).includes(name);
}
