import type { TableName } from '../import/tables.js';
import type { ExportRow } from './rows.js';

/**
 * Receives an exported dataset table by table, in TABLE_NAMES order, each table once
 * (an empty one too, so every file of the format is there). One implementation per
 * output shape: a folder of CSV files, a zip of them, or one JSON file.
 */
export interface DatasetSink {
  beginTable(table: TableName): Promise<void>;
  /** Rows of the current table, in key order. */
  writeRows(rows: readonly ExportRow[]): Promise<void>;
  endTable(): Promise<void>;
  /** Completes the dataset: only now does it appear under its name (or its last bytes go out). */
  finish(): Promise<void>;
  /** After a failure: removes what was written, so no incomplete dataset is left to be imported. */
  abort(): Promise<void>;
}
