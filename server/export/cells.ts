/**
 * One stored value as the interchange format writes it, so the importer's value parsers
 * (server/import/values.ts) read back exactly the value that was stored.
 */

/**
 * A number as plain decimal digits, never in exponent form: the importer refuses `1e-7`
 * and asks for the number written out in full (values.ts). The digits are those of
 * JavaScript's shortest round-trip form, so `Number(plainDecimal(x)) === x` for every
 * finite x and a re-export writes the same text.
 */
export function plainDecimal(value: number): string {
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign, whole, fraction = '', exponent] = match;
  const digits = whole! + fraction;
  const point = whole!.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * The text of a CSV cell before quoting: '' for no value, lists joined with `|`, numbers
 * as plain decimals, dates and everything else as stored (dates are text on the graph, so
 * `2022` stays a year and `2022-11` a month).
 */
export function csvCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellString).join('|');
  return cellString(value);
}

/** A JSON dataset cell: numbers stay numbers, lists arrays; undefined (field left out) for no value or an empty list. */
export function jsonCellValue(value: unknown): string | number | string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    return value.length === 0 ? undefined : value.map(cellString);
  }
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
  return cellString(value);
}

function cellString(value: unknown): string {
  return typeof value === 'number' ? plainDecimal(value) : String(value);
}
