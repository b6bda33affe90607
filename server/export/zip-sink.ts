import { Zip, ZipDeflate } from 'fflate';
import { csvFileName, type TableName } from '../import/tables.js';
import type { ByteOutput } from './byte-output.js';
import type { DatasetSink } from './dataset-sink.js';
import { csvHeader, csvLine } from './dataset-text.js';
import type { ExportRow } from './rows.js';

export interface ZipSinkOptions {
  /** Where the zip's bytes go: a file or an HTTP response. */
  output: ByteOutput;
  /** Modification time stamped on every file of the zip. */
  mtime: Date;
}

/**
 * A zip of the CSV files at its top level (what the importer's zip reader accepts),
 * compressed and sent as the rows come: fflate's streaming Zip deflates each chunk as it
 * is pushed, so neither the CSV text nor the zip is ever whole in memory.
 */
export function zipSink({ output, mtime }: ZipSinkOptions): DatasetSink {
  // fflate hands compressed bytes to this callback synchronously; they are collected here
  // and written (waiting for the output) after each push.
  let pending: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error !== null) failure ??= error;
    else pending.push(chunk);
  });
  let file: ZipDeflate | undefined;
  let table: TableName | undefined;

  const flush = async () => {
    if (failure !== undefined) throw failure;
    const chunks = pending;
    pending = [];
    for (const chunk of chunks) await output.write(chunk);
  };
  const push = async (text: string, final = false) => {
    file!.push(Buffer.from(text, 'utf8'), final);
    await flush();
  };

  return {
    async beginTable(name) {
      table = name;
      file = new ZipDeflate(csvFileName(name), { level: 6 });
      file.mtime = mtime;
      zip.add(file);
      await push(csvHeader(name));
    },
    async writeRows(rows: readonly ExportRow[]) {
      if (table === undefined || rows.length === 0) return;
      const name = table;
      await push(rows.map((row) => csvLine(name, row)).join(''));
    },
    async endTable() {
      await push('', true);
      file = undefined;
      table = undefined;
    },
    async finish() {
      zip.end();
      await flush();
      await output.close();
    },
    async abort() {
      zip.terminate();
      output.destroy();
    },
  };
}
