import {
  formatMoneyWan,
  formatMoneyYi,
  formatNumber,
  formatProvenance,
  formatQuantities,
  formatQuantity,
  isEstimate,
  sumByUnit,
} from './format';

describe('formatQuantity', () => {
  it('writes Chinese units after the number, without a space', () => {
    expect(formatQuantity('zh', { value: 266, unit: '万吨' })).toBe('266万吨');
    expect(formatQuantity('zh', { value: 5000, unit: '万吨' })).toBe('5000万吨');
    expect(formatQuantity('zh', { value: 2000, unit: '台' })).toBe('2000台');
    expect(formatQuantity('zh', { value: 12, unit: 'GWh' })).toBe('12 GWh');
    expect(formatQuantity('zh', { value: 1.333, unit: '万吨' })).toBe('1.33万吨');
  });

  it('converts the usual units exactly for English', () => {
    expect(formatQuantity('en', { value: 266, unit: '万吨' })).toBe('2,660 kt');
    expect(formatQuantity('en', { value: 812, unit: '万千瓦' })).toBe('8,120 MW');
    expect(formatQuantity('en', { value: 0.3, unit: '万吨' })).toBe('3 kt');
    expect(formatQuantity('en', { value: 2000, unit: '台' })).toBe('2,000 units');
    expect(formatQuantity('en', { value: 12, unit: 'GWh' })).toBe('12 GWh');
  });

  it('lists several units side by side', () => {
    const qs = [
      { value: 400, unit: '万件' },
      { value: 2.5, unit: '万吨' },
    ];
    expect(formatQuantities('zh', qs)).toBe('400万件、2.5万吨');
    expect(formatQuantities('en', qs)).toBe('4,000 k pcs, 25 kt');
    expect(formatQuantities('zh', [])).toBe('');
  });
});

describe('sumByUnit', () => {
  it('adds only figures of the same unit', () => {
    expect(
      sumByUnit([
        { capacity: 150, unit: '万吨' },
        { capacity: 2000, unit: '台' },
        { capacity: 90, unit: '万吨' },
        { capacity: 26, unit: '万吨' },
        { capacity: 1000, unit: '台' },
      ]),
    ).toEqual([
      { value: 266, unit: '万吨' },
      { value: 3000, unit: '台' },
    ]);
  });

  it('skips figures without a value or unit instead of guessing', () => {
    expect(
      sumByUnit([
        { capacity: null, unit: '万吨' },
        { capacity: 5, unit: null },
        { capacity: 7, unit: '吨' },
      ]),
    ).toEqual([{ value: 7, unit: '吨' }]);
    expect(sumByUnit([])).toEqual([]);
  });

  it('treats 吨 and 万吨 as different units (no silent conversion)', () => {
    expect(
      sumByUnit([
        { capacity: 1, unit: '万吨' },
        { capacity: 1, unit: '吨' },
      ]),
    ).toHaveLength(2);
  });
});

describe('money, numbers and provenance', () => {
  it('formats numbers per language', () => {
    expect(formatNumber('zh', 12345.678)).toBe('12345.68');
    expect(formatNumber('en', 12345.678)).toBe('12,345.68');
  });

  it('formats 万元 and 亿元', () => {
    expect(formatMoneyWan('zh', 12000)).toBe('12000万元');
    expect(formatMoneyWan('en', 12000)).toBe('CNY 120M');
    expect(formatMoneyYi('zh', 45)).toBe('45亿元');
    expect(formatMoneyYi('en', 45)).toBe('CNY 4,500M');
  });

  it('shows source and date, and says when there is none', () => {
    expect(formatProvenance('zh', { source: '通辽日报', asOf: '2022-11' })).toBe('来源：通辽日报（2022-11）');
    expect(formatProvenance('en', { source: '通辽日报', asOf: null })).toBe('Source: 通辽日报 (not recorded)');
    expect(formatProvenance('zh', {})).toBe('来源未记录');
  });

  it('recognises estimates', () => {
    expect(isEstimate('估算 estimate: 扩建规模')).toBe(true);
    expect(isEstimate('Estimate from capacity')).toBe(true);
    expect(isEstimate('通辽日报')).toBe(false);
    expect(isEstimate(null)).toBe(false);
  });
});
