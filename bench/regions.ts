import { PROVINCES, type ProvinceSpec } from './provinces.js';
import { Random, WeightedPicker } from './prng.js';

export type RegionLevel = 'province' | 'city' | 'county' | 'park';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  /** Index of the parent in `RegionTree.regions`; -1 for a province. */
  parent: number;
  province: number;
}

/**
 * The synthetic administrative tree, with indexes the generator draws from. Counties
 * (county-level divisions) carry the enterprise weights; parks hang under counties.
 */
export interface RegionTree {
  /** Provinces first, then cities, counties and parks: every parent precedes its children. */
  regions: Region[];
  provinces: readonly ProvinceSpec[];
  /** Region indexes of the county-level divisions. */
  counties: Int32Array;
  /** Per county (by position in `counties`): its province number (0..30). */
  countyProvince: Int32Array;
  /**
   * Per county: its "city group", the prefecture it lies in, or for a county directly
   * under its province (municipal districts, 省直辖县级) one group per province. Local
   * supply and city-level link-masters use it.
   */
  countyCityGroup: Int32Array;
  /** Per city group: the region index of the real city, or -1 for a province's direct group. */
  cityGroupRegion: Int32Array;
  /** Per county: the region indexes of its parks (often none). */
  countyParks: number[][];
  /** How much industry a county attracts (skewed: a few large industrial counties, a long tail). */
  countyWeight: Float64Array;
  /** Draws a county by weight, nationally or within one province. */
  nationalCounty: WeightedPicker;
  provinceCounty: { picker: WeightedPicker; counties: Int32Array }[];
}

/**
 * Builds the tree. Cities are `<province prefix><01..>00` (名称 合成市PPCC), counties
 * `<city prefix><01..>` (合成县PPCCXX; 合成区 in municipalities, 合成县级市 when directly
 * under the province, whose prefix is PP90 as GB/T 2260 does for 省直辖县级), parks
 * `<county code>-P01` (合成园区...). The names say 合成 (synthetic) so nobody mistakes
 * them for real places; only the provinces are real.
 */
export function buildRegionTree(seed: number): RegionTree {
  const random = new Random(seed, 'regions');
  const regions: Region[] = [];
  const countyList: number[] = [];
  const countyProvince: number[] = [];
  const countyCityGroup: number[] = [];
  const cityGroupRegion: number[] = [];
  const countyWeight: number[] = [];

  PROVINCES.forEach((spec, p) => {
    regions.push({ code: spec.code, name: spec.name, level: 'province', parent: -1, province: p });
  });

  PROVINCES.forEach((spec, p) => {
    const prefix = spec.code.slice(0, 2);
    const addCounty = (code: string, name: string, parent: number, group: number, cityFactor: number) => {
      countyList.push(regions.length);
      countyProvince.push(p);
      countyCityGroup.push(group);
      // Lognormal spread inside a province, times a per-city factor: industry clusters.
      countyWeight.push(cityFactor * random.lognormal(1, 1.2));
      regions.push({ code, name, level: 'county', parent, province: p });
    };

    // Counties directly under the province: municipal districts (PP01xx) or 省直辖县级 (PP90xx).
    if (spec.direct > 0) {
      const group = cityGroupRegion.length;
      cityGroupRegion.push(-1);
      const cityPart = spec.municipality ? '01' : '90';
      for (let k = 1; k <= spec.direct; k++) {
        const code = `${prefix}${cityPart}${two(k)}`;
        addCounty(code, `${spec.municipality ? '合成区' : '合成县级市'}${code}`, p, group, random.lognormal(1, 0.4));
      }
    }

    // The remaining counties are shared out among the prefectures, at least one each
    // where there are enough, the rest by random shares.
    const underCities = spec.counties - spec.direct;
    const shares = Array.from({ length: spec.prefectures }, () => 0.4 + random.next() * 1.2);
    const perCity = apportion(underCities, shares);
    for (let j = 0; j < spec.prefectures; j++) {
      const cityPrefix = `${prefix}${two(j + 1)}`;
      const cityIndex = regions.length;
      regions.push({ code: `${cityPrefix}00`, name: `合成市${cityPrefix}`, level: 'city', parent: p, province: p });
      const group = cityGroupRegion.length;
      cityGroupRegion.push(cityIndex);
      const cityFactor = random.lognormal(1, 0.6);
      for (let k = 1; k <= perCity[j]!; k++) {
        const code = `${cityPrefix}${two(k)}`;
        addCounty(code, `合成县${code}`, cityIndex, group, cityFactor);
      }
    }
  });

  // Parks: most large industrial counties have one to three, a few small ones have one.
  const countyParks: number[][] = countyList.map(() => []);
  const rankInProvince = rankWithinProvince(countyWeight, countyProvince);
  countyList.forEach((regionIndex, c) => {
    const county = regions[regionIndex]!;
    const parks = rankInProvince[c]! < 0.3 ? random.range(1, 3) : random.chance(0.15) ? 1 : 0;
    for (let k = 1; k <= parks; k++) {
      const code = `${county.code}-P${two(k)}`;
      countyParks[c]!.push(regions.length);
      regions.push({ code, name: `合成园区${code}`, level: 'park', parent: regionIndex, province: county.province });
    }
  });

  // Rescale so each province's counties add up to its weight: a province's share of
  // industry must not grow with how finely it happens to be divided into counties.
  const provinceTotal = new Float64Array(PROVINCES.length);
  countyWeight.forEach((w, c) => (provinceTotal[countyProvince[c]!]! += w));
  const weights = Float64Array.from(countyWeight, (w, c) => {
    const p = countyProvince[c]!;
    return (w / provinceTotal[p]!) * PROVINCES[p]!.weight;
  });
  const provinceCounty = PROVINCES.map((_, p) => {
    const members = Int32Array.from(countyProvince.flatMap((q, c) => (q === p ? [c] : [])));
    return { picker: new WeightedPicker(Array.from(members, (c) => weights[c]!)), counties: members };
  });
  return {
    regions,
    provinces: PROVINCES,
    counties: Int32Array.from(countyList),
    countyProvince: Int32Array.from(countyProvince),
    countyCityGroup: Int32Array.from(countyCityGroup),
    cityGroupRegion: Int32Array.from(cityGroupRegion),
    countyParks,
    countyWeight: weights,
    nationalCounty: new WeightedPicker(weights),
    provinceCounty,
  };
}

function two(n: number): string {
  if (n > 99) throw new RangeError(`a GB/T 2260 code part cannot exceed 99 (got ${n})`);
  return String(n).padStart(2, '0');
}

/** Splits `total` into integer parts proportional to `shares`, each at least 1 when possible. */
function apportion(total: number, shares: number[]): number[] {
  const n = shares.length;
  if (n === 0) return [];
  const base = total >= n ? 1 : 0;
  const rest = total - base * n;
  const sum = shares.reduce((a, b) => a + b, 0);
  const parts = shares.map((s) => base + Math.floor((rest * s) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % n, left--) parts[i]!++;
  return parts;
}

/** Per county, its weight rank within its province as a fraction (0 = the largest). */
function rankWithinProvince(weight: number[], province: number[]): number[] {
  const rank = new Array<number>(weight.length).fill(0);
  const byProvince = new Map<number, number[]>();
  province.forEach((p, c) => byProvince.set(p, [...(byProvince.get(p) ?? []), c]));
  for (const members of byProvince.values()) {
    members.sort((a, b) => weight[b]! - weight[a]!);
    members.forEach((c, i) => (rank[c] = i / members.length));
  }
  return rank;
}
