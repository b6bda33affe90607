import cytoscape from 'cytoscape';
import { chainMapToElements } from './elements';
import { chainMapStyle } from './style';
import { type Scene, sceneFromCy, sceneToSvg } from './svg-export';
import { aluminiumMap } from './test-fixtures';
import { checkXml } from './xml-check';

const scene: Scene = {
  nodes: [
    {
      id: 'stage:UPSTREAM',
      x: 100,
      y: 100,
      w: 300,
      h: 300,
      label: '上游',
      fill: '#e8f1fa',
      stroke: '#000',
      strokeWidth: 0,
      dashed: false,
      textColor: '#1f4e79',
      fontSize: 26,
      fontWeight: 'bold',
      radius: 12,
      labelAt: 'top',
    },
    {
      id: 'coal',
      x: 50,
      y: 100,
      w: 120,
      h: 60,
      label: '煤炭\n3家 · 5000万吨',
      fill: '#fff',
      stroke: '#1f4e79',
      strokeWidth: 2,
      dashed: false,
      textColor: '#1a1a1a',
      fontSize: 18,
      fontWeight: 'normal',
      radius: 6,
      labelAt: 'center',
    },
    {
      id: 'power',
      x: 200,
      y: 100,
      w: 120,
      h: 60,
      label: 'A<B & "C"',
      fill: '#f1f1f1',
      stroke: '#8c8c8c',
      strokeWidth: 2,
      dashed: true,
      textColor: '#6b6b6b',
      fontSize: 18,
      fontWeight: 'normal',
      radius: 6,
      labelAt: 'center',
    },
  ],
  edges: [
    {
      id: 'feed:coal->power',
      points: [
        { x: 110, y: 100 },
        { x: 140, y: 100 },
      ],
      color: '#7b8794',
      width: 2.5,
      dashed: false,
    },
  ],
};

describe('sceneToSvg', () => {
  const svg = sceneToSvg({ scene });

  it('is well-formed SVG sized to the drawing plus the margin', () => {
    expect(checkXml(svg).root).toBe('svg');
    // Boxes span x -50..260 and y -50..250, the band's title one line (26 × 1.3) above; margin 24.
    expect(svg).toContain('viewBox="-74 -107.8 358 381.8"');
  });

  it('draws every node with its label lines, escaped, and dashed borders for missing links', () => {
    expect(svg).toContain('>煤炭</tspan>');
    expect(svg).toContain('>3家 · 5000万吨</tspan>');
    expect(svg).toContain('A&lt;B &amp; &quot;C&quot;');
    expect(svg).toMatch(/<g id="n-power"><rect [^>]*stroke-dasharray="6 4"/);
  });

  it('draws bands first, then edges with arrows, then links on top', () => {
    const band = svg.indexOf('n-stage:UPSTREAM');
    const edge = svg.indexOf('e-feed:coal-&gt;power');
    const link = svg.indexOf('n-coal');
    expect(band).toBeLessThan(edge);
    expect(edge).toBeLessThan(link);
    expect(svg).toContain('marker-end="url(#arrow)"');
  });
});

describe('sceneFromCy', () => {
  it('reads the boxes, labels and routes of a (headless) Cytoscape map', () => {
    const map = aluminiumMap();
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: chainMapStyle(),
      elements: chainMapToElements({ map }),
    });
    try {
      cy.nodes('.link').forEach((n, i) => {
        n.position({ x: (i % 4) * 250, y: Math.floor(i / 4) * 120 });
      });
      const s = sceneFromCy(cy);
      expect(
        s.nodes
          .filter((n) => n.labelAt === 'center')
          .map((n) => n.id)
          .sort(),
      ).toEqual(map.nodes.map((n) => n.link.id).sort());
      expect(s.edges).toHaveLength(map.edges.length);
      const coal = s.nodes.find((n) => n.id === 'coal')!;
      expect(coal.label).toContain('煤炭');
      expect(coal.w).toBeGreaterThan(100);
      checkXml(sceneToSvg({ scene: s }));
    } finally {
      cy.destroy();
    }
  });
});
