import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataset } from '../import/read-dataset';
import { TABLE_NAMES, csvFileName, type TableName } from '../import/tables';
import { validateDataset } from '../import/validate';
import type { DatasetSink } from './dataset-sink';
import { csvHeader } from './dataset-text';
import { OutputPathError, pathSink } from './output-path';
import type { ExportRow } from './rows';

/**
 * Every sink's output read back by the importer's own reader and validator, against an
 * empty knowledge base: the values that come out are the values that went in, whatever
 * the shape (folder, zip, JSON), including the cells CSV and JSON make awkward.
 */
const DATASET: Partial<Record<TableName, ExportRow[]>> = {
  regions: [
    { code: '150000', name: '内蒙古自治区', level: 'province', parent: null, source: 'GB/T 2260', as_of: '2023' },
    { code: '150581', name: '霍林郭勒市', level: 'county', parent: '150000', source: null, as_of: null },
  ],
  chains: [
    {
      id: 'aluminium',
      name: '铝产业链',
      name_en: 'Aluminium',
      // A quote, a comma, a line break and a | in one cell.
      description: '煤—电—铝, "一体化"\n第二行 | 续',
      source: '通辽日报, 2022-11',
      as_of: '2022-11',
    },
  ],
  links: [
    { id: 'alumina', name: '氧化铝', name_en: null, unit: '万吨', source: null, as_of: '2023' },
    { id: 'electrolytic_aluminium', name: '电解铝', name_en: null, unit: '万吨', source: null, as_of: null },
  ],
  feeds: [
    { from: 'alumina', to: 'electrolytic_aluminium', input_per_unit: 1e-7, note: null, source: null, as_of: null },
  ],
  enterprises: [
    {
      id: 'E-liansheng',
      name: '内蒙古联晟新能源材料有限公司',
      aliases: ['联晟新材', '联晟'],
      region: '150581',
      ownership: 'private',
      tags: ['listed', 'srdi'],
      founded: '2017-06',
      employees: 1200,
      revenue_wan: 350000.5,
      website: 'https://example.com/?a=1,b=2',
      source: '估算 estimate: "年报"',
      as_of: '2022',
    },
  ],
  produces: [
    {
      enterprise: 'E-liansheng',
      link: 'electrolytic_aluminium',
      capacity: 0.30000000000000004,
      unit: '万吨',
      status: 'operating',
      source: null,
      as_of: '2022-11-30',
    },
  ],
};

const rowsOf = (table: TableName) => DATASET[table] ?? [];

async function writeAll(sink: DatasetSink) {
  for (const table of TABLE_NAMES) {
    await sink.beginTable(table);
    await sink.writeRows(rowsOf(table));
    await sink.endTable();
  }
  await sink.finish();
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lianpu-export-sink-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function readBack(path: string) {
  const dataset = await readDataset(path);
  const { records, problems } = validateDataset({
    dataset,
    knowledgeBase: { has: () => false, regionLevel: () => undefined },
  });
  expect([...dataset.problems, ...problems]).toEqual([]);
  return records;
}

describe.each(['folder', 'dataset.zip', 'dataset.JSON'])('a dataset written to %s', (name) => {
  it('is read back by the importer with every value as it was', async () => {
    const path = join(dir, name);
    const { sink } = await pathSink({ path, mtime: new Date('2026-01-02T03:04:05Z') });
    await writeAll(sink);
    const records = await readBack(path);
    for (const table of TABLE_NAMES) {
      expect(records[table].map((r) => r.values)).toEqual(rowsOf(table));
    }
    expect(readdirSync(dir)).toEqual([name]);
  });
});

it('writes every file of the format into a folder, an empty table as its header alone', async () => {
  const { sink, format } = await pathSink({ path: join(dir, 'out'), mtime: new Date() });
  expect(format).toBe('folder');
  await writeAll(sink);
  expect(readdirSync(join(dir, 'out')).sort()).toEqual(TABLE_NAMES.map(csvFileName).sort());
  expect(readFileSync(join(dir, 'out', 'leaders.csv'), 'utf8')).toBe(csvHeader('leaders'));
  expect(csvHeader('leaders')).toBe('\uFEFFchain,region,name,title,source,as_of\r\n');
});

it('leaves nothing behind when aborted half-way', async () => {
  for (const name of ['out', 'out.zip', 'out.json']) {
    const { sink } = await pathSink({ path: join(dir, name), mtime: new Date() });
    await sink.beginTable('regions');
    await sink.writeRows(rowsOf('regions'));
    await sink.endTable();
    await sink.beginTable('chains');
    await sink.abort();
  }
  // The folder was created for the export; no file, partial or final, is left in it.
  expect(readdirSync(dir)).toEqual(['out']);
  expect(readdirSync(join(dir, 'out'))).toEqual([]);
});

it('replaces a previous export but refuses a folder holding anything else', async () => {
  const out = join(dir, 'out');
  await writeAll((await pathSink({ path: out, mtime: new Date() })).sink);
  await writeAll((await pathSink({ path: out, mtime: new Date() })).sink);
  writeFileSync(join(out, 'notes.txt'), 'mine');
  await expect(pathSink({ path: out, mtime: new Date() })).rejects.toThrow(OutputPathError);
  await expect(pathSink({ path: out, mtime: new Date() })).rejects.toThrow(/notes\.txt/);
  await expect(pathSink({ path: join(out, 'notes.txt'), mtime: new Date() })).rejects.toThrow(/is a file/);
});
