import type { Text } from './gap-types.js';
import { provinceProximity } from './provinces.js';
import { formatNumber, formatQuantities, type Quantity } from './quantities.js';
import type { TargetWeights } from './target-weights.js';

export type ComponentName = 'SCALE' | 'QUALITY' | 'TIES' | 'MOMENTUM' | 'PROXIMITY';

/** The facts about one candidate firm that queries/targets.cypher gathers. */
export interface CandidateFacts {
  enterpriseId: string;
  enterpriseName: string;
  tags: string[];
  viaGroup: boolean;
  /** Operating capacity of the link, every unit it reports. */
  capacity: Quantity[];
  /** The part of `capacity` in the link's unit. */
  capacityInUnit: number;
  /** National operating capacity of the link in the link's unit. */
  nationalCapacity: number;
  unit: string | null;
  province: string | null;
  provinceName: string | null;
  regionProvince: string | null;
  directTies: { name: string; supplies: boolean; master: boolean }[];
  indirectTies: { via: string; name: string; master: boolean }[];
  groupInRegion: string[];
  recentProjects: number;
  recentInvestmentYi: number;
  recentProjectNames: string[];
}

export interface ScoreComponent {
  name: ComponentName;
  value: number;
  weight: number;
  points: number;
  reason: Text;
}

export interface ScoredCandidate {
  facts: CandidateFacts;
  score: number;
  components: ScoreComponent[];
}

/**
 * A candidate placed in the ranking: its score and the value of each component, without
 * the sentences. A link has up to 300 candidates and a page shows 20, so the sentences
 * are written only for the candidates someone looks at (`explainCandidate`).
 */
export interface RankedCandidate {
  facts: CandidateFacts;
  score: number;
  /** Each component's value, 0-1, in the order of COMPONENTS. */
  values: number[];
  /** The weights the score was computed with (the explanation shows them). */
  weights: TargetWeights;
}

/** What each tag says about a firm's quality (头部/专精特新), combined as independent signals. */
export const tagWeights: Record<string, number> = {
  global500: 0.9,
  single_champion: 0.8,
  china500: 0.7,
  little_giant: 0.7,
  manufacturing500: 0.6,
  private500: 0.5,
  listed: 0.5,
  srdi: 0.4,
  high_tech: 0.3,
};

const tagNames: Record<string, { zh: string; en: string }> = {
  global500: { zh: '世界500强', en: 'Fortune Global 500' },
  single_champion: { zh: '制造业单项冠军', en: 'single champion' },
  china500: { zh: '中国企业500强', en: 'China Top 500' },
  little_giant: { zh: '专精特新"小巨人"', en: 'little giant' },
  manufacturing500: { zh: '中国制造业500强', en: 'China manufacturing Top 500' },
  private500: { zh: '中国民营企业500强', en: 'China private Top 500' },
  listed: { zh: '上市公司', en: 'listed' },
  srdi: { zh: '专精特新', en: 'specialised SME (SRDI)' },
  high_tech: { zh: '高新技术企业', en: 'high-tech enterprise' },
};

/** A firm with this share of national capacity or more gets the full scale value. */
const fullScaleShare = 0.1;
/** This many recent projects elsewhere give the full momentum value. */
const fullMomentumProjects = 3;

/** One part of the score: how it is valued, and the sentence that says why. */
interface Component {
  name: ComponentName;
  weight: keyof TargetWeights;
  value: (f: CandidateFacts) => number;
  reason: (f: CandidateFacts) => Text;
}

/**
 * Scores one candidate: five components, each 0-1, weighted (weights sum to 1) into
 * 0-100. Only numbers: the ranking of hundreds of candidates needs no sentences.
 */
export function rankCandidate(facts: CandidateFacts, weights: TargetWeights): RankedCandidate {
  const values = COMPONENTS.map((c) => c.value(facts));
  // The rounded values, as the explanation shows them, so its points add up to the score.
  let sum = 0;
  for (let i = 0; i < COMPONENTS.length; i++) sum += round3(values[i]!) * weights[COMPONENTS[i]!.weight];
  return { facts, score: Math.round(sum * 1000) / 10, values, weights };
}

/** The components of a ranked candidate with their weights, points and a reason in both languages. */
export function explainCandidate(candidate: RankedCandidate): ScoreComponent[] {
  return COMPONENTS.map((c, i) => {
    const value = candidate.values[i]!;
    const weight = candidate.weights[c.weight];
    return {
      name: c.name,
      value: round3(value),
      weight: round3(weight),
      points: Math.round(value * weight * 1000) / 10,
      reason: c.reason(candidate.facts),
    };
  });
}

/** Score and explanation at once, for one candidate. Pure, so the ranking rules are unit-tested. */
export function scoreCandidate(facts: CandidateFacts, weights: TargetWeights): ScoredCandidate {
  const ranked = rankCandidate(facts, weights);
  return { facts, score: ranked.score, components: explainCandidate(ranked) };
}

/** Highest score first; ties broken by capacity, then id, so pages are stable. */
export function rankCandidates<C extends { score: number; facts: CandidateFacts }>(candidates: C[]): C[] {
  return [...candidates].sort(
    (a, b) =>
      b.score - a.score ||
      b.facts.capacityInUnit - a.facts.capacityInUnit ||
      a.facts.enterpriseId.localeCompare(b.facts.enterpriseId),
  );
}

function shareOfNational(f: CandidateFacts): number {
  return f.nationalCapacity > 0 ? f.capacityInUnit / f.nationalCapacity : 0;
}

const scale: Component = {
  name: 'SCALE',
  weight: 'scale',
  value: (f) => (f.capacity.length === 0 ? 0 : Math.min(1, Math.sqrt(shareOfNational(f) / fullScaleShare))),
  reason: (f) => {
    const group = f.viaGroup
      ? { zh: '（集团下属企业合计）', en: ' (its group companies together)' }
      : { zh: '', en: '' };
    if (f.capacity.length === 0) return { zh: `产能未知${group.zh}`, en: `capacity unknown${group.en}` };
    const share = shareOfNational(f);
    const cap = formatQuantities(f.capacity);
    const pct = share > 0 ? formatNumber(share * 100) : null;
    return {
      zh: `产能${cap}${group.zh}${pct ? `，占全国${pct}%` : ''}`,
      en: `capacity ${cap}${group.en}${pct ? `, ${pct}% of national capacity` : ''}`,
    };
  },
};

const quality: Component = {
  name: 'QUALITY',
  weight: 'quality',
  value: (f) => {
    let rest = 1;
    for (const t of f.tags) if (t in tagWeights) rest *= 1 - tagWeights[t]!;
    return 1 - rest;
  },
  reason: (f) => {
    const known = f.tags.filter((t) => t in tagWeights).sort((a, b) => tagWeights[b]! - tagWeights[a]!);
    if (known.length === 0) return { zh: '无资质标签', en: 'no quality tags' };
    return { zh: known.map((t) => tagNames[t]!.zh).join('、'), en: known.map((t) => tagNames[t]!.en).join(', ') };
  },
};

/** The strongest tie of a candidate to the region, which alone sets the TIES value. */
type Tie =
  | { kind: 'master'; tie: CandidateFacts['directTies'][number] }
  | { kind: 'direct'; tie: CandidateFacts['directTies'][number] }
  | { kind: 'group'; members: string[] }
  | { kind: 'indirect'; tie: CandidateFacts['indirectTies'][number] }
  | { kind: 'none' };

function strongestTie(f: CandidateFacts): Tie {
  const master = f.directTies.find((t) => t.master);
  if (master) return { kind: 'master', tie: master };
  const direct = f.directTies[0];
  if (direct) return { kind: 'direct', tie: direct };
  if (f.groupInRegion.length > 0) return { kind: 'group', members: f.groupInRegion };
  const indirect = f.indirectTies.find((t) => t.master) ?? f.indirectTies[0];
  if (indirect) return { kind: 'indirect', tie: indirect };
  return { kind: 'none' };
}

const ties: Component = {
  name: 'TIES',
  weight: 'ties',
  value: (f) => {
    const t = strongestTie(f);
    switch (t.kind) {
      case 'master':
        return 1;
      case 'direct':
        return 0.8;
      case 'group':
        return 0.7;
      case 'indirect':
        return t.tie.master ? 0.6 : 0.5;
      case 'none':
        return 0;
    }
  },
  reason: (f) => {
    const t = strongestTie(f);
    switch (t.kind) {
      case 'master': {
        const verb = t.tie.supplies ? { zh: '已向', en: 'already supplies' } : { zh: '已从', en: 'already buys from' };
        return {
          zh: `${verb.zh}本地链主企业${t.tie.name}${t.tie.supplies ? '供货' : '采购'}`,
          en: `${verb.en} the local link-master ${t.tie.name}`,
        };
      }
      case 'direct':
        return {
          zh: `${t.tie.supplies ? '已向本地企业' : '已从本地企业'}${t.tie.name}${t.tie.supplies ? '供货' : '采购'}`,
          en: `${t.tie.supplies ? 'already supplies' : 'already buys from'} ${t.tie.name} in the region`,
        };
      case 'group':
        return {
          zh: `同一集团的${t.members.join('、')}已在本地`,
          en: `its group is already present in the region (${t.members.join(', ')})`,
        };
      case 'indirect':
        return {
          zh: `经${t.tie.via}与本地${t.tie.master ? '链主企业' : '企业'}${t.tie.name}间接关联`,
          en: `linked through ${t.tie.via} to ${t.tie.master ? 'the local link-master ' : ''}${t.tie.name} in the region`,
        };
      case 'none':
        return { zh: '与本地暂无供应链关联', en: 'no supply ties to the region yet' };
    }
  },
};

const momentum: Component = {
  name: 'MOMENTUM',
  weight: 'momentum',
  value: (f) => Math.min(1, f.recentProjects / fullMomentumProjects),
  reason: (f) => {
    if (f.recentProjects === 0) return { zh: '近期无外地新项目', en: 'no recent projects elsewhere' };
    const names = f.recentProjectNames.join('、');
    const inv = f.recentInvestmentYi > 0 ? `，投资${formatNumber(f.recentInvestmentYi)}亿元` : '';
    const invEn = f.recentInvestmentYi > 0 ? `, ${formatNumber(f.recentInvestmentYi)} 亿元 invested` : '';
    return {
      zh: `近期在外地有${f.recentProjects}个新项目（${names}${inv}），处于扩张期`,
      en: `${f.recentProjects} recent project(s) elsewhere (${names}${invEn}): expanding now`,
    };
  },
};

const proximityValue = { same: 1, neighbour: 0.6, far: 0, unknown: 0 } as const;

const proximity: Component = {
  name: 'PROXIMITY',
  weight: 'proximity',
  value: (f) => proximityValue[provinceProximity(f.province, f.regionProvince)],
  reason: (f) => {
    const where = f.provinceName ?? f.province ?? '?';
    switch (provinceProximity(f.province, f.regionProvince)) {
      case 'same':
        return { zh: `同省（${where}）`, en: `same province (${where})` };
      case 'neighbour':
        return { zh: `邻省（${where}）`, en: `neighbouring province (${where})` };
      case 'far':
        return { zh: `位于${where}，非相邻省份`, en: `in ${where}, not a neighbouring province` };
      case 'unknown':
        return { zh: '所在省份未知', en: 'province unknown' };
    }
  },
};

/** The five components, in the order the API lists them. */
const COMPONENTS: readonly Component[] = [scale, quality, ties, momentum, proximity];

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
