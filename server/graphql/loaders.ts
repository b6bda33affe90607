import DataLoader from 'dataloader';
import { int } from 'neo4j-driver';
import type { Executor } from '../db/executor.js';

import type { Row } from '../db/rows.js';

export type { Row };

export interface Loaders {
  /** Enterprise profiles (region, produces, suppliers, customers, groups, projects, masterOf). */
  enterprise: DataLoader<string, Row | null>;
  /** Chains with their links and feeds. */
  chain: DataLoader<string, Row | null>;
  /** Links with their chains. */
  link: DataLoader<string, Row | null>;
  /** Regions with parent and path. */
  region: DataLoader<string, Row | null>;
}

/**
 * Batches the lookups that nested fields make (a search hit's profile, a production's
 * link) into one query per kind per request, so a list of N firms costs one round trip
 * instead of N.
 */
export function createLoaders(options: { executor: Executor; max: number }): Loaders {
  const { executor, max } = options;
  const byKey = (query: string, param: 'ids' | 'codes', column: string, key: string) =>
    new DataLoader<string, Row | null>(async (keys) => {
      const records = await executor.read(query, { [param]: [...keys], max: int(max) });
      const found = new Map<string, Row>();
      for (const record of records) {
        const row = record.get(column) as Row;
        found.set(String(row[key]), row);
      }
      return keys.map((k) => found.get(k) ?? null);
    });
  return {
    enterprise: byKey('queries/enterprise-details', 'ids', 'enterprise', 'id'),
    chain: byKey('queries/chain-details', 'ids', 'chain', 'id'),
    link: byKey('queries/link-details', 'ids', 'link', 'id'),
    region: byKey('queries/region-details', 'codes', 'region', 'code'),
  };
}
