/**
 * The project form (招商项目): create a project from a link's panel, or edit one. Status
 * is a plain choice of the five statuses; the server decides what it accepts (a refusal
 * is shown at the status field).
 */
import { enumLabel } from '../i18n';
import type { ProjectStatus, Provenance } from '../types';
import { asText, changedFields, type FieldSpec, type FormDefinition, type FormValues, withoutEmpty } from './form-spec';
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
  leader?: string | null;
}

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

export function projectFields(mode: 'create' | 'edit'): FieldSpec[] {
  return [
    { name: 'id', label: 'fieldId', kind: 'text', required: true, hint: 'fieldIdHint', readOnly: mode === 'edit' },
    { name: 'name', label: 'fieldName', kind: 'text', required: true },
    { name: 'enterprise', label: 'fieldInvestor', kind: 'firm' },
    { name: 'region', label: 'fieldRegion', kind: 'region', required: true },
    { name: 'link', label: 'fieldLink', kind: 'link', required: true },
    {
      name: 'status',
      label: 'fieldStatus',
      kind: 'select',
      required: true,
      options: defaults.statuses.map((value) => ({ value, label: (lang) => enumLabel(lang, value) })),
    },
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
    | { mode: 'edit'; project: ProjectRow; link?: { id: string; name: string } },
): FormDefinition {
  let initial: FormValues;
  const labels: Record<string, string> = {};
  if (options.mode === 'edit') {
    const p = options.project;
    initial = projectValues(p, options.link);
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
    fields: projectFields(options.mode),
    initial,
    labels,
    serverFields: { region: 'region', chain: 'link', conflict: 'id' },
    submit(values) {
      const checked = checkProject(values);
      if (!checked.input) return { problems: checked.problems };
      const note = blankToNull(values['note'] ?? '');
      if (options.mode === 'create') {
        return {
          request: { mutation: 'createProject', variables: { input: withoutEmpty({ ...checked.input }), note } },
        };
      }
      const before = checkProject(initial).input;
      const { id, ...after } = checked.input;
      const input = before ? changedFields(omitId(before), after) : after;
      return { request: { mutation: 'updateProject', variables: { id, input, note } } };
    },
  };
}

function omitId(input: ProjectInput): Omit<ProjectInput, 'id'> {
  const rest: Partial<ProjectInput> = { ...input };
  delete rest.id;
  return rest as Omit<ProjectInput, 'id'>;
}
