import type { Executor } from '../db/executor.js';
import { lookupKnownIds } from './known-ids.js';
import { DatasetInvalidError, sortProblems } from './problems.js';
import { readDataset } from './read-dataset.js';
import { referencedIds } from './references.js';
import { TABLE_NAMES, type TableName } from './tables.js';
import { validateDataset } from './validate.js';
import { writeDataset, type ImportProgress } from './write.js';

export { DatasetInvalidError, formatProblem, formatProblems, DEFAULT_PROBLEM_LIMIT } from './problems.js';
export type { Problem, Location } from './problems.js';
export type { ImportProgress } from './write.js';
export type { TableName } from './tables.js';
export { TABLES, TABLE_NAMES } from './tables.js';

export const DEFAULT_BATCH_SIZE = 1000;
/** Far above the server's per-query timeout: a large dataset is one long transaction by design. */
export const DEFAULT_IMPORT_TIMEOUT_MS = 10 * 60 * 1000;

export interface ImportOptions {
  /** A folder of CSV files, a `.zip` of one, or a `.json` file (docs/interchange-format.md). */
  path: string;
  /** Where to write; the same executor the server uses, so the same Cypher catalogue and database. */
  executor: Executor;
  /** Rows sent per statement (default 1000). */
  batchSize?: number;
  /** Called after every batch written, e.g. to draw a progress bar. */
  onProgress?: (progress: ImportProgress) => void;
  /** Timeout of the single write transaction in ms (default 10 minutes). */
  timeoutMs?: number;
}

export interface ImportResult {
  /** Rows imported per table; 0 for a table the dataset does not have. */
  rows: Record<TableName, number>;
}

/**
 * Reads, checks and writes a dataset. Every problem is collected before anything is
 * written; if there is any, it throws DatasetInvalidError carrying all of them and the
 * knowledge base is untouched. Otherwise the whole dataset is written in one transaction.
 * Importing the same dataset twice changes nothing.
 */
export async function importDataset(options: ImportOptions): Promise<ImportResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, not ${batchSize}`);
  }
  const dataset = await readDataset(options.path);
  const knowledgeBase = await lookupKnownIds({ executor: options.executor, references: referencedIds(dataset) });
  const { records, problems } = validateDataset({ dataset, knowledgeBase });
  const all = sortProblems([...dataset.problems, ...problems]);
  if (all.length > 0) throw new DatasetInvalidError(all);

  await writeDataset({
    executor: options.executor,
    records,
    batchSize,
    timeoutMs: options.timeoutMs ?? DEFAULT_IMPORT_TIMEOUT_MS,
    onProgress: options.onProgress,
  });
  const rows = Object.fromEntries(TABLE_NAMES.map((table) => [table, records[table].length]));
  return { rows: rows as Record<TableName, number> };
}
