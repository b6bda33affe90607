import type { Catalog } from './catalog.js';
import { roundSignificant } from './catalog.js';
import { NameMaker, pickWeighted } from './names.js';
import { Random, WeightedPicker } from './prng.js';
import type { RegionTree } from './regions.js';

/** Up to this many distinct links per enterprise. */
export const MAX_LINKS = 3;

export const STATUS = ['', 'operating', 'building', 'planned'] as const;
export const OPERATING = 1;
export const BUILDING = 2;

/** Bits of `EnterpriseWorld.flags`. */
export const FLAG_LISTED = 1;
export const FLAG_BIG_GROUP = 2; // global500 / china500: candidate parent of subsidiaries
export const FLAG_SOE = 4;

/**
 * What later phases need to know about every enterprise, in typed arrays (about 40 bytes
 * a firm) rather than a million objects: where it is, which chain it mainly belongs to,
 * which links it produces and how much.
 */
export interface EnterpriseWorld {
  count: number;
  /** Position in `RegionTree.counties`. */
  county: Int32Array;
  /** Region index of its park, or -1 when it sits in the county itself. */
  park: Int32Array;
  /** Its main chain (the chain its first link was drawn from). */
  chain: Int16Array;
  /** `MAX_LINKS` slots per firm: link index or -1. */
  links: Int16Array;
  /** Per slot: index into STATUS (0 = empty slot). */
  status: Uint8Array;
  /** Per slot: capacity in the link's unit, NaN when unknown. */
  capacity: Float32Array;
  /** 1 when the firm also builds an expansion of its first link (a second, `building`, PRODUCES). */
  expansion: Uint8Array;
  revenueWan: Float32Array;
  flags: Uint8Array;
}

export interface EnterpriseRow {
  id: string;
  name: string;
  aliases: string[];
  ownership: string;
  tags: string[];
  founded: string;
  employees: number;
  revenueWan: number;
  website: string | null;
  region: string;
  produces: { link: string; status: string; capacity: number | null; unit: string | null }[];
}

const OWNERSHIP: readonly (readonly [string, number])[] = [
  ['private', 0.78],
  ['local_soe', 0.08],
  ['central_soe', 0.02],
  ['foreign', 0.07],
  ['mixed', 0.05],
];

/** `B-000001`: benchmark ids never collide with real ones (统一社会信用代码 or E-...). */
export function enterpriseId(index: number): string {
  return `B-${String(index + 1).padStart(6, '0')}`;
}

/**
 * Draws the enterprises one by one, in id order, filling `world` as it goes, so the
 * writer can stream rows to Neo4j while later phases still see every firm. Must be
 * called for indexes 0, 1, 2, ... in turn (one seeded stream).
 */
export class EnterpriseGenerator {
  readonly world: EnterpriseWorld;
  private readonly random: Random;
  private readonly names = new NameMaker();
  private readonly chainPicker: WeightedPicker;
  private readonly linkPickers: WeightedPicker[];
  /** Per county: three chains it specialises in (industrial clusters). */
  private readonly countyChains: Int16Array;
  /** Per province: the chains strong there. */
  private readonly provinceChains: number[][];
  private readonly neighbours: number[][];

  constructor(private readonly args: { seed: number; count: number; regions: RegionTree; catalog: Catalog }) {
    const { count, regions, catalog } = args;
    this.random = new Random(args.seed, 'enterprises');
    const setup = new Random(args.seed, 'clusters');
    this.world = {
      count,
      county: new Int32Array(count),
      park: new Int32Array(count),
      chain: new Int16Array(count),
      links: new Int16Array(count * MAX_LINKS).fill(-1),
      status: new Uint8Array(count * MAX_LINKS),
      capacity: new Float32Array(count * MAX_LINKS).fill(NaN),
      expansion: new Uint8Array(count),
      revenueWan: new Float32Array(count),
      flags: new Uint8Array(count),
    };
    this.chainPicker = new WeightedPicker(catalog.chains.map((c) => c.weight));
    this.linkPickers = catalog.chains.map((c) => new WeightedPicker(c.links.map((l) => l.weight)));
    this.neighbours = catalog.links.map((_, l) => [...catalog.inputs[l]!, ...catalog.outputs[l]!]);

    // Each chain is strong in three to five provinces, industrial ones more often.
    const provincePicker = new WeightedPicker(regions.provinces.map((p) => Math.sqrt(p.weight)));
    this.provinceChains = regions.provinces.map(() => []);
    catalog.chains.forEach((_, c) => {
      const strong = new Set<number>();
      const want = setup.range(3, 5);
      while (strong.size < want) strong.add(provincePicker.pick(setup));
      for (const p of strong) this.provinceChains[p]!.push(c);
    });
    // Each county specialises in three chains, mostly those strong in its province.
    this.countyChains = new Int16Array(regions.counties.length * 3);
    for (let c = 0; c < regions.counties.length; c++) {
      const strong = this.provinceChains[regions.countyProvince[c]!]!;
      for (let k = 0; k < 3; k++) {
        this.countyChains[c * 3 + k] =
          strong.length > 0 && setup.chance(0.5) ? setup.pick(strong) : this.chainPicker.pick(setup);
      }
    }
  }

  row(i: number): EnterpriseRow {
    const { random, world } = this;
    const { regions, catalog } = this.args;

    const county = regions.nationalCounty.pick(random);
    const parks = regions.countyParks[county]!;
    const park = parks.length > 0 && random.chance(0.35) ? random.pick(parks) : -1;
    world.county[i] = county;
    world.park[i] = park;
    const province = regions.countyProvince[county]!;

    const r = random.next();
    const strong = this.provinceChains[province]!;
    const chain =
      r < 0.5
        ? this.countyChains[county * 3 + (random.next() < 0.5 ? 0 : random.next() < 0.6 ? 1 : 2)]!
        : r < 0.65 && strong.length > 0
          ? random.pick(strong)
          : this.chainPicker.pick(random);
    world.chain[i] = chain;

    // Size drives revenue, tags and capacities together: big firms are listed, big
    // firms have big plants. Thresholds on standard normals give the target shares.
    const size = random.normal();
    const ownership = pickWeighted(OWNERSHIP, random);
    const soe = ownership === 'central_soe' || ownership === 'local_soe';
    const employees = Math.max(
      3,
      Math.round(Math.exp(Math.log(40) + 1.2 * size + 0.3 * random.normal()) * (soe ? 3 : 1)),
    );
    const revenueWan = Math.round(employees * Math.exp(Math.log(60) + 0.5 * random.normal()) * 10) / 10;
    world.revenueWan[i] = revenueWan;
    const tags: string[] = [];
    const listed = 0.8 * size + 0.6 * random.normal() > 1.881; // 3 %
    if (listed) tags.push('listed');
    if (size > 3.89) tags.push('global500'); // 0.005 %
    if (size > 3.29) tags.push('china500'); // 0.05 %
    if (ownership === 'private' && size > 3.1) tags.push('private500');
    if (size > 3.2 && random.chance(0.7)) tags.push('manufacturing500');
    const specialised = 0.5 * size + 0.866 * random.normal();
    if (specialised > 1.645) tags.push('srdi'); // 5 %
    if (specialised > 2.326) tags.push('little_giant'); // 1 %, all of them also srdi
    if (0.7 * size + 0.714 * random.normal() > 3.09) tags.push('single_champion'); // 0.1 %
    if (0.4 * size + 0.917 * random.normal() > 1.036) tags.push('high_tech'); // 15 %
    world.flags[i] = (listed ? FLAG_LISTED : 0) | (size > 3.29 ? FLAG_BIG_GROUP : 0) | (soe ? FLAG_SOE : 0);

    // One to three links, mostly along the firm's own chain (vertical integration).
    const chosen: number[] = [];
    const chainDef = catalog.chains[chain]!;
    chosen.push(chainDef.links[this.linkPickers[chain]!.pick(random)]!.link);
    const want = pickWeighted(LINK_COUNTS, random);
    for (let attempt = 0; chosen.length < want && attempt < 6; attempt++) {
      const x = random.next();
      const near = this.neighbours[chosen[chosen.length - 1]!]!;
      const candidate =
        x < 0.65 && near.length > 0
          ? random.pick(near)
          : x < 0.9
            ? chainDef.links[this.linkPickers[chain]!.pick(random)]!.link
            : random.pick(catalog.chains[this.chainPicker.pick(random)]!.links).link;
      if (!chosen.includes(candidate)) chosen.push(candidate);
    }

    const produces: EnterpriseRow['produces'] = [];
    chosen.forEach((link, k) => {
      const def = catalog.links[link]!;
      const statusRoll = random.next();
      const status = statusRoll < 0.88 ? OPERATING : statusRoll < 0.96 ? BUILDING : 3;
      const capacity = random.chance(0.05)
        ? null
        : roundSignificant(def.scale * Math.exp(0.6 * size + 0.9 * random.normal()), 3);
      const slot = i * MAX_LINKS + k;
      world.links[slot] = link;
      world.status[slot] = status;
      world.capacity[slot] = capacity ?? NaN;
      produces.push({ link: def.id, status: STATUS[status], capacity, unit: capacity === null ? null : def.unit });
    });
    if (world.status[i * MAX_LINKS] === OPERATING && random.chance(0.025)) {
      const def = catalog.links[chosen[0]!]!;
      const base = world.capacity[i * MAX_LINKS]!;
      const capacity = Number.isNaN(base) ? null : roundSignificant(base * (0.3 + 0.7 * random.next()), 3);
      world.expansion[i] = 1;
      produces.push({ link: def.id, status: 'building', capacity, unit: capacity === null ? null : def.unit });
    }

    const spec = regions.provinces[province]!;
    const { name, aliases } = this.names.make({
      random,
      provinceShort: spec.short,
      industryWords: chainDef.industryWords,
      industryEn: chainDef.industryEn,
      listed,
    });
    const id = enterpriseId(i);
    const foundedYear = Math.max(1949, 2024 - Math.floor(random.lognormal(10, 0.7)));
    const founded = random.chance(0.6)
      ? `${foundedYear}-${two(random.range(1, 12))}-${two(random.range(1, 28))}`
      : String(foundedYear);
    const website = random.chance(size > 1 ? 0.5 : 0.05) ? `https://${id.toLowerCase()}.example.com` : null;
    const regionIndex = park >= 0 ? park : regions.counties[county]!;
    return {
      id,
      name,
      aliases,
      ownership,
      tags,
      founded,
      employees,
      revenueWan,
      website,
      region: regions.regions[regionIndex]!.code,
      produces,
    };
  }
}

/** 55 % one link, 30 % two, 15 % three: about 1.6 PRODUCES per firm. */
const LINK_COUNTS: readonly (readonly [number, number])[] = [
  [1, 0.55],
  [2, 0.3],
  [3, 0.15],
];

function two(n: number): string {
  return String(n).padStart(2, '0');
}
