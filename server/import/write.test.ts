import neo4j, { type Integer } from 'neo4j-driver';
import type { CypherTx } from '../db/executor.js';
import { TABLE_NAMES, type TableName } from './tables.js';
import type { TypedRecord, ValidDataset } from './validate.js';
import { toParameters, writeDataset, type ImportProgress } from './write.js';

const at = { file: 'x.csv', line: 2 };

test('toParameters: graph property names, null for absent values, [] for absent lists, integers as Neo4j integers', () => {
  const row = toParameters('enterprises', {
    at,
    values: {
      id: 'E1',
      name: '甲',
      aliases: null,
      region: '150581',
      tags: ['listed'],
      employees: 1200,
      revenue_wan: 5.5,
      as_of: '2022',
    },
  });
  expect(row).toEqual({
    id: 'E1',
    name: '甲',
    aliases: [],
    region: '150581',
    ownership: null,
    tags: ['listed'],
    founded: null,
    employees: neo4j.int(1200),
    revenueWan: 5.5,
    website: null,
    source: null,
    asOf: '2022',
  });
  expect(neo4j.isInt(row.employees)).toBe(true);
  expect((row.employees as Integer).toNumber()).toBe(1200);
  expect(typeof row.revenueWan).toBe('number');

  const link = toParameters('chain_links', {
    at,
    values: { chain: 'al', link: 'ore', stage: 'upstream', position: 0 },
  });
  expect(neo4j.isInt(link.position)).toBe(true);
  expect(toParameters('projects', { at, values: { signed_on: '2021', investment_yi: 12 } })).toMatchObject({
    signedOn: '2021',
    investmentYi: 12,
    producingOn: null,
  });
});

function dataset(counts: Partial<Record<TableName, number>>): ValidDataset {
  const records = (table: TableName, n: number): TypedRecord[] =>
    Array.from({ length: n }, (_, i) => ({ at, values: { name: `${table}-${i}` } }));
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, records(t, counts[t] ?? 0)])) as unknown as ValidDataset;
}

test('writeDataset: one write transaction, tables in dependency order, batches of batchSize, progress per batch', async () => {
  const calls: { name: string; ids: unknown[] }[] = [];
  const transactions: { mode: string; timeoutMs: number | undefined }[] = [];
  const executor = {
    async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: CypherTx) => Promise<T>, timeoutMs?: number): Promise<T> {
      transactions.push({ mode, timeoutMs });
      return work({
        run: async (name, params) => {
          if (name.startsWith('import/'))
            calls.push({ name, ids: (params!.rows as { name: string }[]).map((r) => r.name) });
          return [];
        },
      });
    },
  };
  const progress: ImportProgress[] = [];
  await writeDataset({
    executor,
    records: dataset({ leaders: 1, regions: 5, enterprises: 2 }),
    batchSize: 2,
    timeoutMs: 1234,
    onProgress: (p) => progress.push(p),
  });
  expect(transactions).toEqual([{ mode: 'WRITE', timeoutMs: 1234 }]);
  expect(calls).toEqual([
    { name: 'import/regions', ids: ['regions-0', 'regions-1'] },
    { name: 'import/regions', ids: ['regions-2', 'regions-3'] },
    { name: 'import/regions', ids: ['regions-4'] },
    { name: 'import/enterprises', ids: ['enterprises-0', 'enterprises-1'] },
    { name: 'import/leaders', ids: ['leaders-0'] },
  ]);
  expect(progress).toEqual([
    { table: 'regions', done: 2, total: 5 },
    { table: 'regions', done: 4, total: 5 },
    { table: 'regions', done: 5, total: 5 },
    { table: 'enterprises', done: 2, total: 2 },
    { table: 'leaders', done: 1, total: 1 },
  ]);
});

test('writeDataset refreshes the totals of exactly the links and regions it changed, inside the same transaction', async () => {
  const at = { file: 'produces.csv', line: 2 };
  const produces = ['b', 'a', 'b'].map((link) => ({ at, values: { enterprise: 'e', link, status: 'operating' } }));
  // Firm e is in region R1 before the import and in R2 after it (the dataset moved it).
  let regionQueries = 0;
  const regionsNow = () => (regionQueries++ === 0 ? ['R1'] : ['R2']);
  const records = { ...dataset({}), produces } as unknown as ValidDataset;
  const calls: { name: string; params: Record<string, unknown> | undefined }[] = [];
  let transactions = 0;
  await writeDataset({
    executor: {
      async transaction<T>(_mode: 'READ' | 'WRITE', work: (tx: CypherTx) => Promise<T>): Promise<T> {
        transactions += 1;
        return work({
          run: async (name, params) => {
            calls.push({ name, params });
            if (name !== 'maintenance/regions-of-enterprises') return [];
            const codes = regionsNow();
            return [{ get: () => codes }] as unknown as Awaited<ReturnType<CypherTx['run']>>;
          },
        });
      },
    },
    records,
    batchSize: 10,
    timeoutMs: 1000,
  });
  expect(transactions).toBe(1);
  // What was refreshed: the links named by produces rows and both regions of the moved firm, each once.
  const refreshed = (name: string, param: string) =>
    calls.filter((c) => c.name === name).flatMap((c) => c.params![param] as string[]);
  expect(refreshed('maintenance/refresh-link-totals', 'links').sort()).toEqual(['a', 'b']);
  expect(refreshed('maintenance/refresh-region-totals', 'regions').sort()).toEqual(['R1', 'R2']);
  // ...and only after the data it depends on was written.
  const lastWrite = calls.map((c) => c.name).lastIndexOf('import/produces');
  const firstRefresh = calls.findIndex((c) => c.name.startsWith('maintenance/refresh-'));
  expect(lastWrite).toBeGreaterThanOrEqual(0);
  expect(firstRefresh).toBeGreaterThan(lastWrite);
});
