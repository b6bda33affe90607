import type { Executor } from '../db/executor.js';
import { KNOWLEDGE_TABLES, TABLE_NAMES, type TableName } from '../import/tables.js';
import type { DatasetSink } from './dataset-sink.js';
import { pathSink, type OutputFormat } from './output-path.js';
import { readTable } from './read-table.js';
import { resolveScope, type ScopeParameters } from './resolve-scope.js';
import type { ExportScope } from './scope.js';

/** Key nodes per page (see readTable): a page of firms with their rows is a few hundred KB. */
export const DEFAULT_PAGE_SIZE = 1000;
/**
 * Per page and for the scope lookup, far above the server's per-query timeout: a page of
 * a sparse table (link-masters among a million firms) walks the whole key index once.
 */
export const DEFAULT_EXPORT_TIMEOUT_MS = 5 * 60 * 1000;

/** Rows written so far, after each page. */
export interface ExportProgress {
  /** The table being written. */
  table: TableName;
  /** Its rows written so far. */
  rows: number;
}

export interface ExportResult {
  /**
   * Rows written per table; 0 for a table with none (its file is there, with its header)
   * and for the ledger's tables when they were left out (no file at all).
   */
  rows: Record<TableName, number>;
  /** The tables written, in TABLE_NAMES order. */
  tables: readonly TableName[];
}

export interface ExportTablesOptions {
  /** Only `transaction` is used: reads, one page per transaction. */
  executor: Pick<Executor, 'transaction'>;
  /** What to export, as resolveScope computed it. */
  parameters: ScopeParameters;
  /** Where the dataset goes; aborted if anything fails. */
  sink: DatasetSink;
  /** Key nodes per page (default 1000). */
  pageSize?: number;
  /** Timeout of each page's read transaction (default 5 minutes). */
  timeoutMs?: number;
  /** Called after each page written, e.g. to show how far the export is. */
  onProgress?: (progress: ExportProgress) => void;
}

/**
 * Writes every table of the interchange format, in TABLE_NAMES order, to the sink: the
 * whole knowledge base or a scope of it, without derived totals (docs/data-model.md).
 * The ledger's tables only when `parameters.ledger` says so: they are private, and a
 * dataset without them has no file of theirs rather than empty ones.
 * Row order and formatting are deterministic, so exporting the same data twice gives
 * the same files, and importing an export into an empty database then exporting again
 * gives them again.
 */
export async function exportTables({
  executor,
  parameters,
  sink,
  pageSize = DEFAULT_PAGE_SIZE,
  timeoutMs = DEFAULT_EXPORT_TIMEOUT_MS,
  onProgress,
}: ExportTablesOptions): Promise<ExportResult> {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a positive integer, not ${pageSize}`);
  }
  const rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
  const tables = parameters.ledger ? TABLE_NAMES : KNOWLEDGE_TABLES;
  try {
    for (const table of tables) {
      await sink.beginTable(table);
      for await (const page of readTable({ executor, table, parameters, pageSize, timeoutMs })) {
        await sink.writeRows(page);
        rows[table] += page.length;
        onProgress?.({ table, rows: rows[table] });
      }
      await sink.endTable();
    }
    await sink.finish();
  } catch (error) {
    await sink.abort().catch(() => undefined);
    throw error;
  }
  return { rows, tables };
}

export interface ExportToPathOptions {
  executor: Pick<Executor, 'transaction'>;
  /** A folder of CSV files, or a file ending in .zip or .json. */
  path: string;
  /** The whole knowledge base, a chain or a region. */
  scope: ExportScope;
  /** Whether the ledger's private tables go too (`npm run export` without `--without-ledger`). */
  ledger: boolean;
  /** Key nodes per page (default 1000). */
  pageSize?: number;
  /** Timeout of each read transaction (default 5 minutes). */
  timeoutMs?: number;
  /** Called after each page written. */
  onProgress?: (progress: ExportProgress) => void;
}

/**
 * `npm run export`: resolves the scope first (an unknown chain or region creates no
 * file), then writes the dataset to `path` in the shape its ending asks for.
 */
export async function exportToPath(options: ExportToPathOptions): Promise<ExportResult & { format: OutputFormat }> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_EXPORT_TIMEOUT_MS;
  const parameters = await resolveScope({
    executor: options.executor,
    scope: options.scope,
    ledger: options.ledger,
    timeoutMs,
  });
  const { sink, format } = await pathSink({ path: options.path, mtime: new Date() });
  const result = await exportTables({
    executor: options.executor,
    parameters,
    sink,
    pageSize: options.pageSize,
    timeoutMs,
    onProgress: options.onProgress,
  });
  return { ...result, format };
}
