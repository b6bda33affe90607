/**
 * Client-side checks of the edit forms, run before anything is sent. They mirror the
 * importer's rules that the server applies to every edit (`server/import/values.ts`:
 * numbers, dates, ids; `validate.ts`: required cells, a unit whenever a capacity is given,
 * dates not before the previous step), so most mistakes are shown at their field at once.
 * The server still checks everything (references, scope); its answer is mapped back onto
 * the fields by `server-errors.ts`.
 */
import { type Lang, type MessageKey, MESSAGES, type Params, t } from '../i18n';

/** A message for one field, by key, filled in the user's language when shown. */
export interface FieldProblem {
  key: MessageKey;
  params?: Params;
}

/** Field name → what is wrong with it. Empty: the form may be sent. */
export type Problems = Record<string, FieldProblem>;

export type Checked<T> = { value: T } | { problem: FieldProblem };

export const defaults = {
  /** The server's limit on an audit note (server/edit/audit.ts MAX_NOTE_LENGTH). */
  maxNoteLength: 2000,
};

// The same patterns as server/import/values.ts.
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;
const LEADING_NUMBER = /^-?\d+(\.\d+)?/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const STABLE_ID = /^[A-Za-z0-9_-]+$/;

/** Trimmed text, or null when blank (a blank optional field is "no value"). */
export function blankToNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function checkRequired(text: string): FieldProblem | null {
  return blankToNull(text) === null ? { key: 'checkRequired' } : null;
}

/**
 * A number that must be 0 or more; blank is null. `integer` for counts (employees);
 * `unitField` when the form has a separate unit field (a unit typed into the number is
 * then pointed there, like the importer's hint).
 */
export function checkNumber(
  text: string,
  rules: { integer?: boolean; unitField?: boolean } = {},
): Checked<number | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  if (!DECIMAL.test(trimmed)) {
    const unitTyped = rules.unitField === true && LEADING_NUMBER.test(trimmed);
    return { problem: { key: unitTyped ? 'checkNumberUnit' : 'checkNumber', params: { text: trimmed } } };
  }
  const value = Number(trimmed);
  if (rules.integer === true && !Number.isSafeInteger(value)) {
    return { problem: { key: 'checkInteger', params: { text: trimmed } } };
  }
  if (value < 0) return { problem: { key: 'checkNegative', params: { text: trimmed } } };
  return { value };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date; blank is null. Kept as text (its precision is information). */
export function checkDate(text: string): Checked<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  const match = DATE.exec(trimmed);
  if (match === null) return { problem: { key: 'checkDate', params: { text: trimmed } } };
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    return { problem: { key: 'checkRealDate', params: { text: trimmed } } };
  }
  if (day !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last) return { problem: { key: 'checkRealDate', params: { text: trimmed } } };
  }
  return { value: trimmed };
}

/**
 * Whether `later` can be on or after `earlier`, compared on the precision both have
 * (`2022` is not before `2022-05`), as the importer compares them.
 */
export function notBefore(later: string, earlier: string): boolean {
  const length = Math.min(later.length, earlier.length);
  return later.slice(0, length) >= earlier.slice(0, length);
}

/** A stable id: letters, digits, `-` and `_`. Blank is "required". */
export function checkId(text: string): Checked<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: { key: 'checkRequired' } };
  if (!STABLE_ID.test(trimmed)) return { problem: { key: 'checkId', params: { text: trimmed } } };
  return { value: trimmed };
}

export function checkMaxLength(text: string, max: number): FieldProblem | null {
  return text.length > max ? { key: 'checkTooLong', params: { max } } : null;
}

/** `a | b、c` → ['a', 'b', 'c']: blank items dropped, duplicates removed, order kept. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const item of text.split(/[|、]/)) {
    const trimmed = item.trim();
    if (trimmed !== '' && !out.includes(trimmed)) out.push(trimmed);
  }
  return out;
}

/**
 * Runs checks and gathers their problems: `field(name, check)` records the first problem
 * of a field (a later check of the same field is not run over an earlier one) and returns
 * the checked value, or undefined when the field has a problem.
 */
export function problemCollector(): {
  problems: Problems;
  add(field: string, problem: FieldProblem | null): void;
  value<T>(field: string, checked: Checked<T>): T | undefined;
} {
  const problems: Problems = {};
  const add = (field: string, problem: FieldProblem | null) => {
    if (problem !== null && problems[field] === undefined) problems[field] = problem;
  };
  return {
    problems,
    add,
    value<T>(field: string, checked: Checked<T>): T | undefined {
      if ('problem' in checked) {
        add(field, checked.problem);
        return undefined;
      }
      return checked.value;
    },
  };
}

/** A problem in `lang`; a parameter written `@key` is itself a message (a field's label). */
export function problemText(lang: Lang, problem: FieldProblem): string {
  const params: Params = {};
  for (const [name, value] of Object.entries(problem.params ?? {})) {
    params[name] =
      typeof value === 'string' && value.startsWith('@') && value.slice(1) in MESSAGES
        ? t(lang, value.slice(1) as MessageKey)
        : value;
  }
  return t(lang, problem.key, params);
}
