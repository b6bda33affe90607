/**
 * Keeping very large chain maps (thousands of links and feeds) responsive: Cytoscape's
 * performance settings while the view moves, and a linear-time stage-grid layout where
 * ELK's layered layout would take too long. Small maps keep the full-quality path.
 * Figures behind the thresholds: `npm run bench:map` (bench/map-render.ts).
 */
import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import { runChainMapLayout } from './layout';

export const defaults = {
  /** Elements (nodes + edges) from which the map counts as large. */
  threshold: 1500,
  /**
   * Link nodes from which ELK is skipped for the stage grid: ELK's layered layout is
   * superlinear (bench:map: ~8 s for 250 links, over 120 s for 2,000 on the CI machine).
   */
  gridLayoutNodes: 300,
  /** Hide edges while panning/zooming a large map (they are most of the drawing cost). */
  hideEdgesOnViewport: true,
  /** Pan and zoom a cached bitmap of a large map instead of redrawing every frame. */
  textureOnViewport: true,
  /** Draw a large map at 1 device px per CSS px (a retina screen otherwise draws 4× the pixels). */
  pixelRatio: 1,
  /** Horizontal distance between grid columns, px. */
  columnWidth: 220,
  /** Vertical distance between grid rows, px (a three-line label makes a node about 100 px tall). */
  rowHeight: 120,
  /** Extra gap between stage bands, px. */
  stageGap: 160,
  /** Width : height the stage grid aims for (a projector's 16:9). */
  aspect: 16 / 9,
};

export type LargeMapOptions = Partial<typeof defaults>;

export function isLargeMap(elementCount: number, options: LargeMapOptions = {}): boolean {
  return elementCount >= (options.threshold ?? defaults.threshold);
}

/** The `cytoscape({...})` options for a large map (init time; see also `tuneRenderer`). */
export function largeRenderOptions(options: LargeMapOptions = {}) {
  const o = { ...defaults, ...options };
  return {
    hideEdgesOnViewport: o.hideEdgesOnViewport,
    textureOnViewport: o.textureOnViewport,
    pixelRatio: o.pixelRatio,
    motionBlur: false,
  };
}

/**
 * Switch the viewport settings of an existing instance to match the map's size. The
 * map's Cytoscape instance is created before its elements are known, and these
 * renderer fields are read on every frame, so setting them later takes effect.
 * Returns whether the map is large.
 */
export function tuneRenderer(cy: Core, elementCount: number, options: LargeMapOptions = {}): boolean {
  const o = { ...defaults, ...options };
  const large = isLargeMap(elementCount, o);
  const r = (cy as unknown as { renderer?: () => Record<string, unknown> | undefined }).renderer?.();
  if (!r || !('hideEdgesOnViewport' in r)) return large;
  r['hideEdgesOnViewport'] = large && o.hideEdgesOnViewport;
  r['textureOnViewport'] = large && o.textureOnViewport;
  r['forcedPixelRatio'] = large ? o.pixelRatio : null;
  if (large) cy.resize();
  return large;
}

type NodeData = { id: string; kind?: string; stageIndex?: number; order?: number; parent?: string };

/**
 * The elements of a large map as drawn flat: links leave their stage boxes (Cytoscape
 * recomputes a compound's bounds from every child on each change, which made the first
 * paint of a 5,000-element map take over 5 s; bench:map), stages become titles placed by
 * `stageGridPositions`, and feeds are drawn straight (class `flat`, style.ts). Small maps
 * are returned as they are. Pure: the input is not changed.
 */
export function flattenLargeMap(
  elements: readonly ElementDefinition[],
  options: LargeMapOptions = {},
): ElementDefinition[] {
  if (!isLargeMap(elements.length, options)) return [...elements];
  return elements.map((e) => {
    const data = e.data as NodeData;
    const flat = `${e.classes ?? ''} flat`.trim();
    if (e.group === 'nodes' && data.kind === 'link' && data.parent !== undefined) {
      const rest: Record<string, unknown> = { ...data };
      delete rest['parent'];
      return { ...e, data: rest as ElementDefinition['data'] };
    }
    if (e.group === 'nodes' && data.kind === 'stage') return { ...e, classes: flat };
    if (e.group === 'edges' && (data as { kind?: string }).kind === 'feed') return { ...e, classes: flat };
    return e;
  });
}

/**
 * Positions for the link nodes: one band of columns per stage, left to right, links in
 * `order` down each column. O(n), deterministic; the stage compounds wrap their links.
 */
export function stageGridPositions(
  elements: readonly ElementDefinition[],
  options: LargeMapOptions = {},
): Record<string, { x: number; y: number }> {
  const o = { ...defaults, ...options };
  const links = elements
    .filter((e) => e.group === 'nodes' && (e.data as NodeData).kind === 'link')
    .map((e) => e.data as NodeData);
  const stages = [...new Set(links.map((d) => d.stageIndex ?? 0))].sort((a, b) => a - b);
  // Rows so that the whole drawing is about `aspect` wide: columns × colW ≈ aspect × rows × rowH.
  const rows = Math.max(1, Math.ceil(Math.sqrt((links.length * o.columnWidth) / (o.aspect * o.rowHeight))));
  const out: Record<string, { x: number; y: number }> = {};
  let x0 = 0;
  for (const stage of stages) {
    const inStage = links
      .filter((d) => (d.stageIndex ?? 0) === stage)
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || (a.id < b.id ? -1 : 1));
    inStage.forEach((d, i) => {
      out[d.id] = { x: x0 + Math.floor(i / rows) * o.columnWidth, y: (i % rows) * o.rowHeight };
    });
    const width = Math.ceil(inStage.length / rows) * o.columnWidth;
    // Flat large maps title each band with its stage node (flattenLargeMap).
    const title = elements.find(
      (e) => e.group === 'nodes' && (e.data as NodeData).kind === 'stage' && (e.data as NodeData).stageIndex === stage,
    );
    if (title && !links.some((d) => d.parent === title.data.id)) {
      out[String(title.data.id)] = { x: x0 + (width - o.columnWidth) / 2, y: -o.rowHeight };
    }
    x0 += width + o.stageGap;
  }
  return out;
}

/** Lay the map out: ELK for ordinary maps, the stage grid for very large ones. */
export async function layoutForSize(cy: Core, options: LargeMapOptions = {}): Promise<'elk' | 'grid'> {
  const o = { ...defaults, ...options };
  if (cy.nodes('.link').length < o.gridLayoutNodes) {
    await runChainMapLayout(cy);
    return 'elk';
  }
  const positions = stageGridPositions(
    cy.nodes().map((n) => ({ group: 'nodes' as const, data: n.data() as NodeData })),
    o,
  );
  await new Promise<void>((resolve) => {
    const layout = cy.layout({
      name: 'preset',
      positions: (n: { id(): string }) => positions[n.id()] ?? { x: 0, y: 0 },
      fit: true,
      padding: 40,
      animate: false,
    } as unknown as LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  return 'grid';
}
