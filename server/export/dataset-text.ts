import { TABLES, type TableName } from '../import/tables.js';
import { csvCellText, jsonCellValue } from './cells.js';
import { BOM, csvField } from './csv.js';
import type { ExportRow } from './rows.js';

/**
 * The bytes of an exported dataset, as text. CSV files start with a byte-order mark and
 * end lines with CRLF, as Excel writes them (the importer accepts both and Excel needs
 * the mark to read UTF-8 Chinese); every file has every column the importer accepts,
 * in the order of server/import/tables.ts.
 */

/** The first line of a table's CSV file, byte-order mark included. */
export function csvHeader(table: TableName): string {
  return `${BOM}${TABLES[table].columns.map((c) => csvField(c.name)).join(',')}\r\n`;
}

/** One CSV line: every column, quoted where RFC 4180 needs it. */
export function csvLine(table: TableName, row: ExportRow): string {
  return `${TABLES[table].columns.map((c) => csvField(csvCellText(row[c.name]))).join(',')}\r\n`;
}

/** One row object of a JSON dataset, fields in column order, empty ones left out (as the reader allows). */
export function jsonRow(table: TableName, row: ExportRow): string {
  const fields: Record<string, string | number | string[]> = {};
  for (const column of TABLES[table].columns) {
    const value = jsonCellValue(row[column.name]);
    if (value !== undefined) fields[column.name] = value;
  }
  return JSON.stringify(fields);
}
