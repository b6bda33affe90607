import type { TargetRegion } from './roles.js';
import type { Run } from './users.js';

/**
 * Whether a region lies under one of the user's regions is decided by walking *up* from
 * the target region (auth/region-lineage: at most four PART_OF steps) and checking the
 * lineage against the user's region codes, which the session lookup already loaded.
 * Walking up costs the same for a county-level recruiter and a province-level one, and
 * only requests that change something pay for it; loading each user's region subtree on
 * every request would mean hundreds of codes per request for a province-wide account,
 * mostly for reads that never need them. The check itself (`can` in roles.ts) stays pure.
 */
export async function loadTargetRegions(options: {
  /** Pass the transaction's `run` to check inside the write that depends on the answer. */
  run: Run;
  /** Region codes the change touches. */
  codes: string[];
}): Promise<TargetRegion[]> {
  const codes = [...new Set(options.codes)];
  if (codes.length === 0) return [];
  const records = await options.run('auth/region-lineage', { codes });
  const lineage = new Map(records.map((r) => [r.get('code') as string, r.get('lineage') as string[]]));
  return codes.map((code) => ({ code, lineage: lineage.get(code) ?? [] }));
}
