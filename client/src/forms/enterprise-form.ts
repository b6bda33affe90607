/**
 * The enterprise form (企业): create a firm, or edit one from its panel. Pure: values in,
 * problems or a `createEnterprise` / `updateEnterprise` request out.
 */
import { enumLabel, TAG_LABELS, tagLabel } from '../i18n';
import type { EnterpriseDetail, Ownership } from '../types';
import { asText, saveRequest, type FieldSpec, type FormDefinition, type FormValues } from './form-spec';
import {
  blankToNull,
  checkDate,
  checkId,
  checkMaxLength,
  checkNumber,
  checkRequired,
  defaults as checks,
  problemCollector,
  type Problems,
  splitList,
} from './validate';

export const defaults = {
  /** Ownership choices, in the order of the interchange format; blank = not recorded. */
  ownerships: ['CENTRAL_SOE', 'LOCAL_SOE', 'PRIVATE', 'FOREIGN', 'MIXED'] as readonly Ownership[],
  /** Tag choices: the interchange format's vocabulary (the server refuses others). */
  tags: Object.keys(TAG_LABELS) as readonly string[],
};

/** The input of `createEnterprise`, every field present (null = none). */
export interface EnterpriseInput {
  id: string;
  name: string;
  aliases: string[];
  region: string;
  ownership: string | null;
  tags: string[];
  founded: string | null;
  employees: number | null;
  revenueWan: number | null;
  website: string | null;
  source: string | null;
  asOf: string | null;
}

export function enterpriseFields(mode: 'create' | 'edit'): FieldSpec[] {
  return [
    { name: 'id', label: 'fieldId', kind: 'text', required: true, hint: 'fieldIdHint', readOnly: mode === 'edit' },
    { name: 'name', label: 'fieldName', kind: 'text', required: true },
    { name: 'region', label: 'fieldRegion', kind: 'region', required: true },
    { name: 'aliases', label: 'fieldAliases', kind: 'text', hint: 'fieldAliasesHint' },
    {
      name: 'ownership',
      label: 'fieldOwnership',
      kind: 'select',
      options: defaults.ownerships.map((value) => ({ value, label: (lang) => enumLabel(lang, value) })),
    },
    {
      name: 'tags',
      label: 'fieldTags',
      kind: 'tags',
      options: defaults.tags.map((value) => ({ value, label: (lang) => tagLabel(lang, value) })),
    },
    { name: 'founded', label: 'fieldFounded', kind: 'date', hint: 'fieldDateHint' },
    { name: 'employees', label: 'fieldEmployees', kind: 'number' },
    { name: 'revenueWan', label: 'fieldRevenue', kind: 'number' },
    { name: 'website', label: 'fieldWebsite', kind: 'text' },
    { name: 'source', label: 'fieldSource', kind: 'text', hint: 'fieldSourceHint' },
    { name: 'asOf', label: 'fieldAsOf', kind: 'date', hint: 'fieldDateHint' },
    { name: 'note', label: 'fieldNote', kind: 'textarea', hint: 'fieldNoteHint' },
  ];
}

/** The form's values for a firm as the API shows it. */
export function enterpriseValues(firm: EnterpriseDetail): FormValues {
  return {
    id: firm.id,
    name: firm.name,
    region: firm.region?.code ?? '',
    aliases: firm.aliases.join(' | '),
    ownership: firm.ownership ?? '',
    tags: firm.tags.join('|'),
    founded: asText(firm.founded),
    employees: asText(firm.employees),
    revenueWan: asText(firm.revenueWan),
    website: asText(firm.website),
    source: asText(firm.source),
    asOf: asText(firm.asOf),
    note: '',
  };
}

/** Checks every field; the whole input when nothing is wrong. */
export function checkEnterprise(values: FormValues): { problems: Problems; input?: EnterpriseInput } {
  const c = problemCollector();
  const v = (name: string) => values[name] ?? '';
  const id = c.value('id', checkId(v('id')));
  c.add('name', checkRequired(v('name')));
  c.add('region', checkRequired(v('region')));
  const founded = c.value('founded', checkDate(v('founded')));
  const employees = c.value('employees', checkNumber(v('employees'), { integer: true }));
  const revenueWan = c.value('revenueWan', checkNumber(v('revenueWan')));
  const asOf = c.value('asOf', checkDate(v('asOf')));
  c.add('note', checkMaxLength(v('note'), checks.maxNoteLength));
  if (Object.keys(c.problems).length > 0) return { problems: c.problems };
  return {
    problems: {},
    input: {
      id: id!,
      name: v('name').trim(),
      aliases: splitList(v('aliases')),
      region: v('region').trim(),
      ownership: blankToNull(v('ownership')),
      tags: splitList(v('tags')),
      founded: founded ?? null,
      employees: employees ?? null,
      revenueWan: revenueWan ?? null,
      website: blankToNull(v('website')),
      source: blankToNull(v('source')),
      asOf: asOf ?? null,
    },
  };
}

export function enterpriseForm(options: { mode: 'create' } | { mode: 'edit'; firm: EnterpriseDetail }): FormDefinition {
  const initial: FormValues =
    options.mode === 'edit'
      ? enterpriseValues(options.firm)
      : Object.fromEntries(enterpriseFields('create').map((f) => [f.name, '']));
  return {
    kind: 'enterprise',
    mode: options.mode,
    title:
      options.mode === 'edit'
        ? { key: 'enterpriseFormEdit', params: { name: options.firm.name } }
        : { key: 'enterpriseFormCreate' },
    fields: enterpriseFields(options.mode),
    initial,
    labels: options.mode === 'edit' && options.firm.region ? { region: options.firm.region.name } : {},
    serverFields: { region: 'region', conflict: 'id' },
    submit(values) {
      const checked = checkEnterprise(values);
      if (!checked.input) return { problems: checked.problems };
      return saveRequest({
        mode: options.mode,
        input: checked.input,
        // The stored row may itself fail today's checks (older data): then every field is sent.
        before: options.mode === 'edit' ? checkEnterprise(initial).input : null,
        keys: ['id'],
        create: 'createEnterprise',
        update: 'updateEnterprise',
        note: blankToNull(values['note'] ?? ''),
      });
    },
  };
}
