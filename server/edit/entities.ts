import type { Action } from '../auth/roles.js';
import type { TableName } from '../import/tables.js';
import { refuseStatusChange } from '../ledger/status-guard.js';

/** A row of an edited table: column name (as in the interchange format) → value, null when absent. */
export type RowValues = Readonly<Record<string, string | number | readonly string[] | null>>;

/** What a row touches: read by the permission check, the audit trail and the derived totals. */
export interface Touches {
  /** Region codes named by the row itself (a firm's region, a designation's region). */
  regions?: string[];
  /** Firms whose current region the change touches (a supplier and its customer). */
  firms?: string[];
  /** Links whose chains the change concerns. */
  links?: string[];
  /** Firms whose production decides which chains the change concerns (a firm itself, a holding). */
  producers?: string[];
  /** Chains named by the row itself. */
  chains?: string[];
  /** Firms the change is about, for the per-enterprise trail. */
  enterprises?: string[];
  /** Projects the change is about. */
  projects?: string[];
}

/** Which derived totals (docs/data-model.md) a change of the row makes stale. */
export interface DerivedTouches {
  /** Links whose producers change. */
  links?: string[];
  /** Firms whose regions' production totals change (their region before and after). */
  firms?: string[];
  /** Firms whose groups change: the links made by them or their subsidiaries are refreshed. */
  groupFirms?: string[];
}

/** One editable kind of thing: a table of the interchange format, as the mutations see it. */
export interface EntitySpec {
  table: TableName;
  /** The GraphQL/audit name (`Enterprise`, `Production`). */
  entityType: string;
  /** The permission it needs (server/auth/roles.ts). */
  action: Action;
  /** What a row touches (applied to the row before and after the change). */
  touches: (row: RowValues) => Touches;
  /** Which derived totals a change from `before` to `after` makes stale. */
  derived: (before: RowValues | null, after: RowValues | null) => DerivedTouches;
  /** Cypher that lists what still depends on the entity; a delete is refused while it lists anything. */
  dependents?: string;
  /** Rules of an update beyond the row's own validation (throws to refuse). */
  checkUpdate?: (before: RowValues, after: RowValues) => void;
}

const str = (v: unknown): string[] => (typeof v === 'string' ? [v] : []);

/**
 * The ten editable kinds. Link definitions, chain links and feeds are national data: they
 * touch no region, so only administrators may change them (docs/security.md).
 */
export const ENTITIES: Readonly<Record<string, EntitySpec>> = {
  enterprises: {
    table: 'enterprises',
    entityType: 'Enterprise',
    action: 'firm.edit',
    touches: (r) => ({ regions: str(r.region), producers: str(r.id), enterprises: str(r.id) }),
    // Only a move changes which region's production the firm counts in.
    derived: (b, a) => (b?.region === a?.region ? {} : { firms: [...str(b?.id), ...str(a?.id)] }),
    dependents: 'edit/enterprise-dependents',
  },
  links: {
    table: 'links',
    entityType: 'Link',
    action: 'chain.edit',
    touches: (r) => ({ links: str(r.id) }),
    // The link's unit decides which capacities rank its candidates.
    derived: (b, a) => (b !== null && a !== null && b.unit !== a.unit ? { links: str(a.id) } : {}),
    dependents: 'edit/link-dependents',
  },
  chain_links: {
    table: 'chain_links',
    entityType: 'ChainLink',
    action: 'chain.edit',
    touches: (r) => ({ chains: str(r.chain), links: [] }),
    derived: () => ({}),
  },
  feeds: {
    table: 'feeds',
    entityType: 'Feed',
    action: 'chain.edit',
    touches: (r) => ({ links: [...str(r.from), ...str(r.to)] }),
    derived: () => ({}),
  },
  produces: {
    table: 'produces',
    entityType: 'Production',
    action: 'firm.edit',
    touches: (r) => ({ firms: str(r.enterprise), links: str(r.link), enterprises: str(r.enterprise) }),
    derived: (b, a) => ({
      links: [...str(b?.link), ...str(a?.link)],
      firms: [...str(b?.enterprise), ...str(a?.enterprise)],
    }),
  },
  supplies: {
    table: 'supplies',
    entityType: 'Supply',
    action: 'firm.edit',
    touches: (r) => ({
      firms: [...str(r.supplier), ...str(r.customer)],
      links: str(r.link),
      enterprises: [...str(r.supplier), ...str(r.customer)],
    }),
    derived: () => ({}),
  },
  subsidiaries: {
    table: 'subsidiaries',
    entityType: 'Shareholding',
    action: 'firm.edit',
    touches: (r) => ({
      firms: [...str(r.child), ...str(r.parent)],
      producers: [...str(r.child), ...str(r.parent)],
      enterprises: [...str(r.child), ...str(r.parent)],
    }),
    derived: (b, a) => ({ groupFirms: [...str(b?.child), ...str(b?.parent), ...str(a?.child), ...str(a?.parent)] }),
  },
  masters: {
    table: 'masters',
    entityType: 'LinkMaster',
    action: 'chain.edit',
    // The designation's region, not the firm's: a group based elsewhere can be 链主 here.
    touches: (r) => ({ regions: str(r.region), chains: str(r.chain), enterprises: str(r.enterprise) }),
    derived: () => ({}),
  },
  leaders: {
    table: 'leaders',
    entityType: 'ChainLeader',
    action: 'chain.edit',
    touches: (r) => ({ regions: str(r.region), chains: str(r.chain) }),
    derived: () => ({}),
  },
  projects: {
    table: 'projects',
    entityType: 'Project',
    action: 'project.edit',
    touches: (r) => ({
      regions: str(r.region),
      links: str(r.link),
      enterprises: str(r.enterprise),
      projects: str(r.id),
    }),
    derived: () => ({}),
    // The pipeline is the ledger's: no status change around its transition rules (docs/ledger.md).
    checkUpdate: refuseStatusChange,
  },
};

/** The entity's id in the audit trail: its key values joined by `/` (ids and codes never contain one). */
export function entityId(options: { key: readonly string[]; row: RowValues }): string {
  return options.key.map((k) => String(options.row[k] ?? '')).join('/');
}
