import { TABLES, type TableName } from '../import/tables.js';
import type { RowValues } from './entities.js';

/** Changed properties (graph names) with their old and new values; null means "no value". */
export interface RowDiff {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** Number of properties that changed. */
  changed: number;
}

const empty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/**
 * What an edit changes, property by property, for the audit trail: only the properties
 * whose value differs are kept (all of them for a create or a delete). Empty lists and
 * nulls are the same "no value", as in the interchange format.
 */
export function diffRows(options: { table: TableName; before: RowValues | null; after: RowValues | null }): RowDiff {
  const result: RowDiff = { before: {}, after: {}, changed: 0 };
  for (const column of TABLES[options.table].columns) {
    const b = options.before?.[column.name] ?? null;
    const a = options.after?.[column.name] ?? null;
    if (empty(b) && empty(a)) continue;
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    if (options.before !== null) result.before[column.property] = empty(b) ? null : b;
    if (options.after !== null) result.after[column.property] = empty(a) ? null : a;
    result.changed++;
  }
  return result;
}
