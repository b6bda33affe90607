import type { CypherTx } from './executor.js';
import { mergeStale, refreshTotals, refreshTotalsInBatches, staleTotals } from './derived-totals.js';

/** A stand-in transaction answering the two "what is stale" queries from fixed facts. */
function fakeTx(facts: { linksOfGroups?: string[]; regionsOf?: string[] }) {
  const calls: { name: string; params: Record<string, unknown> }[] = [];
  const tx: CypherTx = {
    run: async (name, params = {}) => {
      calls.push({ name, params });
      const value =
        name === 'maintenance/links-of-groups'
          ? facts.linksOfGroups
          : name === 'maintenance/regions-of-enterprises'
            ? facts.regionsOf
            : undefined;
      return (value === undefined ? [] : [{ get: () => value }]) as unknown as Awaited<ReturnType<CypherTx['run']>>;
    },
  };
  return { tx, calls };
}

test('staleTotals: the named links plus the links of the groups, and the regions of the firms, sorted and once', async () => {
  const { tx, calls } = fakeTx({ linksOfGroups: ['c', 'a'], regionsOf: ['R2', 'R1'] });
  const stale = await staleTotals({ tx, touches: { links: ['b', 'a'], firms: ['f', 'f'], groupFirms: ['g'] } });
  expect(stale).toEqual({ links: ['a', 'b', 'c'], regions: ['R1', 'R2'] });
  expect(calls.map((c) => c.params)).toEqual([{ ids: ['g'] }, { ids: ['f'] }]);
  // Nothing touched: no query at all.
  const idle = fakeTx({});
  expect(await staleTotals({ tx: idle.tx, touches: {} })).toEqual({ links: [], regions: [] });
  expect(idle.calls).toEqual([]);
});

test('mergeStale joins before and after without repeats', () => {
  expect(mergeStale({ links: ['b'], regions: ['R1'] }, { links: ['a', 'b'], regions: ['R2', 'R1'] })).toEqual({
    links: ['a', 'b'],
    regions: ['R1', 'R2'],
  });
});

test('refreshTotals covers every stale link and region, batchSize per statement', async () => {
  const { tx, calls } = fakeTx({});
  const links = Array.from({ length: 5 }, (_, i) => `l${i}`);
  await refreshTotals({ tx, stale: { links, regions: ['R1'] }, batchSize: 2 });
  const linkBatches = calls.filter((c) => c.name === 'maintenance/refresh-link-totals').map((c) => c.params.links);
  expect(linkBatches).toEqual([['l0', 'l1'], ['l2', 'l3'], ['l4']]);
  expect(calls.filter((c) => c.name === 'maintenance/refresh-region-totals').map((c) => c.params.regions)).toEqual([
    ['R1'],
  ]);
});

test('refreshTotalsInBatches: one transaction per batch, every id refreshed once', async () => {
  const { tx, calls } = fakeTx({});
  let transactions = 0;
  await refreshTotalsInBatches({
    stale: { links: ['a', 'b', 'c'], regions: ['R1', 'R2'] },
    batchSize: 2,
    transaction: async (work) => {
      transactions += 1;
      await work(tx);
    },
  });
  expect(transactions).toBe(3);
  expect(calls.flatMap((c) => (c.params.links ?? c.params.regions) as string[])).toEqual(['a', 'b', 'c', 'R1', 'R2']);
});
