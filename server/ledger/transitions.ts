/**
 * The project pipeline as a pure state machine (docs/ledger.md): which moves a project
 * may make, and the date rules, so the whole table is tested without a database and the
 * mutation, the generic update and the documentation say the same thing.
 */

export const PROJECT_STATUSES = ['signed', 'started', 'producing', 'stalled', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<ProjectStatus, { zh: string; en: string }>> = {
  signed: { zh: '签约', en: 'signed' },
  started: { zh: '开工', en: 'started' },
  producing: { zh: '投产', en: 'producing' },
  stalled: { zh: '停滞', en: 'stalled' },
  cancelled: { zh: '取消', en: 'cancelled' },
};

/** The date property each status sets when a project moves into it. */
export const STATUS_DATE: Readonly<Record<ProjectStatus, string>> = {
  signed: 'signedOn',
  started: 'startedOn',
  producing: 'producingOn',
  stalled: 'stalledOn',
  cancelled: 'cancelledOn',
};

/** The project as the rules need it. */
export interface ProjectState {
  id: string;
  name: string;
  status: ProjectStatus;
  /** Every date the project carries (signedOn ... cancelledOn), any precision, null when unknown. */
  dates: Readonly<Record<string, string | null>>;
}

/**
 * Where a project may go from `state`. producing and cancelled are final. A stalled
 * project resumes where it stopped: started when it had started (it has a startedOn),
 * else signed; the stored dates tell, so an imported stalled project resumes correctly too.
 */
export function allowedMoves(state: Pick<ProjectState, 'status' | 'dates'>): ProjectStatus[] {
  switch (state.status) {
    case 'signed':
      return ['started', 'stalled', 'cancelled'];
    case 'started':
      return ['producing', 'stalled', 'cancelled'];
    case 'stalled':
      return [state.dates.startedOn ? 'started' : 'signed', 'cancelled'];
    case 'producing':
    case 'cancelled':
      return [];
  }
}

/** Moves that must say why. */
export const NEEDS_REASON: ReadonlySet<ProjectStatus> = new Set(['stalled', 'cancelled']);

export interface CheckMoveOptions {
  project: ProjectState;
  to: ProjectStatus;
  /** The move's date as given (must be YYYY-MM-DD). */
  on: string;
  /** Today's date (YYYY-MM-DD) from the server's clock. */
  today: string;
  reason: string | null;
}

export type MoveProblem =
  { kind: 'transition'; message: string; allowed: ProjectStatus[] } | { kind: 'date' | 'reason'; message: string };

const label = (s: ProjectStatus) => `${STATUS_LABELS[s].zh} ${s}`;

/** What is wrong with the move, or null when it may be made. The first problem only: each says how to fix it. */
export function checkMove(options: CheckMoveOptions): MoveProblem | null {
  const { project, to, on, today } = options;
  const allowed = allowedMoves(project);
  const who = `项目《${project.name}》(${project.id})`;
  const whoEn = `project 《${project.name}》 (${project.id})`;
  if (!allowed.includes(to)) {
    const zhList = allowed.length === 0 ? '无（已是最终状态）' : allowed.map(label).join('、');
    const enList = allowed.length === 0 ? 'none, the status is final' : allowed.join(', ');
    return {
      kind: 'transition',
      allowed,
      message:
        `${who} 当前为 ${label(project.status)}，不能改为 ${label(to)}；可改为：${zhList} ` +
        `(${whoEn} is ${project.status} and cannot move to ${to}; allowed: ${enList})`,
    };
  }
  if (!isIsoDate(on)) {
    return { kind: 'date', message: `日期应为 YYYY-MM-DD (the date must be YYYY-MM-DD), got "${on}"` };
  }
  if (on > today) {
    return {
      kind: 'date',
      message: `${who} 的日期 ${on} 晚于今天 ${today} (the date ${on} of ${whoEn} is after today, ${today})`,
    };
  }
  const previous = latestDate(project.dates);
  if (previous !== null && !notBeforeDate(on, previous)) {
    return {
      kind: 'date',
      message:
        `${who} 的日期 ${on} 早于上一次变动的日期 ${previous} ` +
        `(the date ${on} of ${whoEn} is before its previous move, ${previous})`,
    };
  }
  if (NEEDS_REASON.has(to) && (options.reason ?? '').trim() === '') {
    return {
      kind: 'reason',
      message: `${who} 改为 ${label(to)} 须说明原因 (moving ${whoEn} to ${to} needs a reason)`,
    };
  }
  return null;
}

/** A full calendar date that exists (2024-02-30 does not). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * The latest of the project's dates. Dates of coarser precision (an imported `2022-11`)
 * are compared on what they know, like the importer's `started_on` rule.
 */
export function latestDate(dates: Readonly<Record<string, string | null>>): string | null {
  let latest: string | null = null;
  for (const value of Object.values(dates)) {
    if (value === null || value === '') continue;
    // On a tie of the common prefix the more precise date says more (2022-11 over 2022).
    if (
      latest === null ||
      !notBeforeDate(latest, value) ||
      (notBeforeDate(value, latest) && value.length > latest.length)
    ) {
      latest = value;
    }
  }
  return latest;
}

/** Whether `later` can be on or after `earlier` (dates of different precision compared on their common prefix). */
export function notBeforeDate(later: string, earlier: string): boolean {
  const length = Math.min(later.length, earlier.length);
  return later.slice(0, length) >= earlier.slice(0, length);
}

/** Hours the recruiting regions' calendar is ahead of UTC: "today" is today in China (UTC+8, no DST). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Today's date in China for the clock reading `now` (epoch ms). */
export function chinaToday(now: number): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
