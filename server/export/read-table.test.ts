import type { CypherTx } from '../db/executor';
import { readTable } from './read-table';
import type { ScopeParameters } from './resolve-scope';

/**
 * Paging against a stand-in for the executor (the Cypher itself is tested against Neo4j
 * in test/export.int.test.ts): key nodes in the database's order, several rows each.
 */
const PARAMETERS: ScopeParameters = { scope: 'all', chains: [], links: [], regions: [], subtree: [], ledger: false };

/** Firms E-00 ... E-(n-1), each producing two links, listed in reverse so the exporter must sort them. */
function fakeExecutor(firms: number) {
  const calls: Record<string, unknown>[] = [];
  const ids = Array.from({ length: firms }, (_, i) => `E-${String(i).padStart(2, '0')}`);
  const executor = {
    async transaction<T>(_mode: 'READ' | 'WRITE', work: (tx: CypherTx) => Promise<T>): Promise<T> {
      return work({
        async run(name, params = {}) {
          calls.push({ name, ...params });
          const limit = Number(params.limit);
          const page = ids.filter((id) => id > String(params.after)).slice(0, limit);
          return page.map((id) => {
            const values: Record<string, unknown> = {
              cursor: id,
              rows: [
                { enterprise: id, link: 'power', status: 'operating', capacity: 1 },
                { enterprise: id, link: 'alumina', status: 'operating', nationalOperatingFirms: 3 },
              ],
            };
            return { get: (key: string) => values[key] } as never;
          });
        },
      });
    },
  };
  return { executor, calls };
}

async function collect(firms: number, pageSize: number) {
  const { executor, calls } = fakeExecutor(firms);
  const pages = [];
  for await (const page of readTable({
    executor,
    table: 'produces',
    parameters: PARAMETERS,
    pageSize,
    timeoutMs: 1000,
  })) {
    pages.push(page);
  }
  return { pages, calls };
}

it('continues each page after the last key of the previous one and stops at a short page', async () => {
  const { pages, calls } = await collect(5, 2);
  expect(calls.map((c) => [c.name, c.after, Number(c.limit)])).toEqual([
    ['export/produces', '', 2],
    ['export/produces', 'E-01', 2],
    ['export/produces', 'E-03', 2],
  ]);
  expect(calls[0]).toMatchObject({ scope: 'all', chains: [], links: [] });
  expect(pages.map((p) => p.length)).toEqual([4, 4, 2]);
});

it('asks once more after a full last page, and yields no empty page', async () => {
  const { pages, calls } = await collect(4, 2);
  expect(calls.map((c) => c.after)).toEqual(['', 'E-01', 'E-03']);
  expect(pages.map((p) => p.length)).toEqual([4, 4]);
});

it("orders each key node's rows by the rest of the key and keeps only the table's columns", async () => {
  const { pages } = await collect(1, 10);
  expect(pages).toEqual([
    [
      {
        enterprise: 'E-00',
        link: 'alumina',
        capacity: null,
        unit: null,
        status: 'operating',
        source: null,
        as_of: null,
      },
      { enterprise: 'E-00', link: 'power', capacity: 1, unit: null, status: 'operating', source: null, as_of: null },
    ],
  ]);
});
