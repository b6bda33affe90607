import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherCatalog } from '../server/db/cypher.js';
import { benchCypher } from './bench-database.js';
import { Random } from './prng.js';

/** A chain and a city or county where it has local producers: an argument for gap analysis. */
export interface ChainRegionSample {
  chain: string;
  region: string;
  level: 'city' | 'county';
  /** Distinct local firms producing a link of the chain. */
  localProducers: number;
  /** `strongest`: the region's largest chain; `any`: a chain drawn among all local ones (often thin). */
  kind: 'strongest' | 'any';
}

/** A link of a chain present in a region, and that region: an argument for a target (招商对象) search. */
export interface LinkRegionSample {
  link: string;
  /** The chain through which the link was chosen (present locally). */
  chain: string;
  region: string;
  level: 'city' | 'county';
  /** Distinct local firms producing the link. */
  localProducers: number;
  /** PRODUCES relationships to the link nationwide (firms with an expansion count twice). */
  nationalProduces: number;
  /** `missing`: no local producer (补链); `thin`: one or two (强链); `present`: more. */
  kind: 'missing' | 'thin' | 'present';
}

export interface SampleOptions {
  /** How many samples. */
  n: number;
  /** Same seed + same KB = same samples (default 1). */
  seed?: number;
  /** Database name for an external Neo4j; undefined = its default. */
  database?: string;
  /** The bench Cypher catalogue; loaded from bench/cypher when omitted. */
  cypher?: CypherCatalog;
}

/**
 * N (chain, region) pairs, alternately at city and county level, in regions drawn
 * uniformly (so mostly ordinary counties, some big industrial ones), where the chain has
 * local producers. The chain alternates between the region's strongest one and one drawn
 * among all its local chains, so both rich and thin chain maps get measured.
 */
export async function sampleChainRegions(driver: Driver, options: SampleOptions): Promise<ChainRegionSample[]> {
  const reader = new Reader(driver, options);
  try {
    const random = new Random(options.seed ?? 1, 'sample-chain-regions');
    const regions = await reader.regions();
    const samples: ChainRegionSample[] = [];
    const seen = new Set<string>();
    for (let attempt = 0; samples.length < options.n && attempt < options.n * 20; attempt++) {
      const level = samples.length % 2 === 0 ? 'city' : 'county';
      const region = random.pick(regions[level]);
      const chains = await reader.localChains(region);
      if (chains.length === 0) continue;
      const kind = samples.length % 4 < 2 ? 'strongest' : 'any';
      const chosen = kind === 'strongest' ? chains[0]! : random.pick(chains);
      const key = `${chosen.chain}@${region}`;
      if (seen.has(key)) continue;
      seen.add(key);
      samples.push({ chain: chosen.chain, region, level, localProducers: chosen.producers, kind });
    }
    return samples;
  } finally {
    await reader.close();
  }
}

/**
 * N (link, region) pairs, alternately at city and county level: a chain present in the
 * region is drawn, then one of its links that is missing locally (补链), thin (one or two
 * local producers, 强链) or present, in turn, always with producers elsewhere so a target
 * search has candidates to rank.
 */
export async function sampleLinkRegions(driver: Driver, options: SampleOptions): Promise<LinkRegionSample[]> {
  const reader = new Reader(driver, options);
  try {
    const random = new Random(options.seed ?? 1, 'sample-link-regions');
    const regions = await reader.regions();
    const samples: LinkRegionSample[] = [];
    const seen = new Set<string>();
    const kinds = ['missing', 'thin', 'present'] as const;
    for (let attempt = 0; samples.length < options.n && attempt < options.n * 20; attempt++) {
      const level = samples.length % 2 === 0 ? 'city' : 'county';
      const region = random.pick(regions[level]);
      const chains = await reader.localChains(region);
      if (chains.length === 0) continue;
      const chain = random.pick(chains).chain;
      const links = (await reader.chainLinks(chain, region)).filter((l) => l.national > 0);
      const wanted = kinds[samples.length % kinds.length]!;
      const matching = links.filter((l) => kindOf(l.local) === wanted);
      const pool = matching.length > 0 ? matching : links;
      if (pool.length === 0) continue;
      const chosen = random.pick(pool);
      const key = `${chosen.link}@${region}`;
      if (seen.has(key)) continue;
      seen.add(key);
      samples.push({
        link: chosen.link,
        chain,
        region,
        level,
        localProducers: chosen.local,
        nationalProduces: chosen.national,
        kind: kindOf(chosen.local),
      });
    }
    return samples;
  } finally {
    await reader.close();
  }
}

function kindOf(local: number): LinkRegionSample['kind'] {
  return local === 0 ? 'missing' : local <= 2 ? 'thin' : 'present';
}

/** The sampling queries, in one read session. */
class Reader {
  private readonly cypher: CypherCatalog;
  private readonly session;

  constructor(driver: Driver, options: SampleOptions) {
    this.cypher = options.cypher ?? benchCypher();
    this.session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  }

  async regions(): Promise<Record<'city' | 'county', string[]>> {
    const result = await this.session.run(this.cypher.get('sample-regions'));
    const byLevel: Record<'city' | 'county', string[]> = { city: [], county: [] };
    for (const r of result.records) byLevel[r.get('level') as 'city' | 'county'].push(r.get('code') as string);
    if (byLevel.city.length === 0 || byLevel.county.length === 0) {
      throw new Error('no cities or counties: is this a generated benchmark KB?');
    }
    return byLevel;
  }

  async localChains(region: string): Promise<{ chain: string; producers: number }[]> {
    const result = await this.session.run(this.cypher.get('sample-local-chains'), { region });
    return result.records.map((r) => ({ chain: r.get('chain') as string, producers: toNumber(r.get('producers')) }));
  }

  async chainLinks(chain: string, region: string): Promise<{ link: string; local: number; national: number }[]> {
    const result = await this.session.run(this.cypher.get('sample-chain-links'), { chain, region });
    return result.records.map((r) => ({
      link: r.get('link') as string,
      local: toNumber(r.get('local')),
      national: toNumber(r.get('national')),
    }));
  }

  close(): Promise<void> {
    return this.session.close();
  }
}

/** Counts arrive as numbers or as neo4j Integers, depending on the driver's settings. */
function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? value.toNumber() : Number(value);
}
