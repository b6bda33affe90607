import cytoscape from 'cytoscape';
import { chainMapToElements } from './elements';
import {
  firmCapacityText,
  firmElements,
  firmLabel,
  firmNodeId,
  type FirmNodeData,
  memberEdgeId,
  type SupplyEdgeData,
  supplyEdgeId,
  satelliteLayout,
  toggleExpanded,
} from './expand';
import { electrolyticFirms, stripFirms } from './leader-fixtures';
import { chainMapStyle } from './style';
import { aluminiumMap, HONGJUN, LIANSHENG } from './test-fixtures';

const map = aluminiumMap();
const linkIds = new Set(map.nodes.map((n) => n.link.id));

describe('toggleExpanded', () => {
  it('adds at the end and removes, keeping the order', () => {
    expect(toggleExpanded([], 'a')).toEqual(['a']);
    expect(toggleExpanded(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggleExpanded(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });
});

describe('firm labels', () => {
  const [hongjun, xuyang] = electrolyticFirms().firms;

  it('shows operating capacity, else what is on the way, and marks link-masters', () => {
    expect(firmCapacityText('zh', hongjun!)).toBe('150万吨');
    expect(firmCapacityText('zh', xuyang!)).toBe('在建 10万吨');
    expect(firmCapacityText('en', xuyang!)).toBe('Building 100 kt');
    expect(firmLabel('zh', xuyang!)).toBe('旭阳新材料\n在建 10万吨');
    expect(firmLabel('zh', hongjun!).startsWith('★ 内蒙古霍煤鸿骏')).toBe(true);
    expect(firmCapacityText('zh', { ...xuyang!, productions: [] })).toBe('');
  });
});

describe('firmElements', () => {
  it('draws one expanded link: its firms in its stage band, tied to it, and their trades', () => {
    const els = firmElements({
      lang: 'zh',
      linkIds,
      expanded: [{ link: 'electrolytic_aluminium', stage: 'MIDSTREAM', graph: electrolyticFirms() }],
    });
    const nodes = els.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.id)).toEqual([firmNodeId(HONGJUN.id), firmNodeId('E-xuyang')]);
    expect(nodes.map((n) => (n.data as FirmNodeData).parent)).toEqual(['stage:MIDSTREAM', 'stage:MIDSTREAM']);
    expect(nodes.map((n) => n.classes)).toEqual(['firm master', 'firm not-operating']);
    const edges = els.filter((e) => e.group === 'edges');
    expect(edges.filter((e) => e.classes === 'member').map((e) => e.data.id)).toEqual([
      memberEdgeId('electrolytic_aluminium', HONGJUN.id),
      memberEdgeId('electrolytic_aluminium', 'E-xuyang'),
    ]);
    // 联晟's strip link is not expanded: the trade goes to the strip link node. The partner
    // whose link is not on the map, and the duplicate, are left out.
    const supplies = edges.filter((e) => e.classes === 'supply').map((e) => e.data as SupplyEdgeData);
    expect(supplies.map((s) => [s.source, s.target])).toEqual([
      [firmNodeId(HONGJUN.id), 'aluminium_strip'],
      [firmNodeId(HONGJUN.id), firmNodeId('E-xuyang')],
    ]);
    expect(supplies[0]).toMatchObject({ volume: 30, unit: '万吨', supplySource: '通辽日报 2022-11' });
  });

  it('joins firms of two expanded links directly, each firm drawn once', () => {
    const els = firmElements({
      lang: 'zh',
      linkIds,
      expanded: [
        { link: 'electrolytic_aluminium', stage: 'MIDSTREAM', graph: electrolyticFirms() },
        { link: 'aluminium_strip', stage: 'DOWNSTREAM', graph: stripFirms() },
      ],
    });
    const ids = els.map((e) => e.data.id);
    expect(ids).toContain(firmNodeId(LIANSHENG.id));
    expect(ids).toContain(supplyEdgeId(firmNodeId(HONGJUN.id), firmNodeId(LIANSHENG.id), 'electrolytic_aluminium'));
    expect(ids).not.toContain(supplyEdgeId(firmNodeId(HONGJUN.id), 'aluminium_strip', 'electrolytic_aluminium'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ignores links that are not on the map', () => {
    expect(
      firmElements({
        lang: 'zh',
        linkIds,
        expanded: [{ link: 'gone', stage: 'UPSTREAM', graph: electrolyticFirms() }],
      }),
    ).toEqual([]);
  });

  it('adds to a chain map in a headless Cytoscape, and collapsing removes only the firms', () => {
    const base = chainMapToElements({ map, lang: 'zh' });
    const firms = firmElements({
      lang: 'zh',
      linkIds,
      expanded: [{ link: 'electrolytic_aluminium', stage: 'MIDSTREAM', graph: electrolyticFirms() }],
    });
    const cy = cytoscape({ headless: true, styleEnabled: true, style: chainMapStyle(), elements: [...base, ...firms] });
    try {
      expect(cy.nodes('.firm')).toHaveLength(2);
      expect(cy.getElementById(firmNodeId(HONGJUN.id)).parent().first().id()).toBe('stage:MIDSTREAM');
      expect(cy.edges('.supply').map((e) => e.target().id())).toEqual(['aluminium_strip', firmNodeId('E-xuyang')]);
      cy.remove(cy.nodes('.firm'));
      expect(cy.edges('.supply, .member')).toHaveLength(0);
      expect(cy.nodes('.link')).toHaveLength(map.nodes.length);
    } finally {
      cy.destroy();
    }
  });
});

describe('satelliteLayout', () => {
  const anchor = { id: 'L', x: 100, y: 100, w: 120, h: 60 };
  const firms = [
    { id: 'f1', w: 90, h: 40 },
    { id: 'f2', w: 90, h: 40 },
    { id: 'f3', w: 80, h: 40 },
  ];

  it('puts the firms in a grid centred under the link', () => {
    const { positions } = satelliteLayout({ anchor, firms, others: [], gap: 10, columns: 2 });
    // Cells 100 wide, 50 high, starting 10 below the link's bottom edge (130).
    expect(positions).toEqual({ f1: { x: 50, y: 165 }, f2: { x: 150, y: 165 }, f3: { x: 50, y: 215 } });
  });

  it('pushes the nodes below it in its column down by the same amount, leaving the rest alone', () => {
    const others = [
      anchor,
      { id: 'below', x: 100, y: 200, w: 120, h: 60 },
      { id: 'further', x: 110, y: 400, w: 120, h: 60 },
      { id: 'beside', x: 400, y: 200, w: 120, h: 60 },
      { id: 'above', x: 100, y: 0, w: 120, h: 60 },
    ];
    const { shifts } = satelliteLayout({ anchor, firms, others, gap: 10, columns: 2 });
    // The grid ends at 140 + 2 × 50 = 240; "below" starts at 170 and must start at 250.
    expect(shifts).toEqual({ below: 80, further: 80 });
  });

  it('needs no room when nothing is under the link, and places nothing without firms', () => {
    expect(satelliteLayout({ anchor, firms, others: [{ id: 'far', x: 100, y: 900, w: 50, h: 50 }] }).shifts).toEqual(
      {},
    );
    expect(satelliteLayout({ anchor, firms: [], others: [] })).toEqual({ positions: {}, shifts: {} });
  });
});
