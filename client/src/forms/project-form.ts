/**
 * The project form (招商项目): create a project from a link's panel, or edit one. A new
 * project takes any of the five statuses (it records a fact, like an import). An edit
 * never sets the status: it offers a move (推进, `moveProject`) to one of the statuses
 * the pipeline allows from the current one (server/ledger/transitions.ts, the same table
 * the server applies), with its date, reason and operating firm; the server's refusal
 * of a move is shown at the field it names (`to`, `on`, `reason`, `operator`, ...).
 */
import {
  allowedMoves,
  chinaToday,
  isIsoDate,
  latestDate,
  NEEDS_REASON,
  notBeforeDate,
  type ProjectStatus as LedgerStatus,
} from '../../../server/ledger/transitions';
import { enumLabel, type Lang, t } from '../i18n';
import type { ProjectStatus, Provenance } from '../types';
import { asText, saveRequest, type FieldSpec, type FormDefinition, type FormValues } from './form-spec';
import {
  blankToNull,
  checkDate,
  checkId,
  checkMaxLength,
  checkNumber,
  checkRequired,
  defaults as checks,
  notBefore,
  problemCollector,
  type Problems,
} from './validate';

export const defaults = {
  /** Status choices; a new project starts as signed (签约), the first step of the pipeline. */
  statuses: ['SIGNED', 'STARTED', 'PRODUCING', 'STALLED', 'CANCELLED'] as readonly ProjectStatus[],
  /** Prefix of the id proposed for a new project (the user may type another). */
  idPrefix: 'proj-',
};

/** A project as the panels have it (link panel: `Link.projects`; firm panel: `Enterprise.projects`). */
export interface ProjectRow extends Provenance {
  id: string;
  name: string;
  status: ProjectStatus;
  enterprise?: { id: string; name: string } | null;
  region: { code: string; name: string };
  link?: { id: string; name?: string } | null;
  investmentYi?: number | null;
  capacity?: number | null;
  unit?: string | null;
  signedOn?: string | null;
  startedOn?: string | null;
  producingOn?: string | null;
  /** Ledger dates: a stalled project resumes to started only when it had started. */
  stalledOn?: string | null;
  cancelledOn?: string | null;
  leader?: string | null;
}

/** The API's status (`SIGNED`) as the ledger's table names it (`signed`), and back. */
const toLedger = (s: ProjectStatus) => s.toLowerCase() as LedgerStatus;
const fromLedger = (s: LedgerStatus) => s.toUpperCase() as ProjectStatus;

/**
 * The statuses a project may move to from where it is, in the table's order: the
 * server's own `allowedMoves`, so the form never offers a move the server refuses.
 */
export function moveChoices(project: Pick<ProjectRow, 'status' | 'startedOn'>): ProjectStatus[] {
  return allowedMoves({
    status: toLedger(project.status),
    dates: { startedOn: project.startedOn ?? null },
  }).map(fromLedger);
}

/** The fields of a move besides the project's figures (capacity, unit, investment). */
const MOVE_FIELDS = ['to', 'on', 'reason', 'operator'] as const;
/** The project's own fields a move may change too (ProjectMoveInput). */
const MOVE_FIGURES = ['capacity', 'unit', 'investmentYi'] as const;

export interface ProjectInput {
  id: string;
  name: string;
  enterprise: string | null;
  region: string;
  link: string;
  investmentYi: number | null;
  capacity: number | null;
  unit: string | null;
  status: string;
  signedOn: string | null;
  startedOn: string | null;
  producingOn: string | null;
  leader: string | null;
  source: string | null;
  asOf: string | null;
}

const statusOption = (value: ProjectStatus) => ({ value, label: (lang: Lang) => enumLabel(lang, value) });

/**
 * The form's fields. Creating: a status select. Editing (`current`: the project's status
 * and start date): the status shown, then the move control offering only the allowed
 * moves, its date, reason and operating firm.
 */
export function projectFields(
  mode: 'create' | 'edit',
  current?: Pick<ProjectRow, 'status' | 'startedOn'>,
): FieldSpec[] {
  const choices = current ? moveChoices(current) : [];
  const status: FieldSpec[] =
    mode === 'create' || !current
      ? [
          {
            name: 'status',
            label: 'fieldStatus',
            kind: 'select',
            required: true,
            options: defaults.statuses.map(statusOption),
          },
        ]
      : [
          {
            name: 'status',
            label: 'fieldCurrentStatus',
            kind: 'select',
            readOnly: true,
            required: true,
            options: [statusOption(current.status)],
          },
          {
            name: 'to',
            label: 'fieldMoveTo',
            kind: 'select',
            hint: 'fieldMoveToHint',
            options: [
              { value: '', label: (lang: Lang) => t(lang, choices.length ? 'moveNone' : 'moveFinal') },
              ...choices.map(statusOption),
            ],
          },
          { name: 'on', label: 'fieldMoveOn', kind: 'date', hint: 'fieldMoveOnHint' },
          { name: 'reason', label: 'fieldMoveReason', kind: 'textarea', hint: 'fieldMoveReasonHint' },
          { name: 'operator', label: 'fieldOperator', kind: 'firm', hint: 'fieldOperatorHint' },
        ];
  return [
    { name: 'id', label: 'fieldId', kind: 'text', required: true, hint: 'fieldIdHint', readOnly: mode === 'edit' },
    { name: 'name', label: 'fieldName', kind: 'text', required: true },
    { name: 'enterprise', label: 'fieldInvestor', kind: 'firm' },
    { name: 'region', label: 'fieldRegion', kind: 'region', required: true },
    { name: 'link', label: 'fieldLink', kind: 'link', required: true },
    ...status,
    { name: 'investmentYi', label: 'fieldInvestment', kind: 'number' },
    { name: 'capacity', label: 'fieldCapacity', kind: 'number' },
    { name: 'unit', label: 'fieldUnit', kind: 'text', hint: 'fieldUnitHint' },
    { name: 'signedOn', label: 'fieldSignedOn', kind: 'date', hint: 'fieldDateHint' },
    { name: 'startedOn', label: 'fieldStartedOn', kind: 'date', hint: 'fieldDateHint' },
    { name: 'producingOn', label: 'fieldProducingOn', kind: 'date', hint: 'fieldDateHint' },
    { name: 'leader', label: 'fieldLeader', kind: 'text' },
    { name: 'source', label: 'fieldSource', kind: 'text', hint: 'fieldSourceHint' },
    { name: 'asOf', label: 'fieldAsOf', kind: 'date', hint: 'fieldDateHint' },
    { name: 'note', label: 'fieldNote', kind: 'textarea', hint: 'fieldNoteHint' },
  ];
}

export function checkProject(values: FormValues): { problems: Problems; input?: ProjectInput } {
  const c = problemCollector();
  const v = (name: string) => values[name] ?? '';
  const id = c.value('id', checkId(v('id')));
  c.add('name', checkRequired(v('name')));
  c.add('region', checkRequired(v('region')));
  c.add('link', checkRequired(v('link')));
  c.add('status', checkRequired(v('status')));
  const investmentYi = c.value('investmentYi', checkNumber(v('investmentYi')));
  const capacity = c.value('capacity', checkNumber(v('capacity'), { unitField: true }));
  if (blankToNull(v('capacity')) !== null && blankToNull(v('unit')) === null) {
    c.add('unit', { key: 'checkUnitWithCapacity' });
  }
  const signedOn = c.value('signedOn', checkDate(v('signedOn')));
  const startedOn = c.value('startedOn', checkDate(v('startedOn')));
  const producingOn = c.value('producingOn', checkDate(v('producingOn')));
  // The importer's order: started not before signed, producing not before started.
  if (startedOn && signedOn && !notBefore(startedOn, signedOn)) {
    c.add('startedOn', { key: 'checkDateOrder', params: { other: '@fieldSignedOn', date: signedOn } });
  }
  if (producingOn && startedOn && !notBefore(producingOn, startedOn)) {
    c.add('producingOn', { key: 'checkDateOrder', params: { other: '@fieldStartedOn', date: startedOn } });
  }
  const asOf = c.value('asOf', checkDate(v('asOf')));
  c.add('note', checkMaxLength(v('note'), checks.maxNoteLength));
  if (Object.keys(c.problems).length > 0) return { problems: c.problems };
  return {
    problems: {},
    input: {
      id: id!,
      name: v('name').trim(),
      enterprise: blankToNull(v('enterprise')),
      region: v('region').trim(),
      link: v('link').trim(),
      investmentYi: investmentYi ?? null,
      capacity: capacity ?? null,
      unit: blankToNull(v('unit')),
      status: v('status'),
      signedOn: signedOn ?? null,
      startedOn: startedOn ?? null,
      producingOn: producingOn ?? null,
      leader: blankToNull(v('leader')),
      source: blankToNull(v('source')),
      asOf: asOf ?? null,
    },
  };
}

/** The form's values for a project as a panel shows it; `link` when the row leaves it out (the link panel's own). */
export function projectValues(project: ProjectRow, link?: { id: string; name: string }): FormValues {
  return {
    id: project.id,
    name: project.name,
    enterprise: project.enterprise?.id ?? '',
    region: project.region.code,
    link: project.link?.id ?? link?.id ?? '',
    status: project.status,
    investmentYi: asText(project.investmentYi),
    capacity: asText(project.capacity),
    unit: asText(project.unit),
    signedOn: asText(project.signedOn),
    startedOn: asText(project.startedOn),
    producingOn: asText(project.producingOn),
    leader: asText(project.leader),
    source: asText(project.source),
    asOf: asText(project.asOf),
    note: '',
  };
}

/** A proposed id for a new project: the prefix and the time in base 36 (the user may type another). */
export function proposeProjectId(now: number): string {
  return `${defaults.idPrefix}${now.toString(36)}`;
}

/**
 * The problems of a move before it is sent: a whole date neither after `today` nor before
 * the project's latest date, a reason for stalled and cancelled, a capacity and unit for
 * producing (transitions.ts's rules, in the form's words).
 */
export function checkMoveValues(options: {
  values: FormValues;
  project: ProjectRow;
  /** Today in China, YYYY-MM-DD (the server's "today"). */
  today: string;
}): Problems {
  const { values, project, today } = options;
  const v = (name: string) => (values[name] ?? '').trim();
  const to = v('to') as ProjectStatus;
  const c = problemCollector();
  if (!moveChoices(project).includes(to)) c.add('to', { key: 'checkRequired' });
  const on = v('on');
  if (on === '') c.add('on', { key: 'checkRequired' });
  else if (!isIsoDate(on)) c.add('on', { key: 'checkMoveDate', params: { text: on } });
  else if (on > today) c.add('on', { key: 'checkMoveFuture', params: { today } });
  else {
    const previous = latestDate({
      signedOn: project.signedOn ?? null,
      startedOn: project.startedOn ?? null,
      producingOn: project.producingOn ?? null,
      stalledOn: project.stalledOn ?? null,
      cancelledOn: project.cancelledOn ?? null,
    });
    if (previous !== null && !notBeforeDate(on, previous)) {
      c.add('on', { key: 'checkMoveBefore', params: { date: previous } });
    }
  }
  if (NEEDS_REASON.has(toLedger(to)) && v('reason') === '') {
    c.add('reason', { key: to === 'STALLED' ? 'checkMoveReasonSTALLED' : 'checkMoveReasonCANCELLED' });
  }
  if (to === 'PRODUCING') {
    if (v('capacity') === '') c.add('capacity', { key: 'checkMoveCapacity' });
    if (v('unit') === '') c.add('unit', { key: 'checkMoveCapacity' });
  }
  c.add('reason', checkMaxLength(values['reason'] ?? '', checks.maxNoteLength));
  return c.problems;
}

export function projectForm(
  options:
    | {
        mode: 'create';
        /** Prefilled from the panel it was opened from. */
        link?: { id: string; name: string } | null;
        region?: { code: string; name: string } | null;
        enterprise?: { id: string; name: string } | null;
        now: number;
      }
    | {
        mode: 'edit';
        project: ProjectRow;
        link?: { id: string; name: string };
        /** The clock (epoch ms): a move's date defaults to today in China. */
        now: number;
      },
): FormDefinition {
  let initial: FormValues;
  const labels: Record<string, string> = {};
  const today = chinaToday(options.now);
  if (options.mode === 'edit') {
    const p = options.project;
    initial = { ...projectValues(p, options.link), to: '', on: today, reason: '', operator: '' };
    labels['region'] = p.region.name;
    const link = p.link?.name ? { id: p.link.id, name: p.link.name } : options.link;
    if (link) labels['link'] = link.name;
    if (p.enterprise) labels['enterprise'] = p.enterprise.name;
  } else {
    initial = Object.fromEntries(projectFields('create').map((f) => [f.name, '']));
    initial['id'] = proposeProjectId(options.now);
    initial['status'] = defaults.statuses[0]!;
    if (options.link) [initial['link'], labels['link']] = [options.link.id, options.link.name];
    if (options.region) [initial['region'], labels['region']] = [options.region.code, options.region.name];
    if (options.enterprise)
      [initial['enterprise'], labels['enterprise']] = [options.enterprise.id, options.enterprise.name];
  }
  return {
    kind: 'project',
    mode: options.mode,
    title:
      options.mode === 'edit'
        ? { key: 'projectFormEdit', params: { name: options.project.name } }
        : { key: 'projectFormCreate' },
    fields: options.mode === 'edit' ? projectFields('edit', options.project) : projectFields('create'),
    initial,
    labels,
    serverFields: { region: 'region', chain: 'link', conflict: 'id' },
    submit(values) {
      const checked = checkProject(values);
      const moving = options.mode === 'edit' && (values['to'] ?? '') !== '';
      const moveProblems =
        options.mode === 'edit' && moving ? checkMoveValues({ values, project: options.project, today }) : {};
      if (!checked.input || Object.keys(moveProblems).length > 0) {
        return { problems: { ...moveProblems, ...checked.problems } };
      }
      const note = blankToNull(values['note'] ?? '');
      const save = saveRequest({
        mode: options.mode,
        input: checked.input,
        before: options.mode === 'edit' ? checkProject(initial).input : null,
        keys: ['id'],
        create: 'createProject',
        update: 'updateProject',
        note,
      });
      if (!moving) return save;
      const { id, ...after } = checked.input;
      const input = save.request.variables['input'] as Partial<typeof after>;
      // A move is one mutation (one transaction, one audit record): besides the move it
      // may change only the figures the move records; anything else is saved on its own.
      const figures = new Set<string>(MOVE_FIGURES);
      if (Object.keys(input).some((k) => !figures.has(k))) return { problems: { to: { key: 'checkMoveOnly' } } };
      const move: Record<string, unknown> = {};
      for (const name of MOVE_FIELDS) {
        const value = blankToNull(values[name] ?? '');
        if (value !== null) move[name] = value;
      }
      for (const name of MOVE_FIGURES) {
        // Producing records the capacity it adds to the operating firm's production: send what the form shows.
        const value = name in input || move['to'] === 'PRODUCING' ? after[name] : null;
        if (value !== null && value !== undefined) move[name] = value;
      }
      return { request: { mutation: 'moveProject', variables: { id, input: move, note } } };
    },
  };
}
