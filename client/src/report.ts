/**
 * The printable report (A4 landscape): title, the map as an image, the chain's
 * summary, the gap table and the top target firms. Shown as an overlay page whose
 * print stylesheet hides everything else, so `window.print()` gives a clean PDF.
 */
import type { ReportGap, ReportSummary, ChainTarget } from './analysis-api';
import { h, setChildren } from './dom';
import { displayName } from './elements';
import { formatNumber, formatQuantities } from './format';
import { type Lang, type MessageKey, STAGE_KEYS, t } from './i18n';
import { regionText } from './target-table';

export const defaults = {
  /** Gap rows in the table (the most urgent first, as the API orders them). */
  maxGaps: 20,
  /** Target firms listed. */
  maxTargets: 10,
};

export interface ReportOptions extends Partial<typeof defaults> {
  container: HTMLElement;
  lang: Lang;
  chainName: string;
  regionName: string;
  /** PNG data URL of the map; null when there is no map to show. */
  mapImage: string | null;
  /** Null while loading. */
  data: { gaps: ReportGap[]; summary: ReportSummary; targets: ChainTarget[] } | null;
  date: string;
  onPrint: () => void;
  onClose: () => void;
}

const pct = (l: Lang, v: number) => formatNumber(l, v * 100);

export function renderReport(options: ReportOptions): void {
  const o = { ...defaults, ...options };
  const l = o.lang;
  const d = o.data;
  const gaps = d ? d.gaps.filter((g) => g.opportunity !== 'NONE').slice(0, o.maxGaps) : [];
  setChildren(
    o.container,
    h(
      'div',
      { className: 'report-actions no-print' },
      h('button', { type: 'button', id: 'report-print', onclick: () => o.onPrint(), disabled: !d }, t(l, 'rptPrint')),
      h('button', { type: 'button', id: 'report-close', onclick: () => o.onClose() }, t(l, 'rptClose')),
    ),
    h(
      'header',
      { className: 'report-head' },
      h('h1', { id: 'report-title', tabindex: -1 }, t(l, 'rptTitle', { chain: o.chainName, region: o.regionName })),
      h('p', { className: 'muted' }, t(l, 'rptGenerated', { date: o.date })),
    ),
    o.mapImage ? h('img', { className: 'report-map', src: o.mapImage, alt: t(l, 'viewMap') }) : null,
    !d
      ? h('p', { role: 'status' }, t(l, 'rptLoading'))
      : [
          h(
            'section',
            { className: 'report-summary' },
            h('h2', {}, t(l, 'rptSummary')),
            h(
              'p',
              {},
              t(l, 'rptCompleteness', {
                p: pct(l, d.summary.completeness),
                present: d.summary.linksPresent,
                total: d.summary.linksTotal,
              }),
            ),
            h(
              'p',
              {},
              t(l, 'rptGapCounts', {
                fill: d.summary.gaps.fill,
                extend: d.summary.gaps.extendDownstream + d.summary.gaps.extendUpstream,
                strengthen: d.summary.gaps.strengthen,
                missing: d.summary.gaps.missing,
                filling: d.summary.gaps.filling,
                weak: d.summary.gaps.weak,
              }),
            ),
            h('p', {}, t(l, 'rptProjects', d.summary.projects)),
          ),
          h(
            'section',
            { className: 'report-gaps' },
            h('h2', {}, t(l, 'rptGaps')),
            h(
              'table',
              { id: 'report-gaps' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  [
                    'linkJumpLabel',
                    'colStage',
                    'colGapStatus',
                    'colOpportunity',
                    'colScore',
                    'colLocalFirms',
                    'colExplanation',
                  ].map((k) => h('th', { scope: 'col' }, t(l, k as MessageKey))),
                ),
              ),
              h(
                'tbody',
                {},
                gaps.map((g) =>
                  h(
                    'tr',
                    { 'data-link': g.link.id },
                    h('td', {}, displayName(l, g.link)),
                    h('td', {}, t(l, STAGE_KEYS[g.stage])),
                    h('td', {}, t(l, `rptStatus${g.status}` as MessageKey)),
                    h('td', {}, t(l, `rptOpp${g.opportunity}` as MessageKey)),
                    h('td', { className: 'num' }, formatNumber(l, g.score)),
                    h(
                      'td',
                      {},
                      [String(g.localEnterprises), formatQuantities(l, g.localCapacity)].filter(Boolean).join(' · '),
                    ),
                    h('td', {}, g.explanation[l]),
                  ),
                ),
              ),
            ),
          ),
          h(
            'section',
            { className: 'report-targets' },
            h('h2', {}, t(l, 'rptTargets')),
            h(
              'table',
              { id: 'report-targets' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['colRank', 'colFirm', 'colRegion', 'colScore', 'colGapLinks'].map((k) =>
                    h('th', { scope: 'col' }, t(l, k as MessageKey)),
                  ),
                ),
              ),
              h(
                'tbody',
                {},
                d.targets
                  .slice(0, o.maxTargets)
                  .map((x, i) =>
                    h(
                      'tr',
                      { 'data-firm': x.enterprise.id },
                      h('td', { className: 'num' }, String(i + 1)),
                      h('td', {}, x.enterprise.name),
                      h('td', {}, regionText(x.enterprise)),
                      h('td', { className: 'num' }, formatNumber(l, x.score)),
                      h('td', {}, x.links.map((k) => displayName(l, k)).join(t(l, 'listSep'))),
                    ),
                  ),
              ),
            ),
          ),
        ],
  );
}
