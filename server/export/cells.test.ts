import { csvCellText, jsonCellValue, plainDecimal } from './cells';
import { parseNumber } from '../import/values';

describe('plainDecimal', () => {
  it('writes numbers JavaScript would put in exponent form as plain decimals', () => {
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(1.25e-9)).toBe('0.00000000125');
    expect(plainDecimal(1.5e21)).toBe('1500000000000000000000');
    expect(plainDecimal(-2.5e-7)).toBe('-0.00000025');
    expect(plainDecimal(1.2345e22)).toBe('12345000000000000000000');
  });

  it('leaves ordinary numbers as JavaScript writes them, and -0 as 0', () => {
    expect(plainDecimal(266)).toBe('266');
    expect(plainDecimal(1.02)).toBe('1.02');
    expect(plainDecimal(0.30000000000000004)).toBe('0.30000000000000004');
    expect(plainDecimal(-0)).toBe('0');
  });

  it('is read back by the importer as exactly the same number, across magnitudes', () => {
    const samples = [0, 1, 0.1, 1 / 3, Math.PI * 1e-12, 2 ** 53, 9.87654321e20, 4.5e-300, Number.MAX_VALUE, 5e-324];
    for (let i = 0; i < 200; i++) samples.push(Math.random() * 10 ** (Math.floor(Math.random() * 40) - 20));
    for (const value of samples) {
      const text = plainDecimal(value);
      expect(text).not.toMatch(/e/i);
      expect(parseNumber(text, { min: 0 })).toEqual({ value });
    }
  });
});

describe('csvCellText', () => {
  it('writes no value as empty, lists joined with |, dates as stored', () => {
    expect(csvCellText(null)).toBe('');
    expect(csvCellText(undefined)).toBe('');
    expect(csvCellText([])).toBe('');
    expect(csvCellText(['联晟新材', '联晟'])).toBe('联晟新材|联晟');
    expect(csvCellText('2022-11')).toBe('2022-11');
    expect(csvCellText('2022')).toBe('2022');
    expect(csvCellText(1e-7)).toBe('0.0000001');
    expect(csvCellText(1200)).toBe('1200');
  });
});

describe('jsonCellValue', () => {
  it('keeps numbers and lists as JSON numbers and arrays, leaving empty values out', () => {
    expect(jsonCellValue(null)).toBeUndefined();
    expect(jsonCellValue([])).toBeUndefined();
    expect(jsonCellValue(['listed', 'srdi'])).toEqual(['listed', 'srdi']);
    expect(jsonCellValue(1.02)).toBe(1.02);
    expect(jsonCellValue(-0)).toBe(0);
    expect(jsonCellValue('霍林郭勒市')).toBe('霍林郭勒市');
  });
});
