import { scoreBars } from './score-bars';
import { sampleTargets } from './target-fixtures';

describe('scoreBars', () => {
  it('makes one bar per component, as long as its points out of weight × 100, with the reason', () => {
    const bars = scoreBars({ components: sampleTargets()[0]!.components, lang: 'zh' });
    expect(bars.map((b) => b.label)).toEqual(['规模', '资质', '关联', '动能', '区位']);
    expect(bars[0]).toMatchObject({ name: 'SCALE', points: 24, max: 30, percent: 80, reason: 'SCALE理由' });
    expect(bars[4]!.percent).toBeCloseTo(50);
  });

  it('speaks English, and keeps bars within 0-100 % even for odd inputs', () => {
    const [c] = sampleTargets()[0]!.components;
    const bars = scoreBars({
      components: [
        { ...c!, weight: 0 },
        { ...c!, points: 99 },
      ],
      lang: 'en',
    });
    expect(bars.map((b) => b.percent)).toEqual([0, 100]);
    expect(bars[0]!.label).toBe('Scale');
    expect(bars[0]!.reason).toBe('SCALE reason');
  });
});
