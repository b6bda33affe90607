import {
  MAX_EXPANDED,
  parseViewState,
  resolveChain,
  resolveDefaultRegion,
  serialiseViewState,
  type ViewState,
} from './url-state';

describe('parseViewState', () => {
  it('reads every parameter', () => {
    expect(
      parseViewState('?chain=aluminium&region=150581&link=electrolytic_aluminium&firm=E-lianSheng&lang=en'),
    ).toEqual({
      chain: 'aluminium',
      region: '150581',
      link: 'electrolytic_aluminium',
      firm: 'E-lianSheng',
      lang: 'en',
    });
  });

  it('defaults: no chain, region not given (undefined), Chinese', () => {
    expect(parseViewState('')).toEqual({ chain: null, region: undefined, link: null, firm: null, lang: 'zh' });
  });

  it('tells the national view (null) from "no region given" (undefined)', () => {
    expect(parseViewState('?region=national').region).toBeNull();
    expect(parseViewState('?region=').region).toBeNull();
    expect(parseViewState('?chain=x').region).toBeUndefined();
  });

  it('drops values that are not ids, and unknown languages', () => {
    const s = parseViewState('?chain=<script>&region=15%2005&link=a b&lang=fr');
    expect(s.chain).toBeNull();
    expect(s.region).toBeUndefined();
    expect(s.link).toBeNull();
    expect(s.lang).toBe('zh');
  });

  it('accepts park ids and 18-character credit codes', () => {
    expect(parseViewState('region=150581-P01').region).toBe('150581-P01');
    expect(parseViewState('firm=91150581MA0N1234X5').firm).toBe('91150581MA0N1234X5');
  });
});

describe('serialiseViewState', () => {
  const view: ViewState = { chain: 'aluminium', region: '150581', link: 'battery_foil', firm: null, lang: 'zh' };

  it('writes a stable, minimal query string', () => {
    expect(serialiseViewState(view)).toBe('?chain=aluminium&region=150581&link=battery_foil&lang=zh');
    expect(serialiseViewState({ ...view, region: null, link: null, lang: 'en' })).toBe(
      '?chain=aluminium&region=national&lang=en',
    );
    expect(serialiseViewState({ ...view, region: undefined, link: null, firm: 'E-x' })).toBe(
      '?chain=aluminium&firm=E-x&lang=zh',
    );
  });

  it('round-trips', () => {
    for (const v of [view, { ...view, region: null }, { ...view, firm: 'E-lianSheng', lang: 'en' as const }]) {
      expect(parseViewState(serialiseViewState(v))).toEqual(v);
    }
  });
});

describe('defaults', () => {
  it('keeps a requested chain, else aluminium if present, else the first, else none', () => {
    expect(resolveChain('nickel', ['aluminium', 'nickel'])).toBe('nickel');
    expect(resolveChain(null, ['battery', 'aluminium'])).toBe('aluminium');
    expect(resolveChain(null, ['battery', 'nickel'])).toBe('battery');
    expect(resolveChain(null, [])).toBeNull();
  });

  it('uses 150581 (霍林郭勒市) when it exists, else the national view', () => {
    expect(resolveDefaultRegion(true)).toBe('150581');
    expect(resolveDefaultRegion(false)).toBeNull();
  });
});

describe('expanded links in the URL', () => {
  it('reads and writes expand=a,b, dropping invalid ids and repeats', () => {
    const s = parseViewState('?chain=aluminium&expand=electrolytic_aluminium,<x>,battery_foil,battery_foil');
    expect(s.expanded).toEqual(['electrolytic_aluminium', 'battery_foil']);
    expect(serialiseViewState(s)).toBe('?chain=aluminium&expand=electrolytic_aluminium%2Cbattery_foil&lang=zh');
    expect(parseViewState('?expand=').expanded).toBeUndefined();
  });

  it('caps how many links a shared URL may expand', () => {
    const many = Array.from({ length: 30 }, (_, i) => `l${i}`).join(',');
    expect(parseViewState(`?expand=${many}`).expanded).toHaveLength(MAX_EXPANDED);
  });

  it('leaves plain map URLs as they were', () => {
    const plain: ViewState = { chain: 'aluminium', region: '150581', link: null, firm: null, lang: 'zh' };
    expect(serialiseViewState({ ...plain, expanded: [] })).toBe(serialiseViewState(plain));
  });
});
