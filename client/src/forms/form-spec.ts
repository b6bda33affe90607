/**
 * What an edit form is, independent of the DOM: its fields, its starting values, and how
 * its values become a mutation (or problems to show). Each form module (enterprise,
 * production, project) builds a `FormDefinition`; `form-view.ts` draws any of them.
 */
import type { Lang, MessageKey, Params } from '../i18n';
import type { MutationName } from './forms-api';
import type { Problems } from './validate';

/**
 * - `text`, `number`, `date`, `textarea`: a typed-in value (numbers and dates are checked as text, like a CSV cell).
 * - `select`: one of `options`.
 * - `tags`: checkboxes, the value is the chosen options joined by `|`.
 * - `firm`, `link`, `region`: a search box (the global search's queries) that also accepts a typed id.
 */
export type FieldKind = 'text' | 'number' | 'date' | 'textarea' | 'select' | 'tags' | 'firm' | 'link' | 'region';

export interface FieldOption {
  value: string;
  label(lang: Lang): string;
}

export interface FieldSpec {
  /** The input field of the mutation it fills (`revenueWan`), also the key of server problems. */
  name: string;
  label: MessageKey;
  kind: FieldKind;
  required?: boolean;
  hint?: MessageKey;
  options?: readonly FieldOption[];
  /** Shown, not editable: the key of an existing row. */
  readOnly?: boolean;
}

/** Field name → the text in the field (tags: chosen values joined by `|`; pickers: the id). */
export type FormValues = Record<string, string>;

export type FormKind = 'enterprise' | 'production' | 'project' | 'followUp';

/** What to send: the mutation and its variables. */
export interface FormRequest {
  mutation: MutationName;
  variables: Record<string, unknown>;
}

export interface FormDefinition {
  kind: FormKind;
  mode: 'create' | 'edit';
  title: { key: MessageKey; params?: Params };
  /** A line under the title (what the form is about when that is not a field). */
  subtitle?: { key: MessageKey; params?: Params };
  fields: readonly FieldSpec[];
  initial: FormValues;
  /** Picker fields: the name shown for the starting id (a firm's name for its id). */
  labels: Record<string, string>;
  /**
   * Where the server's scope refusals belong: the field whose region (`region`) or chain
   * (`chain`) was outside the account's scope, and which field a CONFLICT (the row's key
   * exists) points at. Unset: shown on the form.
   */
  serverFields: { region?: string; chain?: string; conflict?: string };
  /** Checks the values (validate.ts); with no problem, what to send. */
  submit(values: FormValues): { problems: Problems } | { request: FormRequest };
}

/** The values of the form's fields that differ from `initial`, as a partial update: blank → null (clears it). */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) out[key] = after[key];
  }
  return out;
}

/** A create's input without its empty optional fields (the server would store nothing for them anyway). */
export function withoutEmpty<T extends Record<string, unknown>>(input: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(input) as Array<keyof T>) {
    const value = input[key];
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

/** The fields of `input` other than its key fields. */
export function withoutKeys<T extends object, K extends keyof T>(input: T, keys: readonly K[]): Omit<T, K> {
  const rest = { ...input } as Record<string, unknown>;
  for (const k of keys) delete rest[k as string];
  return rest as Omit<T, K>;
}

/**
 * What a create-or-edit form sends: create with every filled field; update with the key
 * fields beside an `input` of only what changed since `before` (every field when the
 * stored row fails today's checks, `before` null), so an edit never overwrites a field
 * the user did not touch.
 */
export function saveRequest<T extends object, K extends keyof T>(options: {
  mode: 'create' | 'edit';
  /** The checked input of the form as it is now. */
  input: T;
  /** The checked input of the form as it opened (none when it fails today's checks). */
  before: T | null | undefined;
  /** The fields that name the row (sent beside `input` on update). */
  keys: readonly K[];
  create: MutationName;
  update: MutationName;
  note: string | null;
}): { request: FormRequest } {
  const { input, before, keys, note } = options;
  if (options.mode === 'create') {
    return {
      request: {
        mutation: options.create,
        variables: { input: withoutEmpty({ ...input } as Record<string, unknown>), note },
      },
    };
  }
  const after = withoutKeys(input, keys) as Record<string, unknown>;
  const changes = before ? changedFields(withoutKeys(before, keys) as Record<string, unknown>, after) : after;
  const key = Object.fromEntries(keys.map((k) => [k, input[k]]));
  return { request: { mutation: options.update, variables: { ...key, input: changes, note } } };
}

/** A number or text value as the form shows it ('' for none). */
export function asText(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A picker's value: the chosen item's id while the box still shows its label, otherwise
 * the text typed (an id typed by hand is accepted as it is).
 */
export function pickerValue(text: string, chosen: { id: string; label: string } | null): string {
  if (chosen !== null && text.trim() === chosen.label.trim()) return chosen.id;
  return text.trim();
}
