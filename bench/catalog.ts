import { CHAIN_SPECS, FILLER_LINKS, SHARED_LINKS, type ChainSpec } from './chain-specs.js';
import { Random } from './prng.js';

export type Stage = 'upstream' | 'midstream' | 'downstream';
const STAGES: readonly Stage[] = ['upstream', 'midstream', 'downstream'];

export interface LinkDef {
  id: string;
  name: string;
  nameEn: string;
  unit: string;
  /** Median capacity of one producer, in `unit`. */
  scale: number;
}

export interface ChainLink {
  link: number;
  stage: Stage;
  position: number;
  /** How many producers this link attracts within the chain, relative to its siblings. */
  weight: number;
}

export interface ChainDef {
  id: string;
  name: string;
  nameEn: string;
  description: string;
  short: string;
  industryWords: readonly string[];
  industryEn: string;
  /** In map order: upstream, midstream, downstream, each by position. */
  links: ChainLink[];
  /** Relative share of enterprises (some chains are much larger than others). */
  weight: number;
}

export interface FeedDef {
  from: number;
  to: number;
  inputPerUnit: number | null;
  note: string;
}

export interface Catalog {
  links: LinkDef[];
  chains: ChainDef[];
  feeds: FeedDef[];
  /** Per link: the links that feed it (its inputs). */
  inputs: number[][];
  /** Per link: the links it feeds. */
  outputs: number[][];
  /** Per link: the chains it belongs to. */
  linkChains: number[][];
}

/** Typical size of one plant per unit, so capacities look plausible (a 5 万吨 smelter, a 500 台 line). */
const UNIT_SCALE: Readonly<Record<string, number>> = {
  万吨: 5,
  万千瓦: 20,
  亿立方米: 1,
  吨: 300,
  台: 300,
  万台: 10,
  辆: 2000,
  万辆: 2,
  GWh: 2,
  GW: 1,
  万套: 20,
  套: 200,
  万件: 50,
  万只: 50,
  亿颗: 3,
  万片: 20,
  万平方米: 50,
  亿平方米: 0.5,
  亿米: 0.3,
  亿件: 0.2,
  万立方米: 10,
  万头: 1,
  万亩: 1,
  万剂: 500,
  万盒: 500,
  万人份: 200,
  架: 20,
  万架: 1,
  架次: 100,
  座: 5,
  颗: 5,
  万载重吨: 20,
  万芯公里: 50,
  万标准机架: 0.5,
  亿元: 2,
};

/**
 * The chains, their links (real key links plus generic padding, about `linksPerChain`
 * each, shared links counted once) and the FEEDS among them. Chains beyond the 50
 * specified ones (a bigger benchmark) are synthetic and named 合成产业链NN.
 */
export function buildCatalog(args: { seed: number; chains: number; linksPerChain: number }): Catalog {
  const random = new Random(args.seed, 'catalog');
  const links: LinkDef[] = [];
  const linkIndex = new Map<string, number>();
  const addLink = (id: string, name: string, nameEn: string, unit: string): number => {
    const known = linkIndex.get(id);
    if (known !== undefined) return known;
    linkIndex.set(id, links.length);
    links.push({
      id,
      name,
      nameEn,
      unit,
      scale: roundSignificant((UNIT_SCALE[unit] ?? 10) * random.lognormal(1, 0.5), 2),
    });
    return links.length - 1;
  };
  const shared = new Map(SHARED_LINKS.map(([id, name, nameEn, unit]) => [id, { name, nameEn, unit }]));

  const chains: ChainDef[] = [];
  for (let c = 0; c < args.chains; c++) {
    const spec = CHAIN_SPECS[c] ?? syntheticSpec(c + 1);
    const byStage: Record<Stage, number[]> = { upstream: [], midstream: [], downstream: [] };
    for (const entry of spec.links) {
      const [code, id, name, nameEn, unit] = entry.split(':') as [string, string, string?, string?, string?];
      const stage = STAGES.find((s) => s[0] === code);
      if (stage === undefined) throw new Error(`${spec.id}: bad stage in "${entry}"`);
      const common = shared.get(id);
      if (name === undefined && common === undefined) throw new Error(`${spec.id}: "${id}" is not a shared link`);
      const index =
        name === undefined
          ? addLink(id, common!.name, common!.nameEn, common!.unit)
          : addLink(id, name, nameEn ?? id, unit ?? (stage === 'downstream' ? spec.productUnit : spec.materialUnit));
      if (!Object.values(byStage).some((list) => list.includes(index))) byStage[stage].push(index);
    }
    // Pad to the target size with generic links, about 30/40/30 % up/mid/downstream,
    // inserted at random places so the key links keep their order.
    const size = Math.max(args.linksPerChain + random.range(-2, 2), spec.links.length);
    const keys = Object.values(byStage).reduce((n, list) => n + list.length, 0);
    let missing = size - keys;
    for (const stage of STAGES) {
      const share = stage === 'midstream' ? 0.4 : 0.3;
      const want =
        stage === 'downstream' ? missing : Math.min(missing, Math.round(size * share) - byStage[stage].length);
      const pool = shuffle([...FILLER_LINKS[stage]], random);
      for (const [suffix, word, wordEn] of pool.slice(0, Math.max(0, want))) {
        const unit = stage === 'downstream' ? spec.productUnit : spec.materialUnit;
        const index = addLink(`${spec.id}_${suffix}`, `${spec.short}${word}`, `${spec.nameEn}: ${wordEn}`, unit);
        byStage[stage].splice(random.int(byStage[stage].length + 1), 0, index);
        missing--;
      }
    }
    const chainLinks = STAGES.flatMap((stage) =>
      byStage[stage].map((link, position) => ({
        link,
        stage,
        position,
        weight: (stage === 'midstream' ? 1.2 : stage === 'upstream' ? 0.8 : 1) * random.lognormal(1, 0.7),
      })),
    );
    chains.push({
      id: spec.id,
      name: spec.name,
      nameEn: spec.nameEn,
      description: `合成基准数据 synthetic benchmark chain: ${spec.name} (${spec.nameEn}), ${chainLinks.length} 个环节 links.`,
      short: spec.short,
      industryWords: spec.industryWords,
      industryEn: spec.industryEn,
      links: chainLinks,
      weight: random.lognormal(1, 0.6),
    });
  }

  const feeds = buildFeeds(chains, links, random);
  const inputs: number[][] = links.map(() => []);
  const outputs: number[][] = links.map(() => []);
  for (const f of feeds) {
    inputs[f.to]!.push(f.from);
    outputs[f.from]!.push(f.to);
  }
  const linkChains: number[][] = links.map(() => []);
  chains.forEach((chain, c) => chain.links.forEach((l) => linkChains[l.link]!.push(c)));
  return { links, chains, feeds, inputs, outputs, linkChains };
}

/**
 * FEEDS between consecutive links of each chain's map: the ordered links are cut into
 * tiers of two to four, each link feeds one or two links of the next tier and each link
 * of a tier gets at least one input. An edge that would close a cycle (possible through
 * shared links sitting at different stages in different chains) is skipped.
 */
function buildFeeds(chains: ChainDef[], links: LinkDef[], random: Random): FeedDef[] {
  const feeds: FeedDef[] = [];
  const seen = new Set<string>();
  const out: number[][] = links.map(() => []);
  const reaches = (from: number, target: number): boolean => {
    const stack = [from];
    const visited = new Set<number>();
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n === target) return true;
      if (visited.has(n)) continue;
      visited.add(n);
      stack.push(...out[n]!);
    }
    return false;
  };
  const add = (from: number, to: number) => {
    const key = `${from}>${to}`;
    if (from === to || seen.has(key) || reaches(to, from)) return;
    seen.add(key);
    out[from]!.push(to);
    const a = links[from]!;
    const b = links[to]!;
    // Most feeds carry a ratio; a few are left unknown, as real data often is.
    const known = random.chance(0.92);
    const ratio = !known
      ? null
      : a.unit === b.unit
        ? Math.round((0.2 + random.next() * 2.3) * 100) / 100
        : roundSignificant(random.lognormal(0.8, 0.9), 3);
    feeds.push({
      from,
      to,
      inputPerUnit: ratio,
      note:
        ratio === null
          ? '合成 synthetic: ratio unknown'
          : `合成 synthetic: ${ratio} ${a.unit} ${a.name} per ${b.unit} ${b.name}`,
    });
  };
  for (const chain of chains) {
    const ordered = chain.links.map((l) => l.link);
    const tiers: number[][] = [];
    for (let i = 0; i < ordered.length;) {
      const size = random.range(2, 4);
      tiers.push(ordered.slice(i, i + size));
      i += size;
    }
    for (let t = 0; t + 1 < tiers.length; t++) {
      const here = tiers[t]!;
      const next = tiers[t + 1]!;
      for (const from of here) {
        const fanOut = random.chance(0.5) ? 2 : 1;
        for (const to of shuffle([...next], random).slice(0, fanOut)) add(from, to);
      }
      for (const to of next) {
        if (!here.some((from) => seen.has(`${from}>${to}`))) add(random.pick(here), to);
      }
    }
  }
  return feeds;
}

function syntheticSpec(n: number): ChainSpec {
  return {
    id: `synthetic_chain_${n}`,
    name: `合成产业链${n}`,
    nameEn: `Synthetic chain ${n}`,
    short: `合成${n}`,
    materialUnit: '万吨',
    productUnit: '万件',
    industryWords: ['实业', '科技', '新材料'],
    industryEn: 'Industries',
    links: ['u:thermal_power', 'u:industrial_gas'],
  };
}

export function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  const magnitude = Math.pow(10, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  return Math.round(value * magnitude) / magnitude;
}
