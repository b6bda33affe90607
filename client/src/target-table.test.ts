import { csvField, regionText, rowsFromChainTargets, rowsFromTargets, tableToCsv, targetTable } from './target-table';
import { sampleChainTargets, sampleTargets } from './target-fixtures';

describe('the target table', () => {
  it('has one row per firm with the points of each score component, in Chinese', () => {
    const table = targetTable(rowsFromTargets(sampleTargets(), 'zh'), 'zh');
    expect(table.header).toEqual([
      '排名',
      '企业编号',
      '企业',
      '所在地',
      '所有制',
      '标签',
      '总分',
      '规模',
      '资质',
      '关联',
      '动能',
      '区位',
      '产能',
      '集团关联',
      '理由',
    ]);
    expect(table.rows[0]).toEqual([
      1,
      'E-dingsheng',
      '江苏鼎盛新能源材料股份有限公司',
      '江苏省 镇江市',
      '民营',
      '上市、制造业单项冠军',
      61.5,
      24,
      16,
      6,
      8,
      7.5,
      '30万吨',
      '',
      '电池箔产能30万吨；上市, "单项冠军"',
    ]);
    expect(table.rows[1]?.[13]).toBe('是');
  });

  it('lists the gap links instead of components for the whole chain, in English', () => {
    const table = targetTable(rowsFromChainTargets(sampleChainTargets(), 'en'), 'en');
    expect(table.header).toContain('Gap links');
    expect(table.header).not.toContain('Scale');
    expect(table.rows.map((r) => r[0])).toEqual([1, 2]);
    expect(table.rows[0]).toContain('Battery foil, Aluminium strip');
  });

  it('places a firm by its region path, or its region name', () => {
    expect(regionText(sampleTargets()[0]!.enterprise)).toBe('江苏省 镇江市');
    expect(regionText({ id: 'x', name: 'x', tags: [], region: { code: '1', name: '某地' } })).toBe('某地');
    expect(regionText({ id: 'x', name: 'x', tags: [] })).toBe('');
  });
});

describe('tableToCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes only where needed', () => {
    const csv = tableToCsv(targetTable(rowsFromTargets(sampleTargets(), 'zh'), 'zh'));
    expect(csv.startsWith('\uFEFF排名,企业编号,企业,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]).toContain(',"电池箔产能30万吨；上市, ""单项冠军"""');
  });
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(3.5)).toBe('3.5');
  });
});
