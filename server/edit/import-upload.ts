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
import type { AuthUser } from '../auth/roles.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import { recordChange } from './audit.js';
import { importsAnywhere, refusedRows, scopesBefore, type RefusedRow } from './import-scope.js';

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

/** FORBIDDEN for an import with rows outside the importer's scope; `extensions.refused` lists them. */
export function importRefused(refused: RefusedRow[]) {
  const n = refused.length;
  return lianpuError(
    ErrorCode.FORBIDDEN,
    `数据集有 ${n} 行超出你的权限范围，未写入任何数据 (${n} rows of the dataset are outside your scope; nothing was written)`,
    { reason: 'scope', refused, http: { status: 403 } },
  );
}

/**
 * Writes a checked upload in ONE transaction with the importer's writer (derived totals
 * included) and the import's audit record in that same transaction: the record exists
 * exactly when the data does. For a recruiter or chain leader every row is judged like a
 * mutation in that same transaction: its scope before the write, then, after the write
 * and before the commit, its scope as the database now has it; any row outside their
 * scope throws `importRefused` and the transaction rolls back. `onAllowed` is called once
 * the rows are known to be allowed (at once for an administrator); progress reported
 * before that is held back and replayed after it, so a caller can still refuse with 403
 * until then. Returns the audit record's id.
 */
export async function writeUpload(options: {
  executor: Pick<Executor, 'transaction'>;
  records: ValidDataset;
  rows: Record<TableName, number>;
  /** Who imports (their role and scope decide which rows they may write), when (epoch ms) and why. */
  user: AuthUser & { id: string };
  at: number;
  note: string | null;
  onAllowed: () => void;
  onProgress: (progress: ImportProgress) => void;
}): Promise<string> {
  let changeId = '';
  const { executor, records, user } = options;
  const scoped = !importsAnywhere(user);
  let allowed = false;
  const held: ImportProgress[] = [];
  const allow = () => {
    // The driver may run the transaction again after a transient error: tell the caller once.
    if (allowed) return;
    allowed = true;
    options.onAllowed();
    for (const p of held.splice(0)) options.onProgress(p);
  };
  const firms = [...new Set(records.enterprises.map((r) => String(r.values.id)))];
  const chains = [
    ...new Set([
      ...records.chains.map((r) => String(r.values.id)),
      ...records.chain_links.map((r) => String(r.values.chain)),
    ]),
  ];
  // writeDataset opens the transaction; this stand-in adds the scope check and the audit record before it commits.
  const withAudit: Pick<Executor, 'transaction'> = {
    transaction: (mode, work, timeoutMs) =>
      executor.transaction(
        mode,
        async (tx) => {
          const before = scoped ? await scopesBefore({ tx, records }) : new Map();
          if (!scoped) allow();
          const result = await work(tx);
          let regions: string[] = [];
          if (scoped) {
            const judged = await refusedRows({ tx, user, records, before });
            if (judged.refused.length > 0) throw importRefused(judged.refused);
            // Kept on the record, so the importer's own trail (and their region's) shows it.
            regions = judged.regions;
            allow();
          }
          const change = await recordChange({
            tx,
            userId: user.id,
            at: options.at,
            action: 'import',
            entityType: 'Dataset',
            entityId: `import-${options.at}`,
            before: null,
            after: { rows: Object.fromEntries(Object.entries(options.rows).filter(([, n]) => n > 0)) },
            note: options.note,
            scope: {
              regions,
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
    onProgress: (p) => (allowed ? options.onProgress(p) : held.push(p)),
  });
  return changeId;
}
