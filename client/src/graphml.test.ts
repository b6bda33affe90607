import cytoscape from 'cytoscape';
import { chainMapToElements } from './elements';
import { flatElements } from './export-toolbar';
import { elementsToGraphML, GRAPHML_KEYS, nodeStatus } from './graphml';
import { aluminiumMap } from './test-fixtures';
import { checkXml } from './xml-check';

const graph = {
  id: 'aluminium@150581',
  chain: 'aluminium',
  chainName: '铝',
  region: '150581',
  regionName: '霍林郭勒市',
};

describe('elementsToGraphML', () => {
  const map = aluminiumMap();
  const xml = elementsToGraphML({ elements: chainMapToElements({ map }), graph, lang: 'zh' });

  it('is well-formed GraphML with every key declared by attr.name and attr.type', () => {
    const { root, elements } = checkXml(xml);
    expect(root).toBe('graphml');
    for (const k of GRAPHML_KEYS) {
      expect(xml).toContain(`<key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`);
    }
    // Every <data> refers to a declared key.
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of xml.matchAll(/<data key="([^"]+)"/g)) expect(declared.has(m[1])).toBe(true);
    expect(elements.filter((e) => e === 'graph')).toHaveLength(1);
  });

  it('has one node per link and one edge per feed (stage bands are data, not nodes)', () => {
    const nodeIds = [...xml.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(nodeIds).toEqual(map.nodes.map((n) => n.link.id).sort());
    const edges = [...xml.matchAll(/<edge id="[^"]+" source="([^"]+)" target="([^"]+)"/g)].map(
      (m) => `${m[1]}>${m[2]}`,
    );
    expect(edges.sort()).toEqual(map.edges.map((e) => `${e.from.id}>${e.to.id}`).sort());
  });

  it('carries the label, stage, status, firm count and capacities of a link', () => {
    const smelter = map.nodes.find((n) => n.link.id === 'electrolytic_aluminium')!;
    const node = /<node id="electrolytic_aluminium">(.*?)<\/node>/.exec(xml)?.[1] ?? '';
    expect(node).toContain(`<data key="label">${smelter.link.name}</data>`);
    expect(node).toContain('<data key="stage">MIDSTREAM</data>');
    expect(node).toContain('<data key="status">PRESENT</data>');
    expect(node).toContain(`<data key="enterprises">${smelter.enterprises}</data>`);
    expect(node).toContain('<data key="capacity">266万吨</data>');
    expect(node).toContain('<data key="capacityInUnit">266</data>');
    expect(node).toContain('<y:NodeLabel');
  });

  it('uses English labels in English and the gap status when the map carries one', () => {
    const en = elementsToGraphML({ elements: chainMapToElements({ map, lang: 'en' }), graph, lang: 'en', yed: false });
    expect(en).toContain('<data key="label">Electrolytic aluminium</data>');
    expect(en).not.toContain('y:ShapeNode');
    expect(nodeStatus({ id: 'x', gapStatus: 'WEAK', enterprises: 1 })).toBe('WEAK');
    expect(nodeStatus({ id: 'x', enterprises: 0 })).toBe('MISSING');
  });

  it('takes the element JSON of a Cytoscape instance, with positions', () => {
    const cy = cytoscape({ headless: true, elements: chainMapToElements({ map }) });
    try {
      cy.nodes('.link').forEach((n, i) => {
        n.position({ x: i * 100, y: 50 });
      });
      const fromCy = elementsToGraphML({
        elements: flatElements(cy.json() as unknown as { elements: unknown }),
        graph,
        lang: 'zh',
      });
      checkXml(fromCy);
      expect([...fromCy.matchAll(/<node /g)]).toHaveLength(map.nodes.length);
      expect([...fromCy.matchAll(/<edge /g)]).toHaveLength(map.edges.length);
      expect(fromCy).toMatch(/<data key="x">100<\/data>/);
    } finally {
      cy.destroy();
    }
  });
});
