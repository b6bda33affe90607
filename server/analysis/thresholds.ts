/** The knobs of the gap analysis; see docs/gap-analysis.md for why these defaults. */
export interface GapThresholds {
  /** Local supply below this share of local demand makes a link WEAK. */
  weakSupplyShare: number;
  /** At most this many local operating producers makes a link WEAK. */
  weakMaxProducers: number;
}

export const defaultGapThresholds: GapThresholds = {
  // Below half of what local industry consumes, the region depends on outside supply for most of it.
  weakSupplyShare: 0.5,
  // One producer is one closure or relocation away from a missing link (单一企业支撑).
  weakMaxProducers: 1,
};

/** Fills unset fields from the defaults and checks the ranges; returns a message for a bad value. */
export function resolveThresholds(
  input: Partial<Record<keyof GapThresholds, number | null>> | null | undefined,
  defaults: GapThresholds = defaultGapThresholds,
): GapThresholds | { error: string } {
  const weakSupplyShare = input?.weakSupplyShare ?? defaults.weakSupplyShare;
  const weakMaxProducers = input?.weakMaxProducers ?? defaults.weakMaxProducers;
  if (!(weakSupplyShare >= 0 && weakSupplyShare <= 1)) {
    return { error: `weakSupplyShare 必须在 0 到 1 之间 (must be between 0 and 1), got ${weakSupplyShare}` };
  }
  if (!Number.isInteger(weakMaxProducers) || weakMaxProducers < 0) {
    return { error: `weakMaxProducers 必须是非负整数 (must be a non-negative integer), got ${weakMaxProducers}` };
  }
  return { weakSupplyShare, weakMaxProducers };
}
