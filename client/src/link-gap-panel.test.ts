import { linkGapModel, projectRows } from './link-gap-panel';
import { aluminiumGaps, stripProjects } from './leader-fixtures';

const gap = (id: string) => aluminiumGaps().find((g) => g.link.id === id)!;

describe('linkGapModel', () => {
  it("explains a balance with the server's sentence and the figures", () => {
    const m = linkGapModel({ lang: 'zh', gap: gap('electrolytic_aluminium') });
    expect(m.statusLine).toBe('状态：较强　机会：无　得分 0');
    expect(m.explanation).toBe(gap('electrolytic_aluminium').explanation.zh);
    expect(m.balance).toBe('盈余 26万吨');
    expect(m.numbers).toBe('本地供给 266万吨，本地需求 240万吨，差额 +26万吨');
    expect(m.notes).toEqual([]);
  });

  it('says when demand is incomplete and why', () => {
    const m = linkGapModel({ lang: 'en', gap: gap('aluminium_strip') });
    expect(m.statusLine).toBe('Status: Weak   Opportunity: Strengthen   Score 50');
    expect(m.explanation).toBe(gap('aluminium_strip').explanation.en);
    expect(m.numbers).toBe('Local supply 600 kt, local demand 1,000 kt, balance −400 kt (demand incomplete)');
    expect(m.notes).toEqual(['Demand of foil left out: no ratio.']);
  });

  it('lists every opportunity of a missing link and has no figures without a balance', () => {
    const m = linkGapModel({ lang: 'zh', gap: gap('alumina') });
    expect(m.statusLine).toBe('状态：缺失　机会：补链、延链·上游　得分 50');
    expect(m.balance).toBeNull();
    expect(m.numbers).toBeNull();
  });
});

describe('projectRows', () => {
  it('shows status, investor, money, capacity, dates, official and source', () => {
    const [first, second] = projectRows({ lang: 'zh', projects: stripProjects() });
    expect(first).toMatchObject({
      name: '联晟80万吨电池箔项目',
      status: '开工',
      statusCode: 'STARTED',
      firm: { id: 'E-lianSheng', name: '内蒙古联晟新能源材料有限公司' },
      details: '霍林郭勒市 · 45亿元 · 80万吨 · 2022-03 → 2022-06 · 包联领导：李四',
      provenance: '来源：通辽日报 2022-11（2022-11）',
    });
    expect(second).toMatchObject({ firm: null, details: '霍林郭勒市', provenance: '来源未记录' });
    expect(projectRows({ lang: 'en', projects: stripProjects() })[0]?.details).toBe(
      '霍林郭勒市 · CNY 4,500M · 800 kt · 2022-03 → 2022-06 · Responsible official: 李四',
    );
  });
});
