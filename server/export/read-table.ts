import neo4j from 'neo4j-driver';
import type { Executor } from '../db/executor.js';
import type { TableName } from '../import/tables.js';
import type { ScopeParameters } from './resolve-scope.js';
import { compareByKey, rowFromGraph, type ExportRow } from './rows.js';

export interface ReadTableOptions {
  /** Only `transaction` is used. */
  executor: Pick<Executor, 'transaction'>;
  /** Which table of the interchange format: its query is `cypher/export/<table>.cypher`. */
  table: TableName;
  /** The scope, as resolveScope computed it. */
  parameters: ScopeParameters;
  /**
   * Key nodes per page: nodes for a node table, the first key's node (the enterprise,
   * chain or input link) for a relationship table, with all its rows of that table.
   */
  pageSize: number;
  /** Timeout of each page's read transaction. */
  timeoutMs: number;
}

/**
 * A table's rows, page by page, in key order. Pages continue from the last key of the
 * previous one (`WHERE key > $after ORDER BY key LIMIT n`, served by the key's uniqueness
 * index), so no query returns more than a page, no page is read twice and no offset is
 * skipped over. Each page is its own read transaction: a retried page repeats nothing
 * already written, and no transaction stays open for the length of a national export.
 */
export async function* readTable({
  executor,
  table,
  parameters,
  pageSize,
  timeoutMs,
}: ReadTableOptions): AsyncGenerator<ExportRow[]> {
  const order = compareByKey(table);
  let after = '';
  for (;;) {
    const records = await executor.transaction(
      'READ',
      (tx) => tx.run(`export/${table}`, { ...parameters, after, limit: neo4j.int(pageSize) }),
      timeoutMs,
    );
    const rows: ExportRow[] = [];
    for (const record of records) {
      for (const graph of record.get('rows') as Record<string, unknown>[]) rows.push(rowFromGraph(table, graph));
    }
    // The query orders by the first key column; the rest of the key (a firm's links and
    // statuses, say) is ordered here.
    rows.sort(order);
    if (rows.length > 0) yield rows;
    if (records.length < pageSize) return;
    after = records[records.length - 1]!.get('cursor') as string;
  }
}
