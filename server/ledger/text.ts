import { ErrorCode, lianpuError } from '../graphql/errors.js';

/** Free text of the ledger: trimmed, empty = none, at most `max` characters (counted as characters, so Chinese counts one each). */
export function checkText(options: { value: string | null | undefined; field: string; max: number }): string | null {
  const text = options.value?.trim() ?? '';
  if (text === '') return null;
  if ([...text].length > options.max) {
    throw lianpuError(
      ErrorCode.BAD_USER_INPUT,
      `字段 ${options.field} 过长，最多 ${options.max} 字 (${options.field} is longer than ${options.max} characters)`,
      { field: options.field },
    );
  }
  return text;
}

/** A list of names (people at a visit, a task force): each trimmed and bounded, blanks dropped, at most `max` items. */
export function checkNames(options: {
  value: readonly string[] | null | undefined;
  field: string;
  max: number;
}): string[] {
  const names: string[] = [];
  for (const item of options.value ?? []) {
    const name = checkText({ value: item, field: options.field, max: 100 });
    if (name !== null && !names.includes(name)) names.push(name);
  }
  if (names.length > options.max) {
    throw lianpuError(
      ErrorCode.BAD_USER_INPUT,
      `字段 ${options.field} 最多 ${options.max} 项 (${options.field} takes at most ${options.max} names), got ${names.length}`,
      { field: options.field },
    );
  }
  return names;
}
