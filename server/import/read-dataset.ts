import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, posix } from 'node:path';
import { unzipSync } from 'fflate';
import type { Problem } from './problems.js';
import type { RawDataset, RawTable } from './raw-dataset.js';
import { readCsv } from './read-csv.js';
import { readJson } from './read-json.js';
import { didYouMean } from './suggest.js';
import { TABLE_NAMES, csvFileName, isTableName } from './tables.js';

const EXPECTED_FILES = TABLE_NAMES.map(csvFileName);

/**
 * Reads a dataset in any of its three shapes: a folder of CSV files, a `.zip` of such a
 * folder, or one `.json` file. Files that are not `.csv` (a README) are ignored; a `.csv`
 * whose name is not a table is a problem, since its rows would otherwise be silently lost.
 */
export async function readDataset(path: string): Promise<RawDataset> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) {
    return { tables: [], problems: [{ file: path, message: '找不到 no such file or folder' }] };
  }
  if (info.isDirectory()) {
    const entries = await readdir(path, { withFileTypes: true });
    const files = new Map<string, Uint8Array>();
    for (const entry of entries) {
      if (!isCsvName(entry.name)) continue;
      const file = join(path, entry.name);
      // Follows symbolic links, so a dataset can be assembled from links to shared files.
      if ((await stat(file).catch(() => undefined))?.isFile()) files.set(entry.name, await readFile(file));
    }
    return readCsvFiles({ files, where: path });
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.zip') return readZip({ file: basename(path), bytes: await readFile(path) });
  if (extension === '.json') {
    const { tables, problems } = readJson({ file: basename(path), bytes: await readFile(path) });
    return { tables, problems };
  }
  return {
    tables: [],
    problems: [
      {
        file: path,
        message: 'a dataset is a folder of CSV files, a .zip of such a folder, or one .json file',
      },
    ],
  };
}

interface ZipOptions {
  /** Name of the zip, for problems about the archive itself. */
  file: string;
  bytes: Uint8Array;
}

/** Zip tools put the files either at the root or inside one folder named after the dataset; both are accepted. */
export function readZip({ file, bytes }: ZipOptions): RawDataset {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (entry) => isCsvName(posix.basename(entry.name)) && !isJunk(entry.name) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { tables: [], problems: [{ file, message: `not a readable zip file (${reason})` }] };
  }
  const folders = new Set(Object.keys(entries).map((name) => posix.dirname(name)));
  const [folder] = folders;
  if (folders.size > 1 || (folder !== undefined && folder.includes('/'))) {
    return {
      tables: [],
      problems: [
        {
          file,
          message:
            'the .csv files must all be at the top of the zip or all inside one top-level folder ' +
            `(found them in ${[...folders].map((f) => (f === '.' ? 'the top' : `${f}/`)).join(', ')})`,
        },
      ],
    };
  }
  const files = new Map(Object.entries(entries).map(([name, content]) => [posix.basename(name), content]));
  return readCsvFiles({ files, where: file });
}

interface CsvFilesOptions {
  /** File name → content; names without folders. */
  files: ReadonlyMap<string, Uint8Array>;
  /** The folder or zip, for a problem about the dataset as a whole. */
  where: string;
}

export function readCsvFiles({ files, where }: CsvFilesOptions): RawDataset {
  const tables: RawTable[] = [];
  const problems: Problem[] = [];
  for (const [name, bytes] of files) {
    const table = name.replace(/\.csv$/i, '');
    if (!isTableName(table) || name !== csvFileName(table)) {
      problems.push({
        file: name,
        message: `unknown file (expected one of ${EXPECTED_FILES.join(', ')}${didYouMean(name, EXPECTED_FILES)})`,
      });
      continue;
    }
    const read = readCsv({ table, file: name, bytes });
    tables.push(read.table);
    problems.push(...read.problems);
  }
  if (files.size === 0) {
    problems.push({ file: where, message: `no dataset files found (expected some of ${EXPECTED_FILES.join(', ')})` });
  }
  tables.sort((a, b) => TABLE_NAMES.indexOf(a.table) - TABLE_NAMES.indexOf(b.table));
  return { tables, problems };
}

function isCsvName(name: string): boolean {
  return extname(name).toLowerCase() === '.csv';
}

/** macOS adds `__MACOSX/` resource forks and `._name` files to zips; they are not data. */
function isJunk(name: string): boolean {
  return name.startsWith('__MACOSX/') || posix.basename(name).startsWith('.');
}
