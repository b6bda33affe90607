import { globalSearchItems, moveActive, regionSearchItems } from './search-box';

describe('globalSearchItems', () => {
  const result = {
    searchChains: [{ score: 2, chain: { id: 'aluminium', name: '铝产业链', nameEn: 'Aluminium' } }],
    searchLinks: [
      {
        score: 1.5,
        link: {
          id: 'battery_foil',
          name: '电池箔',
          nameEn: 'Battery foil',
          chains: [
            { id: 'aluminium', name: '铝产业链', nameEn: 'Aluminium' },
            { id: 'battery', name: '电池产业链', nameEn: null },
          ],
        },
      },
    ],
    searchEnterprises: [
      {
        score: 3,
        enterprise: {
          id: 'E-liansheng',
          name: '内蒙古联晟新能源材料有限公司',
          region: { code: '150581', name: '霍林郭勒市' },
        },
      },
      { score: 1, enterprise: { id: 'E-x', name: '某公司', region: null } },
    ],
  };

  it('lists chains, links and firms with a kind and a detail line', () => {
    expect(globalSearchItems({ lang: 'zh', result })).toEqual([
      { kind: 'chain', id: 'aluminium', label: '铝产业链', detail: '产业链' },
      {
        kind: 'link',
        id: 'battery_foil',
        label: '电池箔',
        detail: '环节 · 铝产业链、电池产业链',
        chains: ['aluminium', 'battery'],
      },
      { kind: 'firm', id: 'E-liansheng', label: '内蒙古联晟新能源材料有限公司', detail: '企业 · 霍林郭勒市' },
      { kind: 'firm', id: 'E-x', label: '某公司', detail: '企业' },
    ]);
  });

  it('uses English names where there are any', () => {
    const en = globalSearchItems({ lang: 'en', result });
    expect(en.map((i) => i.label).slice(0, 2)).toEqual(['Aluminium', 'Battery foil']);
    expect(en[1]?.detail).toBe('Link · Aluminium, 电池产业链');
  });
});

describe('regionSearchItems', () => {
  it('shows the path above a region and keeps its codes for the cascade', () => {
    const items = regionSearchItems([
      {
        code: '150581',
        name: '霍林郭勒市',
        level: 'COUNTY',
        path: [
          { code: '150000', name: '内蒙古自治区' },
          { code: '150500', name: '通辽市' },
          { code: '150581', name: '霍林郭勒市' },
        ],
      },
      { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' },
    ]);
    expect(items).toEqual([
      {
        kind: 'region',
        id: '150581',
        label: '霍林郭勒市',
        detail: '内蒙古自治区 › 通辽市',
        path: ['150000', '150500', '150581'],
      },
      { kind: 'region', id: '150000', label: '内蒙古自治区', detail: '', path: ['150000'] },
    ]);
  });
});

describe('moveActive', () => {
  it('moves down and up with wrap-around, Home and End jump', () => {
    expect(moveActive(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(2, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(0, 'ArrowUp', 3)).toBe(2);
    expect(moveActive(-1, 'ArrowUp', 3)).toBe(2);
    expect(moveActive(1, 'Home', 3)).toBe(0);
    expect(moveActive(0, 'End', 3)).toBe(2);
    expect(moveActive(1, 'a', 3)).toBe(1);
  });

  it('has nothing to move to in an empty list', () => {
    expect(moveActive(0, 'ArrowDown', 0)).toBe(-1);
  });
});
