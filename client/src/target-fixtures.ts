/** API-shaped target answers for the unit tests (firm names from reference article 000). */
import type { ChainTarget, ScoreComponent, Target } from './analysis-api';

function components(points: number[]): ScoreComponent[] {
  const names = ['SCALE', 'QUALITY', 'TIES', 'MOMENTUM', 'PROXIMITY'] as const;
  const weights = [0.3, 0.2, 0.2, 0.15, 0.15];
  return names.map((name, i) => ({
    name,
    weight: weights[i] ?? 0,
    points: points[i] ?? 0,
    value: (points[i] ?? 0) / ((weights[i] ?? 1) * 100),
    reason: { zh: `${name}理由`, en: `${name} reason` },
  }));
}

export function sampleTargets(): Target[] {
  return [
    {
      rank: 1,
      score: 61.5,
      cursor: 'c1',
      viaGroup: false,
      enterprise: {
        id: 'E-dingsheng',
        name: '江苏鼎盛新能源材料股份有限公司',
        ownership: 'PRIVATE',
        tags: ['listed', 'single_champion'],
        region: {
          code: '321100',
          name: '镇江市',
          path: [
            { code: '320000', name: '江苏省' },
            { code: '321100', name: '镇江市' },
          ],
        },
      },
      components: components([24, 16, 6, 8, 7.5]),
      capacity: [{ value: 30, unit: '万吨' }],
      reasons: [
        { zh: '电池箔产能30万吨', en: 'battery foil capacity 300 kt' },
        { zh: '上市, "单项冠军"', en: 'listed, "single champion"' },
      ],
    },
    {
      rank: 2,
      score: 40,
      cursor: 'c2',
      viaGroup: true,
      enterprise: { id: 'E-jinjiang', name: '杭州锦江集团有限公司', ownership: null, tags: [], region: null },
      components: components([10, 10, 10, 5, 5]),
      capacity: [],
      reasons: [{ zh: '集团企业生产该环节', en: 'a group firm makes it' }],
    },
  ];
}

export function sampleChainTargets(): ChainTarget[] {
  const [a, b] = sampleTargets();
  return [
    {
      enterprise: a!.enterprise,
      score: 61.5,
      links: [
        { id: 'battery_foil', name: '电池铝箔', nameEn: 'Battery foil' },
        { id: 'aluminium_strip', name: '铝板带', nameEn: 'Aluminium strip' },
      ],
      reasons: a!.reasons,
    },
    { enterprise: b!.enterprise, score: 40, links: [{ id: 'battery_foil', name: '电池铝箔' }], reasons: b!.reasons },
  ];
}
