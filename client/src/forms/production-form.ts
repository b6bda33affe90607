/**
 * The production form (产能): a firm's PRODUCES row for one link and status, added or
 * edited from the firm's panel. The link and the status are the row's key with the firm:
 * when editing they are shown, not changed (the server's update cannot change a key).
 */
import { enumLabel } from '../i18n';
import type { Link, ProductionStatus, Provenance } from '../types';
import { asText, saveRequest, type FieldSpec, type FormDefinition, type FormValues } from './form-spec';
import {
  blankToNull,
  checkDate,
  checkMaxLength,
  checkNumber,
  checkRequired,
  defaults as checks,
  problemCollector,
  type Problems,
} from './validate';

export const defaults = {
  /** Status choices; a new row starts as the first (most additions record a running plant). */
  statuses: ['OPERATING', 'BUILDING', 'PLANNED'] as readonly ProductionStatus[],
};

/** A firm's production as its panel has it (`Enterprise.produces`). */
export interface ProductionRow extends Provenance {
  link?: Pick<Link, 'id' | 'name' | 'nameEn'> | null;
  capacity?: number | null;
  unit?: string | null;
  status: ProductionStatus;
}

export interface ProductionInput {
  enterprise: string;
  link: string;
  status: string;
  capacity: number | null;
  unit: string | null;
  source: string | null;
  asOf: string | null;
}

export function productionFields(mode: 'create' | 'edit'): FieldSpec[] {
  const key = mode === 'edit';
  return [
    {
      name: 'link',
      label: 'fieldLink',
      kind: 'link',
      required: true,
      readOnly: key,
      ...(key ? { hint: 'fieldKeyFixed' } : {}),
    },
    {
      name: 'status',
      label: 'fieldStatus',
      kind: 'select',
      required: true,
      readOnly: key,
      options: defaults.statuses.map((value) => ({ value, label: (lang) => enumLabel(lang, value) })),
    },
    { name: 'capacity', label: 'fieldCapacity', kind: 'number' },
    { name: 'unit', label: 'fieldUnit', kind: 'text', hint: 'fieldUnitHint' },
    { name: 'source', label: 'fieldSource', kind: 'text', hint: 'fieldSourceHint' },
    { name: 'asOf', label: 'fieldAsOf', kind: 'date', hint: 'fieldDateHint' },
    { name: 'note', label: 'fieldNote', kind: 'textarea', hint: 'fieldNoteHint' },
  ];
}

export function checkProduction(
  enterprise: string,
  values: FormValues,
): { problems: Problems; input?: ProductionInput } {
  const c = problemCollector();
  const v = (name: string) => values[name] ?? '';
  c.add('link', checkRequired(v('link')));
  c.add('status', checkRequired(v('status')));
  const capacity = c.value('capacity', checkNumber(v('capacity'), { unitField: true }));
  // The importer's rule: a unit whenever a capacity is given (reported at the unit).
  if (blankToNull(v('capacity')) !== null && blankToNull(v('unit')) === null) {
    c.add('unit', { key: 'checkUnitWithCapacity' });
  }
  const asOf = c.value('asOf', checkDate(v('asOf')));
  c.add('note', checkMaxLength(v('note'), checks.maxNoteLength));
  if (Object.keys(c.problems).length > 0) return { problems: c.problems };
  return {
    problems: {},
    input: {
      enterprise,
      link: v('link').trim(),
      status: v('status'),
      capacity: capacity ?? null,
      unit: blankToNull(v('unit')),
      source: blankToNull(v('source')),
      asOf: asOf ?? null,
    },
  };
}

export function productionForm(
  options: { firm: { id: string; name: string } } & ({ mode: 'create' } | { mode: 'edit'; row: ProductionRow }),
): FormDefinition {
  const { firm } = options;
  const row = options.mode === 'edit' ? options.row : null;
  const initial: FormValues = {
    link: row?.link?.id ?? '',
    status: row?.status ?? defaults.statuses[0]!,
    capacity: asText(row?.capacity),
    unit: asText(row?.unit),
    source: asText(row?.source),
    asOf: asText(row?.asOf),
    note: '',
  };
  return {
    kind: 'production',
    mode: options.mode,
    title: {
      key: options.mode === 'edit' ? 'productionFormEdit' : 'productionFormCreate',
      params: { firm: firm.name },
    },
    fields: productionFields(options.mode),
    initial,
    labels: row?.link ? { link: row.link.name ?? row.link.id } : {},
    // The firm's region decides the scope (not a field here: said on the form); a chain
    // leader's chains are those of the link.
    serverFields: { chain: 'link', conflict: 'status' },
    submit(values) {
      const checked = checkProduction(firm.id, values);
      if (!checked.input) return { problems: checked.problems };
      return saveRequest({
        mode: options.mode,
        input: checked.input,
        before: options.mode === 'edit' ? checkProduction(firm.id, initial).input : null,
        keys: ['enterprise', 'link', 'status'],
        create: 'createProduction',
        update: 'updateProduction',
        note: blankToNull(values['note'] ?? ''),
      });
    },
  };
}
