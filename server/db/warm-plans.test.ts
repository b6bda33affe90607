import { warmQueryPlans } from './warm-plans';

test('plans the analysis queries with the parameter shapes the resolvers use', async () => {
  const explained: { name: string; params: Record<string, unknown> }[] = [];
  const lines: string[] = [];
  await warmQueryPlans({
    executor: { explain: async (name, params = {}) => void explained.push({ name, params }) },
    maxPageSize: 200,
    targetCandidates: 300,
    log: (line) => lines.push(line),
  });
  expect(explained.map((e) => e.name)).toEqual(['queries/chain-gaps', 'queries/targets']);
  // The filter map must have the same shape as a real request's, or Neo4j plans again.
  expect(Object.keys(explained[1]!.params.filter as object).sort()).toEqual(
    ['excludeProvinces', 'includeProvinces', 'minCapacity', 'ownership', 'tags'].sort(),
  );
  expect(lines.join('\n')).toMatch(/Query plans ready/);
});

test('a database that is not there costs a log line, never a crash', async () => {
  const lines: string[] = [];
  await warmQueryPlans({
    executor: {
      explain: async () => {
        throw new Error('数据库暂不可用 The database is unavailable');
      },
    },
    maxPageSize: 200,
    targetCandidates: 300,
    log: (line) => lines.push(line),
  });
  expect(lines).toEqual([expect.stringMatching(/not warmed: .*unavailable/)]);
});
