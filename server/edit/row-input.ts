import neo4j from 'neo4j-driver';
import type { RawCell } from '../import/raw-dataset.js';
import { TABLES, type TableName } from '../import/tables.js';
import type { RowValues } from './entities.js';

/**
 * Turning GraphQL input and stored rows into the importer's cells, so an edit is checked
 * by exactly the same code (and gets exactly the same messages) as a row of a CSV file.
 * Input fields are the columns' graph property names (camelCase, `revenueWan`); the
 * importer's messages name the CSV column, which `fieldOf` maps back.
 */

/** A stored node or relationship as a row: its properties plus the ids of the nodes its reference columns name. */
export function rowFromStored(options: {
  table: TableName;
  /** properties(n) of the node or relationship. */
  props: Record<string, unknown>;
  /** Reference column property → id of the node it names (`{region: '150581'}`). */
  refs: Record<string, unknown>;
}): RowValues {
  const row: Record<string, string | number | readonly string[] | null> = {};
  for (const column of TABLES[options.table].columns) {
    // A reference is a node the row points at, or (SUPPLIES.link, LINK_MASTER.region) a key property.
    const raw =
      column.type === 'ref'
        ? (options.refs[column.property] ?? options.props[column.property])
        : options.props[column.property];
    row[column.name] = storedValue(raw, column.type === 'list');
  }
  return row;
}

function storedValue(raw: unknown, list: boolean): string | number | readonly string[] | null {
  if (list) return Array.isArray(raw) ? raw.map(String) : [];
  if (raw === null || raw === undefined) return null;
  if (neo4j.isInt(raw)) return (raw as { toNumber(): number }).toNumber();
  if (typeof raw === 'number' || typeof raw === 'string') return raw;
  return String(raw);
}

/**
 * The cells of the row to check: `base` (the stored row, or nothing for a create) with
 * every field of `input` laid over it. A field given as null clears the column (the
 * importer then says "a value is required" if the column needs one); a field not given
 * keeps the stored value.
 */
export function mergeCells(options: {
  table: TableName;
  base: RowValues | null;
  input: Readonly<Record<string, unknown>>;
}): Map<string, RawCell> {
  const cells = new Map<string, RawCell>();
  for (const column of TABLES[options.table].columns) {
    const stored = options.base?.[column.name] ?? null;
    const given = Object.prototype.hasOwnProperty.call(options.input, column.property);
    const value = given ? options.input[column.property] : stored;
    const cell = toCell(value);
    if (cell !== undefined) cells.set(column.name, cell);
  }
  return cells;
}

function toCell(value: unknown): RawCell | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'number') return value;
  return String(value);
}

/** The input field (graph property) for a CSV column name, as `extensions.field` names it. */
export function fieldOf(table: TableName, column: string): string {
  return TABLES[table].columns.find((c) => c.name === column)?.property ?? column;
}

/** The key of a row as the parameters of `edit/current-*` and `edit/delete-*` (property names). */
export function keyParams(table: TableName, row: RowValues): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const name of TABLES[table].key) params[fieldOf(table, name)] = row[name] ?? null;
  return params;
}

/** The key given as GraphQL arguments (property names) as a row (column names). */
export function keyRow(table: TableName, args: Readonly<Record<string, unknown>>): RowValues {
  const row: Record<string, string | null> = {};
  for (const name of TABLES[table].key) {
    const value = args[fieldOf(table, name)];
    row[name] = value === null || value === undefined ? null : String(value);
  }
  return row;
}
