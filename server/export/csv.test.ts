import { parse } from 'csv-parse/sync';
import { BOM, csvField, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM and round-trips through a CSV parser, Chinese, quotes and commas included', () => {
    const text = toCsv(
      ['环节', '说明'],
      [
        ['电解铝', '产能266万吨, "外流"26万吨'],
        ['铝箔', null],
      ],
    );
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parse(text.slice(1)) as string[][];
    expect(rows).toEqual([
      ['环节', '说明'],
      ['电解铝', '产能266万吨, "外流"26万吨'],
      ['铝箔', ''],
    ]);
  });

  it('joins lists with | as the interchange format does', () => {
    expect(csvField(['listed', 'srdi'])).toBe('listed|srdi');
  });
});
