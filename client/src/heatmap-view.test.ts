import type { HeatmapRow } from './analysis-api';
import { heatColor, heatTiles, withinOptions } from './heatmap-view';

const counts = {
  fill: 1,
  extendDownstream: 2,
  extendUpstream: 0,
  strengthen: 1,
  missing: 1,
  filling: 0,
  weak: 1,
  strong: 5,
};
const row = (code: string, name: string, score: number): HeatmapRow => ({
  region: { code, name, level: 'CITY' },
  gapCount: 4,
  opportunityScore: score,
  completeness: 0.6,
  gaps: counts,
});

describe('heat map colours', () => {
  it('runs from the first ramp colour at 0 to the last at the maximum', () => {
    const ramp = ['#ffffff', '#000000'];
    expect(heatColor(0, 10, ramp)).toBe('#ffffff');
    expect(heatColor(10, 10, ramp)).toBe('#000000');
    expect(heatColor(5, 10, ramp)).toBe('#808080');
    expect(heatColor(3, 0, ramp)).toBe('#ffffff');
  });

  it('keeps the API order and colours relative to the top score', () => {
    const tiles = heatTiles([
      row('150500', '通辽市', 120),
      row('150300', '乌海市', 30),
      row('150100', '呼和浩特市', 0),
    ]);
    expect(tiles.map((t) => t.code)).toEqual(['150500', '150300', '150100']);
    expect(tiles[0]!.color).toBe('#7f2704');
    expect(tiles[0]!.dark).toBe(true);
    expect(tiles[2]!.color).toBe('#fff5eb');
    expect(tiles[2]!.dark).toBe(false);
  });
});

describe('withinOptions', () => {
  const path = [
    { code: '150000', name: '内蒙古自治区' },
    { code: '150500', name: '通辽市' },
    { code: '150581', name: '霍林郭勒市' },
  ];
  it('offers the country, then each region of the path above the level', () => {
    expect(withinOptions('PROVINCE', path)).toEqual([null]);
    expect(withinOptions('CITY', path).map((r) => r?.code ?? null)).toEqual([null, '150000']);
    expect(withinOptions('COUNTY', path).map((r) => r?.code ?? null)).toEqual([null, '150000', '150500']);
  });
});
