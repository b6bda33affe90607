import type { Catalog } from './catalog.js';
import { roundSignificant } from './catalog.js';
import { MAX_LINKS, enterpriseId, type EnterpriseWorld } from './enterprises.js';
import { personName, pickWeighted } from './names.js';
import { Random } from './prng.js';
import type { RegionTree } from './regions.js';

export interface ProjectRow {
  id: string;
  name: string;
  enterprise: string | null;
  region: string;
  link: string;
  investmentYi: number;
  capacity: number | null;
  unit: string | null;
  status: string;
  signedOn: string;
  startedOn: string | null;
  producingOn: string | null;
  leader: string | null;
}

const STATUSES: readonly (readonly [string, number])[] = [
  ['signed', 0.3],
  ['started', 0.3],
  ['producing', 0.28],
  ['stalled', 0.08],
  ['cancelled', 0.04],
];

/** Months since 2019-01 (0) up to 2025-12 (83): the project pipeline of the benchmark. */
const LAST_MONTH = 83;

/**
 * Investment projects (招商项目库): most have an investor, usually a larger firm (best of
 * three by revenue), building one of its own links or a link its links feed (downstream
 * extension), at home, elsewhere in its province or anywhere, often in a park. Dates run
 * 2019–2025 and respect signed ≤ started ≤ producing, with the status deciding which
 * dates exist.
 */
export function* projectRows(args: {
  seed: number;
  count: number;
  world: EnterpriseWorld;
  regions: RegionTree;
  catalog: Catalog;
}): Generator<ProjectRow> {
  const { world, regions, catalog } = args;
  const random = new Random(args.seed, 'projects');
  for (let n = 0; n < args.count; n++) {
    let investor = -1;
    if (world.count > 0 && random.chance(0.9)) {
      investor = random.int(world.count);
      for (let k = 0; k < 2; k++) {
        const other = random.int(world.count);
        if (world.revenueWan[other]! > world.revenueWan[investor]!) investor = other;
      }
    }

    let link: number;
    if (investor >= 0) {
      const own: number[] = [];
      for (let k = 0; k < MAX_LINKS; k++) {
        const l = world.links[investor * MAX_LINKS + k]!;
        if (l >= 0) own.push(l);
      }
      link = random.pick(own);
      const downstream = catalog.outputs[link]!;
      if (downstream.length > 0 && random.chance(0.3)) link = random.pick(downstream);
    } else {
      link = random.pick(catalog.chains[random.int(catalog.chains.length)]!.links).link;
    }

    let county: number;
    const where = random.next();
    if (investor >= 0 && where < 0.35) county = world.county[investor]!;
    else if (investor >= 0 && where < 0.65) {
      const province = regions.provinceCounty[regions.countyProvince[world.county[investor]!]!]!;
      county = province.counties[province.picker.pick(random)]!;
    } else county = regions.nationalCounty.pick(random);
    const parks = regions.countyParks[county]!;
    const regionIndex = parks.length > 0 && random.chance(0.4) ? random.pick(parks) : regions.counties[county]!;

    const status = pickWeighted(STATUSES, random);
    const dates = projectDates(status, random);
    const def = catalog.links[link]!;
    const capacity = random.chance(0.9) ? roundSignificant(def.scale * random.lognormal(1.5, 0.8), 3) : null;
    const id = `BP-${String(n + 1).padStart(6, '0')}`;
    const phase = random.chance(0.2) ? random.pick(['一期', '二期', '扩建']) : '';
    yield {
      id,
      name:
        capacity === null
          ? `${def.name}${phase}项目(${id})`
          : `年产${capacity}${def.unit}${def.name}${phase}项目(${id})`,
      enterprise: investor >= 0 ? enterpriseId(investor) : null,
      region: regions.regions[regionIndex]!.code,
      link: def.id,
      investmentYi: roundSignificant(random.lognormal(5, 1.1), 3),
      capacity,
      unit: capacity === null ? null : def.unit,
      status,
      ...dates,
      leader: random.chance(0.5) ? personName(random) : null,
    };
  }
}

function projectDates(
  status: string,
  random: Random,
): { signedOn: string; startedOn: string | null; producingOn: string | null } {
  // Signed earlier the further the project has got; recent signings are still only signed.
  const signed =
    status === 'signed'
      ? random.range(36, LAST_MONTH)
      : status === 'producing'
        ? random.range(0, 62)
        : random.range(0, 77);
  const started =
    status === 'started' || status === 'producing' || (status === 'stalled' && random.chance(0.6))
      ? Math.min(LAST_MONTH, signed + random.range(1, 9))
      : null;
  const producing =
    status === 'producing' && started !== null ? Math.min(LAST_MONTH, started + random.range(6, 20)) : null;
  const withDay = random.chance(0.7);
  const format = (month: number | null) =>
    month === null ? null : monthText(month, withDay ? random.range(1, 28) : 0);
  return { signedOn: format(signed)!, startedOn: format(started), producingOn: format(producing) };
}

function monthText(month: number, day: number): string {
  const year = 2019 + Math.floor(month / 12);
  const text = `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
  return day === 0 ? text : `${text}-${String(day).padStart(2, '0')}`;
}
