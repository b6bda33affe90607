import { closest, didYouMean } from './suggest.js';

test('closest finds typos, swapped letters and case differences, but not unrelated names', () => {
  const columns = ['id', 'name', 'region', 'revenue_wan'];
  expect(closest('regoin', columns)).toBe('region');
  expect(closest('nmae', columns)).toBe('name');
  expect(closest('Region', columns)).toBe('region');
  expect(closest('revenue', columns)).toBeUndefined();
  expect(closest('x', columns)).toBeUndefined();
  expect(closest('Enterprises.CSV', ['enterprises.csv', 'regions.csv'])).toBe('enterprises.csv');
  expect(didYouMean('enterprise.csv', ['enterprises.csv'])).toBe('; did you mean enterprises.csv?');
  expect(didYouMean('zzz', ['enterprises.csv'])).toBe('');
});
