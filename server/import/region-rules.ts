import type { Problem } from './problems.js';
import type { KnowledgeBase } from './references.js';
import { PARENT_LEVELS, isRegionLevel, type RegionLevel } from './tables.js';
import type { TypedRecord } from './validate.js';

export interface RegionRulesOptions {
  regions: readonly TypedRecord[];
  knowledgeBase: KnowledgeBase;
  problems: Problem[];
}

const SIX_DIGITS = /^\d{6}$/;

/**
 * The region tree is province → city → county → park (a county may sit directly in a
 * province). Holding every region to it keeps "local" walks up PART_OF bounded and
 * meaningful, and since each parent is strictly higher, it also rules out cycles.
 */
export function checkRegions({ regions, knowledgeBase, problems }: RegionRulesOptions): void {
  const levels = new Map<string, RegionLevel>();
  for (const region of regions) {
    const { code, level } = region.values;
    if (typeof code === 'string' && isRegionLevel(level)) levels.set(code, level);
  }
  for (const region of regions) {
    const { code, level, parent } = region.values;
    if (!isRegionLevel(level)) continue;
    const report = (column: string, message: string) => problems.push({ ...region.at, column, message });

    if (level !== 'park' && typeof code === 'string' && !SIX_DIGITS.test(code)) {
      report('code', `"${code}" is not a six-digit GB/T 2260 code (only a park may have another id)`);
    }
    const allowed = PARENT_LEVELS[level];
    if (allowed.length === 0) {
      if (typeof parent === 'string') report('parent', 'a province has no parent');
      continue;
    }
    if (typeof parent !== 'string') {
      report('parent', `a value is required for a ${level} (the code of the region it lies in)`);
      continue;
    }
    if (parent === code) continue; // reported as a self reference
    const parentLevel = levels.get(parent) ?? knowledgeBase.regionLevel(parent);
    if (parentLevel !== undefined && !allowed.includes(parentLevel)) {
      report('parent', `a ${level} lies in a ${allowed.join(' or a ')}, but "${parent}" is a ${parentLevel}`);
    }
  }
}
