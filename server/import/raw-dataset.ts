import type { Location, Problem } from './problems.js';
import type { TableName } from './tables.js';

/**
 * A dataset as read, before any checking: cells are still text (or, from JSON, numbers
 * and arrays). Reading only fails on what makes a file unreadable; everything about the
 * values is the validator's job, so all problems can be reported together.
 */
export type RawCell = string | number | readonly string[];

export interface RawRow {
  at: Location;
  /** Cells by column name; a column the row has no value for may be absent. */
  cells: ReadonlyMap<string, RawCell>;
}

export interface RawColumn {
  name: string;
  /** Where the column is named: the CSV header line, or the first JSON row having the field. */
  at: Location;
}

export interface RawTable {
  table: TableName;
  /** CSV has a header that must name every required column; JSON rows simply omit empty fields. */
  format: 'csv' | 'json';
  file: string;
  columns: readonly RawColumn[];
  rows: readonly RawRow[];
  /**
   * False when the file could not be read to its end (malformed CSV): the rows it
   * defines are then unknown, so references to its table are not reported as dangling.
   */
  complete: boolean;
}

export interface RawDataset {
  tables: readonly RawTable[];
  /** What made files or the dataset itself unreadable. */
  problems: readonly Problem[];
}
