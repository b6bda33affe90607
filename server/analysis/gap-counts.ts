import type { LinkGap } from './gap-types.js';

export interface GapCounts {
  fill: number;
  extendDownstream: number;
  extendUpstream: number;
  strengthen: number;
  missing: number;
  filling: number;
  weak: number;
  strong: number;
}

/** Links by main opportunity and by status: the numbers on the summary bar and the heat map. */
export function countGaps(gaps: readonly LinkGap[]): GapCounts {
  const count = (pred: (g: LinkGap) => boolean) => gaps.filter(pred).length;
  return {
    fill: count((g) => g.opportunity === 'FILL'),
    extendDownstream: count((g) => g.opportunity === 'EXTEND_DOWNSTREAM'),
    extendUpstream: count((g) => g.opportunity === 'EXTEND_UPSTREAM'),
    strengthen: count((g) => g.opportunity === 'STRENGTHEN'),
    missing: count((g) => g.status === 'MISSING'),
    filling: count((g) => g.status === 'FILLING'),
    weak: count((g) => g.status === 'WEAK'),
    strong: count((g) => g.status === 'STRONG'),
  };
}
