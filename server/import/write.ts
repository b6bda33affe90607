import neo4j from 'neo4j-driver';
import { mergeStale, refreshTotals, staleTotals } from '../db/derived-totals.js';
import type { Executor } from '../db/executor.js';
import { TABLES, TABLE_NAMES, type TableName } from './tables.js';
import type { TypedRecord, ValidDataset } from './validate.js';

/** Reported after each batch is written. */
export interface ImportProgress {
  table: TableName;
  /** Rows of `table` written so far (in the still uncommitted transaction). */
  done: number;
  /** Rows of `table` in the dataset. */
  total: number;
}

export interface WriteOptions {
  /** Only `transaction` is used, so tests can pass a stand-in. */
  executor: Pick<Executor, 'transaction'>;
  /** A dataset that passed validation. */
  records: ValidDataset;
  /** Rows per statement. */
  batchSize: number;
  /** Timeout of the one write transaction. */
  timeoutMs: number;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

/**
 * Writes a validated dataset in ONE transaction, so it lands whole or not at all, table by
 * table in dependency order (TABLE_NAMES), each through `cypher/import/<table>.cypher` in
 * batches: one statement per row would be thousands of round trips, one per table could
 * hold a huge parameter in memory.
 */
export async function writeDataset({
  executor,
  records,
  batchSize,
  timeoutMs,
  onProgress,
}: WriteOptions): Promise<void> {
  await executor.transaction(
    'WRITE',
    async (tx) => {
      const firms = firmsWithNewProduction(records);
      const before = await staleTotals({ tx, touches: { firms } });
      for (const table of TABLE_NAMES) {
        const rows = records[table].map((record) => toParameters(table, record));
        for (let start = 0; start < rows.length; start += batchSize) {
          const batch = rows.slice(start, start + batchSize);
          await tx.run(`import/${table}`, { rows: batch });
          onProgress?.({ table, done: start + batch.length, total: rows.length });
        }
      }
      // The national totals and ranked candidates of every link whose producers or their
      // groups changed, and the production of every region a written firm is in or was in
      // before, in the same transaction: no reader ever sees new capacities with old totals.
      const after = await staleTotals({
        tx,
        touches: { links: linksWithNewProducers(records), firms, groupFirms: groupFirmsOf(records) },
      });
      await refreshTotals({ tx, stale: mergeStale(before, after) });
    },
    timeoutMs,
  );
}

/** Firms whose location or production the dataset may change. */
export function firmsWithNewProduction(records: ValidDataset): string[] {
  const ids = [
    ...records.enterprises.map((r) => String(r.values.id)),
    ...records.produces.map((r) => String(r.values.enterprise)),
  ];
  return [...new Set(ids)].sort();
}

/**
 * The firms of the dataset's subsidiaries rows: a new or moved SUBSIDIARY_OF changes which
 * groups rank as candidates for the links they and their subsidiaries make.
 */
function groupFirmsOf(records: ValidDataset): string[] {
  return [...new Set(records.subsidiaries.flatMap((r) => [String(r.values.child), String(r.values.parent)]))].sort();
}

/** The links named by the dataset's produces rows: those whose national totals change. */
export function linksWithNewProducers(records: ValidDataset): string[] {
  return [...new Set(records.produces.map((r) => String(r.values.link)))].sort();
}

/**
 * A record as the row map its Cypher statement reads: graph property names, null for
 * every absent value (so SET removes a value a corrected row no longer has), [] for an
 * absent list, and integers as Neo4j integers, since the driver sends every JS number
 * as a float.
 */
export function toParameters(table: TableName, record: TypedRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const column of TABLES[table].columns) {
    const value = record.values[column.name] ?? null;
    if (column.type === 'int' && typeof value === 'number') row[column.property] = neo4j.int(value);
    else if (column.type === 'list') row[column.property] = value ?? [];
    else row[column.property] = value;
  }
  return row;
}
