/**
 * The explainable score of a target firm as horizontal bars: one bar per component,
 * its length the points it contributes out of the most it could (its weight × 100),
 * with the server's reason beside it in the chosen language.
 */
import type { ScoreComponent } from './analysis-api';
import { h } from './dom';
import { COMPONENT_KEYS, type Lang, t } from './i18n';

export const defaults = {
  /** Bar colour per component: distinct hues that stay apart when printed in grey. */
  colors: {
    SCALE: '#1f4e79',
    QUALITY: '#2e6b30',
    TIES: '#8a4b08',
    MOMENTUM: '#7a1f5c',
    PROXIMITY: '#4a5a6a',
  } as Record<ScoreComponent['name'], string>,
  /** Decimals of the points shown beside each bar. */
  decimals: 1,
};

export interface ScoreBar {
  name: ScoreComponent['name'];
  label: string;
  /** Points this component adds to the score. */
  points: number;
  /** Most points it could add: weight × 100. */
  max: number;
  /** Bar length in percent of the track (points / max). */
  percent: number;
  reason: string;
  color: string;
}

/** The bars of one target, in the server's component order. */
export function scoreBars(
  options: { components: readonly ScoreComponent[]; lang: Lang } & Partial<typeof defaults>,
): ScoreBar[] {
  const o = { ...defaults, ...options };
  return o.components.map((c) => {
    const max = c.weight * 100;
    return {
      name: c.name,
      label: t(o.lang, COMPONENT_KEYS[c.name]),
      points: c.points,
      max,
      percent: max > 0 ? Math.max(0, Math.min(100, (c.points / max) * 100)) : 0,
      reason: c.reason[o.lang],
      color: o.colors[c.name] ?? '#555',
    };
  });
}

const fixed = (n: number, d: number) => (Math.round(n * 10 ** d) / 10 ** d).toFixed(d);

/** A definition-list-like block of bars; each bar is a `meter`-role element for screen readers. */
export function renderScoreBars(
  options: { components: readonly ScoreComponent[]; lang: Lang } & Partial<typeof defaults>,
): HTMLElement {
  const o = { ...defaults, ...options };
  const bars = scoreBars(o);
  return h(
    'ul',
    { className: 'score-bars' },
    bars.map((b) =>
      h(
        'li',
        { className: 'score-bar', 'data-component': b.name, 'data-points': b.points },
        h('span', { className: 'score-bar-label' }, b.label),
        h(
          'span',
          {
            className: 'score-bar-track',
            role: 'meter',
            'aria-valuemin': 0,
            'aria-valuemax': fixed(b.max, o.decimals),
            'aria-valuenow': fixed(b.points, o.decimals),
            'aria-label': `${b.label} ${fixed(b.points, o.decimals)} / ${fixed(b.max, o.decimals)}`,
          },
          h('span', {
            className: 'score-bar-fill',
            style: `width:${fixed(b.percent, 1)}%;background:${b.color}`,
          }),
        ),
        h('span', { className: 'score-bar-points' }, `${fixed(b.points, o.decimals)} / ${fixed(b.max, 0)}`),
        h('span', { className: 'score-bar-reason' }, b.reason),
      ),
    ),
  );
}
