import cytoscape, { type Core } from 'cytoscape';
import elk from 'cytoscape-elk';
import { chainMapToElements } from './elements';
import {
  alignStageBands,
  bandAlignment,
  chainMapLayout,
  elkOptions,
  nodeLayoutOptions,
  runChainMapLayout,
} from './layout';
import { chainMapStyle } from './style';
import { aluminiumMap } from './test-fixtures';
import type { ChainMap } from './types';

cytoscape.use(elk);

describe('layout options', () => {
  it('asks ELK for a layered, left-to-right layout with partitions and cross-hierarchy edges', () => {
    expect(elkOptions()).toMatchObject({
      algorithm: 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': true,
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    });
    expect(elkOptions({ direction: 'DOWN' })['elk.direction']).toBe('DOWN');
    const opts = chainMapLayout({ padding: 10 });
    expect(opts.name).toBe('elk');
    expect(opts.padding).toBe(10);
  });

  it('gives each stage band its partition, and links none', () => {
    expect(nodeLayoutOptions({ kind: 'stage', stageIndex: 2 })['elk.partitioning.partition']).toBe(2);
    expect(nodeLayoutOptions({ kind: 'stage', stageIndex: 0 }, { stagePadding: 10 })['elk.padding']).toBe(
      '[top=10,left=10,bottom=10,right=10]',
    );
    expect(nodeLayoutOptions({ kind: 'link' })).toEqual({});
  });
});

describe('bandAlignment', () => {
  it('stretches every band to the union of their vertical extents', () => {
    const a = bandAlignment({ up: { y1: 0, y2: 100 }, mid: { y1: 50, y2: 250 }, down: { y1: 20, y2: 120 } });
    expect(a['up']).toEqual({ minHeight: 250, biasTop: 0, biasBottom: 100 });
    expect(a['mid']).toEqual({ minHeight: 250, biasTop: 100, biasBottom: 0 });
    // down: 150 px to add, 20 above it and 130 below
    expect(a['down']?.minHeight).toBe(250);
    expect(a['down']?.biasTop).toBeCloseTo((20 / 150) * 100);
  });

  it('handles no bands and a band that already spans everything', () => {
    expect(bandAlignment({})).toEqual({});
    expect(bandAlignment({ only: { y1: 5, y2: 10 } })['only']).toEqual({ minHeight: 5, biasTop: 50, biasBottom: 50 });
  });
});

/** Run the real ELK layout on a headless Cytoscape (styles on, so nodes have their label sizes). */
async function laidOut(map: ChainMap): Promise<Core> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: chainMapStyle(),
    elements: chainMapToElements({ map }),
  });
  await runChainMapLayout(cy, { fit: false });
  return cy;
}

describe('the ELK layout of the aluminium chain (headless)', () => {
  let cy: Core;
  beforeAll(async () => {
    cy = await laidOut(aluminiumMap());
  });
  afterAll(() => cy.destroy());

  const stageBox = (stage: string) =>
    cy.getElementById(`stage:${stage}`).children().boundingBox({ includeLabels: false });

  it('sizes link nodes from their data', () => {
    const n = cy.getElementById('electrolytic_aluminium');
    expect(n.width()).toBe(n.data('w'));
    expect(n.height()).toBe(n.data('h'));
  });

  it('places the stages left to right: upstream, midstream, downstream, without overlap', () => {
    const up = stageBox('UPSTREAM');
    const mid = stageBox('MIDSTREAM');
    const down = stageBox('DOWNSTREAM');
    expect(up.x2).toBeLessThan(mid.x1);
    expect(mid.x2).toBeLessThan(down.x1);
  });

  it('draws every feed left to right (no edge goes back against the flow)', () => {
    cy.edges().forEach((e) => {
      expect(e.source().position('x')).toBeLessThan(e.target().position('x'));
    });
  });

  it('does not overlap link nodes', () => {
    const boxes = cy.nodes('.link').map((n) => ({ id: n.id(), bb: n.boundingBox({ includeLabels: false }) }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.bb;
        const b = boxes[j]!.bb;
        const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        expect({ pair: [boxes[i]!.id, boxes[j]!.id], overlap }).toEqual({
          pair: [boxes[i]!.id, boxes[j]!.id],
          overlap: false,
        });
      }
    }
  });

  it('stretches the stage bands to a common height', () => {
    const heights = cy.nodes('.stage').map((s) => Math.round(s.height()));
    expect(new Set(heights).size).toBe(1);
    const tops = cy.nodes('.stage').map((s) => Math.round(s.boundingBox({ includeLabels: false }).y1));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
  });

  it('alignStageBands is idempotent', () => {
    const before = cy.nodes('.stage').map((s) => s.height());
    alignStageBands(cy);
    expect(cy.nodes('.stage').map((s) => s.height())).toEqual(before);
  });
});

describe('a chain whose feeds run against the stages', () => {
  it('still keeps the stage order (partitions win over the edge direction)', async () => {
    const m = aluminiumMap();
    m.edges.push({ from: { id: 'die_casting' }, to: { id: 'coal' } });
    const cy = await laidOut(m);
    try {
      const x = (stage: string) => cy.getElementById(`stage:${stage}`).children().boundingBox({ includeLabels: false });
      expect(x('UPSTREAM').x2).toBeLessThan(x('MIDSTREAM').x1);
      expect(x('MIDSTREAM').x2).toBeLessThan(x('DOWNSTREAM').x1);
    } finally {
      cy.destroy(); // a live headless instance keeps a timer and Jest would not exit
    }
  });
});

describe('a small map with a feed between two bands', () => {
  // ELK threw on this shape ("reading 'a'") when model order was also set on the bands:
  // the layout then never ended and the map stayed blank.
  it('is laid out, upstream left of downstream', async () => {
    const m = aluminiumMap();
    m.nodes = m.nodes.filter((n) => n.link.id === 'coal' || n.link.id === 'battery_foil');
    m.edges = [{ ...m.edges[0]!, from: { id: 'coal' }, to: { id: 'battery_foil' } }];
    const cy = await Promise.race([
      laidOut(m),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the ELK layout did not end')), 10_000)),
    ]);
    try {
      expect(cy.getElementById('coal').position('x')).toBeLessThan(cy.getElementById('battery_foil').position('x'));
    } finally {
      cy.destroy();
    }
  });
});

describe('a four-link map over three bands (the security-headers fixture)', () => {
  it('is laid out', async () => {
    const m = aluminiumMap();
    const keep = new Set(['coal', 'electrolytic_aluminium', 'battery_foil', 'wheels']);
    m.nodes = m.nodes.filter((n) => keep.has(n.link.id));
    const feed = m.edges[0]!;
    m.edges = [
      { ...feed, from: { id: 'coal' }, to: { id: 'electrolytic_aluminium' } },
      { ...feed, from: { id: 'electrolytic_aluminium' }, to: { id: 'battery_foil' } },
      { ...feed, from: { id: 'electrolytic_aluminium' }, to: { id: 'wheels' } },
    ];
    const cy = await Promise.race([
      laidOut(m),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the ELK layout did not end')), 10_000)),
    ]);
    try {
      expect(cy.getElementById('coal').position('x')).toBeLessThan(cy.getElementById('wheels').position('x'));
    } finally {
      cy.destroy();
    }
  });
});
