import type { Executor } from '../db/executor.js';
import { lookupKnownIds } from '../import/known-ids.js';
import { sortProblems, type Problem } from '../import/problems.js';
import type { RawDataset } from '../import/raw-dataset.js';
import { readZip } from '../import/read-dataset.js';
import { readJson } from '../import/read-json.js';
import { referencedIds } from '../import/references.js';
import { TABLE_NAMES, type TableName } from '../import/tables.js';
import { validateDataset, type ValidDataset } from '../import/validate.js';
import { writeDataset, type ImportProgress } from '../import/write.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_IMPORT_TIMEOUT_MS } from '../import/index.js';
import { recordChange } from './audit.js';

export type UploadFormat = 'zip' | 'json';

/** A checked upload: the typed rows to write, or every problem found (then nothing is written). */
export type CheckedUpload =
  { ok: true; records: ValidDataset; rows: Record<TableName, number> } | { ok: false; problems: Problem[] };

/**
 * Reads and validates an uploaded dataset with the importer's own reader and validator,
 * from memory: the same steps as `importDataset` (server/import/index.ts), which reads
 * from a path, minus the file system.
 */
export async function checkUpload(options: {
  executor: Pick<Executor, 'transaction'>;
  format: UploadFormat;
  bytes: Uint8Array;
  /** Throws if the uploader may not import one of the tables the upload holds; called before any lookup. */
  allowTables?: (tables: readonly TableName[]) => void;
}): Promise<CheckedUpload> {
  const { format, bytes } = options;
  const dataset: RawDataset =
    format === 'zip' ? readZip({ file: 'upload.zip', bytes }) : { ...readJson({ file: 'upload.json', bytes }) };
  options.allowTables?.(dataset.tables.filter((t) => t.rows.length > 0).map((t) => t.table));
  const knowledgeBase = await lookupKnownIds({ executor: options.executor, references: referencedIds(dataset) });
  const { records, problems } = validateDataset({ dataset, knowledgeBase });
  const all = sortProblems([...dataset.problems, ...problems]);
  if (all.length > 0) return { ok: false, problems: all };
  const rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, records[t].length])) as Record<TableName, number>;
  return { ok: true, records, rows };
}

/** Firms and chains an import record lists for the per-enterprise and per-chain trail, when there are this few. */
const MAX_LISTED = 1000;

/**
 * Writes a checked upload in ONE transaction with the importer's writer (derived totals
 * included) and the import's audit record in that same transaction: the record exists
 * exactly when the data does. Returns the record's id.
 */
export async function writeUpload(options: {
  executor: Pick<Executor, 'transaction'>;
  records: ValidDataset;
  rows: Record<TableName, number>;
  /** Who imports, when (epoch ms) and why. */
  userId: string;
  at: number;
  note: string | null;
  onProgress: (progress: ImportProgress) => void;
}): Promise<string> {
  let changeId = '';
  const { executor, records } = options;
  const firms = [...new Set(records.enterprises.map((r) => String(r.values.id)))];
  const chains = [
    ...new Set([
      ...records.chains.map((r) => String(r.values.id)),
      ...records.chain_links.map((r) => String(r.values.chain)),
    ]),
  ];
  // writeDataset opens the transaction; this stand-in adds the audit record before it commits.
  const withAudit: Pick<Executor, 'transaction'> = {
    transaction: (mode, work, timeoutMs) =>
      executor.transaction(
        mode,
        async (tx) => {
          const result = await work(tx);
          const change = await recordChange({
            tx,
            userId: options.userId,
            at: options.at,
            action: 'import',
            entityType: 'Dataset',
            entityId: `import-${options.at}`,
            before: null,
            after: { rows: Object.fromEntries(Object.entries(options.rows).filter(([, n]) => n > 0)) },
            note: options.note,
            scope: {
              regions: [],
              chains: chains.length <= MAX_LISTED ? chains : [],
              enterprises: firms.length <= MAX_LISTED ? firms : [],
              links: [],
              projects: [],
            },
          });
          changeId = String(change.id);
          return result;
        },
        timeoutMs,
      ),
  } as Pick<Executor, 'transaction'>;
  await writeDataset({
    executor: withAudit,
    records,
    batchSize: DEFAULT_BATCH_SIZE,
    timeoutMs: DEFAULT_IMPORT_TIMEOUT_MS,
    onProgress: options.onProgress,
  });
  return changeId;
}
