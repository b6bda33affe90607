import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLE_NAMES, csvFileName, type TableName } from '../import/tables.js';
import { fileOutput, type ByteOutput } from './byte-output.js';
import type { DatasetSink } from './dataset-sink.js';
import { csvHeader, csvLine } from './dataset-text.js';
import type { ExportRow } from './rows.js';

/** Suffix of a file still being written; the importer reads only `.csv`, so it never sees one. */
export const PARTIAL = '.partial';

/**
 * A folder of CSV files. Each file is written as `<table>.csv.partial` and renamed only
 * when every table is complete: a failed export must not leave a truncated
 * enterprises.csv that imports without error and silently lacks firms.
 */
export function csvFolderSink(folder: string): DatasetSink {
  const written: TableName[] = [];
  let output: ByteOutput | undefined;
  let table: TableName | undefined;
  const partial = (name: TableName) => join(folder, csvFileName(name) + PARTIAL);
  const write = (text: string) => output!.write(Buffer.from(text, 'utf8'));

  return {
    async beginTable(name) {
      table = name;
      written.push(name);
      output = fileOutput(partial(name));
      await write(csvHeader(name));
    },
    async writeRows(rows: readonly ExportRow[]) {
      if (table === undefined || rows.length === 0) return;
      const name = table;
      await write(rows.map((row) => csvLine(name, row)).join(''));
    },
    async endTable() {
      await output!.close();
      output = undefined;
      table = undefined;
    },
    async finish() {
      for (const name of written) await rename(partial(name), join(folder, csvFileName(name)));
      // A previous export in the folder may have had the ledger's files: left there they
      // would be imported with this dataset as if they belonged to it.
      for (const name of TABLE_NAMES) {
        if (!written.includes(name)) await rm(join(folder, csvFileName(name)), { force: true });
      }
    },
    async abort() {
      await output?.destroy();
      for (const name of written) await rm(partial(name), { force: true });
    },
  };
}
