import { parseDate, parseId, parseNumber, notBefore as serverNotBefore } from '../../../server/import/values';
import { checkDate, checkId, checkNumber, notBefore, problemCollector, problemText, splitList } from './validate';

/**
 * The client's checks must agree with the importer's, which the server applies to every
 * edit: each cell below is run through both and must be accepted or refused by both.
 */
const NUMBER_CELLS = [
  '0',
  '12',
  '12.5',
  '.5',
  '5.',
  '-1',
  '-0.5',
  '1,000',
  '12万',
  '12 万吨',
  'abc',
  '1e3',
  '50%',
  '约12',
  '１２',
  '',
];
const DATE_CELLS = [
  '2024',
  '2024-06',
  '2024-06-30',
  '2024-02-30',
  '2024-13',
  '2024/06',
  '2024年6月',
  '24-06',
  'soon',
  '2023-02-29',
];
const ID_CELLS = ['abc', 'a-b_c', 'A1', 'a b', '铝业', 'a/b', 'a.b'];

describe('checks mirror the importer', () => {
  it.each(NUMBER_CELLS.filter(Boolean))('number %p: same verdict as parseNumber(min 0)', (cell) => {
    expect('problem' in checkNumber(cell)).toBe('error' in parseNumber(cell, { min: 0 }));
    expect('problem' in checkNumber(cell, { integer: true })).toBe(
      'error' in parseNumber(cell, { min: 0, integer: true }),
    );
  });

  it.each(DATE_CELLS)('date %p: same verdict as parseDate', (cell) => {
    expect('problem' in checkDate(cell)).toBe('error' in parseDate(cell));
  });

  it.each(ID_CELLS)('id %p: same verdict as parseId', (cell) => {
    expect('problem' in checkId(cell)).toBe('error' in parseId(cell));
  });

  it('orders dates of different precision like the importer', () => {
    const pairs: Array<[string, string]> = [
      ['2022', '2022-05'],
      ['2022-04', '2022-05'],
      ['2022-05-01', '2022-05'],
      ['2021-12-31', '2022'],
    ];
    for (const [later, earlier] of pairs) expect(notBefore(later, earlier)).toBe(serverNotBefore(later, earlier));
  });
});

describe('checkNumber', () => {
  it('reads blank as no value and numbers as numbers', () => {
    expect(checkNumber('  ')).toEqual({ value: null });
    expect(checkNumber(' 266.5 ')).toEqual({ value: 266.5 });
  });

  it('says what is wrong, pointing a typed unit to the unit field', () => {
    expect(checkNumber('-5')).toEqual({ problem: { key: 'checkNegative', params: { text: '-5' } } });
    expect(checkNumber('12万吨', { unitField: true })).toEqual({
      problem: { key: 'checkNumberUnit', params: { text: '12万吨' } },
    });
    expect(checkNumber('12万吨')).toEqual({ problem: { key: 'checkNumber', params: { text: '12万吨' } } });
    expect(checkNumber('2.5', { integer: true })).toEqual({
      problem: { key: 'checkInteger', params: { text: '2.5' } },
    });
  });
});

describe('checkDate and checkId', () => {
  it('keeps a date as typed (its precision is information)', () => {
    expect(checkDate('2024-06')).toEqual({ value: '2024-06' });
    expect(checkDate('')).toEqual({ value: null });
    expect(checkDate('2024-02-30')).toEqual({ problem: { key: 'checkRealDate', params: { text: '2024-02-30' } } });
  });

  it('requires an id', () => {
    expect(checkId(' ')).toEqual({ problem: { key: 'checkRequired' } });
    expect(checkId(' x-1 ')).toEqual({ value: 'x-1' });
  });
});

describe('splitList', () => {
  it('splits on | and 、, trims, drops blanks and repeats', () => {
    expect(splitList(' 东方希望 | 东方希望铝业、 东方希望 || ')).toEqual(['东方希望', '东方希望铝业']);
    expect(splitList('')).toEqual([]);
  });
});

describe('problemCollector and problemText', () => {
  it('keeps the first problem of a field', () => {
    const c = problemCollector();
    expect(c.value('capacity', checkNumber('-1'))).toBeUndefined();
    c.add('capacity', { key: 'checkRequired' });
    expect(c.value('unit', checkNumber('3'))).toBe(3);
    expect(c.problems).toEqual({ capacity: { key: 'checkNegative', params: { text: '-1' } } });
  });

  it('fills a message in either language, a parameter @key being a label', () => {
    const problem = { key: 'checkDateOrder' as const, params: { other: '@fieldSignedOn', date: '2024-05' } };
    expect(problemText('zh', problem)).toBe('不能早于签约时间（2024-05）。');
    expect(problemText('en', problem)).toBe('Cannot be before Signed on (2024-05).');
  });
});
