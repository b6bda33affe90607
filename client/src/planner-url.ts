/**
 * The recruiter and planner parts of the URL view state: which view is open (map,
 * targets, heat map, ledger), the target filter and the heat map's level. Only values that
 * differ from the defaults are written, so plain map links stay as they were.
 *   ?chain=aluminium&region=150581&view=targets&link=battery_foil&own=PRIVATE&lang=zh
 */
import { parseTargetFilter, type TargetFilterState, toFilterInput, writeTargetFilter } from './target-filter';
import type { RegionLevel } from './types';

export type AppView = 'map' | 'targets' | 'heatmap' | 'ledger';

export const APP_VIEWS: readonly AppView[] = ['map', 'targets', 'heatmap', 'ledger'];

export interface PlannerState {
  /** The open view; absent = the chain map. */
  view?: AppView;
  /** The target filter; absent = no filter. */
  filter?: TargetFilterState;
  /** The heat map's region level; absent = city. */
  heatLevel?: RegionLevel;
}

const LEVELS: readonly RegionLevel[] = ['PROVINCE', 'CITY', 'COUNTY', 'PARK'];

export function parsePlannerState(p: URLSearchParams): PlannerState {
  const out: PlannerState = {};
  const view = p.get('view');
  if (view && (APP_VIEWS as string[]).includes(view) && view !== 'map') out.view = view as AppView;
  const filter = parseTargetFilter(p);
  if (toFilterInput(filter)) out.filter = filter;
  const level = (p.get('hlevel') ?? '').toUpperCase();
  if ((LEVELS as string[]).includes(level) && level !== 'CITY') out.heatLevel = level as RegionLevel;
  return out;
}

export function writePlannerState(p: URLSearchParams, s: PlannerState): void {
  if (s.view && s.view !== 'map') p.set('view', s.view);
  if (s.filter) writeTargetFilter(p, s.filter);
  if (s.heatLevel && s.heatLevel !== 'CITY') p.set('hlevel', s.heatLevel.toLowerCase());
}
