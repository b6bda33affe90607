import { decodeUtf8 } from './decode-text.js';
import type { Location, Problem } from './problems.js';
import type { RawCell, RawColumn, RawRow, RawTable } from './raw-dataset.js';
import { didYouMean } from './suggest.js';
import { TABLE_NAMES, isTableName } from './tables.js';

export interface ReadJsonOptions {
  /** Name used in problems (`dataset.json`). */
  file: string;
  bytes: Uint8Array;
}

/**
 * A JSON dataset: `{ "<table>": [ {row}, ... ] }`. Numbers may be JSON numbers and lists
 * may be arrays; null means an empty cell. Problems point at the table and the 1-based row.
 */
export function readJson({ file, bytes }: ReadJsonOptions): { tables: RawTable[]; problems: Problem[] } {
  const decoded = decodeUtf8(bytes, file);
  if ('problem' in decoded) return { tables: [], problems: [decoded.problem] };

  let document: unknown;
  try {
    document = JSON.parse(decoded.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    // V8's wording varies between Node versions; keep its reason and give the place ourselves.
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, '');
    // Without a position the parser ran off the end (an unclosed bracket or string).
    const at = position === null ? decoded.text.trimEnd().length : Number(position[1]);
    const before = decoded.text.slice(0, at).split('\n');
    const line = before.length;
    const column = before[before.length - 1]!.length + 1;
    return { tables: [], problems: [{ file, line, message: `not valid JSON: ${reason} (column ${column})` }] };
  }
  if (!isPlainObject(document)) {
    return {
      tables: [],
      problems: [{ file, message: 'the JSON must be one object whose keys are table names ({"enterprises": [...]})' }],
    };
  }

  const tables: RawTable[] = [];
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(document)) {
    if (!isTableName(name)) {
      problems.push({
        file,
        message: `unknown table "${name}" (expected one of ${TABLE_NAMES.join(', ')}${didYouMean(name, TABLE_NAMES)})`,
      });
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push({ file, table: name, message: 'must be an array of row objects' });
      continue;
    }
    const columns: RawColumn[] = [];
    const named = new Set<string>();
    const rows: RawRow[] = [];
    value.forEach((item: unknown, index) => {
      const at: Location = { file, table: name, row: index + 1 };
      if (!isPlainObject(item)) {
        problems.push({ ...at, message: 'a row must be an object of column names and values' });
        return;
      }
      const cells = new Map<string, RawCell>();
      for (const [column, raw] of Object.entries(item)) {
        if (!named.has(column)) {
          named.add(column);
          columns.push({ name: column, at });
        }
        const cell = toCell(raw);
        if (cell === undefined) continue;
        if ('invalid' in cell) problems.push({ ...at, column, message: cell.invalid });
        else cells.set(column, cell.value);
      }
      rows.push({ at, cells });
    });
    tables.push({ table: name, format: 'json', file, columns, rows, complete: true });
  }
  return { tables, problems };
}

function toCell(raw: unknown): { value: RawCell } | { invalid: string } | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string' || typeof raw === 'number') return { value: raw };
  if (Array.isArray(raw)) {
    const items: string[] = [];
    for (const item of raw as unknown[]) {
      if (typeof item === 'string') items.push(item);
      else if (typeof item === 'number') items.push(String(item));
      else return { invalid: `a list may only hold text, not ${JSON.stringify(item)}` };
    }
    return { value: items };
  }
  return { invalid: `${JSON.stringify(raw)} is not text, a number or a list` };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
