/**
 * Weights of the five components of a target's score. They are normalised to sum to 1,
 * so only their ratios matter. Why these defaults (docs/gap-analysis.md):
 * - scale 0.30: a large producer brings capacity, tax and suppliers with it (龙头带动);
 * - ties 0.25: a firm already trading with the region or its link-master is the easiest
 *   to convince (以商招商, 链主招商);
 * - quality 0.20: tags such as single champion or little giant signal technology and
 *   reliability, what the guides call 头部企业;
 * - momentum 0.15: a firm that signed projects elsewhere recently is expanding now;
 * - proximity 0.10: neighbours share logistics and markets, but distance matters less
 *   than the others for heavy-industry chains.
 */
export interface TargetWeights {
  scale: number;
  quality: number;
  ties: number;
  momentum: number;
  proximity: number;
}

export const defaultTargetWeights: TargetWeights = {
  scale: 0.3,
  quality: 0.2,
  ties: 0.25,
  momentum: 0.15,
  proximity: 0.1,
};

/** Fills unset weights from `defaults`, refuses negatives, and normalises to sum 1. */
export function resolveWeights(
  input: Partial<Record<keyof TargetWeights, number | null>> | null | undefined,
  defaults: TargetWeights = defaultTargetWeights,
): TargetWeights | { error: string } {
  const merged = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof TargetWeights)[]) {
    const v = input?.[key];
    if (v !== undefined && v !== null) {
      if (!(v >= 0)) return { error: `权重 ${key} 不能为负 (weight ${key} must be ≥ 0), got ${v}` };
      merged[key] = v;
    }
  }
  const total = Object.values(merged).reduce((a, b) => a + b, 0);
  if (total <= 0) return { error: '权重之和必须大于 0 (the weights must not all be 0)' };
  for (const key of Object.keys(merged) as (keyof TargetWeights)[]) merged[key] = merged[key] / total;
  return merged;
}
