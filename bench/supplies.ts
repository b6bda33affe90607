import type { Catalog } from './catalog.js';
import { roundSignificant } from './catalog.js';
import { MAX_LINKS, enterpriseId, type EnterpriseWorld } from './enterprises.js';
import { Random } from './prng.js';
import type { RegionTree } from './regions.js';

export interface SupplyRow {
  supplier: string;
  customer: string;
  link: string;
  volume: number | null;
  unit: string | null;
}

/**
 * Producers of each link, bucketed nationally, by province and by city group, as
 * compressed lists (offsets + items in Int32Arrays; ~20 MB for 1.6M PRODUCES) so a
 * supplier can be drawn near its customer in O(1).
 */
class ProducerIndex {
  readonly national: Buckets;
  readonly province: Buckets;
  readonly city: Buckets;

  constructor(world: EnterpriseWorld, regions: RegionTree, links: number) {
    const provinces = regions.provinces.length;
    const groups = regions.cityGroupRegion.length;
    this.national = new Buckets(links, world, () => 0, 1);
    this.province = new Buckets(links, world, (i) => regions.countyProvince[world.county[i]!]!, provinces);
    this.city = new Buckets(links, world, (i) => regions.countyCityGroup[world.county[i]!]!, groups);
  }
}

class Buckets {
  private readonly offsets: Int32Array;
  private readonly items: Int32Array;

  constructor(
    links: number,
    world: EnterpriseWorld,
    private readonly place: (enterprise: number) => number,
    private readonly places: number,
  ) {
    const key = (slot: number) => world.links[slot]! * places + place(Math.floor(slot / MAX_LINKS));
    const counts = new Int32Array(links * places + 1);
    const slots = world.count * MAX_LINKS;
    for (let s = 0; s < slots; s++) if (world.links[s]! >= 0) counts[key(s) + 1]!++;
    for (let k = 1; k < counts.length; k++) counts[k]! += counts[k - 1]!;
    this.offsets = counts;
    this.items = new Int32Array(counts[counts.length - 1]!);
    const fill = counts.slice(0, -1);
    for (let s = 0; s < slots; s++) {
      if (world.links[s]! >= 0) this.items[fill[key(s)]!++] = Math.floor(s / MAX_LINKS);
    }
  }

  size(link: number, place: number): number {
    const k = link * this.places + place;
    return this.offsets[k + 1]! - this.offsets[k]!;
  }

  get(link: number, place: number, n: number): number {
    return this.items[this.offsets[link * this.places + place]! + n]!;
  }

  placeOf(enterprise: number): number {
    return this.place(enterprise);
  }
}

/**
 * SUPPLIES: for each PRODUCES of a customer whose link has inputs, a Poisson number of
 * suppliers (mean chosen to hit `target`), each a producer of one of the feeding links,
 * with `link` = the supplied link. Suppliers are drawn 30 % from the customer's city,
 * 40 % from its province and 30 % nationally (wider when the nearer bucket is empty), the
 * larger of two candidates half the time, since big producers have more customers.
 * Rows come out in customer order, never more than a batch in memory.
 */
export class SupplyGenerator {
  private readonly index: ProducerIndex;
  private readonly ratio = new Map<number, number | null>();
  readonly eligible: number;

  constructor(
    private readonly args: {
      seed: number;
      world: EnterpriseWorld;
      regions: RegionTree;
      catalog: Catalog;
      target: number;
    },
  ) {
    const { world, regions, catalog } = args;
    this.index = new ProducerIndex(world, regions, catalog.links.length);
    for (const f of catalog.feeds) this.ratio.set(f.from * 65536 + f.to, f.inputPerUnit);
    let eligible = 0;
    for (let s = 0; s < world.count * MAX_LINKS; s++) {
      const link = world.links[s]!;
      if (link >= 0 && catalog.inputs[link]!.length > 0) eligible++;
    }
    this.eligible = eligible;
  }

  *rows(): Generator<SupplyRow> {
    const { world, catalog, target } = this.args;
    const random = new Random(this.args.seed, 'supplies');
    const mean = this.eligible === 0 ? 0 : target / this.eligible;
    const taken: number[] = [];
    for (let customer = 0; customer < world.count; customer++) {
      taken.length = 0;
      for (let k = 0; k < MAX_LINKS; k++) {
        const slot = customer * MAX_LINKS + k;
        const to = world.links[slot]!;
        if (to < 0) break;
        const inputs = catalog.inputs[to]!;
        if (inputs.length === 0) continue;
        const edges = random.poisson(mean);
        for (let e = 0; e < edges; e++) {
          const from = random.pick(inputs);
          const supplier = this.drawSupplier(random, customer, from, taken);
          if (supplier < 0) continue;
          taken.push(supplier * 65536 + from);
          const ratio = this.ratio.get(from * 65536 + to) ?? null;
          const capacity = world.capacity[slot]!;
          const volume =
            ratio !== null && !Number.isNaN(capacity) && random.chance(0.7)
              ? roundSignificant(capacity * ratio * (0.05 + 0.45 * random.next()), 3)
              : null;
          yield {
            supplier: enterpriseId(supplier),
            customer: enterpriseId(customer),
            link: catalog.links[from]!.id,
            volume,
            unit: volume === null ? null : catalog.links[from]!.unit,
          };
        }
      }
    }
  }

  private drawSupplier(random: Random, customer: number, link: number, taken: number[]): number {
    const roll = random.next();
    const scopes =
      roll < 0.3
        ? [this.index.city, this.index.province, this.index.national]
        : roll < 0.7
          ? [this.index.province, this.index.national]
          : [this.index.national];
    for (const buckets of scopes) {
      const place = buckets.placeOf(customer);
      const n = buckets.size(link, place);
      if (n === 0) continue;
      for (let attempt = 0; attempt < 4; attempt++) {
        let s = buckets.get(link, place, random.int(n));
        if (random.chance(0.5)) {
          const other = buckets.get(link, place, random.int(n));
          if (this.args.world.revenueWan[other]! > this.args.world.revenueWan[s]!) s = other;
        }
        if (s !== customer && !taken.includes(s * 65536 + link)) return s;
      }
    }
    return -1;
  }
}
