/**
 * 招商热力图: the regions of one level scored by the chain's gaps there, drawn as a
 * grid of coloured tiles (no geographic boundaries are available offline), darkest
 * where recruiting has most to gain. A tile is a button that opens that region's map.
 */
import type { HeatmapRow } from './analysis-api';
import { h, setChildren } from './dom';
import { formatNumber } from './format';
import { type Lang, type MessageKey, t } from './i18n';
import type { RegionLevel, RegionRef } from './types';

export const defaults = {
  /** Colour ramp from least to most opportunity (sequential, readable in grey print). */
  ramp: ['#fff5eb', '#fdd0a2', '#fd8d3c', '#d94801', '#7f2704'],
  /** Text colour on the darker half of the ramp. */
  darkText: '#ffffff',
  /** Text colour on the lighter half. */
  lightText: '#1a1a1a',
  /** Most regions asked for (the API's default page). */
  first: 100,
};

export const HEAT_LEVELS: readonly RegionLevel[] = ['PROVINCE', 'CITY', 'COUNTY'];

const LEVEL_KEYS: Record<RegionLevel, MessageKey> = {
  PROVINCE: 'provinceLabel',
  CITY: 'cityLabel',
  COUNTY: 'countyLabel',
  PARK: 'parkLabel',
};

/** Interpolated ramp colour of `value` in 0..max (0 when max is 0). */
export function heatColor(value: number, max: number, ramp: readonly string[] = defaults.ramp): string {
  const f = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
  const pos = f * (ramp.length - 1);
  const i = Math.min(Math.floor(pos), ramp.length - 2);
  const mix = pos - i;
  const a = hex(ramp[i] ?? '#ffffff');
  const b = hex(ramp[i + 1] ?? '#000000');
  const c = a.map((v, k) => Math.round(v + ((b[k] ?? 0) - v) * mix));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function hex(color: string): number[] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return m ? [1, 2, 3].map((i) => parseInt(m[i] ?? '0', 16)) : [255, 255, 255];
}

export interface HeatTile {
  code: string;
  name: string;
  score: number;
  gapCount: number;
  completeness: number;
  color: string;
  /** Light text on dark tiles. */
  dark: boolean;
  row: HeatmapRow;
}

/** The tiles in the API's order (highest opportunity first), coloured relative to the top score. */
export function heatTiles(rows: readonly HeatmapRow[], ramp: readonly string[] = defaults.ramp): HeatTile[] {
  const max = Math.max(0, ...rows.map((r) => r.opportunityScore));
  return rows.map((r) => ({
    code: r.region.code,
    name: r.region.name,
    score: r.opportunityScore,
    gapCount: r.gapCount,
    completeness: r.completeness,
    color: heatColor(r.opportunityScore, max, ramp),
    dark: max > 0 && r.opportunityScore / max > 0.55,
    row: r,
  }));
}

/**
 * The regions `within` can take for a level: the whole country, then each region of
 * the current path strictly above the level (a province's cities, a city's counties).
 */
export function withinOptions(level: RegionLevel, path: readonly RegionRef[]): Array<RegionRef | null> {
  const depth = { PROVINCE: 0, CITY: 1, COUNTY: 2, PARK: 3 }[level];
  return [null, ...path.slice(0, depth)];
}

export interface HeatmapViewOptions {
  container: HTMLElement;
  lang: Lang;
  chainName: string;
  level: RegionLevel;
  within: RegionRef | null;
  path: readonly RegionRef[];
  rows: readonly HeatmapRow[] | null;
  onLevel: (level: RegionLevel) => void;
  onWithin: (code: string | null) => void;
  onOpen: (code: string) => void;
}

/** Draw the controls and the grid (rows null = loading). */
export function renderHeatmapView(options: HeatmapViewOptions): void {
  const o = { ...defaults, ...options };
  const l = o.lang;
  const scope = o.within?.name ?? t(l, 'national');
  const levelSelect = h(
    'select',
    { id: 'heat-level', onchange: (e: Event) => o.onLevel((e.target as HTMLSelectElement).value as RegionLevel) },
    HEAT_LEVELS.map((lv) => h('option', { value: lv }, t(l, LEVEL_KEYS[lv]))),
  );
  levelSelect.value = o.level;
  const withinSelect = h(
    'select',
    { id: 'heat-within', onchange: (e: Event) => o.onWithin((e.target as HTMLSelectElement).value || null) },
    withinOptions(o.level, o.path).map((r) => h('option', { value: r?.code ?? '' }, r?.name ?? t(l, 'national'))),
  );
  withinSelect.value = o.within?.code ?? '';
  const tiles = o.rows ? heatTiles(o.rows, o.ramp) : [];
  setChildren(
    o.container,
    h('h2', { id: 'heat-title', tabindex: -1 }, t(l, 'heatTitle', { chain: o.chainName, scope })),
    h(
      'div',
      { className: 'view-controls' },
      h('div', { className: 'field' }, h('label', { for: 'heat-level' }, t(l, 'heatLevel')), levelSelect),
      h('div', { className: 'field' }, h('label', { for: 'heat-within' }, t(l, 'heatWithin')), withinSelect),
      h(
        'span',
        { className: 'heat-legend' },
        h('span', { className: 'heat-ramp', style: `background:linear-gradient(to right,${o.ramp.join(',')})` }),
        t(l, 'heatLegend'),
      ),
    ),
    o.rows === null
      ? h('p', { className: 'muted', role: 'status' }, t(l, 'loading'))
      : tiles.length === 0
        ? h('p', { className: 'muted' }, t(l, 'heatEmpty'))
        : h(
            'ol',
            { id: 'heat-grid', className: 'heat-grid', 'aria-label': t(l, 'viewHeatmap') },
            tiles.map((tile) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    className: `heat-tile${tile.dark ? ' dark' : ''}`,
                    style: `background:${tile.color};color:${tile.dark ? o.darkText : o.lightText}`,
                    'data-code': tile.code,
                    'data-score': tile.score,
                    'data-gaps': tile.gapCount,
                    title: t(l, 'heatOpen', { region: tile.name }),
                    onclick: () => o.onOpen(tile.code),
                  },
                  h('span', { className: 'heat-name' }, tile.name),
                  h('span', { className: 'heat-score' }, `${t(l, 'heatScore')} ${formatNumber(l, tile.score)}`),
                  h('span', { className: 'heat-gaps' }, `${t(l, 'heatGapCount')} ${tile.gapCount}`),
                  h(
                    'span',
                    { className: 'heat-detail' },
                    t(l, 'heatBreakdown', {
                      fill: tile.row.gaps.fill,
                      extend: tile.row.gaps.extendDownstream + tile.row.gaps.extendUpstream,
                      strengthen: tile.row.gaps.strengthen,
                    }),
                  ),
                  h(
                    'span',
                    { className: 'heat-completeness' },
                    `${t(l, 'heatCompleteness')} ${formatNumber(l, tile.completeness * 100)}%`,
                  ),
                ),
              ),
            ),
          ),
  );
}
