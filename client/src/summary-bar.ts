/**
 * The summary bar above the map: completeness, gaps by opportunity, the chain leader,
 * the project pipeline and the link-master firms of the chain in the region.
 * `summaryBarModel` is pure (API data → display strings); `renderSummaryBar` builds the DOM.
 */
import { h, setChildren } from './dom';
import { formatProvenance } from './format';
import { type Lang, type MessageKey, t } from './i18n';
import type { GapSummary } from './leader-api';

export const defaults = {
  /** Decimals of the completeness percentage (0: "80%", what a meeting reads out). */
  percentDecimals: 0,
};

export interface SummaryChip {
  /** Stable key for tests and styling: fill, extendUpstream, extendDownstream, strengthen. */
  key: 'fill' | 'extendUpstream' | 'extendDownstream' | 'strengthen';
  label: string;
  count: number;
}

export interface SummaryBarModel {
  completenessLabel: string;
  /** "80%（8/10个环节）". */
  completeness: string;
  /** The bare percentage, e.g. "80%" (tests compare it with the API's number). */
  percent: string;
  gapsLabel: string;
  gaps: SummaryChip[];
  leaderLabel: string;
  /** "张三 霍林郭勒市市长"; "未设链长" when none is recorded. */
  leader: string;
  hasLeader: boolean;
  leaderProvenance: string;
  projectsLabel: string;
  projects: string;
  mastersLabel: string;
  masters: Array<{ id: string; name: string; provenance: string }>;
}

const GAP_CHIPS: Array<{ key: SummaryChip['key']; message: MessageKey }> = [
  { key: 'fill', message: 'oppFILL' },
  { key: 'extendUpstream', message: 'oppEXTEND_UPSTREAM' },
  { key: 'extendDownstream', message: 'oppEXTEND_DOWNSTREAM' },
  { key: 'strengthen', message: 'oppSTRENGTHEN' },
];

/** The completeness as a percentage string: 0.8 → "80%". */
export function formatPercent(share: number, decimals = defaults.percentDecimals): string {
  const factor = 10 ** decimals;
  return `${(Math.round(share * 100 * factor) / factor).toFixed(decimals)}%`;
}

export function summaryBarModel(
  options: { lang: Lang; summary: GapSummary } & Partial<typeof defaults>,
): SummaryBarModel {
  const { lang, summary } = options;
  const percent = formatPercent(summary.completeness, options.percentDecimals ?? defaults.percentDecimals);
  const leader = summary.leader;
  const masters = summary.masters
    .filter((m, i, all) => all.findIndex((x) => x.enterprise.id === m.enterprise.id) === i)
    .map((m) => ({ id: m.enterprise.id, name: m.enterprise.name, provenance: formatProvenance(lang, m) }));
  return {
    completenessLabel: t(lang, 'summaryCompleteness'),
    completeness: t(lang, 'summaryCompletenessValue', {
      pct: percent.replace('%', ''),
      present: summary.linksPresent,
      total: summary.linksTotal,
    }),
    percent,
    gapsLabel: t(lang, 'summaryGaps'),
    gaps: GAP_CHIPS.map((c) => ({ key: c.key, label: t(lang, c.message), count: summary.gaps[c.key] })),
    leaderLabel: t(lang, 'chainLeader'),
    leader: leader ? [leader.title, leader.name].filter(Boolean).join(' ') : t(lang, 'noLeader'),
    hasLeader: !!leader,
    leaderProvenance: leader ? formatProvenance(lang, leader) : '',
    projectsLabel: t(lang, 'summaryProjects'),
    projects: t(lang, 'summaryProjectsValue', {
      signed: summary.projects.signed,
      started: summary.projects.started,
      producing: summary.projects.producing,
    }),
    mastersLabel: t(lang, 'linkMasters'),
    masters,
  };
}

function item(key: string, label: string, ...value: Array<Node | string | null>): HTMLElement {
  return h(
    'div',
    { className: `summary-item summary-${key}`, 'data-key': key },
    h('span', { className: 'summary-label' }, label),
    h('span', { className: 'summary-value' }, ...value),
  );
}

/** Fill the bar; `onFirm` opens a link-master's profile. Null summary: say why there is none. */
export function renderSummaryBar(
  container: HTMLElement,
  options: { lang: Lang; summary: GapSummary | null; onFirm(id: string): void },
): void {
  const { lang, summary } = options;
  container.setAttribute('aria-label', t(lang, 'summaryAria'));
  if (!summary) {
    setChildren(container, h('span', { className: 'muted' }, t(lang, 'summaryNeedRegion')));
    container.dataset['state'] = 'empty';
    return;
  }
  const m = summaryBarModel({ lang, summary });
  setChildren(
    container,
    item('completeness', m.completenessLabel, h('strong', { 'data-percent': m.percent }, m.completeness)),
    item(
      'gaps',
      m.gapsLabel,
      ...m.gaps.map((g) =>
        h('span', { className: `chip opp-chip opp-${g.key}`, 'data-count': g.count }, `${g.label} ${g.count}`),
      ),
    ),
    item(
      'leader',
      m.leaderLabel,
      h('span', { className: m.hasLeader ? '' : 'muted', title: m.leaderProvenance || null }, m.leader),
    ),
    item('projects', m.projectsLabel, m.projects),
    item(
      'masters',
      m.mastersLabel,
      ...(m.masters.length
        ? m.masters.map((x) =>
            h(
              'button',
              {
                type: 'button',
                className: 'chip master-chip',
                title: x.provenance,
                onclick: () => options.onFirm(x.id),
              },
              `★ ${x.name}`,
            ),
          )
        : [h('span', { className: 'muted' }, t(lang, 'none'))]),
    ),
  );
  container.dataset['state'] = 'ready';
}
