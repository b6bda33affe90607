/**
 * 招商台账 Ledger view: for the chain and region of the page, the project pipeline per
 * link and status, the overdue list (signed, not started after N days; projects whose
 * signing date is unknown apart), and a month's summary, with the month's lead figures
 * when the server lets the user read them. Rendering only: `views.ts` owns the data and
 * the requests; tables come from the pure `ledger-table.ts`.
 */
import { h, setChildren } from './dom';
import { type Lang, t } from './i18n';
import type { LedgerData, LedgerProject, MonthlyLeads } from './ledger-api';
import {
  dateUnknownTable,
  leadsTable,
  monthlyTable,
  overdueTable,
  parseMonth,
  pipelineTable,
  projectsTable,
} from './ledger-table';
import type { Table } from './target-table';

export const defaults = {
  /** Projects asked for per list (the pipeline's projects, overdue, date unknown); the API bounds it anyway. */
  first: 50,
  /** Largest number of days the overdue control accepts (the server's own limit). */
  maxDays: 3650,
};

export interface LedgerViewOptions {
  container: HTMLElement;
  lang: Lang;
  chainName: string;
  regionName: string;
  /** Null while loading. */
  data: LedgerData | null;
  /** The month's lead figures; null when not allowed (or not signed in): the section is left out. */
  leads: MonthlyLeads | null;
  month: string;
  /** Shown in the days control: the one asked for, or the server's default once answered. */
  days: number | null;
  /** Editors get a move button per project (the server still checks the region). */
  onMove: ((project: LedgerProject) => void) | null;
  onQuery: (query: { month: string; days: number | null }) => void;
  onDownload: (what: 'pipeline' | 'overdue') => void;
}

/** A table with a header row; `actions` adds a last cell per row (the move buttons). */
function drawTable(options: { id: string; table: Table; actions?: Array<HTMLElement | null> }): HTMLElement {
  const { id, table, actions } = options;
  return h(
    'table',
    { id, className: 'firms ledger-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        table.header.map((c) => h('th', { scope: 'col' }, c)),
        actions ? h('th', {}) : null,
      ),
    ),
    h(
      'tbody',
      {},
      table.rows.map((row, i) =>
        h(
          'tr',
          {},
          row.map((c) => h('td', {}, String(c))),
          actions ? h('td', {}, actions[i] ?? null) : null,
        ),
      ),
    ),
  );
}

function controls(o: LedgerViewOptions): HTMLFormElement {
  const l = o.lang;
  const month = h('input', { id: 'ledger-month', name: 'month', type: 'month', value: o.month, required: true });
  const days = h('input', {
    id: 'ledger-days',
    name: 'days',
    type: 'number',
    min: 0,
    max: defaults.maxDays,
    step: 1,
    inputmode: 'numeric',
    value: o.days ?? '',
  });
  const form = h(
    'form',
    { id: 'ledger-controls', className: 'view-controls' },
    h('div', { className: 'field' }, h('label', { for: 'ledger-month' }, t(l, 'ledgerMonth')), month),
    h('div', { className: 'field' }, h('label', { for: 'ledger-days' }, t(l, 'ledgerOverdueDays')), days),
    h(
      'div',
      { className: 'buttons' },
      h('button', { type: 'submit', id: 'ledger-apply' }, t(l, 'ledgerOverdueApply')),
      h(
        'button',
        { type: 'button', id: 'ledger-csv-pipeline', disabled: !o.data, onclick: () => o.onDownload('pipeline') },
        t(l, 'ledgerDownloadPipeline'),
      ),
      h(
        'button',
        { type: 'button', id: 'ledger-csv-overdue', disabled: !o.data, onclick: () => o.onDownload('overdue') },
        t(l, 'ledgerDownloadOverdue'),
      ),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const n = Number(days.value);
    const valid = days.value.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= defaults.maxDays;
    o.onQuery({ month: parseMonth(month.value) ?? o.month, days: valid ? n : null });
  });
  return form;
}

function section(id: string, title: string, ...children: Array<HTMLElement | null>): HTMLElement {
  return h(
    'section',
    { className: 'ledger-section', id, 'aria-labelledby': `${id}-title` },
    h('h3', { id: `${id}-title` }, title),
    ...children,
  );
}

/** Draw the whole view from the options (the caller re-renders on every change). */
export function renderLedgerView(o: LedgerViewOptions): void {
  const l = o.lang;
  const d = o.data;
  const head = [
    h('h2', { id: 'ledger-title', tabindex: -1 }, t(l, 'ledgerTitle', { chain: o.chainName, region: o.regionName })),
    controls(o),
  ];
  if (!d) {
    setChildren(o.container, head, h('p', { className: 'muted', role: 'status' }, t(l, 'loading')));
    return;
  }
  const p = d.projectPipeline;
  const shown = (n: number, total: number) =>
    total > n ? h('p', { className: 'muted' }, t(l, 'ledgerShown', { n })) : null;
  const moveButtons = o.onMove
    ? p.projects.map((project) =>
        project.status === 'PRODUCING' || project.status === 'CANCELLED'
          ? null
          : h(
              'button',
              {
                type: 'button',
                className: 'action',
                'data-move': project.id,
                onclick: () => o.onMove?.(project),
              },
              t(l, 'ledgerMove'),
            ),
      )
    : undefined;
  const ov = d.overdueProjects;
  setChildren(
    o.container,
    head,
    section(
      'ledger-pipeline',
      t(l, 'ledgerPipeline'),
      h('p', { className: 'muted', id: 'ledger-pipeline-total' }, t(l, 'ledgerPipelineTotal', { n: p.total })),
      p.total === 0
        ? h('p', { className: 'muted' }, t(l, 'ledgerPipelineEmpty'))
        : drawTable({ id: 'ledger-pipeline-table', table: pipelineTable(p, l) }),
      p.projects.length ? h('h4', {}, t(l, 'ledgerProjects')) : null,
      p.projects.length
        ? drawTable({
            id: 'ledger-projects',
            table: projectsTable(p.projects, l),
            ...(moveButtons ? { actions: moveButtons } : {}),
          })
        : null,
      shown(p.projects.length, p.total),
    ),
    section(
      'ledger-overdue',
      t(l, 'ledgerOverdue', { days: ov.days }),
      h(
        'p',
        { className: 'muted', id: 'ledger-overdue-count' },
        t(l, 'ledgerOverdueCount', { n: ov.overdueTotal, cutoff: ov.cutoff }),
      ),
      ov.overdue.length
        ? drawTable({ id: 'ledger-overdue-table', table: overdueTable(ov, l) })
        : h('p', { className: 'muted' }, t(l, 'ledgerOverdueEmpty')),
      shown(ov.overdue.length, ov.overdueTotal),
      ov.dateUnknownTotal > 0
        ? h('h4', { id: 'ledger-unknown-title' }, t(l, 'ledgerDateUnknown', { n: ov.dateUnknownTotal }))
        : null,
      ov.dateUnknown.length
        ? drawTable({ id: 'ledger-unknown-table', table: dateUnknownTable(ov.dateUnknown, l) })
        : null,
      shown(ov.dateUnknown.length, ov.dateUnknownTotal),
    ),
    section(
      'ledger-monthly',
      `${t(l, 'ledgerMonthly')} · ${d.monthlySummary.month}`,
      d.monthlySummary.moves.length
        ? drawTable({ id: 'ledger-monthly-table', table: monthlyTable(d.monthlySummary.moves, l) })
        : h('p', { className: 'muted' }, t(l, 'ledgerMonthEmpty')),
      o.leads ? h('h4', {}, t(l, 'ledgerLeads')) : null,
      o.leads ? drawTable({ id: 'ledger-leads-table', table: leadsTable(o.leads, l) }) : null,
    ),
  );
}
