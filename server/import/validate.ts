import { describeRow, sortProblems, type Location, type Problem } from './problems.js';
import type { RawDataset, RawRow, RawTable } from './raw-dataset.js';
import { definedIds, type KnowledgeBase } from './references.js';
import { checkRegions } from './region-rules.js';
import { didYouMean } from './suggest.js';
import { TABLES, TABLE_NAMES, csvFileName, type Column, type TableName } from './tables.js';
import {
  cellText,
  notBefore,
  parseDate,
  parseEnum,
  parseId,
  parseList,
  parseNumber,
  parseTimestamp,
  type Parsed,
} from './values.js';

/** A checked value: text (strings, ids, enums in lower case, dates), a number (timestamps: epoch ms), or a list of text. */
export type CellValue = string | number | readonly string[];

/** A row after checking: every column of its table, null where the row has no value. */
export interface TypedRecord {
  at: Location;
  values: Readonly<Record<string, CellValue | null>>;
}

export type ValidDataset = Readonly<Record<TableName, readonly TypedRecord[]>>;

export interface ValidateOptions {
  dataset: RawDataset;
  /** Lookup of ids the dataset refers to without defining them (see known-ids.ts). */
  knowledgeBase: KnowledgeBase;
}

export interface Validation {
  /** Only meaningful when there are no problems. */
  records: ValidDataset;
  /** Every problem found, in reading order; reading problems are not included. */
  problems: Problem[];
}

/**
 * Checks a whole dataset and types its values. Pure: the knowledge base comes in as a
 * lookup, so every rule can be tested on a dataset of a few rows.
 */
export function validateDataset({ dataset, knowledgeBase }: ValidateOptions): Validation {
  const problems: Problem[] = [];
  const records = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as TypedRecord[]])) as Record<
    TableName,
    TypedRecord[]
  >;
  for (const table of dataset.tables) {
    const missing = checkColumns(table, problems);
    records[table.table] = table.rows.map((row) => typeRow({ table: table.table, row, missing, problems }));
    checkDuplicates(table.table, records[table.table], problems);
  }
  checkRegions({ regions: records.regions, knowledgeBase, problems });
  checkReferences({ dataset, records, knowledgeBase, problems });
  return { records, problems: sortProblems(problems) };
}

/** Unknown columns (typos that would lose data) and, in CSV, required columns absent from the header. */
function checkColumns(table: RawTable, problems: Problem[]): Set<string> {
  const spec = TABLES[table.table];
  const names = spec.columns.map((c) => c.name);
  for (const column of table.columns) {
    if (!names.includes(column.name)) {
      problems.push({
        ...column.at,
        column: column.name,
        message: `unknown column (expected one of ${names.join(', ')}${didYouMean(column.name, names)})`,
      });
    }
  }
  const missing = new Set<string>();
  // An empty file (no header at all) has no rows to lose; JSON rows just omit empty fields.
  if (table.format === 'csv' && table.columns.length > 0) {
    for (const column of spec.columns) {
      if (column.required && !table.columns.some((c) => c.name === column.name)) {
        missing.add(column.name);
        problems.push({
          file: table.file,
          line: table.columns[0]?.at.line ?? 1,
          column: column.name,
          message: 'required column is missing from the header',
        });
      }
    }
  }
  return missing;
}

interface TypeRowOptions {
  table: TableName;
  row: RawRow;
  /** Required columns already reported missing from the header: not reported again on every row. */
  missing: ReadonlySet<string>;
  problems: Problem[];
}

function typeRow({ table, row, missing, problems }: TypeRowOptions): TypedRecord {
  const values: Record<string, CellValue | null> = {};
  const report = (column: string, message: string) => problems.push({ ...row.at, column, message });
  const columns = TABLES[table].columns;

  for (const column of columns) {
    values[column.name] = null;
    const cell = cellText(row.cells.get(column.name));
    if (cell === undefined) {
      if (column.required && !missing.has(column.name)) report(column.name, 'a value is required');
      else if (column.type === 'list') values[column.name] = [];
      else if (column.type === 'int' && column.default !== undefined) values[column.name] = column.default;
      continue;
    }
    if (typeof cell !== 'string' && column.type !== 'list') {
      report(column.name, 'expected one value, not a list');
      continue;
    }
    const raw = row.cells.get(column.name)!;
    const parsed = parseCell(column, typeof raw === 'number' ? raw : cell);
    if ('error' in parsed) report(column.name, parsed.error);
    else values[column.name] = parsed.value;
  }

  for (const column of columns) {
    const present = cellText(row.cells.get(column.name)) !== undefined;
    if (column.type === 'number' && column.unitColumn !== undefined && present) {
      if (cellText(row.cells.get(column.unitColumn)) === undefined) {
        report(column.unitColumn, `required when ${column.name} is given`);
      }
    }
    if (column.type === 'date' && column.notBefore !== undefined) {
      const later = values[column.name];
      const earlier = values[column.notBefore];
      if (typeof later === 'string' && typeof earlier === 'string' && !notBefore(later, earlier)) {
        report(column.name, `"${later}" is before ${column.notBefore} "${earlier}"`);
      }
    }
    if (column.type === 'ref' && column.notSameAs !== undefined) {
      const id = values[column.name];
      if (typeof id === 'string' && id === values[column.notSameAs.column]) {
        report(column.name, `"${id}" is also the ${column.notSameAs.column} (${column.notSameAs.reason})`);
      }
    }
  }
  return { at: row.at, values };
}

function parseCell(column: Column, cell: string | number | readonly string[]): Parsed<CellValue> {
  const single = (): string | number => (typeof cell === 'string' || typeof cell === 'number' ? cell : '');
  switch (column.type) {
    case 'string':
    case 'ref':
      return { value: String(single()).trim() };
    case 'id':
      return parseId(single());
    case 'int':
      return parseNumber(single(), { min: column.min, integer: true });
    case 'number':
      return parseNumber(single(), {
        min: column.min,
        ...(column.max === undefined ? {} : { max: column.max }),
        ...(column.unitColumn === undefined ? {} : { unitColumn: column.unitColumn }),
      });
    case 'date':
      return parseDate(single());
    case 'timestamp':
      return parseTimestamp(single());
    case 'enum':
      return parseEnum(single(), column.values);
    case 'list': {
      const items = parseList(cell);
      if (column.values === undefined) return { value: items };
      const vocabulary = column.values;
      const good: string[] = [];
      const errors: string[] = [];
      for (const item of items) {
        const parsed = parseEnum(item, vocabulary);
        if ('error' in parsed) errors.push(parsed.error);
        else if (!good.includes(parsed.value)) good.push(parsed.value);
      }
      return errors.length === 0 ? { value: good } : { error: errors.join('; ') };
    }
  }
}

/** Two rows with the same key would write the same node or relationship: report the later one, naming the first. */
function checkDuplicates(table: TableName, records: readonly TypedRecord[], problems: Problem[]): void {
  const key = TABLES[table].key;
  const seen = new Map<string, TypedRecord>();
  for (const record of records) {
    const parts = key.map((k) => record.values[k]);
    if (parts.some((p) => typeof p !== 'string')) continue;
    const id = JSON.stringify(parts);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, record);
      continue;
    }
    const shown =
      key.length === 1 ? `${key[0]} "${String(parts[0])}"` : key.map((k, i) => `${k} "${String(parts[i])}"`).join(', ');
    problems.push({
      ...record.at,
      column: key.join('+'),
      message: `duplicate ${shown} (also on ${describeRow(first.at)})`,
    });
  }
}

interface ReferenceOptions {
  dataset: RawDataset;
  records: ValidDataset;
  knowledgeBase: KnowledgeBase;
  problems: Problem[];
}

/** Every reference must name a row of the dataset or something already in the knowledge base. */
function checkReferences({ dataset, records, knowledgeBase, problems }: ReferenceOptions): void {
  const defined = definedIds(dataset);
  const unreadable = new Set(dataset.tables.filter((t) => !t.complete).map((t) => t.table));
  for (const table of dataset.tables) {
    for (const column of TABLES[table.table].columns) {
      if (column.type !== 'ref') continue;
      const target = column.target;
      // A file that could not be read to its end may define the id in its unread part.
      if (unreadable.has(target)) continue;
      for (const record of records[table.table]) {
        const id = record.values[column.name];
        if (typeof id !== 'string' || defined[target].has(id) || knowledgeBase.has(target, id)) continue;
        const where = table.format === 'csv' ? csvFileName(target) : `the ${target} table`;
        problems.push({
          ...record.at,
          column: column.name,
          message: `unknown ${TABLES[target].noun!} "${id}" (not in ${where} nor in the knowledge base)`,
        });
      }
    }
  }
}
