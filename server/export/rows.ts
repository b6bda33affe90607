import { TABLES, type TableName } from '../import/tables.js';

/** One exported row: every column of its table (server/import/tables.ts) by column name, null for no value. */
export type ExportRow = Readonly<Record<string, unknown>>;

/**
 * A row as a cypher/export query returns it (keyed by graph property, like the rows
 * cypher/import reads) → the table's columns, in the table's order. Properties that are
 * not columns are dropped: that is how derived values such as
 * `Link.nationalOperatingFirms` stay out of every export.
 */
export function rowFromGraph(table: TableName, graph: Readonly<Record<string, unknown>>): ExportRow {
  const row: Record<string, unknown> = {};
  for (const column of TABLES[table].columns) {
    const value = graph[column.property] ?? null;
    // Moments are epoch milliseconds on the graph and ISO 8601 in UTC in a dataset, which
    // the importer reads back as the same milliseconds.
    row[column.name] = column.type === 'timestamp' && typeof value === 'number' ? new Date(value).toISOString() : value;
  }
  return row;
}

/**
 * Orders rows by their key columns, in the key's column order, comparing text by UTF-16
 * code units: never by locale, whose collation differs between machines and would make
 * two exports of the same data differ. Keys are ids, codes and enumerations (ASCII), which
 * Neo4j's ORDER BY sorts the same way, so pages sorted here continue the database's order.
 */
export function compareByKey(table: TableName): (a: ExportRow, b: ExportRow) => number {
  const key = TABLES[table].key;
  return (a, b) => {
    for (const column of key) {
      const x = String(a[column] ?? '');
      const y = String(b[column] ?? '');
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}
