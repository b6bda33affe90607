/** A UTF-8 byte-order mark: without it Excel opens UTF-8 CSV as GBK and garbles Chinese. */
export const BOM = '\uFEFF';

/** One RFC 4180 field: quoted when it holds a comma, quote, or line break. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('|') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document with a header row, CRLF line ends (what Excel writes), BOM first. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
