import cytoscape from 'cytoscape';
import { chainMapToElements } from './elements';
import type { ElementDefinition } from 'cytoscape';
import { syntheticChainMap } from '../../bench/synthetic-chain-map';
import {
  flattenLargeMap,
  isLargeMap,
  largeRenderOptions,
  layoutForSize,
  stageGridPositions,
  tuneRenderer,
} from './large-map';
import { aluminiumMap } from './test-fixtures';

/** A synthetic chain map of `links` links (about 1.5 feeds each), as element JSON. */
const syntheticElements = (links: number): ElementDefinition[] =>
  chainMapToElements({ map: syntheticChainMap({ links, feedsPerLink: 1.5, seed: 7 }) });

describe('stageGridPositions', () => {
  const elements = chainMapToElements({ map: aluminiumMap() });
  const pos = stageGridPositions(elements, { columnWidth: 100, rowHeight: 50, stageGap: 30 });
  const links = elements.filter((e) => e.data['kind'] === 'link');

  it('places every link, and nothing else', () => {
    expect(Object.keys(pos).sort()).toEqual(links.map((e) => String(e.data.id)).sort());
  });

  it('keeps each stage band left of the next, with the gap between', () => {
    const xs = (stage: number) =>
      links.filter((e) => e.data['stageIndex'] === stage).map((e) => pos[String(e.data.id)]!.x);
    expect(Math.max(...xs(0))).toBeLessThan(Math.min(...xs(1)));
    expect(Math.max(...xs(1))).toBeLessThan(Math.min(...xs(2)));
  });

  it('puts no two links on the same spot', () => {
    const spots = new Set(Object.values(pos).map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(links.length);
  });
});

describe('size thresholds', () => {
  it('counts a map as large from the threshold on', () => {
    expect(isLargeMap(1499)).toBe(false);
    expect(isLargeMap(1500)).toBe(true);
    expect(isLargeMap(10, { threshold: 10 })).toBe(true);
  });
  it('turns the viewport shortcuts on for large maps', () => {
    expect(largeRenderOptions()).toEqual({
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      pixelRatio: 1,
      motionBlur: false,
    });
  });
});

describe('layoutForSize and tuneRenderer on a headless instance', () => {
  it('uses the stage grid above the node threshold and leaves a headless renderer alone', async () => {
    const cy = cytoscape({ headless: true, elements: chainMapToElements({ map: aluminiumMap() }) });
    try {
      expect(await layoutForSize(cy, { gridLayoutNodes: 1 })).toBe('grid');
      const xs = cy.nodes('.link').map((n) => n.position('x'));
      expect(new Set(xs).size).toBeGreaterThan(1);
      expect(tuneRenderer(cy, 5000)).toBe(true);
      expect(tuneRenderer(cy, 10)).toBe(false);
    } finally {
      cy.destroy();
    }
  });
});

describe('flattenLargeMap', () => {
  const small = syntheticElements(3);
  const large = syntheticElements(1200);

  test('a small map is drawn as it is, stage boxes and all', () => {
    expect(flattenLargeMap(small)).toEqual(small);
  });

  test('a large map loses its stage boxes: links lose their parent, stages and feeds become flat', () => {
    expect(large.length).toBeGreaterThanOrEqual(1500);
    const flat = flattenLargeMap(large);
    expect(flat).toHaveLength(large.length);
    const links = flat.filter((e) => e.data.kind === 'link');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((e) => e.data.parent === undefined)).toBe(true);
    expect(flat.filter((e) => e.data.kind === 'stage').every((e) => String(e.classes).includes('flat'))).toBe(true);
    expect(flat.filter((e) => e.data.kind === 'feed').every((e) => String(e.classes).includes('flat'))).toBe(true);
    // The input is left alone.
    expect(large.filter((e) => e.data.kind === 'link').every((e) => e.data.parent !== undefined)).toBe(true);
  });

  test('the stage grid puts each stage title above its own band of links', () => {
    const flat = flattenLargeMap(large);
    const pos = stageGridPositions(flat);
    for (const stage of flat.filter((e) => e.data.kind === 'stage')) {
      const title = pos[String(stage.data.id)];
      expect(title).toBeDefined();
      const xs = flat
        .filter((e) => e.data.kind === 'link' && e.data.stageIndex === stage.data.stageIndex)
        .map((e) => pos[String(e.data.id)]!.x);
      expect(title!.x).toBeGreaterThanOrEqual(Math.min(...xs));
      expect(title!.x).toBeLessThanOrEqual(Math.max(...xs));
      expect(title!.y).toBeLessThan(0);
    }
  });
});
