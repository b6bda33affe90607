/**
 * The ledger's views as pure functions over the rows cypher/ledger returns: the
 * pipeline per link and status, the overdue cut-off, the monthly sums. Quantities are
 * summed per unit and never across units.
 */

import { PROJECT_STATUSES, type ProjectStatus } from './transitions.js';

export interface Quantity {
  value: number;
  unit: string;
}

export interface StatusFigures {
  status: ProjectStatus;
  projects: number;
  investmentYi: number;
  capacity: Quantity[];
}

/** One project row of ledger/pipeline or ledger/month-projects. */
export interface ProjectFigures {
  id: string;
  status: ProjectStatus;
  investmentYi: number | null;
  capacity: number | null;
  unit: string | null;
}

/** Adds `value` in `unit` to the list, keeping one entry per unit in order of first appearance. */
export function addQuantity(list: Quantity[], value: number | null, unit: string | null): void {
  if (value === null || unit === null || unit === '') return;
  const entry = list.find((q) => q.unit === unit);
  if (entry === undefined) list.push({ value, unit });
  else entry.value = round(entry.value + value);
}

/** Sums kept to 6 decimals, so 0.1 + 0.2 reads 0.3 in a table. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Per status (in pipeline order, only those with projects): count, investment, capacity per unit. Each project once. */
export function figuresByStatus(rows: readonly ProjectFigures[]): StatusFigures[] {
  const seen = new Set<string>();
  const by = new Map<ProjectStatus, StatusFigures>();
  for (const row of rows) {
    const key = `${row.status}/${row.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let figures = by.get(row.status);
    if (figures === undefined) {
      figures = { status: row.status, projects: 0, investmentYi: 0, capacity: [] };
      by.set(row.status, figures);
    }
    figures.projects++;
    figures.investmentYi = round(figures.investmentYi + (row.investmentYi ?? 0));
    addQuantity(figures.capacity, row.capacity, row.unit);
  }
  return PROJECT_STATUSES.flatMap((s) => (by.has(s) ? [by.get(s)!] : []));
}

export interface PipelineRow extends ProjectFigures {
  link: string;
  signedOn: string | null;
}

export interface Pipeline {
  links: { link: string; statuses: StatusFigures[] }[];
  totals: StatusFigures[];
  total: number;
  /** Project ids, latest signed first (unknown dates last), then by id. */
  order: string[];
}

/** The pipeline of a chain in a region: per link in the rows' (the chain's) order, and all links together. */
export function pipelineOf(rows: readonly PipelineRow[]): Pipeline {
  const links: string[] = [];
  const byLink = new Map<string, PipelineRow[]>();
  for (const row of rows) {
    if (!byLink.has(row.link)) {
      links.push(row.link);
      byLink.set(row.link, []);
    }
    byLink.get(row.link)!.push(row);
  }
  // A project is for one link, but keep it once even if a chain lists a link twice.
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
  const order = [...unique]
    .sort((a, b) => {
      if (a.signedOn !== b.signedOn) {
        if (a.signedOn === null) return 1;
        if (b.signedOn === null) return -1;
        return a.signedOn < b.signedOn ? 1 : -1;
      }
      return a.id < b.id ? -1 : 1;
    })
    .map((r) => r.id);
  return {
    links: links.map((link) => ({ link, statuses: figuresByStatus(byLink.get(link)!) })),
    totals: figuresByStatus(unique),
    total: unique.length,
    order,
  };
}

const DAY_MS = 86_400_000;

/** The latest signing date that is overdue after `days` days on `today` (both YYYY-MM-DD). */
export function overdueCutoff(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD; `from` may be the "-31" end of a short month). */
export function daysBetween(from: string, to: string): number {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  // Date.UTC rolls 2024-02-31 over to 2024-03-02; clamp to the month's real last day instead.
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const start = Date.UTC(y, m - 1, Math.min(d, last));
  return Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY_MS);
}

/** A month argument: YYYY-MM with a real month. */
export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

export interface MonthlyLeadCounts {
  opened: number;
  won: number;
  dropped: number;
  followUps: { kind: string; count: number }[];
}

/** The lead counts of a month from ledger/month-leads (a list of what happened, a list of follow-up kinds). */
export function leadCounts(leads: readonly string[], followUps: readonly string[]): MonthlyLeadCounts {
  const count = (list: readonly string[], value: string) => list.filter((v) => v === value).length;
  return {
    opened: count(leads, 'opened'),
    won: count(leads, 'won'),
    dropped: count(leads, 'dropped'),
    followUps: ['visit', 'call', 'meeting']
      .map((kind) => ({ kind, count: count(followUps, kind) }))
      .filter((k) => k.count > 0),
  };
}
