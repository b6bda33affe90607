/**
 * The follow-up form (记录跟进) of the targets list: a visit, call or meeting with a target
 * firm, recorded for (firm, gap link, recruiting region) with `recordFollowUp`, which
 * opens the lead when none is open. Checked before sending like the server does
 * (server/ledger/leads.ts): a whole date not after today in China, at most 20 people,
 * texts of at most 2,000 characters.
 */
import { chinaToday, isIsoDate } from '../../../server/ledger/transitions';
import { type Lang, type MessageKey, t } from '../i18n';
import type { FieldSpec, FormDefinition, FormValues } from './form-spec';
import { blankToNull, checkMaxLength, problemCollector, type Problems, splitList } from './validate';

export const defaults = {
  /** The kinds, in the order offered; the first is preselected (most follow-ups are visits: 走访). */
  kinds: ['VISIT', 'CALL', 'MEETING'] as const,
  /** The server's limits (server/ledger/leads.ts MAX_PEOPLE, MAX_TEXT). */
  maxPeople: 20,
  maxText: 2000,
};

export interface FollowUpFormOptions {
  enterprise: { id: string; name: string };
  link: { id: string; name: string };
  region: { code: string; name: string };
  /** The clock (epoch ms): the date defaults to today in China. */
  now: number;
}

export function followUpFields(): FieldSpec[] {
  return [
    {
      name: 'kind',
      label: 'fieldKind',
      kind: 'select',
      required: true,
      options: defaults.kinds.map((value) => ({ value, label: (lang: Lang) => t(lang, `kind${value}` as MessageKey) })),
    },
    { name: 'on', label: 'fieldFollowUpOn', kind: 'date', required: true, hint: 'fieldMoveOnHint' },
    { name: 'people', label: 'fieldPeople', kind: 'text', hint: 'fieldPeopleHint' },
    { name: 'outcome', label: 'fieldOutcome', kind: 'textarea' },
    { name: 'note', label: 'fieldFollowUpNote', kind: 'textarea' },
  ];
}

/** The problems of the values, or the `FollowUpInput` to send. */
export function checkFollowUp(options: { values: FormValues; today: string }): {
  problems: Problems;
  input?: Record<string, unknown>;
} {
  const { values, today } = options;
  const v = (name: string) => values[name] ?? '';
  const c = problemCollector();
  if (!(defaults.kinds as readonly string[]).includes(v('kind'))) c.add('kind', { key: 'checkRequired' });
  const on = v('on').trim();
  if (on === '') c.add('on', { key: 'checkRequired' });
  else if (!isIsoDate(on)) c.add('on', { key: 'checkMoveDate', params: { text: on } });
  else if (on > today) c.add('on', { key: 'checkMoveFuture', params: { today } });
  const people = splitList(v('people'));
  if (people.length > defaults.maxPeople)
    c.add('people', { key: 'checkPeopleMax', params: { max: defaults.maxPeople } });
  c.add('outcome', checkMaxLength(v('outcome'), defaults.maxText));
  c.add('note', checkMaxLength(v('note'), defaults.maxText));
  if (Object.keys(c.problems).length > 0) return { problems: c.problems };
  const input: Record<string, unknown> = { kind: v('kind'), on };
  if (people.length) input['people'] = people;
  const outcome = blankToNull(v('outcome'));
  const note = blankToNull(v('note'));
  if (outcome !== null) input['outcome'] = outcome;
  if (note !== null) input['note'] = note;
  return { problems: {}, input };
}

export function followUpForm(options: FollowUpFormOptions): FormDefinition {
  const today = chinaToday(options.now);
  return {
    kind: 'followUp',
    mode: 'create',
    title: { key: 'followUpFormTitle', params: { firm: options.enterprise.name } },
    subtitle: {
      key: 'followUpFormScope',
      params: { link: options.link.name, region: options.region.name },
    },
    fields: followUpFields(),
    initial: { kind: defaults.kinds[0], on: today, people: '', outcome: '', note: '' },
    labels: {},
    serverFields: {},
    submit(values) {
      const checked = checkFollowUp({ values, today });
      if (!checked.input) return { problems: checked.problems };
      return {
        request: {
          mutation: 'recordFollowUp',
          variables: {
            input: {
              enterprise: options.enterprise.id,
              link: options.link.id,
              region: options.region.code,
              ...checked.input,
            },
            note: null,
          },
        },
      };
    },
  };
}
