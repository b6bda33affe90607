import { FLAG_BIG_GROUP, FLAG_LISTED, FLAG_SOE, enterpriseId, type EnterpriseWorld } from './enterprises.js';
import { Random, WeightedPicker } from './prng.js';

export interface SubsidiaryRow {
  child: string;
  parent: string;
  share: number;
}

/**
 * SUBSIDIARY_OF: groups headed by the largest firms (china500/global500, listed SOEs),
 * parents drawn by revenue, children mostly of the parent's own chain. About 5 % are
 * second-level (a subsidiary's subsidiary), so `SUBSIDIARY_OF*0..2` walks have depth.
 * A firm is a child at most once and parents are never children, so there are no cycles.
 */
export function subsidiaries(args: { seed: number; world: EnterpriseWorld; count: number }): SubsidiaryRow[] {
  const { world, count } = args;
  const random = new Random(args.seed, 'subsidiaries');
  const pool: number[] = [];
  for (let i = 0; i < world.count; i++) {
    const f = world.flags[i]!;
    if ((f & FLAG_BIG_GROUP) !== 0 || ((f & FLAG_LISTED) !== 0 && (f & FLAG_SOE) !== 0)) pool.push(i);
  }
  if (pool.length === 0 || world.count < 10) return [];
  const role = new Uint8Array(world.count); // 1 parent, 2 child
  for (const p of pool) role[p] = 1;
  const parents = new WeightedPicker(pool.map((p) => Math.sqrt(world.revenueWan[p]!)));
  const children: number[] = [];
  const rows: SubsidiaryRow[] = [];
  for (let n = 0; n < count; n++) {
    const secondLevel = children.length > 20 && random.chance(0.05);
    const parent = secondLevel ? random.pick(children) : pool[parents.pick(random)]!;
    let child = -1;
    for (let attempt = 0; attempt < 200 && child < 0; attempt++) {
      const candidate = random.int(world.count);
      const sameChain = world.chain[candidate] === world.chain[parent] || attempt > 150;
      if (role[candidate] === 0 && sameChain) child = candidate;
    }
    if (child < 0) continue;
    role[child] = 2;
    if (!secondLevel) children.push(child);
    const share = random.chance(0.7) ? 51 + random.int(491) / 10 : 20 + random.int(301) / 10;
    rows.push({ child: enterpriseId(child), parent: enterpriseId(parent), share: Math.min(100, share) });
  }
  return rows;
}
