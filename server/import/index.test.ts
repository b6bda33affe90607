import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CypherTx, Executor } from '../db/executor.js';
import { DatasetInvalidError, formatProblem, importDataset } from './index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lianpu-import-unit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Records the transactions and statements; the knowledge base it stands for is empty. */
function recordingExecutor() {
  const log: string[] = [];
  const executor = {
    async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: CypherTx) => Promise<T>): Promise<T> {
      log.push(mode);
      return work({
        run: async (name) => {
          log.push(name);
          return [];
        },
      });
    },
  };
  return { executor: executor as unknown as Executor, log };
}

test('an invalid dataset: every problem of reading and checking, and no write transaction at all', async () => {
  writeFileSync(join(dir, 'links.csv'), 'id,name\nal,铝\nal,铝锭\n');
  writeFileSync(join(dir, 'enterprise.csv'), 'id\n');
  writeFileSync(join(dir, 'produces.csv'), 'enterprise,link,status\nE1,al,operating\n');
  const { executor, log } = recordingExecutor();
  const error = await importDataset({ path: dir, executor }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetInvalidError);
  expect((error as DatasetInvalidError).problems.map(formatProblem)).toEqual([
    expect.stringMatching(/^enterprise\.csv: unknown file/),
    'links.csv:3: id: duplicate id "al" (also on line 2)',
    'produces.csv:2: enterprise: unknown enterprise "E1" (not in enterprises.csv nor in the knowledge base)',
  ]);
  // The one transaction is the read looking up E1.
  expect(log).toEqual(['READ', 'import/known-enterprises']);
});

test('a valid dataset is written in one transaction and counted per table', async () => {
  writeFileSync(join(dir, 'links.csv'), 'id,name\nal,铝\nfoil,箔\n');
  writeFileSync(join(dir, 'feeds.csv'), 'from,to\nal,foil\n');
  const { executor, log } = recordingExecutor();
  const result = await importDataset({ path: dir, executor });
  expect(log).toEqual(['WRITE', 'import/links', 'import/feeds']);
  expect(result.rows).toEqual({
    regions: 0,
    chains: 0,
    links: 2,
    chain_links: 0,
    feeds: 1,
    enterprises: 0,
    produces: 0,
    supplies: 0,
    subsidiaries: 0,
    masters: 0,
    projects: 0,
    leaders: 0,
    project_moves: 0,
    leads: 0,
    followups: 0,
  });
});

test('a batch size below 1 is a programming error', async () => {
  const { executor } = recordingExecutor();
  await expect(importDataset({ path: dir, executor, batchSize: 0 })).rejects.toThrow(
    'batchSize must be a positive integer, not 0',
  );
});
