import type { EnumValue } from './tables.js';

/**
 * Parsing of single cell values. Each parser returns the value or a message saying what
 * is wrong and, where the mistake is a common one (a unit in the number, a thousands
 * separator, a Chinese enum name), how to write it instead.
 */
export type Parsed<T> = { value: T } | { error: string };

const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;
const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const LEADING_NUMBER = /^-?\d+(\.\d+)?/;

export interface NumberRules {
  min: number;
  max?: number;
  /** Whole numbers only (position, employees). */
  integer?: boolean;
  /** The column that holds this number's unit, named in the hint when a unit is written into the cell. */
  unitColumn?: string;
}

export function parseNumber(cell: string | number, rules: NumberRules): Parsed<number> {
  const text = String(cell).trim();
  let value: number;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { error: `${text} is not a number` };
    value = cell;
  } else if (DECIMAL.test(text)) {
    value = Number(text);
  } else {
    return { error: `"${text}" is not a number${numberHint(text, rules)}` };
  }
  if (rules.integer === true && !Number.isSafeInteger(value)) {
    return { error: `"${text}" is not a whole number` };
  }
  if (rules.max !== undefined && (value < rules.min || value > rules.max)) {
    return { error: `"${text}" is not between ${rules.min} and ${rules.max}` };
  }
  if (value < rules.min) {
    return {
      error: rules.min === 0 ? `"${text}" is negative (must be 0 or more)` : `"${text}" is less than ${rules.min}`,
    };
  }
  return { value };
}

function numberHint(text: string, rules: NumberRules): string {
  if (THOUSANDS.test(text)) return ` (write it without thousands separators: ${text.replace(/,/g, '')})`;
  if (/^-?\d+,\d+$/.test(text)) return ` (use . as the decimal point: ${text.replace(',', '.')})`;
  if (/[０-９]/.test(text)) return ' (write the digits as ASCII 0-9)';
  if (/^-?\d+(\.\d+)?e[+-]?\d+$/i.test(text)) return ` (write it out in full: ${Number(text)})`;
  if (/^-?\d+(\.\d+)?\s*%$/.test(text)) return ' (write the number without %)';
  if (/^(约|近|超|逾|≈|~|～|>|<|≥|≤)/.test(text)) {
    return ' (write the number only; an estimate says so at the start of source: "估算 estimate: ...")';
  }
  if (LEADING_NUMBER.test(text)) {
    return rules.unitColumn === undefined
      ? ' (write the number only, without a unit)'
      : ` (write the unit in the ${rules.unitColumn} column)`;
  }
  return '';
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_FORMATS = 'write YYYY, YYYY-MM or YYYY-MM-DD';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date; returned as the text, keeping its precision. */
export function parseDate(cell: string | number): Parsed<string> {
  const text = String(cell).trim();
  const match = DATE.exec(text);
  if (match === null) {
    const loose = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?|月)?$/.exec(text);
    const example =
      loose === null
        ? ''
        : `: ${loose[1]}-${loose[2]!.padStart(2, '0')}${loose[3] === undefined ? '' : `-${loose[3].padStart(2, '0')}`}`;
    return { error: `"${text}" is not a date (${DATE_FORMATS}${example})` };
  }
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    return { error: `"${text}" is not a real date (month ${month})` };
  }
  if (day !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last) return { error: `"${text}" is not a real date (day ${day})` };
  }
  return { value: text };
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A moment in ISO 8601 with its time zone (`2026-05-01T08:30:00.000Z`, as the export
 * writes it), as epoch milliseconds. The zone is required: without it the same text
 * would mean different moments on different machines.
 */
export function parseTimestamp(cell: string | number): Parsed<number> {
  const text = String(cell).trim();
  const match = TIMESTAMP.exec(text);
  const ms = match === null ? NaN : Date.parse(text);
  // Date.parse rolls 2026-02-30 over into March: the day written must be the day read.
  if (match === null || Number.isNaN(ms) || dayInZone(ms, match[1]!) !== text.slice(0, 10)) {
    return { error: `"${text}" is not a timestamp (write ISO 8601 with the time zone: 2026-05-01T08:30:00.000Z)` };
  }
  return { value: ms };
}

/** The calendar day of `ms` in the zone `Z` or `±hh:mm`. */
function dayInZone(ms: number, zone: string): string {
  const minutes =
    zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
  return new Date(ms + minutes * 60_000).toISOString().slice(0, 10);
}

/**
 * Whether date `later` can be on or after `earlier`. Dates of different precision are
 * compared on what both know: `2022` is not before `2022-05`, since the source only knew
 * the year.
 */
export function notBefore(later: string, earlier: string): boolean {
  const length = Math.min(later.length, earlier.length);
  return later.slice(0, length) >= earlier.slice(0, length);
}

/** One of the listed values; case is ignored and the value is stored lower case. */
export function parseEnum(cell: string | number, values: readonly EnumValue[]): Parsed<string> {
  const text = String(cell).trim();
  const found = values.find((v) => v.value === text.toLowerCase());
  if (found !== undefined) return { value: found.value };
  const chinese = values.find((v) => v.zh === text);
  const hint = chinese === undefined ? '' : ` (${chinese.zh} is written ${chinese.value})`;
  return { error: `"${text}" is not one of ${values.map((v) => v.value).join(', ')}${hint}` };
}

/** `a|b|c` or a JSON array; blank items dropped, duplicates removed, order kept. */
export function parseList(cell: string | number | readonly string[]): string[] {
  const items = typeof cell === 'string' || typeof cell === 'number' ? [String(cell)] : cell;
  const result: string[] = [];
  for (const item of items.flatMap((i) => i.split('|'))) {
    const trimmed = item.trim();
    if (trimmed !== '' && !result.includes(trimmed)) result.push(trimmed);
  }
  return result;
}

const STABLE_ID = /^[A-Za-z0-9_-]+$/;

export function parseId(cell: string | number): Parsed<string> {
  const text = String(cell).trim();
  return STABLE_ID.test(text) ? { value: text } : { error: `"${text}" may only contain letters, digits, - and _` };
}

/**
 * A cell as trimmed text, or undefined when it is empty. A JSON list is returned as is:
 * only list columns accept one.
 */
export function cellText(
  cell: string | number | readonly string[] | undefined,
): string | readonly string[] | undefined {
  if (cell === undefined) return undefined;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') {
    const text = cell.trim();
    return text === '' ? undefined : text;
  }
  return cell.some((item) => item.trim() !== '') ? cell : undefined;
}
