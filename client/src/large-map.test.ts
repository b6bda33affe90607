import cytoscape from 'cytoscape';
import { chainMapToElements } from './elements';
import { isLargeMap, largeRenderOptions, layoutForSize, stageGridPositions, tuneRenderer } from './large-map';
import { aluminiumMap } from './test-fixtures';

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
