/**
 * The recruiter's target filter as view state: read from and written to the URL
 * (so a filtered list can be shared), and turned into the API's `TargetFilter`.
 *   ?view=targets&link=battery_foil&tags=listed,srdi&own=PRIVATE&inc=330000&exc=150000&mincap=10
 */
import type { TargetFilterInput } from './analysis-api';
import type { Ownership } from './types';

export interface TargetFilterState {
  tags: string[];
  ownership: Ownership[];
  /** Province codes firms must be in (empty = anywhere). */
  includeProvinces: string[];
  /** Province codes firms must not be in. */
  excludeProvinces: string[];
  /** Least operating capacity in the link's unit; null = no minimum. */
  minCapacity: number | null;
}

export const OWNERSHIPS: readonly Ownership[] = ['CENTRAL_SOE', 'LOCAL_SOE', 'PRIVATE', 'FOREIGN', 'MIXED'];

export const EMPTY_FILTER: TargetFilterState = {
  tags: [],
  ownership: [],
  includeProvinces: [],
  excludeProvinces: [],
  minCapacity: null,
};

/** URL parameter of each filter field. */
const PARAM = {
  tags: 'tags',
  ownership: 'own',
  includeProvinces: 'inc',
  excludeProvinces: 'exc',
  minCapacity: 'mincap',
};

/** Tags and codes are ids (letters, digits, `_`, `-`); anything else in a shared link is dropped. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function list(p: URLSearchParams, name: string): string[] {
  const raw = p.get(name);
  if (!raw) return [];
  return [...new Set(raw.split(',').filter((v) => ID.test(v)))];
}

export function parseTargetFilter(p: URLSearchParams): TargetFilterState {
  const min = Number(p.get(PARAM.minCapacity));
  return {
    tags: list(p, PARAM.tags),
    ownership: list(p, PARAM.ownership).filter((o): o is Ownership => (OWNERSHIPS as string[]).includes(o)),
    includeProvinces: list(p, PARAM.includeProvinces),
    excludeProvinces: list(p, PARAM.excludeProvinces),
    minCapacity: p.get(PARAM.minCapacity) !== null && Number.isFinite(min) && min > 0 ? min : null,
  };
}

/** Adds the non-empty filter fields to `p`, in a stable order. */
export function writeTargetFilter(p: URLSearchParams, f: TargetFilterState): void {
  if (f.tags.length) p.set(PARAM.tags, f.tags.join(','));
  if (f.ownership.length) p.set(PARAM.ownership, f.ownership.join(','));
  if (f.includeProvinces.length) p.set(PARAM.includeProvinces, f.includeProvinces.join(','));
  if (f.excludeProvinces.length) p.set(PARAM.excludeProvinces, f.excludeProvinces.join(','));
  if (f.minCapacity !== null) p.set(PARAM.minCapacity, String(f.minCapacity));
}

/** The API input, or null when nothing filters (the server's default). */
export function toFilterInput(f: TargetFilterState): TargetFilterInput | null {
  const input: TargetFilterInput = {};
  if (f.tags.length) input.tags = f.tags;
  if (f.ownership.length) input.ownership = f.ownership;
  if (f.includeProvinces.length) input.includeProvinces = f.includeProvinces;
  if (f.excludeProvinces.length) input.excludeProvinces = f.excludeProvinces;
  if (f.minCapacity !== null) input.minCapacity = f.minCapacity;
  return Object.keys(input).length ? input : null;
}

export function sameFilter(a: TargetFilterState, b: TargetFilterState): boolean {
  return JSON.stringify(toFilterInput(a)) === JSON.stringify(toFilterInput(b));
}
