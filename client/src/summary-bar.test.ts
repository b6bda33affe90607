import { formatPercent, summaryBarModel } from './summary-bar';
import { aluminiumSummary } from './leader-fixtures';

describe('summaryBarModel', () => {
  const m = summaryBarModel({ lang: 'zh', summary: aluminiumSummary() });

  it('shows completeness as a percentage with the link counts', () => {
    expect(m.percent).toBe('70%');
    expect(m.completeness).toBe('70%（7/10个环节）');
    expect(formatPercent(0.6667)).toBe('67%');
    expect(formatPercent(0.6667, 1)).toBe('66.7%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('counts the gaps by opportunity type, in a fixed order', () => {
    expect(m.gaps.map((g) => [g.key, g.label, g.count])).toEqual([
      ['fill', '补链', 1],
      ['extendUpstream', '延链·上游', 0],
      ['extendDownstream', '延链·下游', 2],
      ['strengthen', '强链', 1],
    ]);
  });

  it('names the chain leader, or says there is none', () => {
    expect(m.leader).toBe('霍林郭勒市市长 张三');
    expect(m.hasLeader).toBe(true);
    expect(m.leaderProvenance).toContain('估算');
    const none = summaryBarModel({ lang: 'zh', summary: { ...aluminiumSummary(), leader: null } });
    expect(none.leader).toBe('未设链长');
    expect(none.hasLeader).toBe(false);
    expect(summaryBarModel({ lang: 'en', summary: { ...aluminiumSummary(), leader: null } }).leader).toBe(
      'No chain leader',
    );
  });

  it('lists the project pipeline and each link-master firm once', () => {
    expect(m.projects).toBe('签约 3 · 开工 2 · 投产 1');
    expect(m.masters.map((x) => x.name)).toEqual(['内蒙古霍煤鸿骏铝电有限责任公司', '内蒙古联晟新能源材料有限公司']);
  });

  it('reads in English', () => {
    const en = summaryBarModel({ lang: 'en', summary: aluminiumSummary() });
    expect(en.completeness).toBe('70% (7 of 10 links)');
    expect(en.projects).toBe('signed 3 · started 2 · producing 1');
    expect(en.gaps[0]?.label).toBe('Fill');
  });
});
