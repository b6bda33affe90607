import type { TableName } from '../import/tables.js';
import type { ByteOutput } from './byte-output.js';
import type { DatasetSink } from './dataset-sink.js';
import { jsonRow } from './dataset-text.js';
import type { ExportRow } from './rows.js';

/**
 * A JSON dataset (the importer's JSON reader): one object with a key per table, one row
 * object per line, written as the rows come so a large export never sits in memory.
 */
export function jsonSink(output: ByteOutput): DatasetSink {
  let table: TableName | undefined;
  let tables = 0;
  let rowsInTable = 0;
  const write = (text: string) => output.write(Buffer.from(text, 'utf8'));
  return {
    async beginTable(name) {
      table = name;
      rowsInTable = 0;
      await write(`${tables++ === 0 ? '{\n' : ',\n'}  ${JSON.stringify(name)}: [`);
    },
    async writeRows(rows: readonly ExportRow[]) {
      if (table === undefined || rows.length === 0) return;
      const name = table;
      const lines = rows.map((row, i) => `${rowsInTable + i === 0 ? '' : ','}\n    ${jsonRow(name, row)}`);
      rowsInTable += rows.length;
      await write(lines.join(''));
    },
    async endTable() {
      await write(rowsInTable === 0 ? ']' : '\n  ]');
      table = undefined;
    },
    async finish() {
      await write(tables === 0 ? '{}\n' : '\n}\n');
      await output.close();
    },
    async abort() {
      await output.destroy();
    },
  };
}
