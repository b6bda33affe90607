import type { CypherTx } from '../db/executor.js';
import type { RowValues, EntitySpec, Touches } from './entities.js';

/** Where an edit lies: what the permission check is asked about and the audit record keeps. */
export interface EditScope {
  /** Region codes the change touches (the row's own and its firms' regions, before and after). */
  regions: string[];
  /** Chains the change concerns. */
  chains: string[];
  /** Firms, links and projects the change is about (the audit record links to them). */
  enterprises: string[];
  links: string[];
  projects: string[];
}

const unique = (values: Iterable<string>) => [...new Set(values)].sort();

/** Everything `rows` touch, merged (the row before the change and after it). */
export function mergeTouches(spec: EntitySpec, rows: readonly (RowValues | null)[]): Required<Touches> {
  const all: Required<Touches> = {
    regions: [],
    firms: [],
    links: [],
    producers: [],
    chains: [],
    enterprises: [],
    projects: [],
  };
  for (const row of rows) {
    if (row === null) continue;
    const t = spec.touches(row);
    for (const key of Object.keys(all) as (keyof Touches)[]) all[key].push(...(t[key] ?? []));
  }
  for (const key of Object.keys(all) as (keyof Touches)[]) all[key] = unique(all[key]);
  return all;
}

/**
 * The regions and chains of an edit, read in its own transaction: a firm's region from
 * the graph (a supplier's customer may lie elsewhere), a link's chains from HAS_LINK.
 * Call it before the write for the state being replaced and after it for the new one.
 */
export async function loadScope(options: { tx: CypherTx; touches: Required<Touches> }): Promise<EditScope> {
  const { tx, touches } = options;
  const [record] = await tx.run('edit/scope', {
    firms: touches.firms,
    links: touches.links,
    producers: touches.producers,
  });
  const regions = (record?.get('regions') as string[] | undefined) ?? [];
  const chains = (record?.get('chains') as string[] | undefined) ?? [];
  return {
    regions: unique([...touches.regions, ...regions]),
    chains: unique([...touches.chains, ...chains]),
    enterprises: touches.enterprises,
    links: touches.links,
    projects: touches.projects,
  };
}

export function mergeScopes(a: EditScope, b: EditScope): EditScope {
  return {
    regions: unique([...a.regions, ...b.regions]),
    chains: unique([...a.chains, ...b.chains]),
    enterprises: unique([...a.enterprises, ...b.enterprises]),
    links: unique([...a.links, ...b.links]),
    projects: unique([...a.projects, ...b.projects]),
  };
}
