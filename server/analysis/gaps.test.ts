import { analyseChain } from './gaps';
import type { ChainLinkInfo, FeedInfo, LinkFacts, LinkGap } from './gap-types';
import { noProjects } from './gap-types';
import { defaultGapThresholds } from './thresholds';

/** A small aluminium chain; facts are written per link with only what matters for each case. */
const link = (
  id: string,
  stage: ChainLinkInfo['stage'],
  position: number,
  unit: string | null = '万吨',
): ChainLinkInfo => ({
  id,
  name: `环节${id}`,
  nameEn: `link ${id}`,
  unit,
  stage,
  position,
});
const facts = (partial: Partial<LinkFacts> & { operating?: [number, string][] }): LinkFacts => ({
  localOperatingFirms: partial.localOperatingFirms ?? partial.operating?.length ?? 0,
  localPipelineFirms: partial.localPipelineFirms ?? 0,
  local: [
    ...(partial.operating ?? []).map(([value, unit]) => ({ status: 'operating' as const, value, unit })),
    ...(partial.local ?? []),
  ],
  projects: partial.projects ?? noProjects,
  nationalOperatingFirms: partial.nationalOperatingFirms ?? 5,
  nationalOperating: partial.nationalOperating ?? [{ value: 1000, unit: '万吨' }],
});
const feed = (from: string, to: string, inputPerUnit: number | null = 1): FeedInfo => ({ from, to, inputPerUnit });

function analyse(
  links: ChainLinkInfo[],
  feeds: FeedInfo[],
  byLink: Record<string, LinkFacts>,
  thresholds = defaultGapThresholds,
) {
  const result = analyseChain({ links, feeds, otherLinks: [], facts: new Map(Object.entries(byLink)), thresholds });
  return Object.fromEntries(result.map((g) => [g.link.id, g])) as Record<string, LinkGap>;
}

describe('analyseChain: the Tongliao case (266万吨 smelted, 240万吨 processed)', () => {
  const links = [
    link('ea', 'upstream', 0),
    link('billet', 'midstream', 0),
    link('alloy', 'midstream', 1),
    link('plate', 'midstream', 2),
    link('wheels', 'midstream', 3),
  ];
  const feeds = [feed('ea', 'billet'), feed('ea', 'alloy'), feed('ea', 'plate'), feed('alloy', 'wheels', 1.02)];
  const gaps = analyse(links, feeds, {
    ea: facts({
      operating: [
        [86, '万吨'],
        [90, '万吨'],
        [90, '万吨'],
      ],
      localOperatingFirms: 3,
    }),
    billet: facts({ operating: [[20.8, '万吨']], localOperatingFirms: 2 }),
    alloy: facts({ operating: [[164.4, '万吨']], localOperatingFirms: 3 }),
    plate: facts({ operating: [[54.8, '万吨']], localOperatingFirms: 2 }),
    wheels: facts({ nationalOperatingFirms: 12 }),
  });

  it('shows the 26万吨 surplus of electrolytic aluminium', () => {
    expect(gaps.ea!.balance).toEqual({ unit: '万吨', supply: 266, demand: 240, value: 26, complete: true, notes: [] });
    expect(gaps.ea!.status).toBe('STRONG');
    expect(gaps.ea!.opportunity).toBe('NONE');
  });

  it('proposes extending downstream into wheels, fed by alloy that all leaves the region', () => {
    expect(gaps.wheels!.status).toBe('MISSING');
    expect(gaps.wheels!.opportunities).toEqual(['EXTEND_DOWNSTREAM']);
    // alloy: 164.4 made, nothing local consumes it: magnitude 1 → 100 × 0.9 × 1.0
    expect(gaps.wheels!.score).toBe(90);
    expect(gaps.wheels!.explanation.zh).toContain('164.4万吨未经本地加工即外流');
    expect(gaps.wheels!.explanation.en).toContain('164.4 万吨 leaves the region unprocessed');
    expect(gaps.wheels!.explanation.zh).toContain('全国有12家在产企业');
  });

  it('ranks gaps by score, opportunities before links without one', () => {
    const ranked = analyseChain({ links, feeds, otherLinks: [], facts: new Map(), thresholds: defaultGapThresholds });
    expect(ranked.map((g) => g.score)).toEqual([...ranked.map((g) => g.score)].sort((a, b) => b - a));
  });
});

describe('analyseChain: statuses', () => {
  const links = [link('a', 'upstream', 0), link('b', 'midstream', 0), link('c', 'downstream', 0)];
  const feeds = [feed('a', 'b', 2), feed('b', 'c', 1)];

  it('MISSING, FILLING (building capacity or a signed project), WEAK (one producer), STRONG', () => {
    const g = analyse(links, feeds, {
      a: facts({
        operating: [
          [10, '万吨'],
          [10, '万吨'],
        ],
        localOperatingFirms: 2,
      }),
      b: facts({ local: [{ status: 'building', value: 5, unit: '万吨' }], localPipelineFirms: 1 }),
      c: facts({ operating: [[3, '万吨']] }),
    });
    expect(g.a!.status).toBe('STRONG');
    expect(g.b!.status).toBe('FILLING');
    expect(g.c!.status).toBe('WEAK');
    const signed = analyse(links, feeds, { b: facts({ projects: { ...noProjects, signed: 1 } }) });
    expect(signed.b!.status).toBe('FILLING');
    expect(analyse(links, feeds, {}).b!.status).toBe('MISSING');
  });

  it('WEAK when local supply is below the configured share of local demand', () => {
    const byLink = {
      a: facts({
        operating: [
          [10, '万吨'],
          [5, '万吨'],
        ],
        localOperatingFirms: 2,
      }), // demand: b 10 × 2 = 20
      b: facts({
        operating: [
          [5, '万吨'],
          [5, '万吨'],
        ],
        localOperatingFirms: 2,
      }),
    };
    const g = analyse(links, feeds, byLink);
    expect(g.a!.balance).toMatchObject({ supply: 15, demand: 20, value: -5 });
    expect(g.a!.status).toBe('STRONG'); // 15 ≥ 0.5 × 20
    expect(g.a!.opportunity).toBe('EXTEND_UPSTREAM');
    const strict = analyse(links, feeds, byLink, { weakSupplyShare: 0.8, weakMaxProducers: 1 });
    expect(strict.a!.status).toBe('WEAK'); // 15 < 0.8 × 20
    expect(strict.a!.opportunities).toEqual(['EXTEND_UPSTREAM', 'STRENGTHEN']);
  });
});

describe('analyseChain: opportunities', () => {
  const links = [link('a', 'upstream', 0), link('b', 'midstream', 0), link('c', 'downstream', 0)];
  const feeds = [feed('a', 'b', null), feed('b', 'c', null)];

  it('FILL: a missing link between two local links', () => {
    const g = analyse(links, feeds, {
      a: facts({
        operating: [
          [1, '万吨'],
          [1, '万吨'],
        ],
      }),
      b: facts({}),
      c: facts({
        operating: [
          [1, '万吨'],
          [1, '万吨'],
        ],
      }),
    });
    expect(g.b!.opportunity).toBe('FILL');
    expect(g.b!.score).toBe(100);
    expect(g.b!.explanation.zh).toContain('补链');
    expect(g.b!.upstream).toEqual(['a']);
    expect(g.b!.downstream).toEqual(['c']);
  });

  it('EXTEND_UPSTREAM for a missing link whose local consumers buy it from outside', () => {
    const g = analyse([link('ore', 'upstream', 0), link('metal', 'midstream', 0)], [feed('ore', 'metal', 1.92)], {
      ore: facts({}),
      metal: facts({
        operating: [
          [100, '万吨'],
          [50, '万吨'],
        ],
      }),
    });
    expect(g.ore!.balance).toMatchObject({ supply: 0, demand: 288, value: -288 });
    expect(g.ore!.opportunity).toBe('EXTEND_UPSTREAM');
    expect(g.ore!.score).toBe(85);
    expect(g.ore!.explanation.zh).toContain('缺口约288万吨需从外地购入');
  });

  it('STRENGTHEN for a single producer; halves the score when nobody anywhere makes the link', () => {
    const g = analyse(links, feeds, {
      b: facts({ operating: [[4, '万吨']], nationalOperatingFirms: 0, nationalOperating: [] }),
    });
    expect(g.b!.opportunity).toBe('STRENGTHEN');
    expect(g.b!.existsNationally).toBe(false);
    expect(g.b!.score).toBe(24); // 100 × 0.6 × (0.6 + 0.4 × 0.5) × 0.5
  });

  it('NONE for a missing link with nothing local around it', () => {
    expect(analyse(links, feeds, {}).b!.opportunity).toBe('NONE');
    expect(analyse(links, feeds, {}).b!.score).toBe(0);
  });
});

describe('analyseChain: units', () => {
  it('never adds different units: a consumer in other units is named, not counted', () => {
    const links = [link('power', 'upstream', 0, '万千瓦'), link('smelt', 'midstream', 0)];
    const g = analyse(links, [feed('power', 'smelt', 0.5)], {
      power: facts({
        operating: [
          [800, '万千瓦'],
          [3, '亿千瓦时'],
        ],
        localOperatingFirms: 2,
      }),
      smelt: facts({ operating: [[266, '亿元']], localOperatingFirms: 3 }),
    });
    const b = g.power!.balance!;
    expect(b).toMatchObject({ unit: '万千瓦', supply: 800, demand: 0, complete: false });
    expect(b.notes.map((n) => n.zh).join()).toContain('亿千瓦时');
    expect(b.notes.map((n) => n.en).join()).toContain('is not in 万吨');
  });

  it('leaves out consumers whose input ratio is unknown and says so', () => {
    const links = [link('a', 'upstream', 0), link('b', 'midstream', 0)];
    const g = analyse(links, [feed('a', 'b', null)], {
      a: facts({
        operating: [
          [10, '万吨'],
          [1, '万吨'],
        ],
      }),
      b: facts({
        operating: [
          [7, '万吨'],
          [1, '万吨'],
        ],
      }),
    });
    expect(g.a!.balance).toMatchObject({ supply: 11, demand: 0, value: 11, complete: false });
    expect(g.a!.balance!.notes[0]!.zh).toContain('单耗未知');
  });
});
