import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { csvFileName, TABLE_NAMES } from '../import/tables.js';
import { fileOutput } from './byte-output.js';
import { PARTIAL, csvFolderSink } from './csv-folder-sink.js';
import type { DatasetSink } from './dataset-sink.js';
import { jsonSink } from './json-sink.js';
import { zipSink } from './zip-sink.js';

/** The three shapes of a dataset (docs/interchange-format.md), chosen by the path's ending. */
export type OutputFormat = 'folder' | 'zip' | 'json';

export function outputFormat(path: string): OutputFormat {
  const extension = extname(path).toLowerCase();
  return extension === '.zip' ? 'zip' : extension === '.json' ? 'json' : 'folder';
}

/** The output path cannot take an export; the message says why and what to do. */
export class OutputPathError extends Error {
  override name = 'OutputPathError';
}

const DATASET_FILES = new Set(TABLE_NAMES.flatMap((t) => [csvFileName(t), csvFileName(t) + PARTIAL]));

export interface PathSinkOptions {
  /** A folder (created if missing), or a file ending in .zip or .json (replaced if it exists). */
  path: string;
  /** Stamped on the files of a zip. */
  mtime: Date;
}

/**
 * A sink writing to `path`. A folder may already hold a previous export, whose files are
 * replaced, but nothing else: other .csv files would be read by the importer as part of
 * the dataset. A zip or JSON file is written next to its final name and renamed into
 * place at the end, so a failed export never leaves a truncated dataset behind.
 */
export async function pathSink({ path, mtime }: PathSinkOptions): Promise<{ sink: DatasetSink; format: OutputFormat }> {
  const format = outputFormat(path);
  const existing = await stat(path).catch(() => undefined);
  if (format === 'folder') {
    if (existing !== undefined && !existing.isDirectory()) {
      throw new OutputPathError(
        `${path} 是一个文件 is a file: give a folder, or a path ending in .zip or .json (docs/interchange-format.md)`,
      );
    }
    if (existing === undefined) await mkdir(path, { recursive: true });
    const others = (await readdir(path)).filter((name) => !DATASET_FILES.has(name));
    if (others.length > 0) {
      const shown = others.slice(0, 5).join(', ') + (others.length > 5 ? ', ...' : '');
      throw new OutputPathError(
        `文件夹 ${path} 中有其他文件 the folder holds other files (${shown}); export into an empty folder or a previous export`,
      );
    }
    return { sink: csvFolderSink(path), format };
  }
  if (existing?.isDirectory() === true) {
    throw new OutputPathError(`${path} 是一个文件夹 is a folder: a .${format} export is one file`);
  }
  const partial = path + PARTIAL;
  const output = fileOutput(partial);
  const inner = format === 'zip' ? zipSink({ output, mtime }) : jsonSink(output);
  return {
    format,
    sink: {
      ...inner,
      async finish() {
        await inner.finish();
        await rename(partial, path);
      },
      async abort() {
        await inner.abort();
        await rm(partial, { force: true });
      },
    },
  };
}
