import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { formatProblem } from './problems.js';
import type { RawDataset, RawTable } from './raw-dataset.js';
import { readCsv } from './read-csv.js';
import { readDataset } from './read-dataset.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lianpu-read-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Rows as [line, {column: value}] for compact exact assertions. */
function rowsOf(table: RawTable | undefined): [number | undefined, Record<string, unknown>][] {
  return (table?.rows ?? []).map((r) => [r.at.line ?? r.at.row, Object.fromEntries(r.cells)]);
}

const problemsOf = (dataset: { problems: readonly Parameters<typeof formatProblem>[0][] }) =>
  dataset.problems.map(formatProblem);

describe('CSV', () => {
  test('line numbers are those an editor shows, across multi-line quoted cells, blank lines and CRLF', () => {
    const text =
      'id,name,description\r\n' + //                         line 1
      'a,Alpha,"first line\r\nsecond line\r\n\r\nfourth"\r\n' + // lines 2-5
      '\r\n' + //                                              line 6 (blank)
      'b,"Beta, ""quoted""",\r\n' + //                         line 7
      ',,\r\n' + //                                            line 8 (all empty: skipped)
      'c,Gamma,"x\ny"'; //                                      lines 9-10, no final newline
    const { table, problems } = readCsv({ table: 'chains', file: 'chains.csv', bytes: utf8(text) });
    expect(problems).toEqual([]);
    expect(table.columns.map((c) => [c.name, c.at.line])).toEqual([
      ['id', 1],
      ['name', 1],
      ['description', 1],
    ]);
    expect(rowsOf(table)).toEqual([
      [2, { id: 'a', name: 'Alpha', description: 'first line\nsecond line\n\nfourth' }],
      [7, { id: 'b', name: 'Beta, "quoted"', description: '' }],
      [9, { id: 'c', name: 'Gamma', description: 'x\ny' }],
    ]);
  });

  test('a byte-order mark is not part of the first column name', () => {
    const { table } = readCsv({ table: 'links', file: 'links.csv', bytes: utf8('\uFEFFid,name\nx,电力\n') });
    expect(table.columns.map((c) => c.name)).toEqual(['id', 'name']);
    expect(rowsOf(table)).toEqual([[2, { id: 'x', name: '电力' }]]);
  });

  test('an unquoted quote is read as written', () => {
    const { table, problems } = readCsv({
      table: 'links',
      file: 'links.csv',
      bytes: utf8('id,name\nx,专精特新"小巨人"\n'),
    });
    expect(problems).toEqual([]);
    expect(rowsOf(table)).toEqual([[2, { id: 'x', name: '专精特新"小巨人"' }]]);
  });

  test('rows with the wrong number of cells are reported; trailing empty cells are not', () => {
    const { table, problems } = readCsv({
      table: 'links',
      file: 'links.csv',
      bytes: utf8('id,name,unit\na,A,t,,\nb,B\nc,C,t,extra\n'),
    });
    expect(problems.map(formatProblem)).toEqual([
      'links.csv:3: the row has 2 cells but the header has 3 columns (a missing or extra comma? a cell containing a comma must be quoted)',
      'links.csv:4: the row has 4 cells but the header has 3 columns (a missing or extra comma? a cell containing a comma must be quoted)',
    ]);
    expect(rowsOf(table)).toEqual([
      [2, { id: 'a', name: 'A', unit: 't' }],
      [3, { id: 'b', name: 'B' }],
      [4, { id: 'c', name: 'C', unit: 't' }],
    ]);
  });

  test('an unclosed quote is reported on the line where its row starts, and the file marked incomplete', () => {
    const { table, problems } = readCsv({
      table: 'links',
      file: 'links.csv',
      bytes: utf8('id,name\na,"A\nB"\n\nb,"unclosed\nc,C\n'),
    });
    expect(problems.map(formatProblem)).toEqual([
      'links.csv:5: malformed CSV: a quoted cell starting in this row is never closed (a " is missing)',
    ]);
    expect(table.complete).toBe(false);
    expect(rowsOf(table)).toEqual([[2, { id: 'a', name: 'A\nB' }]]);
  });

  test('duplicate header names, nameless columns with values, and semicolon-separated files', () => {
    expect(
      readCsv({ table: 'links', file: 'links.csv', bytes: utf8('id,name,id,\na,A,b,\nc,C,d,oops\n') }).problems.map(
        formatProblem,
      ),
    ).toEqual([
      'links.csv:1: id: the column appears twice in the header',
      'links.csv:3: column 4 has a value but no name in the header',
    ]);
    const semicolons = readCsv({ table: 'links', file: 'links.csv', bytes: utf8('id;name\na;A\n') });
    expect(semicolons.problems.map(formatProblem)).toEqual([
      'links.csv:1: the file is not comma-separated (the header "id;name" is one column); save it as CSV with commas',
    ]);
    expect(semicolons.table.rows).toEqual([]);
  });

  test('a file that is not UTF-8 (GBK from Excel) is rejected with how to save it', () => {
    // "id,name\nx," followed by 电力 in GBK.
    const gbk = new Uint8Array([...utf8('id,name\nx,'), 0xb5, 0xe7, 0xc1, 0xa6, 0x0a]);
    const { problems } = readCsv({ table: 'links', file: 'links.csv', bytes: gbk });
    expect(problems.map(formatProblem)).toEqual([
      'links.csv:2: 文件不是 UTF-8 编码 the file is not UTF-8 text (in Excel, save as "CSV UTF-8"; other encodings such as GBK are not accepted)',
    ]);
  });

  test('an empty file is a table without rows', () => {
    const { table, problems } = readCsv({ table: 'links', file: 'links.csv', bytes: utf8('') });
    expect(problems).toEqual([]);
    expect(table).toMatchObject({ columns: [], rows: [], complete: true });
  });
});

describe('folder', () => {
  test('reads the known .csv files (following links), ignores other files and folders, rejects unknown .csv names', async () => {
    writeFileSync(join(dir, 'links.csv'), 'id,name\nx,电力\n');
    writeFileSync(join(dir, 'chains.csv'), 'id,name\nal,铝\n');
    writeFileSync(join(dir, 'README.md'), '# not data');
    writeFileSync(join(dir, 'enterprise.csv'), 'id\n');
    symlinkSync(join(dir, 'links.csv'), join(dir, 'feeds.csv.txt'));
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared', 'regions'), 'code,name,level\n150000,内蒙古,province\n');
    symlinkSync(join(dir, 'shared', 'regions'), join(dir, 'regions.csv'));
    mkdirSync(join(dir, 'old'));
    writeFileSync(join(dir, 'old', 'regions.csv'), 'code\n');
    const dataset = await readDataset(dir);
    expect(dataset.tables.map((t) => t.table)).toEqual(['regions', 'chains', 'links']);
    expect(dataset.tables[0]!.rows).toHaveLength(1);
    expect(problemsOf(dataset)).toEqual([
      'enterprise.csv: unknown file (expected one of regions.csv, chains.csv, links.csv, chain_links.csv, feeds.csv, ' +
        'enterprises.csv, produces.csv, supplies.csv, subsidiaries.csv, masters.csv, projects.csv, leaders.csv, ' +
        'project_moves.csv, leads.csv, followups.csv; did you mean enterprises.csv?)',
    ]);
  });

  test('a folder without any .csv file is a problem (probably the wrong folder)', async () => {
    writeFileSync(join(dir, 'README.md'), '# not data');
    expect(problemsOf(await readDataset(dir))).toEqual([
      `${dir}: no dataset files found (expected some of regions.csv, chains.csv, links.csv, chain_links.csv, feeds.csv, ` +
        'enterprises.csv, produces.csv, supplies.csv, subsidiaries.csv, masters.csv, projects.csv, leaders.csv, ' +
        'project_moves.csv, leads.csv, followups.csv)',
    ]);
  });

  test('a missing path and an unsupported file are problems', async () => {
    const missing = join(dir, 'nope');
    expect(problemsOf(await readDataset(missing))).toEqual([`${missing}: 找不到 no such file or folder`]);
    const single = join(dir, 'links.csv');
    writeFileSync(single, 'id,name\n');
    expect(problemsOf(await readDataset(single))).toEqual([
      `${single}: a dataset is a folder of CSV files, a .zip of such a folder, or one .json file`,
    ]);
  });
});

describe('zip', () => {
  const write = (name: string, files: Record<string, string>) => {
    const path = join(dir, name);
    writeFileSync(path, zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, strToU8(t)]))));
    return path;
  };
  const summary = (dataset: RawDataset) => dataset.tables.map((t) => [t.table, t.file, rowsOf(t)]);

  test('files at the root of the zip', async () => {
    const dataset = await readDataset(write('data.zip', { 'links.csv': 'id,name\nx,电力\n', 'README.md': 'hi' }));
    expect(problemsOf(dataset)).toEqual([]);
    expect(summary(dataset)).toEqual([['links', 'links.csv', [[2, { id: 'x', name: '电力' }]]]]);
  });

  test('files inside one top-level folder, with macOS junk alongside', async () => {
    const dataset = await readDataset(
      write('DATA.ZIP', {
        'tongliao/links.csv': '\uFEFFid,name\nx,电力\n',
        'tongliao/chains.csv': 'id,name\n\nal,铝\n',
        '__MACOSX/tongliao/._links.csv': 'junk',
      }),
    );
    expect(problemsOf(dataset)).toEqual([]);
    expect(summary(dataset)).toEqual([
      ['chains', 'chains.csv', [[3, { id: 'al', name: '铝' }]]],
      ['links', 'links.csv', [[2, { id: 'x', name: '电力' }]]],
    ]);
  });

  test('files spread over several folders, and a corrupt zip, are problems', async () => {
    expect(problemsOf(await readDataset(write('two.zip', { 'a/links.csv': 'id\n', 'b/chains.csv': 'id\n' })))).toEqual([
      'two.zip: the .csv files must all be at the top of the zip or all inside one top-level folder (found them in a/, b/)',
    ]);
    expect(problemsOf(await readDataset(write('deep.zip', { 'a/b/links.csv': 'id\n' })))).toEqual([
      'deep.zip: the .csv files must all be at the top of the zip or all inside one top-level folder (found them in a/b/)',
    ]);
    const corrupt = join(dir, 'corrupt.zip');
    writeFileSync(corrupt, 'PK not really a zip');
    expect(problemsOf(await readDataset(corrupt))).toEqual([
      expect.stringMatching(/^corrupt\.zip: not a readable zip file \(.+\)$/),
    ]);
  });
});

describe('JSON', () => {
  const write = (value: string) => {
    const path = join(dir, 'dataset.json');
    writeFileSync(path, value);
    return path;
  };

  test('tables of row objects; numbers, arrays and null are kept for the validator', async () => {
    const dataset = await readDataset(
      write(
        '\uFEFF' +
          JSON.stringify({
            links: [{ id: 'x', name: '电力', unit: null }],
            enterprises: [{ id: 'e', name: 'E', region: 150581, aliases: ['a', 'b'], employees: 12 }],
          }),
      ),
    );
    expect(problemsOf(dataset)).toEqual([]);
    expect(dataset.tables.map((t) => [t.table, t.format, t.file, rowsOf(t)])).toEqual([
      ['links', 'json', 'dataset.json', [[1, { id: 'x', name: '电力' }]]],
      [
        'enterprises',
        'json',
        'dataset.json',
        [[1, { id: 'e', name: 'E', region: 150581, aliases: ['a', 'b'], employees: 12 }]],
      ],
    ]);
    expect(dataset.tables[0]!.rows[0]!.at).toEqual({ file: 'dataset.json', table: 'links', row: 1 });
    expect(dataset.tables[0]!.columns.map((c) => c.name)).toEqual(['id', 'name', 'unit']);
  });

  test('problems point at the table, the 1-based row and the field', async () => {
    const dataset = await readDataset(
      write(
        JSON.stringify({
          link: [],
          chains: {},
          links: [{ id: 'ok' }, 'not a row', { id: 'x', name: true, aliases: [1, { no: 1 }] }],
        }),
      ),
    );
    expect(problemsOf(dataset)).toEqual([
      'dataset.json: unknown table "link" (expected one of regions, chains, links, chain_links, feeds, enterprises, produces, supplies, subsidiaries, masters, projects, leaders, project_moves, leads, followups; did you mean links?)',
      'dataset.json: chains: must be an array of row objects',
      'dataset.json: links row 2: a row must be an object of column names and values',
      'dataset.json: links row 3: name: true is not text, a number or a list',
      'dataset.json: links row 3: aliases: a list may only hold text, not {"no":1}',
    ]);
  });

  test('invalid JSON is reported with the line of the error', async () => {
    const dataset = await readDataset(write('{\n  "links": [\n    {"id": "x",}\n  ]\n}'));
    expect(problemsOf(dataset)).toEqual([
      'dataset.json:3: not valid JSON: Expected double-quoted property name (column 16)',
    ]);
    expect(problemsOf(await readDataset(write('{"links": [')))).toEqual([
      'dataset.json:1: not valid JSON: Unexpected end of JSON input (column 12)',
    ]);
    expect(problemsOf(await readDataset(write('[1]')))).toEqual([
      'dataset.json: the JSON must be one object whose keys are table names ({"enterprises": [...]})',
    ]);
  });
});
