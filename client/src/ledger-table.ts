/**
 * The ledger's answers (ledger-api.ts) as tables: the pipeline per link and status, the
 * overdue list, the projects whose signing date is unknown, a month's moves and its lead
 * figures. The screen and the CSV downloads draw the same tables, so what is downloaded
 * is what was shown. Pure (tested in Node). Capacities stay per unit: "9万吨、40万千瓦",
 * never one sum.
 */
import { chinaToday } from '../../server/ledger/transitions';
import { displayName } from './elements';
import { formatQuantities } from './format';
import { enumLabel, type Lang, type MessageKey, t } from './i18n';
import type { LedgerData, LedgerFigures, LedgerProject, MonthlyLeads } from './ledger-api';
import type { Table } from './target-table';

const round = (n: number) => Math.round(n * 100) / 100;

/** This month in China (YYYY-MM), the monthly summary's default. */
export function currentMonth(now: number): string {
  return chinaToday(now).slice(0, 7);
}

/** A month typed or picked (YYYY-MM, a real month), or null. */
export function parseMonth(text: string): string | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? text.trim() : null;
}

const figureCells = (lang: Lang, f: LedgerFigures) => [
  f.projects,
  round(f.investmentYi),
  formatQuantities(lang, f.capacity),
];

/** One row per link and status (chain order, then the pipeline's order), then a total per status. */
export function pipelineTable(pipeline: LedgerData['projectPipeline'], lang: Lang): Table {
  const rows = pipeline.links.flatMap((l) =>
    l.statuses.map((s) => [displayName(lang, l.link), enumLabel(lang, s.status), ...figureCells(lang, s)]),
  );
  const totals = pipeline.totals.map((s) => [t(lang, 'totalRow'), enumLabel(lang, s.status), ...figureCells(lang, s)]);
  return {
    header: [t(lang, 'colLink'), t(lang, 'colStatus'), ...figureHeader(lang)],
    rows: [...rows, ...totals],
  };
}

function figureHeader(lang: Lang): string[] {
  return [t(lang, 'colProjects'), t(lang, 'colInvestmentYi'), t(lang, 'colCapacity')];
}

const projectCells = (p: LedgerProject) => [p.id, p.name, p.enterprise?.name ?? '', p.link.name, p.region.name];

function projectHeader(lang: Lang): string[] {
  return [
    t(lang, 'colProjectId'),
    t(lang, 'colProject'),
    t(lang, 'colInvestor'),
    t(lang, 'colLink'),
    t(lang, 'colRegion'),
  ];
}

const investment = (p: LedgerProject) => (p.investmentYi == null ? '' : round(p.investmentYi));

/** The projects of the pipeline (latest signed first) with their status and dates. */
export function projectsTable(projects: readonly LedgerProject[], lang: Lang): Table {
  return {
    header: [
      ...projectHeader(lang),
      t(lang, 'colStatus'),
      t(lang, 'colSignedOn'),
      t(lang, 'colInvestmentYi'),
      t(lang, 'colLeader'),
    ],
    rows: projects.map((p) => [
      ...projectCells(p),
      enumLabel(lang, p.status),
      p.signedOn ?? t(lang, 'dateUnknown'),
      investment(p),
      p.leader ?? '',
    ]),
  };
}

/**
 * Overdue projects, oldest first; with `withUnknown` the projects without a signing date
 * follow, marked "date unknown" (the download keeps both; the screen lists them apart).
 */
export function overdueTable(
  overdue: LedgerData['overdueProjects'],
  lang: Lang,
  options: { withUnknown: boolean } = { withUnknown: false },
): Table {
  const rows = overdue.overdue.map((o) => [
    ...projectCells(o.project),
    o.signedOn,
    o.daysSinceSigned,
    investment(o.project),
  ]);
  const unknown = options.withUnknown
    ? overdue.dateUnknown.map((p) => [...projectCells(p), t(lang, 'dateUnknown'), '', investment(p)])
    : [];
  return {
    header: [...projectHeader(lang), t(lang, 'colSignedOn'), t(lang, 'colDaysSince'), t(lang, 'colInvestmentYi')],
    rows: [...rows, ...unknown],
  };
}

/** Signed projects without a signing date: listed, never silently left out. */
export function dateUnknownTable(projects: readonly LedgerProject[], lang: Lang): Table {
  return {
    header: [...projectHeader(lang), t(lang, 'colInvestmentYi')],
    rows: projects.map((p) => [...projectCells(p), investment(p)]),
  };
}

/** A month's moves by the status reached. */
export function monthlyTable(moves: LedgerData['monthlySummary']['moves'], lang: Lang): Table {
  return {
    header: [t(lang, 'colMovedTo'), ...figureHeader(lang)],
    rows: moves.map((m) => [enumLabel(lang, m.to), ...figureCells(lang, m)]),
  };
}

/** A month's lead figures: opened, won, dropped, then follow-ups by kind (every kind, 0 included). */
export function leadsTable(leads: MonthlyLeads, lang: Lang): Table {
  const count = (kind: string) => leads.followUps.find((f) => f.kind === kind)?.count ?? 0;
  const kinds = ['VISIT', 'CALL', 'MEETING'] as const;
  return {
    header: [t(lang, 'colFigure'), t(lang, 'colCount')],
    rows: [
      [t(lang, 'leadsOpened'), leads.opened],
      [t(lang, 'leadsWon'), leads.won],
      [t(lang, 'leadsDropped'), leads.dropped],
      ...kinds.map((k) => [t(lang, `followUp${k}` as MessageKey), count(k)]),
    ],
  };
}
