import { chainGapsQueryParams } from '../analysis/chain-gaps.js';
import { targetsQueryParams } from '../analysis/load-targets.js';
import type { Executor } from './executor.js';

export interface WarmPlansOptions {
  executor: Pick<Executor, 'explain'>;
  /** Same caps the resolvers pass, so the parameter types match theirs exactly. */
  maxPageSize: number;
  targetCandidates: number;
  log: (line: string) => void;
}

/**
 * Plans the analysis queries once at start. Neo4j takes seconds to plan the largest of
 * them and caches plans per query text and parameter types; planning them here, with
 * parameters built by the same functions the resolvers use, spares the first chain
 * leader of the day a five-second wait. Failures only cost that wait, so they are logged,
 * never thrown.
 */
export async function warmQueryPlans(options: WarmPlansOptions): Promise<void> {
  const started = Date.now();
  const plans: [string, Record<string, unknown>][] = [
    ['queries/chain-gaps', chainGapsQueryParams({ chain: '', region: '', max: options.maxPageSize })],
    [
      'queries/targets',
      targetsQueryParams({ links: [], region: '', filter: {}, since: '2000-01', candidates: options.targetCandidates }),
    ],
  ];
  try {
    for (const [name, params] of plans) await options.executor.explain(name, params);
    options.log(`Query plans ready (${Date.now() - started} ms)`);
  } catch (error) {
    options.log(`Query plans not warmed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
