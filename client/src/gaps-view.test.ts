import cytoscape from 'cytoscape';
import { chainMapToElements, type LinkNodeData } from './elements';
import {
  balanceLine,
  balanceNumbers,
  balanceText,
  gapBadge,
  gapClasses,
  gapsById,
  realOpportunities,
  signedQuantity,
} from './gaps-view';
import { aluminiumGaps } from './leader-fixtures';
import { chainMapStyle, defaults as styleDefaults } from './style';
import { aluminiumMap } from './test-fixtures';

const gaps = aluminiumGaps();
const gap = (id: string) => {
  const g = gaps.find((x) => x.link.id === id);
  if (!g) throw new Error(`no gap ${id}`);
  return g;
};

describe('gap badges and classes', () => {
  it('puts the status first, then at most two opportunities, as one tag', () => {
    expect(gapBadge('zh', gap('alumina'))).toBe('【缺失·补链·延链·上游】');
    expect(gapBadge('en', gap('alumina'))).toBe('【Missing·Fill·Extend upstream】');
    expect(gapBadge('zh', gap('electrolytic_aluminium'))).toBe('【较强】');
    expect(gapBadge('zh', gap('alumina'), { maxBadgeOpportunities: 1, badgeOpen: '[', badgeClose: ']' })).toBe(
      '[缺失·补链]',
    );
  });

  it('drops NONE and repeats, and falls back to the main opportunity', () => {
    expect(realOpportunities({ opportunity: 'NONE', opportunities: ['NONE'] })).toEqual([]);
    expect(realOpportunities({ opportunity: 'FILL', opportunities: [] })).toEqual(['FILL']);
    expect(realOpportunities({ opportunity: 'FILL', opportunities: ['FILL', 'FILL', 'STRENGTHEN'] })).toEqual([
      'FILL',
      'STRENGTHEN',
    ]);
  });

  it('classes a link by status and by each opportunity', () => {
    expect(gapClasses(gap('alumina'))).toEqual(['gap-missing', 'opp-fill', 'opp-extend-upstream', 'has-opportunity']);
    expect(gapClasses(gap('electrolytic_aluminium'))).toEqual(['gap-strong']);
  });

  it('indexes gaps by link id, first entry winning', () => {
    const twice = [...gaps, { ...gap('alumina'), status: 'STRONG' as const }];
    expect(gapsById(twice).get('alumina')?.status).toBe('MISSING');
  });
});

describe('balance in words', () => {
  it('says surplus, shortfall or balanced, with the unit', () => {
    expect(balanceText('zh', gap('electrolytic_aluminium'))).toBe('盈余 26万吨');
    expect(balanceText('en', gap('electrolytic_aluminium'))).toBe('surplus 260 kt');
    expect(balanceText('zh', gap('aluminium_strip'))).toBe('缺口 40万吨');
    const even = { ...gap('aluminium_strip'), balance: { ...gap('aluminium_strip').balance!, value: 0 } };
    expect(balanceText('zh', even)).toBe('供需平衡');
  });

  it('says the units differ when local capacity is in other units and there is no balance', () => {
    expect(balanceText('zh', gap('wheels'))).toBe('单位不同');
    expect(balanceText('en', gap('wheels'))).toBe('units differ');
    expect(balanceText('zh', gap('alumina'))).toBeNull();
  });

  it('marks an incomplete demand on the node line and explains the figures', () => {
    expect(balanceLine('zh', gap('aluminium_strip'))).toBe('平衡：缺口 40万吨*');
    expect(balanceLine('zh', gap('electrolytic_aluminium'))).toBe('平衡：盈余 26万吨');
    expect(balanceLine('zh', gap('alumina'))).toBeNull();
    expect(balanceNumbers('zh', gap('electrolytic_aluminium').balance!)).toBe(
      '本地供给 266万吨，本地需求 240万吨，差额 +26万吨',
    );
    expect(signedQuantity('en', -40, '万吨')).toBe('−400 kt');
  });
});

describe('chainMapToElements with gaps', () => {
  const els = chainMapToElements({ map: aluminiumMap(), lang: 'zh', gaps });
  const data = (id: string) => els.find((e) => e.data.id === id)?.data as LinkNodeData;

  it('adds status, opportunities, score and balance to the link data, and the badge and balance lines', () => {
    expect(data('alumina')).toMatchObject({ gapStatus: 'MISSING', opportunities: ['FILL', 'EXTEND_UPSTREAM'] });
    expect(data('electrolytic_aluminium')).toMatchObject({ gapStatus: 'STRONG', balance: '盈余 26万吨' });
    expect(data('electrolytic_aluminium').label.split('\n')).toEqual([
      '【较强】',
      '★ 电解铝',
      '3家 · 266万吨',
      '平衡：盈余 26万吨',
    ]);
    // Links the analysis does not cover keep their plain look.
    expect(data('coal')).toMatchObject({ gapStatus: null, opportunities: [], balance: null });
    expect(data('coal').label.startsWith('【')).toBe(false);
  });

  it('sizes a node for its extra lines', () => {
    const plain = chainMapToElements({ map: aluminiumMap(), lang: 'zh' });
    const plainH = (plain.find((e) => e.data.id === 'electrolytic_aluminium')?.data as LinkNodeData).h;
    expect(data('electrolytic_aluminium').h).toBeGreaterThan(plainH);
  });

  it('draws each status in its own colour and border style in a headless Cytoscape', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: chainMapStyle(), elements: els });
    try {
      expect(
        cy
          .nodes('.gap-missing')
          .map((n) => n.id())
          .sort(),
      ).toEqual(['alumina', 'die_casting']);
      expect(cy.nodes('.gap-weak').map((n) => n.id())).toEqual(['aluminium_strip']);
      expect(
        cy
          .nodes('.opp-extend-downstream')
          .map((n) => n.id())
          .sort(),
      ).toEqual(['battery_foil', 'die_casting']);
      const look = (id: string) => {
        const n = cy.getElementById(id);
        return [n.style('background-color'), n.style('border-style')];
      };
      expect(look('alumina')).toEqual(['rgb(255,255,255)', styleDefaults.gap.MISSING.borderStyle]);
      expect(look('battery_foil')[1]).toBe(styleDefaults.gap.FILLING.borderStyle);
      expect(look('aluminium_strip')[0]).toBe('rgb(255,207,143)');
      expect(look('electrolytic_aluminium')[0]).toBe('rgb(46,125,50)');
      // Four statuses, four different border styles or fills: they differ without colour too.
      const styles = new Set(
        ['alumina', 'battery_foil', 'aluminium_strip', 'electrolytic_aluminium'].map((id) => look(id).join()),
      );
      expect(styles.size).toBe(4);
      // The link-master mark survives the gap border as an outline.
      expect(cy.getElementById('electrolytic_aluminium').style('outline-width')).toBe('4px');
    } finally {
      cy.destroy();
    }
  });
});
