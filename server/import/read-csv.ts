import { CsvError, parse } from 'csv-parse/sync';
import { decodeUtf8 } from './decode-text.js';
import type { Problem } from './problems.js';
import type { RawColumn, RawRow, RawTable } from './raw-dataset.js';
import type { TableName } from './tables.js';

export interface ReadCsvOptions {
  table: TableName;
  /** Name used in problems (`enterprises.csv`). */
  file: string;
  bytes: Uint8Array;
}

interface ParsedRecord {
  cells: string[];
  /** The line the record starts on (a quoted cell may span several lines). */
  line: number;
}

/** One CSV file → its header and rows, each row carrying the line an editor shows it on. */
export function readCsv({ table, file, bytes }: ReadCsvOptions): { table: RawTable; problems: Problem[] } {
  const empty = (complete: boolean): RawTable => ({ table, format: 'csv', file, columns: [], rows: [], complete });
  const decoded = decodeUtf8(bytes, file);
  if ('problem' in decoded) return { table: empty(false), problems: [decoded.problem] };

  // csv-parse counts a CR LF inside a quoted cell as two lines, so every later line number
  // would be off by one in a Windows file: normalising first keeps the numbering exact
  // (and gives multi-line cells plain \n).
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const { records, problem } = parseRecords(text, file);
  const problems: Problem[] = problem === undefined ? [] : [problem];
  const complete = problem === undefined;

  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = nonEmpty[0];
  if (header === undefined) return { table: empty(complete), problems };

  const names = header.cells.map((c) => c.trim());
  const headerAt = { file, line: header.line };
  if (names.length === 1 && /[;\t]/.test(names[0]!)) {
    problems.push({
      ...headerAt,
      message: `the file is not comma-separated (the header "${names[0]}" is one column); save it as CSV with commas`,
    });
    return { table: empty(false), problems };
  }

  const columns: RawColumn[] = [];
  const usable = new Map<number, string>();
  names.forEach((name, index) => {
    if (name === '') return;
    if (columns.some((c) => c.name === name)) {
      problems.push({ ...headerAt, column: name, message: 'the column appears twice in the header' });
      return;
    }
    columns.push({ name, at: headerAt });
    usable.set(index, name);
  });

  const rows: RawRow[] = [];
  let reportedNameless = false;
  for (const record of nonEmpty.slice(1)) {
    const at = { file, line: record.line };
    const extra = record.cells.slice(names.length);
    if (record.cells.length < names.length || extra.some((c) => c.trim() !== '')) {
      problems.push({
        ...at,
        message:
          `the row has ${record.cells.length} cells but the header has ${names.length} columns ` +
          '(a missing or extra comma? a cell containing a comma must be quoted)',
      });
    }
    const cells = new Map<string, string>();
    record.cells.forEach((value, index) => {
      const name = usable.get(index);
      if (name !== undefined) cells.set(name, value);
      else if (index < names.length && names[index] === '' && value.trim() !== '' && !reportedNameless) {
        reportedNameless = true;
        problems.push({ ...at, message: `column ${index + 1} has a value but no name in the header` });
      }
    });
    rows.push({ at, cells });
  }
  return { table: { table, format: 'csv', file, columns, rows, complete }, problems };
}

function parseRecords(text: string, file: string): { records: ParsedRecord[]; problem?: Problem } {
  const records: ParsedRecord[] = [];
  try {
    parse(text, {
      relax_column_count: true,
      // `福耀"精铝"` written without quoting the cell is read as written rather than rejected.
      relax_quotes: true,
      trim: true,
      on_record: (cells: string[], context: { lines: number }) => {
        // `lines` is where the record ends; a quoted cell's line breaks are kept in its value.
        const breaks = cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
        records.push({ cells, line: context.lines - breaks });
        return null;
      },
    });
    return { records };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const lastEnd = records.length === 0 ? 0 : records[records.length - 1]!.line + countBreaks(records);
    const line = nextContentLine(text, lastEnd);
    const message =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'malformed CSV: a quoted cell starting in this row is never closed (a " is missing)'
        : `malformed CSV: ${error.message}`;
    return { records, problem: { file, line, message } };
  }
}

/** Line breaks inside the last record's cells, to find the line it ends on. */
function countBreaks(records: readonly ParsedRecord[]): number {
  const last = records[records.length - 1]!;
  return last.cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
}

/** The first line after `afterLine` that is not blank: where the unreadable record starts. */
function nextContentLine(text: string, afterLine: number): number {
  const lines = text.split('\n');
  for (let i = afterLine; i < lines.length; i++) {
    if (lines[i]!.trim() !== '') return i + 1;
  }
  return afterLine + 1;
}
