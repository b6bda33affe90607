/**
 * Gap analysis, summary and expanded-link fixtures for the unit tests of the chain
 * leader's map, in step with `aluminiumMap()` of `test-fixtures.ts` (霍林郭勒市).
 * Figures follow reference article 000 (266万吨 smelted, 240万吨 processed); the rest is illustrative.
 */
import type { GapSummary, LinkFirmGraph, LinkGap, LinkProject } from './leader-api';
import { HONGJUN, LIANSHENG } from './test-fixtures';

const NO_PROJECTS = { signed: 0, started: 0, producing: 0, stalled: 0, cancelled: 0 };

function gap(
  id: string,
  name: string,
  unit: string,
  status: LinkGap['status'],
  opportunities: LinkGap['opportunities'],
  extra: Partial<LinkGap> = {},
): LinkGap {
  return {
    link: { id, name, nameEn: null, unit },
    status,
    opportunity: opportunities[0] ?? 'NONE',
    opportunities: opportunities.length ? opportunities : ['NONE'],
    score: status === 'STRONG' ? 0 : 50,
    explanation: { zh: `${name}：示例说明。`, en: `${id}: example explanation.` },
    localEnterprises: 0,
    localCapacity: [],
    projects: NO_PROJECTS,
    balance: null,
    ...extra,
  };
}

export function aluminiumGaps(): LinkGap[] {
  return [
    gap('alumina', '氧化铝', '万吨', 'MISSING', ['FILL', 'EXTEND_UPSTREAM']),
    gap('battery_foil', '电池箔', '万吨', 'FILLING', ['EXTEND_DOWNSTREAM']),
    gap('die_casting', '压铸件', '万吨', 'MISSING', ['EXTEND_DOWNSTREAM']),
    gap('aluminium_strip', '铝板带', '万吨', 'WEAK', ['STRENGTHEN'], {
      localEnterprises: 1,
      localCapacity: [{ value: 60, unit: '万吨' }],
      balance: {
        unit: '万吨',
        supply: 60,
        demand: 100,
        value: -40,
        complete: false,
        notes: [{ zh: '铝箔的需求未计入：无投入比。', en: 'Demand of foil left out: no ratio.' }],
      },
    }),
    gap('electrolytic_aluminium', '电解铝', '万吨', 'STRONG', ['NONE'], {
      localEnterprises: 3,
      localCapacity: [{ value: 266, unit: '万吨' }],
      explanation: {
        zh: '本地电解铝产能266万吨，本地加工需求240万吨，约26万吨未经本地加工即外流。',
        en: 'Local smelting 2,660 kt against 2,400 kt processed locally: about 260 kt leaves unprocessed.',
      },
      balance: { unit: '万吨', supply: 266, demand: 240, value: 26, complete: true, notes: [] },
    }),
    // Capacity in 万件 and 万吨 but no balance: the units cannot be compared.
    gap('wheels', '铝合金车轮', '万吨', 'STRONG', [], {
      localEnterprises: 2,
      localCapacity: [
        { value: 400, unit: '万件' },
        { value: 2.5, unit: '万吨' },
      ],
    }),
  ];
}

export function aluminiumSummary(): GapSummary {
  return {
    completeness: 0.7,
    linksTotal: 10,
    linksPresent: 7,
    gaps: {
      fill: 1,
      extendDownstream: 2,
      extendUpstream: 0,
      strengthen: 1,
      missing: 2,
      filling: 1,
      weak: 1,
      strong: 6,
    },
    masters: [
      { enterprise: HONGJUN, region: { code: '150581', name: '霍林郭勒市' }, source: '通辽日报', asOf: '2022-11' },
      { enterprise: LIANSHENG, region: { code: '150581', name: '霍林郭勒市' }, source: '通辽日报', asOf: '2022-11' },
      { enterprise: LIANSHENG, region: { code: '150500', name: '通辽市' }, source: '通辽日报', asOf: '2022-11' },
    ],
    leader: { name: '张三', title: '霍林郭勒市市长', source: '估算 estimate: 示例', asOf: '2023' },
    projects: { signed: 3, started: 2, producing: 1, stalled: 0, cancelled: 0 },
  };
}

const SRC = { source: '通辽日报 2022-11', asOf: '2022-11' };

/** Electrolytic aluminium expanded: two smelters, one building; trades with strip and alloy firms. */
export function electrolyticFirms(): LinkFirmGraph {
  return {
    link: { id: 'electrolytic_aluminium' },
    total: 3,
    firms: [
      {
        enterprise: { id: HONGJUN.id, name: HONGJUN.name, tags: [] },
        productions: [{ capacity: 150, unit: '万吨', status: 'OPERATING', ...SRC }],
        links: ['electrolytic_aluminium'],
        master: true,
      },
      {
        enterprise: { id: 'E-xuyang', name: '旭阳新材料', tags: [] },
        productions: [{ capacity: 10, unit: '万吨', status: 'BUILDING', ...SRC }],
        links: ['electrolytic_aluminium'],
        master: false,
      },
    ],
    neighbours: [
      {
        enterprise: { id: LIANSHENG.id, name: LIANSHENG.name, tags: [] },
        productions: [],
        links: ['aluminium_strip', 'aluminium_foil'],
        master: true,
      },
      {
        enterprise: { id: 'E-far', name: '外链企业', tags: [] },
        productions: [],
        links: ['not_on_map'],
        master: false,
      },
    ],
    supplies: [
      {
        supplier: HONGJUN,
        customer: LIANSHENG,
        link: { id: 'electrolytic_aluminium' },
        volume: 30,
        unit: '万吨',
        ...SRC,
      },
      {
        supplier: HONGJUN,
        customer: { id: 'E-xuyang', name: '旭阳新材料' },
        link: { id: 'electrolytic_aluminium' },
        ...SRC,
      },
      // Twice in the data (e.g. listed by both expanded links): drawn once.
      {
        supplier: HONGJUN,
        customer: { id: 'E-xuyang', name: '旭阳新材料' },
        link: { id: 'electrolytic_aluminium' },
        ...SRC,
      },
      {
        supplier: HONGJUN,
        customer: { id: 'E-far', name: '外链企业' },
        link: { id: 'electrolytic_aluminium' },
        ...SRC,
      },
    ],
  };
}

/** Strip expanded too: 联晟 is then a firm node and the trade with 鸿骏 joins two firm nodes. */
export function stripFirms(): LinkFirmGraph {
  return {
    link: { id: 'aluminium_strip' },
    total: 1,
    firms: [
      {
        enterprise: { id: LIANSHENG.id, name: LIANSHENG.name, tags: [] },
        productions: [{ capacity: 60, unit: '万吨', status: 'OPERATING', ...SRC }],
        links: ['aluminium_strip'],
        master: true,
      },
    ],
    neighbours: [
      {
        enterprise: { id: HONGJUN.id, name: HONGJUN.name, tags: [] },
        productions: [],
        links: ['electrolytic_aluminium'],
        master: true,
      },
    ],
    supplies: [
      {
        supplier: HONGJUN,
        customer: LIANSHENG,
        link: { id: 'electrolytic_aluminium' },
        volume: 30,
        unit: '万吨',
        ...SRC,
      },
    ],
  };
}

export function stripProjects(): LinkProject[] {
  return [
    {
      id: 'P-1',
      name: '联晟80万吨电池箔项目',
      status: 'STARTED',
      investmentYi: 45,
      capacity: 80,
      unit: '万吨',
      signedOn: '2022-03',
      startedOn: '2022-06',
      producingOn: null,
      leader: '李四',
      enterprise: LIANSHENG,
      region: { code: '150581', name: '霍林郭勒市' },
      source: '通辽日报 2022-11',
      asOf: '2022-11',
    },
    { id: 'P-2', name: '无投资方项目', status: 'SIGNED', region: { code: '150581', name: '霍林郭勒市' } },
  ];
}
