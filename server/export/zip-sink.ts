import { setImmediate } from 'node:timers/promises';
import { Zip, ZipDeflate } from 'fflate';
import { csvFileName, type TableName } from '../import/tables.js';
import type { ByteOutput } from './byte-output.js';
import type { DatasetSink } from './dataset-sink.js';
import { csvHeader, csvLine } from './dataset-text.js';
import type { ExportRow } from './rows.js';

/** Bytes deflated at a time: a few milliseconds of work, so a large download never stalls the server for long. */
const SLICE = 64 * 1024;

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
  const push = async (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length; at += SLICE) {
      file!.push(bytes.subarray(at, at + SLICE));
      await flush();
      // Deflating is synchronous: between slices the server answers other requests.
      await setImmediate();
    }
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
      file!.push(new Uint8Array(0), true);
      await flush();
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
      await output.destroy();
    },
  };
}
