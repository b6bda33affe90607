import { linkPanelModel } from './panel';
import { electrolyticProducers } from './test-fixtures';

describe('linkPanelModel', () => {
  const m = linkPanelModel('zh', electrolyticProducers(), '霍林郭勒市');

  it('titles the panel with the link and the region', () => {
    expect(m.title).toBe('电解铝 · 企业');
    expect(m.scope).toBe('霍林郭勒市范围内的生产企业');
  });

  it('lists operating firms first, largest first, then building, then planned', () => {
    expect(m.rows.map((r) => [r.firm, r.capacity, r.status])).toEqual([
      ['内蒙古霍煤鸿骏铝电有限责任公司', '150万吨', '在产'],
      ['霍林郭勒创源铝业有限公司', '90万吨', '在产'],
      ['霍林郭勒锦联铝材有限公司', '26万吨', '在产'],
      ['霍林郭勒旭阳新材料有限公司', '10万吨', '在建'],
      ['某铝业公司', '—', '规划'],
    ]);
  });

  it('totals operating capacity per unit only (building and planned excluded)', () => {
    expect(m.total).toBe('合计（按单位）：266万吨');
  });

  it('shows ownership and tags, translated, unknown tags as given', () => {
    expect(m.rows[0]?.tags).toEqual(['央企', '世界500强', '上市']);
    expect(m.rows[4]?.tags).toEqual(['不在词表的标签']);
  });

  it('gives every row its source and date, flags estimates and missing sources', () => {
    expect(m.rows[0]?.provenance).toBe('来源：通辽日报 2022-11《在构建新发展格局中打造发展新优势》（2022-11）');
    expect(m.rows[1]?.provenance).toBe('来源未记录');
    expect(m.rows.find((r) => r.status === '在建')?.estimate).toBe(true);
    expect(m.rows[0]?.estimate).toBe(false);
  });

  it('reads in English', () => {
    const en = linkPanelModel('en', electrolyticProducers(), null);
    expect(en.title).toBe('Electrolytic aluminium · firms');
    expect(en.scope).toBe('Producers in National');
    expect(en.rows[0]?.capacity).toBe('1,500 kt');
    expect(en.total).toBe('Total (per unit): 2,660 kt');
  });

  it('says when the page may be cut off', () => {
    expect(m.truncated).toBe(false);
    const many = electrolyticProducers();
    const first = many.producers[0];
    if (!first) throw new Error('fixture');
    many.producers = Array.from({ length: 50 }, () => first);
    expect(linkPanelModel('zh', many, '霍林郭勒市').truncated).toBe(true);
  });
});
