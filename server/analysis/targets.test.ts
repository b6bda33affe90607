import { provinceBorders, provinceProximity } from './provinces';
import { defaultTargetWeights, resolveWeights } from './target-weights';
import { rankCandidates, scoreCandidate, type CandidateFacts } from './targets';

const base: CandidateFacts = {
  enterpriseId: 'E1',
  enterpriseName: '甲铝业',
  tags: [],
  viaGroup: false,
  capacity: [{ value: 10, unit: '万吨' }],
  capacityInUnit: 10,
  nationalCapacity: 1000,
  unit: '万吨',
  province: '370000',
  provinceName: '山东省',
  regionProvince: '150000',
  directTies: [],
  indirectTies: [],
  groupInRegion: [],
  recentProjects: 0,
  recentInvestmentYi: 0,
  recentProjectNames: [],
};
const component = (f: CandidateFacts, name: string) =>
  scoreCandidate(f, defaultTargetWeights).components.find((c) => c.name === name)!;

describe('scoreCandidate', () => {
  it('scale: square root of the national share, full at 10%', () => {
    expect(component(base, 'SCALE').value).toBeCloseTo(Math.sqrt(0.01 / 0.1), 3);
    expect(component({ ...base, capacityInUnit: 200, capacity: [{ value: 200, unit: '万吨' }] }, 'SCALE').value).toBe(
      1,
    );
    expect(component(base, 'SCALE').reason.zh).toBe('产能10万吨，占全国1%');
    expect(component({ ...base, capacity: [], capacityInUnit: 0 }, 'SCALE')).toMatchObject({
      value: 0,
      reason: { en: 'capacity unknown' },
    });
  });

  it('quality: tags combine as independent signals and are named', () => {
    const q = component({ ...base, tags: ['listed', 'little_giant', 'unknown_tag'] }, 'QUALITY');
    expect(q.value).toBeCloseTo(1 - 0.5 * 0.3, 5);
    expect(q.reason.zh).toBe('专精特新"小巨人"、上市公司');
  });

  it('ties: link-master partner > direct partner > group in region > two hops > none', () => {
    const values = [
      { directTies: [{ name: '本地链主', supplies: true, master: true }] },
      { directTies: [{ name: '本地厂', supplies: false, master: false }] },
      { groupInRegion: ['集团本地子公司'] },
      { indirectTies: [{ via: '中间商', name: '本地厂', master: false }] },
      {},
    ].map((extra) => component({ ...base, ...extra }, 'TIES').value);
    expect(values).toEqual([1, 0.8, 0.7, 0.5, 0]);
    expect(component({ ...base, directTies: [{ name: '联晟', supplies: true, master: true }] }, 'TIES').reason.zh).toBe(
      '已向本地链主企业联晟供货',
    );
  });

  it('momentum and proximity', () => {
    expect(component({ ...base, recentProjects: 1, recentProjectNames: ['新项目'] }, 'MOMENTUM').value).toBeCloseTo(
      1 / 3,
      3,
    );
    expect(component({ ...base, recentProjects: 5 }, 'MOMENTUM').value).toBe(1);
    expect(component({ ...base, province: '150000' }, 'PROXIMITY').value).toBe(1);
    expect(component({ ...base, province: '210000' }, 'PROXIMITY').value).toBe(0.6);
    expect(component(base, 'PROXIMITY').value).toBe(0);
  });

  it('the score is the weighted sum of the components, 0-100, and the points add up to it', () => {
    const scored = scoreCandidate({ ...base, tags: ['global500'], province: '150000' }, defaultTargetWeights);
    const expected = 100 * (0.3 * Math.sqrt(0.1) + 0.2 * 0.9 + 0.1 * 1);
    expect(scored.score).toBeCloseTo(expected, 1);
    expect(scored.components.reduce((s, c) => s + c.points, 0)).toBeCloseTo(scored.score, 0);
  });

  it('a tie to the region raises a smaller firm above a larger one', () => {
    const big = { ...base, enterpriseId: 'BIG', capacityInUnit: 40, capacity: [{ value: 40, unit: '万吨' }] };
    const tied = { ...base, enterpriseId: 'TIED', directTies: [{ name: '本地厂', supplies: true, master: false }] };
    const ranked = rankCandidates([big, tied].map((f) => scoreCandidate(f, defaultTargetWeights)));
    expect(ranked.map((r) => r.facts.enterpriseId)).toEqual(['TIED', 'BIG']);
  });
});

describe('resolveWeights', () => {
  it('normalises to 1 and refuses negatives', () => {
    const w = resolveWeights({ ties: 0.5 });
    expect('error' in w).toBe(false);
    const sum = Object.values(w as unknown as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(resolveWeights({ scale: -1 })).toEqual({ error: expect.stringContaining('scale') });
    expect(resolveWeights({ scale: 0, quality: 0, ties: 0, momentum: 0, proximity: 0 })).toEqual({
      error: expect.any(String),
    });
  });
});

describe('provinces', () => {
  it('borders are symmetric', () => {
    for (const [a, list] of Object.entries(provinceBorders)) {
      for (const b of list) expect(provinceBorders[b]).toContain(a);
    }
  });
  it('Inner Mongolia borders eight provinces, Hainan only Guangdong', () => {
    expect(provinceBorders['15']).toHaveLength(8);
    expect(provinceProximity('150581', '440300')).toBe('far');
    expect(provinceProximity('460000', '440000')).toBe('neighbour');
    expect(provinceProximity('150581', '150500')).toBe('same');
  });
});
