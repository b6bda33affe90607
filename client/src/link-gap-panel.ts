/**
 * The chain leader's part of the link panel: the link's gap status and opportunities,
 * its balance explained (the server's sentence in the current language plus the
 * figures), its projects in the region, and the buttons to expand the link on the map
 * and to open its recruitment targets. `linkGapModel` and `projectRows` are pure.
 */
import { h } from './dom';
import { formatMoneyYi, formatNumber, formatProvenance, formatQuantity } from './format';
import { balanceNumbers, balanceText, gapStatusLabel, opportunityLabel, realOpportunities } from './gaps-view';
import { enumLabel, type Lang, t } from './i18n';
import type { LinkGap, LinkProject } from './leader-api';

export interface LinkGapModel {
  statusCode: LinkGap['status'];
  /** "状态：薄弱  机会：强链  得分 42". */
  statusLine: string;
  /** The server's explanation in `lang`. */
  explanation: string;
  /** "盈余 26万吨" or "单位不同"; null when there is no balance. */
  balance: string | null;
  /** "本地供给 266万吨，本地需求 240万吨，差额 +26万吨"; null without a balance. */
  numbers: string | null;
  /** Why parts of the demand were left out, in `lang`. */
  notes: string[];
}

export function linkGapModel(options: { lang: Lang; gap: LinkGap }): LinkGapModel {
  const { lang, gap } = options;
  const opps = realOpportunities(gap);
  return {
    statusCode: gap.status,
    statusLine: t(lang, 'gapStatusLine', {
      status: gapStatusLabel(lang, gap.status),
      opps: opps.length ? opps.map((o) => opportunityLabel(lang, o)).join(t(lang, 'listSep')) : t(lang, 'oppNONE'),
      score: formatNumber(lang, gap.score),
    }),
    explanation: gap.explanation[lang],
    balance: balanceText(lang, gap),
    numbers: gap.balance
      ? balanceNumbers(lang, gap.balance) + (gap.balance.complete ? '' : t(lang, 'balanceIncomplete'))
      : null,
    notes: gap.balance ? gap.balance.notes.map((n) => n[lang]) : [],
  };
}

export interface ProjectRow {
  id: string;
  name: string;
  status: string;
  statusCode: LinkProject['status'];
  firm: { id: string; name: string } | null;
  /** "霍林郭勒市 · 12.5亿元 · 10万吨 · 2023-03 → 2023-09-01". */
  details: string;
  provenance: string;
}

export function projectRows(options: { lang: Lang; projects: readonly LinkProject[] }): ProjectRow[] {
  const { lang } = options;
  return options.projects.map((p) => ({
    id: p.id,
    name: p.name,
    status: enumLabel(lang, p.status),
    statusCode: p.status,
    firm: p.enterprise ? { id: p.enterprise.id, name: p.enterprise.name } : null,
    details: [
      p.region.name,
      p.investmentYi != null ? formatMoneyYi(lang, p.investmentYi) : null,
      p.capacity != null ? formatQuantity(lang, { value: p.capacity, unit: p.unit ?? '' }) : null,
      [p.signedOn, p.startedOn, p.producingOn].filter(Boolean).join(' → ') || null,
      p.leader ? t(lang, 'projectLeader', { name: p.leader }) : null,
    ]
      .filter((x): x is string => !!x)
      .join(' · '),
    provenance: formatProvenance(lang, p),
  }));
}

export interface LinkExtrasOptions {
  lang: Lang;
  /** Null in the national view (no gap analysis). */
  gap: LinkGap | null;
  /** Null when the projects could not be loaded. */
  projects: LinkProject[] | null;
  expanded: boolean;
  /** Firms the expanded link shows vs has; null when not expanded. */
  hiddenFirms: number | null;
  onToggleExpand(): void;
  /** Null when there is no region to recruit into (national view). */
  onTargets: (() => void) | null;
  onFirm(id: string): void;
}

/** The sections the link panel shows above its firm table. */
export function linkExtras(options: LinkExtrasOptions): HTMLElement[] {
  const { lang } = options;
  const out: HTMLElement[] = [];
  out.push(
    h(
      'div',
      { className: 'panel-actions' },
      h(
        'button',
        {
          type: 'button',
          id: 'expand-link',
          className: 'action',
          'aria-pressed': options.expanded ? 'true' : 'false',
          onclick: () => options.onToggleExpand(),
        },
        t(lang, options.expanded ? 'collapseFirms' : 'expandFirms'),
      ),
      options.onTargets
        ? h(
            'button',
            { type: 'button', id: 'open-targets', className: 'action primary', onclick: () => options.onTargets?.() },
            t(lang, 'targetsButton'),
          )
        : null,
    ),
  );
  if (options.hiddenFirms)
    out.push(h('p', { className: 'muted' }, t(lang, 'expandedMore', { n: options.hiddenFirms })));
  if (options.gap) {
    const m = linkGapModel({ lang, gap: options.gap });
    out.push(
      h(
        'section',
        { className: `gap-section gap-${m.statusCode.toLowerCase()}`, 'data-status': m.statusCode },
        h('h3', {}, t(lang, 'gapSection')),
        h('p', { className: 'gap-status' }, m.statusLine),
        h('p', { className: 'gap-explanation' }, m.explanation),
        m.balance ? h('p', { className: 'gap-balance' }, t(lang, 'balanceLine', { v: m.balance })) : null,
        m.numbers ? h('p', { className: 'gap-numbers' }, m.numbers) : null,
        m.notes.length
          ? h(
              'ul',
              { className: 'gap-notes' },
              m.notes.map((n) => h('li', {}, n)),
            )
          : null,
      ),
    );
  }
  if (options.projects) {
    const rows = projectRows({ lang, projects: options.projects });
    out.push(
      h(
        'section',
        { className: 'profile-section link-projects' },
        h('h3', {}, t(lang, 'linkProjectsLabel')),
        rows.length
          ? h(
              'ul',
              {},
              rows.map(({ firm, ...r }) =>
                h(
                  'li',
                  {},
                  h('strong', {}, r.name),
                  ' ',
                  h('span', { className: `status status-${r.statusCode.toLowerCase()}` }, r.status),
                  firm
                    ? h(
                        'div',
                        {},
                        h(
                          'button',
                          { type: 'button', className: 'link-button', onclick: () => options.onFirm(firm.id) },
                          firm.name,
                        ),
                      )
                    : null,
                  r.details ? h('div', { className: 'muted' }, r.details) : null,
                  h('div', { className: 'source' }, r.provenance),
                ),
              ),
            )
          : h('p', { className: 'empty' }, t(lang, 'linkProjectsEmpty')),
      ),
    );
  }
  return out;
}
