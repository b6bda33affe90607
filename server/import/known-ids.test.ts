import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherTx } from '../db/executor.js';
import { lookupKnownIds } from './known-ids.js';

/** A stand-in executor answering the known-* queries from fixed rows, recording what it was asked. */
function fakeExecutor(answers: Record<string, Record<string, unknown>[]>) {
  const asked: { mode: string; name: string; params: unknown }[] = [];
  const executor = {
    async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: CypherTx) => Promise<T>): Promise<T> {
      return work({
        run: async (name, params) => {
          asked.push({ mode, name, params });
          return (answers[name] ?? []).map((row) => ({ get: (key: string) => row[key] }) as unknown as Neo4jRecord);
        },
      });
    },
  };
  return { executor, asked };
}

test('looks up only the kinds with ids, in one read transaction, and answers from the results', async () => {
  const { executor, asked } = fakeExecutor({
    'import/known-regions': [
      { id: '150500', level: 'city' },
      { id: 'P-1', level: null },
    ],
    'import/known-links': [{ id: 'al' }],
  });
  const known = await lookupKnownIds({
    executor,
    references: {
      regions: ['150500', 'P-1', '150599'],
      chains: [],
      links: ['al', 'ore'],
      enterprises: [],
      projects: [],
      leads: [],
    },
  });
  expect(asked).toEqual([
    { mode: 'READ', name: 'import/known-regions', params: { codes: ['150500', 'P-1', '150599'] } },
    { mode: 'READ', name: 'import/known-links', params: { ids: ['al', 'ore'] } },
  ]);
  expect(known.has('regions', '150500')).toBe(true);
  expect(known.has('regions', 'P-1')).toBe(true);
  expect(known.has('regions', '150599')).toBe(false);
  expect(known.regionLevel('150500')).toBe('city');
  expect(known.regionLevel('P-1')).toBeUndefined();
  expect(known.has('links', 'al')).toBe(true);
  expect(known.has('links', 'ore')).toBe(false);
  expect(known.has('chains', 'al')).toBe(false);
});

test('a dataset that refers only to itself costs no database round trip', async () => {
  const { executor, asked } = fakeExecutor({});
  const known = await lookupKnownIds({
    executor,
    references: { regions: [], chains: [], links: [], enterprises: [], projects: [], leads: [] },
  });
  expect(asked).toEqual([]);
  expect(known.has('regions', 'x')).toBe(false);
});
