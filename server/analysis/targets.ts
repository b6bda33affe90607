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

/**
 * Scores one candidate: five components, each 0-1 with a reason in both languages,
 * weighted (weights sum to 1) into 0-100. Pure, so the ranking rules are unit-tested.
 */
export function scoreCandidate(facts: CandidateFacts, weights: TargetWeights): ScoredCandidate {
  const raw: Omit<ScoreComponent, 'weight' | 'points'>[] = [
    scale(facts),
    quality(facts),
    ties(facts),
    momentum(facts),
    proximity(facts),
  ];
  const key = (name: ComponentName) => name.toLowerCase() as keyof TargetWeights;
  const components = raw.map((c) => ({
    ...c,
    value: round3(c.value),
    weight: round3(weights[key(c.name)]),
    points: Math.round(c.value * weights[key(c.name)] * 1000) / 10,
  }));
  const score = Math.round(components.reduce((s, c) => s + c.value * weights[key(c.name)], 0) * 1000) / 10;
  return { facts, score, components };
}

/** Highest score first; ties broken by capacity, then id, so pages are stable. */
export function rankCandidates(candidates: ScoredCandidate[]): ScoredCandidate[] {
  return [...candidates].sort(
    (a, b) =>
      b.score - a.score ||
      b.facts.capacityInUnit - a.facts.capacityInUnit ||
      a.facts.enterpriseId.localeCompare(b.facts.enterpriseId),
  );
}

function scale(f: CandidateFacts) {
  const name = 'SCALE' as const;
  const group = f.viaGroup ? { zh: '（集团下属企业合计）', en: ' (its group companies together)' } : { zh: '', en: '' };
  if (f.capacity.length === 0) {
    return { name, value: 0, reason: { zh: `产能未知${group.zh}`, en: `capacity unknown${group.en}` } };
  }
  const share = f.nationalCapacity > 0 ? f.capacityInUnit / f.nationalCapacity : 0;
  const value = Math.min(1, Math.sqrt(share / fullScaleShare));
  const cap = formatQuantities(f.capacity);
  const pct = share > 0 ? formatNumber(share * 100) : null;
  return {
    name,
    value,
    reason: {
      zh: `产能${cap}${group.zh}${pct ? `，占全国${pct}%` : ''}`,
      en: `capacity ${cap}${group.en}${pct ? `, ${pct}% of national capacity` : ''}`,
    },
  };
}

function quality(f: CandidateFacts) {
  const known = f.tags.filter((t) => t in tagWeights).sort((a, b) => tagWeights[b]! - tagWeights[a]!);
  const value = 1 - known.reduce((rest, t) => rest * (1 - tagWeights[t]!), 1);
  if (known.length === 0)
    return { name: 'QUALITY' as const, value: 0, reason: { zh: '无资质标签', en: 'no quality tags' } };
  return {
    name: 'QUALITY' as const,
    value,
    reason: {
      zh: known.map((t) => tagNames[t]!.zh).join('、'),
      en: known.map((t) => tagNames[t]!.en).join(', '),
    },
  };
}

function ties(f: CandidateFacts) {
  const name = 'TIES' as const;
  const master = f.directTies.find((t) => t.master);
  if (master) {
    const verb = master.supplies ? { zh: '已向', en: 'already supplies' } : { zh: '已从', en: 'already buys from' };
    return {
      name,
      value: 1,
      reason: {
        zh: `${verb.zh}本地链主企业${master.name}${master.supplies ? '供货' : '采购'}`,
        en: `${verb.en} the local link-master ${master.name}`,
      },
    };
  }
  const direct = f.directTies[0];
  if (direct) {
    return {
      name,
      value: 0.8,
      reason: {
        zh: `${direct.supplies ? '已向本地企业' : '已从本地企业'}${direct.name}${direct.supplies ? '供货' : '采购'}`,
        en: `${direct.supplies ? 'already supplies' : 'already buys from'} ${direct.name} in the region`,
      },
    };
  }
  if (f.groupInRegion.length > 0) {
    return {
      name,
      value: 0.7,
      reason: {
        zh: `同一集团的${f.groupInRegion.join('、')}已在本地`,
        en: `its group is already present in the region (${f.groupInRegion.join(', ')})`,
      },
    };
  }
  const indirect = f.indirectTies.find((t) => t.master) ?? f.indirectTies[0];
  if (indirect) {
    return {
      name,
      value: indirect.master ? 0.6 : 0.5,
      reason: {
        zh: `经${indirect.via}与本地${indirect.master ? '链主企业' : '企业'}${indirect.name}间接关联`,
        en: `linked through ${indirect.via} to ${indirect.master ? 'the local link-master ' : ''}${indirect.name} in the region`,
      },
    };
  }
  return { name, value: 0, reason: { zh: '与本地暂无供应链关联', en: 'no supply ties to the region yet' } };
}

function momentum(f: CandidateFacts) {
  const name = 'MOMENTUM' as const;
  if (f.recentProjects === 0)
    return { name, value: 0, reason: { zh: '近期无外地新项目', en: 'no recent projects elsewhere' } };
  const names = f.recentProjectNames.join('、');
  const inv = f.recentInvestmentYi > 0 ? `，投资${formatNumber(f.recentInvestmentYi)}亿元` : '';
  const invEn = f.recentInvestmentYi > 0 ? `, ${formatNumber(f.recentInvestmentYi)} 亿元 invested` : '';
  return {
    name,
    value: Math.min(1, f.recentProjects / fullMomentumProjects),
    reason: {
      zh: `近期在外地有${f.recentProjects}个新项目（${names}${inv}），处于扩张期`,
      en: `${f.recentProjects} recent project(s) elsewhere (${names}${invEn}): expanding now`,
    },
  };
}

function proximity(f: CandidateFacts) {
  const name = 'PROXIMITY' as const;
  const where = f.provinceName ?? f.province ?? '?';
  switch (provinceProximity(f.province, f.regionProvince)) {
    case 'same':
      return { name, value: 1, reason: { zh: `同省（${where}）`, en: `same province (${where})` } };
    case 'neighbour':
      return { name, value: 0.6, reason: { zh: `邻省（${where}）`, en: `neighbouring province (${where})` } };
    case 'far':
      return {
        name,
        value: 0,
        reason: { zh: `位于${where}，非相邻省份`, en: `in ${where}, not a neighbouring province` },
      };
    case 'unknown':
      return { name, value: 0, reason: { zh: '所在省份未知', en: 'province unknown' } };
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
