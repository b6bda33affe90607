/**
 * The target list as a table (header + rows) for the CSV and Excel downloads, built
 * from the GraphQL answers the screen shows (so filters and paging are respected,
 * which the server's unfiltered /export/targets.csv would not do).
 */
import { SCORE_COMPONENTS, type ChainTarget, type Target, type TargetEnterprise } from './analysis-api';
import { displayName } from './elements';
import { formatQuantities } from './format';
import { COMPONENT_KEYS, enumLabel, type Lang, t, tagLabel } from './i18n';

/** One firm of a download; `components` (points per component) only for a single gap's list. */
export interface TargetExportRow {
  rank: number;
  enterprise: TargetEnterprise;
  score: number;
  components: Partial<Record<(typeof SCORE_COMPONENTS)[number], number>> | null;
  capacity: string;
  /** The gap links the firm could fill (chain-wide list only). */
  links: string | null;
  viaGroup: boolean;
  reasons: string;
}

export interface Table {
  header: string[];
  rows: Array<Array<string | number>>;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function rowsFromTargets(targets: readonly Target[], lang: Lang): TargetExportRow[] {
  return targets.map((x) => ({
    rank: x.rank,
    enterprise: x.enterprise,
    score: x.score,
    components: Object.fromEntries(x.components.map((c) => [c.name, c.points])),
    capacity: formatQuantities(lang, x.capacity),
    links: null,
    viaGroup: x.viaGroup,
    reasons: x.reasons.map((r) => r[lang]).join(t(lang, 'reasonSep')),
  }));
}

export function rowsFromChainTargets(targets: readonly ChainTarget[], lang: Lang): TargetExportRow[] {
  return targets.map((x, i) => ({
    rank: i + 1,
    enterprise: x.enterprise,
    score: x.score,
    components: null,
    capacity: '',
    links: x.links.map((l) => displayName(lang, l)).join(t(lang, 'listSep')),
    viaGroup: false,
    reasons: x.reasons.map((r) => r[lang]).join(t(lang, 'reasonSep')),
  }));
}

/** Where a firm is: "内蒙古自治区 通辽市 霍林郭勒市" from its region path, else its region's name. */
export function regionText(e: TargetEnterprise): string {
  const path = e.region?.path;
  if (path && path.length) return path.map((r) => r.name).join(' ');
  return e.region?.name ?? '';
}

/** The table in `lang`: columns for score components or gap links only when the rows have them. */
export function targetTable(rows: readonly TargetExportRow[], lang: Lang): Table {
  const withComponents = rows.some((r) => r.components);
  const withLinks = rows.some((r) => r.links !== null);
  const header = [
    t(lang, 'colRank'),
    t(lang, 'colFirmId'),
    t(lang, 'colFirm'),
    t(lang, 'colRegion'),
    t(lang, 'ownershipLabel'),
    t(lang, 'tagsLabel'),
    t(lang, 'colScore'),
    ...(withComponents ? SCORE_COMPONENTS.map((c) => t(lang, COMPONENT_KEYS[c])) : []),
    ...(withLinks ? [t(lang, 'colGapLinks')] : [t(lang, 'colCapacity'), t(lang, 'colViaGroup')]),
    t(lang, 'colReasons'),
  ];
  const body = rows.map((r) => [
    r.rank,
    r.enterprise.id,
    r.enterprise.name,
    regionText(r.enterprise),
    enumLabel(lang, r.enterprise.ownership),
    r.enterprise.tags.map((tag) => tagLabel(lang, tag)).join(t(lang, 'listSep')),
    round(r.score),
    ...(withComponents ? SCORE_COMPONENTS.map((c) => round(r.components?.[c] ?? 0)) : []),
    ...(withLinks ? [r.links ?? ''] : [r.capacity, r.viaGroup ? t(lang, 'yes') : '']),
    r.reasons,
  ]);
  return { header, rows: body };
}

/** One RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document, BOM first (Excel otherwise reads UTF-8 as GBK), CRLF line ends. */
export function tableToCsv(table: Table): string {
  return '\uFEFF' + [table.header, ...table.rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
