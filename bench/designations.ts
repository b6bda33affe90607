import type { Catalog } from './catalog.js';
import { enterpriseId, type EnterpriseWorld } from './enterprises.js';
import { personName } from './names.js';
import { Random } from './prng.js';
import type { RegionTree } from './regions.js';

export interface MasterRow {
  enterprise: string;
  chain: string;
  region: string;
}

export interface LeaderRow {
  chain: string;
  region: string;
  name: string;
  title: string;
}

/**
 * LINK_MASTER (链主) and LEADER (链长). The link-master of a chain in a region is its
 * largest local firm (by revenue) whose main chain it is: one per chain and province
 * wherever the chain has at least three firms, and for some cities (12 % of the
 * chain/city pairs with 20+ firms) and a few counties (0.5 % of the pairs with 15+). About a third of the designated
 * pairs also get a chain leader, a (synthetic) official of that region.
 */
export function designations(args: { seed: number; world: EnterpriseWorld; regions: RegionTree; catalog: Catalog }): {
  masters: MasterRow[];
  leaders: LeaderRow[];
} {
  const { world, regions, catalog } = args;
  const random = new Random(args.seed, 'designations');
  const chains = catalog.chains.length;
  const levels = [
    {
      places: regions.provinces.length,
      place: (c: number) => regions.countyProvince[c]!,
      minimum: 3,
      share: 1,
      leaders: 0.25,
    },
    {
      places: regions.cityGroupRegion.length,
      place: (c: number) => regions.countyCityGroup[c]!,
      minimum: 20,
      share: 0.12,
      leaders: 0.5,
    },
    { places: regions.counties.length, place: (c: number) => c, minimum: 15, share: 0.005, leaders: 0.5 },
  ];
  const regionOf = [
    (p: number) => p, // provinces come first in the region list
    (g: number) => regions.cityGroupRegion[g]!, // -1 for a province's directly administered group
    (c: number) => regions.counties[c]!,
  ];

  const masters: MasterRow[] = [];
  const leaders: LeaderRow[] = [];
  levels.forEach((level, l) => {
    const best = new Int32Array(chains * level.places).fill(-1);
    const count = new Int32Array(chains * level.places);
    for (let i = 0; i < world.count; i++) {
      const key = world.chain[i]! * level.places + level.place(world.county[i]!);
      count[key]!++;
      if (best[key]! < 0 || world.revenueWan[i]! > world.revenueWan[best[key]!]!) best[key] = i;
    }
    for (let key = 0; key < best.length; key++) {
      const regionIndex = regionOf[l]!(key % level.places);
      if (regionIndex < 0 || count[key]! < level.minimum || !random.chance(level.share)) continue;
      const region = regions.regions[regionIndex]!;
      const chain = catalog.chains[Math.floor(key / level.places)]!;
      masters.push({ enterprise: enterpriseId(best[key]!), chain: chain.id, region: region.code });
      if (random.chance(level.leaders)) {
        leaders.push({
          chain: chain.id,
          region: region.code,
          name: personName(random),
          title: `${region.name}${deputyTitle(region.name, region.level)}`,
        });
      }
    }
  });
  return { masters, leaders };
}

/** 副省长 / 副主席 (autonomous regions) / 副市长 / 副县长: the usual rank of a chain leader. */
function deputyTitle(name: string, level: string): string {
  if (level === 'province') return name.endsWith('自治区') ? '副主席' : name.endsWith('市') ? '副市长' : '副省长';
  if (level === 'city') return '副市长';
  return name.startsWith('合成区') ? '副区长' : name.startsWith('合成县级市') ? '副市长' : '副县长';
}
