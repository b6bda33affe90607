/**
 * The interchange format (docs/interchange-format.md) as data: every table, its columns,
 * their types and constraints. The reader, the validator, the writer and the exporter all
 * work from this one description, so a column added here is parsed, checked, written and
 * exported the same way everywhere.
 */

/** Tables in dependency order: a table only refers to tables before it, so this is also the write order. */
export const TABLE_NAMES = [
  'regions',
  'chains',
  'links',
  'chain_links',
  'feeds',
  'enterprises',
  'produces',
  'supplies',
  'subsidiaries',
  'masters',
  'projects',
  'leaders',
  'project_moves',
  'leads',
  'followups',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

/**
 * The recruitment ledger's records (docs/ledger.md): private working records, exported
 * only to those who may read follow-ups everywhere (and by the CLI, unless
 * `--without-ledger`), imported only by those who may change them everywhere.
 */
export const LEDGER_TABLES = ['project_moves', 'leads', 'followups'] as const satisfies readonly TableName[];

export type LedgerTable = (typeof LEDGER_TABLES)[number];

export function isLedgerTable(table: TableName): table is LedgerTable {
  return (LEDGER_TABLES as readonly string[]).includes(table);
}

/** The knowledge base proper: every table but the ledger's, in TABLE_NAMES order. */
export const KNOWLEDGE_TABLES: readonly TableName[] = TABLE_NAMES.filter((t) => !isLedgerTable(t));

/** Tables whose rows can be referred to from other rows (by their single key column). */
export type RefTarget = 'regions' | 'chains' | 'links' | 'enterprises' | 'projects' | 'leads';

export const REF_TARGETS: readonly RefTarget[] = ['regions', 'chains', 'links', 'enterprises', 'projects', 'leads'];

/** One allowed value of an enumeration, with its Chinese name so a cell written in Chinese gets a precise hint. */
export interface EnumValue {
  value: string;
  zh: string;
}

interface ColumnBase {
  /** Column name in the CSV header / JSON row object (snake_case). */
  name: string;
  /**
   * camelCase name on the graph (data-model.md); for a reference, the key of the row map
   * the Cypher statement reads the referenced id from.
   */
  property: string;
  required: boolean;
}

export type Column = ColumnBase &
  (
    | { type: 'string' }
    /** A stable id: letters, digits, `-` and `_`. */
    | { type: 'id' }
    /** Whole number, sent to Neo4j as an integer. */
    | { type: 'int'; min: number; default?: number }
    /** Decimal, sent to Neo4j as a float. `unitColumn` must have a value whenever this one does. */
    | { type: 'number'; min: number; max?: number; unitColumn?: string }
    /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, kept as text so the source's precision survives. */
    | { type: 'date'; notBefore?: string }
    /**
     * A moment, ISO 8601 with a time zone (`2026-05-01T08:30:00.000Z`); stored as epoch
     * milliseconds (how the ledger records when something was written), exported in UTC.
     */
    | { type: 'timestamp' }
    | { type: 'enum'; values: readonly EnumValue[] }
    /** `|`-separated in CSV; `values` restricts the items to a vocabulary. */
    | { type: 'list'; values?: readonly EnumValue[] }
    /** The key of a row in `target` (in the dataset or already in the knowledge base). */
    | { type: 'ref'; target: RefTarget; notSameAs?: SelfReference }
  );

/** A reference that must not name the row's own other column (a firm supplying itself). */
export interface SelfReference {
  column: string;
  /** Why, for the message. */
  reason: string;
}

export interface TableSpec {
  name: TableName;
  /** Columns whose values together identify a row (and the node or relationship it writes). */
  key: readonly string[];
  /** For the tables others refer to: the noun used in messages ("unknown region ..."). */
  noun?: string;
  columns: readonly Column[];
}

export const REGION_LEVELS: readonly EnumValue[] = [
  { value: 'province', zh: '省' },
  { value: 'city', zh: '市' },
  { value: 'county', zh: '县' },
  { value: 'park', zh: '园区' },
];

export type RegionLevel = 'province' | 'city' | 'county' | 'park';

/** Which levels a region of each level may lie in (省直辖县级: a county may lie directly in a province). */
export const PARENT_LEVELS: Readonly<Record<RegionLevel, readonly RegionLevel[]>> = {
  province: [],
  city: ['province'],
  county: ['city', 'province'],
  park: ['county', 'city'],
};

export const STAGES: readonly EnumValue[] = [
  { value: 'upstream', zh: '上游' },
  { value: 'midstream', zh: '中游' },
  { value: 'downstream', zh: '下游' },
];

export const OWNERSHIPS: readonly EnumValue[] = [
  { value: 'central_soe', zh: '央企' },
  { value: 'local_soe', zh: '地方国企' },
  { value: 'private', zh: '民营' },
  { value: 'foreign', zh: '外资' },
  { value: 'mixed', zh: '混合所有制' },
];

export const TAGS: readonly EnumValue[] = [
  { value: 'listed', zh: '上市' },
  { value: 'global500', zh: '世界500强' },
  { value: 'china500', zh: '中国企业500强' },
  { value: 'private500', zh: '中国民营企业500强' },
  { value: 'manufacturing500', zh: '中国制造业企业500强' },
  { value: 'srdi', zh: '专精特新' },
  { value: 'little_giant', zh: '专精特新"小巨人"' },
  { value: 'single_champion', zh: '制造业单项冠军' },
  { value: 'high_tech', zh: '高新技术企业' },
];

export const PRODUCTION_STATUSES: readonly EnumValue[] = [
  { value: 'operating', zh: '在产' },
  { value: 'building', zh: '在建' },
  { value: 'planned', zh: '规划' },
];

export const PROJECT_STATUSES: readonly EnumValue[] = [
  { value: 'signed', zh: '签约' },
  { value: 'started', zh: '开工' },
  { value: 'producing', zh: '投产' },
  { value: 'stalled', zh: '停滞' },
  { value: 'cancelled', zh: '取消' },
];

export const LEAD_STATUSES: readonly EnumValue[] = [
  { value: 'open', zh: '跟进中' },
  { value: 'won', zh: '已落地' },
  { value: 'dropped', zh: '已放弃' },
];

export const FOLLOW_UP_KINDS: readonly EnumValue[] = [
  { value: 'visit', zh: '拜访' },
  { value: 'call', zh: '电话' },
  { value: 'meeting', zh: '会谈' },
];

/** Every table may say where its figures come from and when they were true. */
const PROVENANCE: readonly Column[] = [
  { name: 'source', property: 'source', required: false, type: 'string' },
  { name: 'as_of', property: 'asOf', required: false, type: 'date' },
];

export const TABLES: Readonly<Record<TableName, TableSpec>> = {
  regions: {
    name: 'regions',
    key: ['code'],
    noun: 'region',
    columns: [
      { name: 'code', property: 'code', required: true, type: 'id' },
      { name: 'name', property: 'name', required: true, type: 'string' },
      { name: 'level', property: 'level', required: true, type: 'enum', values: REGION_LEVELS },
      // Required unless the level is province: checked with the level rules in validate-rules.ts.
      {
        name: 'parent',
        property: 'parent',
        required: false,
        type: 'ref',
        target: 'regions',
        notSameAs: { column: 'code', reason: 'a region cannot lie in itself' },
      },
      ...PROVENANCE,
    ],
  },
  chains: {
    name: 'chains',
    key: ['id'],
    noun: 'chain',
    columns: [
      { name: 'id', property: 'id', required: true, type: 'id' },
      { name: 'name', property: 'name', required: true, type: 'string' },
      { name: 'name_en', property: 'nameEn', required: false, type: 'string' },
      { name: 'description', property: 'description', required: false, type: 'string' },
      ...PROVENANCE,
    ],
  },
  links: {
    name: 'links',
    key: ['id'],
    noun: 'link',
    columns: [
      { name: 'id', property: 'id', required: true, type: 'id' },
      { name: 'name', property: 'name', required: true, type: 'string' },
      { name: 'name_en', property: 'nameEn', required: false, type: 'string' },
      { name: 'unit', property: 'unit', required: false, type: 'string' },
      ...PROVENANCE,
    ],
  },
  chain_links: {
    name: 'chain_links',
    key: ['chain', 'link'],
    columns: [
      { name: 'chain', property: 'chain', required: true, type: 'ref', target: 'chains' },
      { name: 'link', property: 'link', required: true, type: 'ref', target: 'links' },
      { name: 'stage', property: 'stage', required: true, type: 'enum', values: STAGES },
      { name: 'position', property: 'position', required: false, type: 'int', min: 0, default: 0 },
      ...PROVENANCE,
    ],
  },
  feeds: {
    name: 'feeds',
    key: ['from', 'to'],
    columns: [
      { name: 'from', property: 'from', required: true, type: 'ref', target: 'links' },
      {
        name: 'to',
        property: 'to',
        required: true,
        type: 'ref',
        target: 'links',
        notSameAs: { column: 'from', reason: 'a link cannot feed itself' },
      },
      { name: 'input_per_unit', property: 'inputPerUnit', required: false, type: 'number', min: 0 },
      { name: 'note', property: 'note', required: false, type: 'string' },
      ...PROVENANCE,
    ],
  },
  enterprises: {
    name: 'enterprises',
    key: ['id'],
    noun: 'enterprise',
    columns: [
      { name: 'id', property: 'id', required: true, type: 'id' },
      { name: 'name', property: 'name', required: true, type: 'string' },
      { name: 'aliases', property: 'aliases', required: false, type: 'list' },
      { name: 'region', property: 'region', required: true, type: 'ref', target: 'regions' },
      { name: 'ownership', property: 'ownership', required: false, type: 'enum', values: OWNERSHIPS },
      { name: 'tags', property: 'tags', required: false, type: 'list', values: TAGS },
      { name: 'founded', property: 'founded', required: false, type: 'date' },
      { name: 'employees', property: 'employees', required: false, type: 'int', min: 0 },
      { name: 'revenue_wan', property: 'revenueWan', required: false, type: 'number', min: 0 },
      { name: 'website', property: 'website', required: false, type: 'string' },
      ...PROVENANCE,
    ],
  },
  produces: {
    name: 'produces',
    key: ['enterprise', 'link', 'status'],
    columns: [
      { name: 'enterprise', property: 'enterprise', required: true, type: 'ref', target: 'enterprises' },
      { name: 'link', property: 'link', required: true, type: 'ref', target: 'links' },
      { name: 'capacity', property: 'capacity', required: false, type: 'number', min: 0, unitColumn: 'unit' },
      { name: 'unit', property: 'unit', required: false, type: 'string' },
      { name: 'status', property: 'status', required: true, type: 'enum', values: PRODUCTION_STATUSES },
      ...PROVENANCE,
    ],
  },
  supplies: {
    name: 'supplies',
    key: ['supplier', 'customer', 'link'],
    columns: [
      { name: 'supplier', property: 'supplier', required: true, type: 'ref', target: 'enterprises' },
      {
        name: 'customer',
        property: 'customer',
        required: true,
        type: 'ref',
        target: 'enterprises',
        notSameAs: { column: 'supplier', reason: 'a firm cannot supply itself' },
      },
      { name: 'link', property: 'link', required: true, type: 'ref', target: 'links' },
      { name: 'volume', property: 'volume', required: false, type: 'number', min: 0, unitColumn: 'unit' },
      { name: 'unit', property: 'unit', required: false, type: 'string' },
      ...PROVENANCE,
    ],
  },
  subsidiaries: {
    name: 'subsidiaries',
    key: ['child', 'parent'],
    columns: [
      { name: 'child', property: 'child', required: true, type: 'ref', target: 'enterprises' },
      {
        name: 'parent',
        property: 'parent',
        required: true,
        type: 'ref',
        target: 'enterprises',
        notSameAs: { column: 'child', reason: 'a firm cannot be its own parent' },
      },
      { name: 'share', property: 'share', required: false, type: 'number', min: 0, max: 100 },
      ...PROVENANCE,
    ],
  },
  masters: {
    name: 'masters',
    key: ['enterprise', 'chain', 'region'],
    columns: [
      { name: 'enterprise', property: 'enterprise', required: true, type: 'ref', target: 'enterprises' },
      { name: 'chain', property: 'chain', required: true, type: 'ref', target: 'chains' },
      { name: 'region', property: 'region', required: true, type: 'ref', target: 'regions' },
      ...PROVENANCE,
    ],
  },
  projects: {
    name: 'projects',
    key: ['id'],
    noun: 'project',
    columns: [
      { name: 'id', property: 'id', required: true, type: 'id' },
      { name: 'name', property: 'name', required: true, type: 'string' },
      { name: 'enterprise', property: 'enterprise', required: false, type: 'ref', target: 'enterprises' },
      { name: 'region', property: 'region', required: true, type: 'ref', target: 'regions' },
      { name: 'link', property: 'link', required: true, type: 'ref', target: 'links' },
      { name: 'investment_yi', property: 'investmentYi', required: false, type: 'number', min: 0 },
      { name: 'capacity', property: 'capacity', required: false, type: 'number', min: 0, unitColumn: 'unit' },
      { name: 'unit', property: 'unit', required: false, type: 'string' },
      { name: 'status', property: 'status', required: true, type: 'enum', values: PROJECT_STATUSES },
      { name: 'signed_on', property: 'signedOn', required: false, type: 'date' },
      { name: 'started_on', property: 'startedOn', required: false, type: 'date', notBefore: 'signed_on' },
      { name: 'producing_on', property: 'producingOn', required: false, type: 'date', notBefore: 'started_on' },
      // The ledger's other moves (docs/ledger.md): the latest stall, and the cancellation.
      { name: 'stalled_on', property: 'stalledOn', required: false, type: 'date', notBefore: 'signed_on' },
      { name: 'cancelled_on', property: 'cancelledOn', required: false, type: 'date', notBefore: 'signed_on' },
      // 五个一: one leader, one task force (its members), one plan.
      { name: 'leader', property: 'leader', required: false, type: 'string' },
      { name: 'task_force', property: 'taskForce', required: false, type: 'list' },
      { name: 'plan', property: 'plan', required: false, type: 'string' },
      ...PROVENANCE,
    ],
  },
  leaders: {
    name: 'leaders',
    key: ['chain', 'region'],
    columns: [
      { name: 'chain', property: 'chain', required: true, type: 'ref', target: 'chains' },
      { name: 'region', property: 'region', required: true, type: 'ref', target: 'regions' },
      { name: 'name', property: 'name', required: true, type: 'string' },
      { name: 'title', property: 'title', required: false, type: 'string' },
      ...PROVENANCE,
    ],
  },
  // The ledger's records carry no source or as_of: they are the office's own work, dated
  // by `on` and `at` / `created_at`. Users are named by username, kept as text: accounts
  // are not part of a dataset, so an unknown username is no error.
  project_moves: {
    name: 'project_moves',
    key: ['id'],
    columns: [
      { name: 'id', property: 'id', required: true, type: 'id' },
      { name: 'project', property: 'project', required: true, type: 'ref', target: 'projects' },
      { name: 'from', property: 'from', required: true, type: 'enum', values: PROJECT_STATUSES },
      { name: 'to', property: 'to', required: true, type: 'enum', values: PROJECT_STATUSES },
      { name: 'on', property: 'on', required: true, type: 'date' },
      { name: 'reason', property: 'reason', required: false, type: 'string' },
      // The firm the capacity went to, as it was then: history, so an id only, not a
      // reference a later deletion of the firm would make unimportable.
      { name: 'operator', property: 'operator', required: false, type: 'id' },
      { name: 'capacity', property: 'capacity', required: false, type: 'number', min: 0, unitColumn: 'unit' },
      { name: 'unit', property: 'unit', required: false, type: 'string' },
      { name: 'investment_yi', property: 'investmentYi', required: false, type: 'number', min: 0 },
      { name: 'user', property: 'user', required: false, type: 'string' },
      { name: 'at', property: 'at', required: true, type: 'timestamp' },
    ],
  },
  leads: {
    name: 'leads',
    key: ['id'],
    noun: 'lead',
    columns: [
      { name: 'id', property: 'id', required: true, type: 'id' },
      { name: 'enterprise', property: 'enterprise', required: true, type: 'ref', target: 'enterprises' },
      { name: 'link', property: 'link', required: true, type: 'ref', target: 'links' },
      { name: 'region', property: 'region', required: true, type: 'ref', target: 'regions' },
      { name: 'status', property: 'status', required: true, type: 'enum', values: LEAD_STATUSES },
      { name: 'opened_on', property: 'openedOn', required: true, type: 'date' },
      { name: 'closed_on', property: 'closedOn', required: false, type: 'date', notBefore: 'opened_on' },
      { name: 'drop_reason', property: 'dropReason', required: false, type: 'string' },
      // The project a won lead became.
      { name: 'project', property: 'project', required: false, type: 'ref', target: 'projects' },
      { name: 'created_at', property: 'createdAt', required: true, type: 'timestamp' },
      { name: 'created_by', property: 'createdBy', required: true, type: 'string' },
    ],
  },
  followups: {
    name: 'followups',
    key: ['id'],
    columns: [
      { name: 'id', property: 'id', required: true, type: 'id' },
      { name: 'lead', property: 'lead', required: true, type: 'ref', target: 'leads' },
      { name: 'kind', property: 'kind', required: true, type: 'enum', values: FOLLOW_UP_KINDS },
      { name: 'on', property: 'on', required: true, type: 'date' },
      { name: 'people', property: 'people', required: false, type: 'list' },
      { name: 'outcome', property: 'outcome', required: false, type: 'string' },
      { name: 'note', property: 'note', required: false, type: 'string' },
      { name: 'created_at', property: 'createdAt', required: true, type: 'timestamp' },
      { name: 'created_by', property: 'createdBy', required: true, type: 'string' },
    ],
  },
};

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

export function isRegionLevel(value: unknown): value is RegionLevel {
  return REGION_LEVELS.some((level) => level.value === value);
}

export function columnOf(table: TableName, name: string): Column | undefined {
  return TABLES[table].columns.find((c) => c.name === name);
}

/** The file a table is read from in a CSV dataset. */
export function csvFileName(table: TableName): string {
  return `${table}.csv`;
}
