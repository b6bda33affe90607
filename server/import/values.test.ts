import { OWNERSHIPS, STAGES } from './tables.js';
import {
  cellText,
  notBefore,
  parseDate,
  parseEnum,
  parseId,
  parseList,
  parseNumber,
  parseTimestamp,
} from './values.js';

describe('parseNumber', () => {
  const capacity = { min: 0, unitColumn: 'unit' };

  test('plain decimals, from text or JSON numbers', () => {
    expect(parseNumber('266', capacity)).toEqual({ value: 266 });
    expect(parseNumber(' 1.02 ', capacity)).toEqual({ value: 1.02 });
    expect(parseNumber('.5', capacity)).toEqual({ value: 0.5 });
    expect(parseNumber('0', capacity)).toEqual({ value: 0 });
    expect(parseNumber(12.5, capacity)).toEqual({ value: 12.5 });
  });

  test('a unit in the cell is sent to the unit column, or out of the cell where there is none', () => {
    expect(parseNumber('266万吨', capacity)).toEqual({
      error: '"266万吨" is not a number (write the unit in the unit column)',
    });
    expect(parseNumber('5亿', { min: 0 })).toEqual({
      error: '"5亿" is not a number (write the number only, without a unit)',
    });
  });

  test('thousands separators, decimal commas, percent signs, full-width digits and estimates get their own hint', () => {
    expect(parseNumber('1,234', capacity)).toEqual({
      error: '"1,234" is not a number (write it without thousands separators: 1234)',
    });
    expect(parseNumber('1,234,567.5', capacity)).toEqual({
      error: '"1,234,567.5" is not a number (write it without thousands separators: 1234567.5)',
    });
    expect(parseNumber('12,5', capacity)).toEqual({
      error: '"12,5" is not a number (use . as the decimal point: 12.5)',
    });
    expect(parseNumber('51%', { min: 0, max: 100 })).toEqual({
      error: '"51%" is not a number (write the number without %)',
    });
    expect(parseNumber('８０', capacity)).toEqual({ error: '"８０" is not a number (write the digits as ASCII 0-9)' });
    expect(parseNumber('约80', capacity)).toEqual({
      error:
        '"约80" is not a number (write the number only; an estimate says so at the start of source: "估算 estimate: ...")',
    });
    expect(parseNumber('abc', capacity)).toEqual({ error: '"abc" is not a number' });
    expect(parseNumber('1e3', capacity)).toEqual({ error: '"1e3" is not a number (write it out in full: 1000)' });
  });

  test('ranges and whole numbers', () => {
    expect(parseNumber('-5', capacity)).toEqual({ error: '"-5" is negative (must be 0 or more)' });
    expect(parseNumber(-1, { min: 0 })).toEqual({ error: '"-1" is negative (must be 0 or more)' });
    expect(parseNumber('120', { min: 0, max: 100 })).toEqual({ error: '"120" is not between 0 and 100' });
    expect(parseNumber('100', { min: 0, max: 100 })).toEqual({ value: 100 });
    expect(parseNumber('12.5', { min: 0, integer: true })).toEqual({ error: '"12.5" is not a whole number' });
    expect(parseNumber('12', { min: 0, integer: true })).toEqual({ value: 12 });
    expect(parseNumber(3, { min: 0, integer: true })).toEqual({ value: 3 });
  });
});

describe('parseDate', () => {
  test('keeps the precision the source had', () => {
    expect(parseDate('2022')).toEqual({ value: '2022' });
    expect(parseDate('2022-11')).toEqual({ value: '2022-11' });
    expect(parseDate('2024-02-29')).toEqual({ value: '2024-02-29' });
    expect(parseDate(2023)).toEqual({ value: '2023' });
  });

  test('rejects dates that do not exist', () => {
    expect(parseDate('2023-02-29')).toEqual({ error: '"2023-02-29" is not a real date (day 29)' });
    expect(parseDate('2022-13')).toEqual({ error: '"2022-13" is not a real date (month 13)' });
    expect(parseDate('2022-04-31')).toEqual({ error: '"2022-04-31" is not a real date (day 31)' });
    expect(parseDate('2022-00-10')).toEqual({ error: '"2022-00-10" is not a real date (month 00)' });
  });

  test('other formats are rejected with the accepted ones, and the fix when it is clear', () => {
    expect(parseDate('2022/5/1')).toEqual({
      error: '"2022/5/1" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD: 2022-05-01)',
    });
    expect(parseDate('2022年11月')).toEqual({
      error: '"2022年11月" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD: 2022-11)',
    });
    expect(parseDate('2022-5')).toEqual({
      error: '"2022-5" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD: 2022-05)',
    });
    expect(parseDate('Nov 2022')).toEqual({ error: '"Nov 2022" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)' });
  });
});

test('notBefore compares dates on the precision both have', () => {
  expect(notBefore('2022-03-15', '2021')).toBe(true);
  expect(notBefore('2022', '2022-05')).toBe(true);
  expect(notBefore('2022-05', '2022-05-20')).toBe(true);
  expect(notBefore('2022-05-20', '2022-05-20')).toBe(true);
  expect(notBefore('2022-04', '2022-05-20')).toBe(false);
  expect(notBefore('2021', '2022-01')).toBe(false);
});

test('parseEnum ignores case, stores lower case, and translates a Chinese value into a hint', () => {
  expect(parseEnum('Midstream', STAGES)).toEqual({ value: 'midstream' });
  expect(parseEnum('middle', STAGES)).toEqual({ error: '"middle" is not one of upstream, midstream, downstream' });
  expect(parseEnum('民营', OWNERSHIPS)).toEqual({
    error: '"民营" is not one of central_soe, local_soe, private, foreign, mixed (民营 is written private)',
  });
});

test('parseList splits on |, trims, drops blanks and duplicates', () => {
  expect(parseList('联晟新材| 联晟 ||联晟')).toEqual(['联晟新材', '联晟']);
  expect(parseList(['a', 'b|c', ' '])).toEqual(['a', 'b', 'c']);
});

test('parseId accepts letters, digits, - and _ only', () => {
  expect(parseId('E-lianSheng_2')).toEqual({ value: 'E-lianSheng_2' });
  expect(parseId('91150581MA0N0B2X7Q')).toEqual({ value: '91150581MA0N0B2X7Q' });
  expect(parseId('E lianSheng')).toEqual({ error: '"E lianSheng" may only contain letters, digits, - and _' });
});

test('cellText treats blank cells and empty lists as no value', () => {
  expect(cellText('  ')).toBeUndefined();
  expect(cellText(undefined)).toBeUndefined();
  expect(cellText([' '])).toBeUndefined();
  expect(cellText(' x ')).toBe('x');
  expect(cellText(0)).toBe('0');
});

describe('parseTimestamp', () => {
  it('reads ISO 8601 with a zone as epoch milliseconds, the zone applied', () => {
    expect(parseTimestamp('2026-05-01T08:30:00.000Z')).toEqual({ value: Date.UTC(2026, 4, 1, 8, 30) });
    expect(parseTimestamp('2026-05-01T16:30:00+08:00')).toEqual({ value: Date.UTC(2026, 4, 1, 8, 30) });
    expect(parseTimestamp(' 2026-05-01T00:30:00.5-01:00 ')).toEqual({ value: Date.UTC(2026, 4, 1, 1, 30, 0, 500) });
  });

  it('refuses a missing zone, a date alone, an impossible day or hour, epoch digits', () => {
    for (const text of [
      '2026-05-01T08:30:00',
      '2026-05-01',
      '2026-02-30T00:00:00Z',
      '2026-05-01T25:00:00Z',
      '1714550400000',
    ]) {
      expect(parseTimestamp(text)).toEqual({
        error: `"${text}" is not a timestamp (write ISO 8601 with the time zone: 2026-05-01T08:30:00.000Z)`,
      });
    }
  });
});
