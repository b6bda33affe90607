import { overhead, percentile, summarise } from './latency';

test('nearest-rank percentiles of 1..100 ms are the ranks themselves', () => {
  const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
  const s = summarise(samples);
  expect(s).toMatchObject({ n: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  expect(s.mean).toBeCloseTo(50.5);
});

test('a single slow outlier moves p99 and max but not p50 of 20 samples', () => {
  const samples = [...Array.from({ length: 19 }, () => 10), 500];
  const s = summarise(samples);
  expect(s.p50).toBe(10);
  expect(s.p95).toBe(10);
  expect(s.max).toBe(500);
});

test('empty input gives NaN rather than a made-up figure', () => {
  expect(percentile([], 50)).toBeNaN();
  expect(summarise([]).mean).toBeNaN();
});

test('overhead is relative to the second figure', () => {
  expect(overhead(13, 10)).toBe('+30 %');
  expect(overhead(9, 10)).toBe('-10 %');
  expect(overhead(1, 0)).toBe('-');
});
