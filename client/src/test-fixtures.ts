/**
 * A realistic `chainMap` result for the unit tests: the Huolinguole (霍林郭勒市)
 * aluminium chain as reference articles 000/001 describe it (coal 5000万吨, power
 * 812万千瓦, electrolytic aluminium 266万吨, battery foil being built). Firm counts
 * and the split of figures between firms are illustrative.
 */
import type { ChainMap, ChainMapNode, LinkDetail, Stage } from './types';

const SRC = '通辽日报 2022-11《在构建新发展格局中打造发展新优势》';

function node(
  id: string,
  name: string,
  nameEn: string,
  unit: string,
  stage: Stage,
  position: number,
  enterprises: number,
  capacity: ChainMapNode['capacity'] = [],
  pipelineCapacity: ChainMapNode['pipelineCapacity'] = [],
  masterEnterprises: ChainMapNode['masterEnterprises'] = [],
): ChainMapNode {
  return {
    link: { id, name, nameEn, unit, source: SRC, asOf: '2022-11' },
    stage,
    position,
    enterprises,
    capacity,
    pipelineCapacity,
    masterEnterprises,
  };
}

export const HONGJUN = { id: 'E-hongjun', name: '内蒙古霍煤鸿骏铝电有限责任公司' };
export const LIANSHENG = { id: 'E-lianSheng', name: '内蒙古联晟新能源材料有限公司' };

export function aluminiumMap(): ChainMap {
  return {
    chain: { id: 'aluminium', name: '铝产业链', nameEn: 'Aluminium', description: null, source: SRC, asOf: '2022-11' },
    region: {
      code: '150581',
      name: '霍林郭勒市',
      level: 'COUNTY',
      path: [
        { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' },
        { code: '150500', name: '通辽市', level: 'CITY' },
        { code: '150581', name: '霍林郭勒市', level: 'COUNTY' },
      ],
    },
    // Deliberately not in map order: the element builder sorts by stage and position.
    nodes: [
      node('battery_foil', '电池箔', 'Battery foil', '万吨', 'DOWNSTREAM', 2, 0, [], [{ value: 80, unit: '万吨' }]),
      node('coal', '煤炭', 'Coal', '万吨', 'UPSTREAM', 0, 2, [{ value: 5000, unit: '万吨' }]),
      node('power', '电力', 'Power', '万千瓦', 'UPSTREAM', 1, 3, [{ value: 812, unit: '万千瓦' }]),
      node('alumina', '氧化铝', 'Alumina', '万吨', 'UPSTREAM', 2, 0),
      node(
        'electrolytic_aluminium',
        '电解铝',
        'Electrolytic aluminium',
        '万吨',
        'MIDSTREAM',
        0,
        3,
        [{ value: 266, unit: '万吨' }],
        [],
        [HONGJUN],
      ),
      node('aluminium_alloy', '铝合金', 'Aluminium alloy', '万吨', 'MIDSTREAM', 1, 2, [{ value: 60, unit: '万吨' }]),
      node(
        'aluminium_strip',
        '铝板带',
        'Aluminium strip',
        '万吨',
        'DOWNSTREAM',
        0,
        1,
        [{ value: 60, unit: '万吨' }],
        [],
        [LIANSHENG],
      ),
      node(
        'aluminium_foil',
        '铝箔',
        'Aluminium foil',
        '万吨',
        'DOWNSTREAM',
        1,
        1,
        [{ value: 30, unit: '万吨' }],
        [],
        [LIANSHENG],
      ),
      // Two units on one link: must be listed side by side, never added.
      node('wheels', '铝合金车轮', 'Aluminium wheels', '万件', 'DOWNSTREAM', 3, 2, [
        { value: 400, unit: '万件' },
        { value: 2.5, unit: '万吨' },
      ]),
      node('die_casting', '压铸件', 'Die-castings', '万吨', 'DOWNSTREAM', 4, 0),
    ],
    edges: [
      { from: { id: 'coal' }, to: { id: 'power' }, inputPerUnit: null, note: null, source: SRC, asOf: '2022-11' },
      {
        from: { id: 'power' },
        to: { id: 'electrolytic_aluminium' },
        inputPerUnit: 1.35,
        note: '万千瓦时/吨 折算',
        source: SRC,
        asOf: '2022-11',
      },
      {
        from: { id: 'alumina' },
        to: { id: 'electrolytic_aluminium' },
        inputPerUnit: 1.92,
        source: SRC,
        asOf: '2022-11',
      },
      { from: { id: 'electrolytic_aluminium' }, to: { id: 'aluminium_alloy' }, inputPerUnit: 1.0 },
      { from: { id: 'electrolytic_aluminium' }, to: { id: 'aluminium_strip' }, inputPerUnit: 1.05 },
      { from: { id: 'aluminium_strip' }, to: { id: 'aluminium_foil' }, inputPerUnit: 1.1 },
      { from: { id: 'aluminium_foil' }, to: { id: 'battery_foil' }, inputPerUnit: 1.02 },
      { from: { id: 'aluminium_alloy' }, to: { id: 'wheels' } },
      { from: { id: 'aluminium_alloy' }, to: { id: 'die_casting' } },
    ],
    masters: [
      { enterprise: HONGJUN, region: { code: '150581', name: '霍林郭勒市' }, source: SRC, asOf: '2022-11' },
      { enterprise: LIANSHENG, region: { code: '150581', name: '霍林郭勒市' }, source: SRC, asOf: '2022-11' },
    ],
    leader: {
      name: '张三',
      title: '霍林郭勒市市长',
      region: { code: '150581', name: '霍林郭勒市' },
      source: '估算 estimate: 示例',
      asOf: '2023',
    },
  };
}

/** The firms of electrolytic aluminium in the region, as `link(id){ producers }` returns them. */
export function electrolyticProducers(): LinkDetail {
  const region = { code: '150581', name: '霍林郭勒市' };
  return {
    id: 'electrolytic_aluminium',
    name: '电解铝',
    nameEn: 'Electrolytic aluminium',
    unit: '万吨',
    source: SRC,
    asOf: '2022-11',
    producers: [
      {
        enterprise: {
          id: 'E-xuyang',
          name: '霍林郭勒旭阳新材料有限公司',
          ownership: 'PRIVATE',
          tags: ['srdi'],
          region,
        },
        capacity: 10,
        unit: '万吨',
        status: 'BUILDING',
        source: '估算 estimate: 扩建规模',
        asOf: '2023',
      },
      {
        enterprise: {
          id: HONGJUN.id,
          name: HONGJUN.name,
          ownership: 'CENTRAL_SOE',
          tags: ['global500', 'listed'],
          region,
        },
        capacity: 150,
        unit: '万吨',
        status: 'OPERATING',
        source: SRC,
        asOf: '2022-11',
      },
      {
        enterprise: { id: 'E-chuangyuan', name: '霍林郭勒创源铝业有限公司', ownership: 'PRIVATE', tags: [], region },
        capacity: 90,
        unit: '万吨',
        status: 'OPERATING',
        source: null,
        asOf: null,
      },
      {
        enterprise: {
          id: 'E-jinlian',
          name: '霍林郭勒锦联铝材有限公司',
          ownership: 'PRIVATE',
          tags: ['high_tech'],
          region,
        },
        capacity: 26,
        unit: '万吨',
        status: 'OPERATING',
        source: SRC,
        asOf: '2022-11',
      },
      {
        enterprise: { id: 'E-x', name: '某铝业公司', ownership: null, tags: ['不在词表的标签'], region: null },
        capacity: null,
        unit: null,
        status: 'PLANNED',
        source: SRC,
        asOf: '2022-11',
      },
    ],
  };
}
