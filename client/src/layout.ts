/**
 * The ELK layered layout of a chain map (via cytoscape-elk) and the post-layout
 * alignment of the stage bands. Options are plain data so they can be unit-tested;
 * `runChainMapLayout` is the only part that touches a Cytoscape instance.
 */
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';

export const defaults = {
  /** ELK `elk.direction`: RIGHT puts upstream on the left and downstream on the right. */
  direction: 'RIGHT' as 'RIGHT' | 'DOWN' | 'LEFT' | 'UP',
  /** ELK `elk.spacing.nodeNode`: px between nodes of the same layer. */
  nodeSpacing: 20,
  /** ELK `elk.layered.spacing.nodeNodeBetweenLayers`: px between layers (and between stage bands). */
  layerSpacing: 40,
  /** ELK `elk.spacing.edgeNode`: px between an edge and a node. */
  edgeNodeSpacing: 16,
  /** Px of band around the links of a stage (ELK `elk.padding` and the stylesheet's stage `padding`). */
  stagePadding: 24,
  /** Fit the map to the viewport when the layout stops. */
  fit: true,
  /** Px between the map and the viewport edge when fitting. */
  padding: 40,
  /** Animate nodes to their new positions (off: projectors and screenshots prefer a still map). */
  animate: false,
  /** Stretch the stage bands to the same height after layout, so they read as columns. */
  alignBands: true,
};

export type ChainMapLayoutOptions = Partial<typeof defaults>;

/** Per-node ELK options: each stage band is an ELK partition numbered left to right. */
export function nodeLayoutOptions(
  data: { kind?: string; stageIndex?: number },
  options: ChainMapLayoutOptions = {},
): Record<string, string | number | boolean> {
  const o = { ...defaults, ...options };
  if (data.kind !== 'stage') return {};
  const p = o.stagePadding;
  return {
    'elk.partitioning.partition': data.stageIndex ?? 0,
    'elk.padding': `[top=${p},left=${p},bottom=${p},right=${p}]`,
    // A compound's own options govern the layout of its children: repeat the spacing.
    ...spacing(o),
  };
}

/**
 * Options for the root only. Model order set on the stage compounds as well makes ELK
 * (elkjs 0.9, with INCLUDE_CHILDREN and partitions) throw "Cannot read properties of
 * undefined (reading 'a')" on maps with an edge between two bands, and the layout never
 * ends; set on the root it applies to the whole hierarchy (layout.test.ts runs ELK on
 * such a map).
 */
function rootOrdering(): Record<string, string> {
  return {
    // Keep the `position` order of the data where the crossings allow it.
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  };
}

/** Options that apply within one graph level (the root, and each stage band for its links). */
function spacing(o: typeof defaults): Record<string, string | number> {
  return {
    'elk.direction': o.direction,
    'elk.spacing.nodeNode': o.nodeSpacing,
    'elk.layered.spacing.nodeNodeBetweenLayers': o.layerSpacing,
    'elk.spacing.edgeNode': o.edgeNodeSpacing,
    // Straight, balanced rows: fewer kinks than the default for these small DAGs.
    'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  };
}

/** The root ELK options: layered, stages ordered by partition, cross-band edges laid out in one run. */
export function elkOptions(options: ChainMapLayoutOptions = {}): Record<string, string | number | boolean> {
  const o = { ...defaults, ...options };
  return {
    algorithm: 'layered',
    // Edges cross the stage bands, so lay out the whole hierarchy at once (with
    // SEPARATE_CHILDREN the bands are stacked and the edges ignored).
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.partitioning.activate': true,
    ...spacing(o),
    ...rootOrdering(),
  };
}

/** The options object for `cy.layout(...)` (cytoscape-elk's format). */
export function chainMapLayout(options: ChainMapLayoutOptions = {}) {
  const o = { ...defaults, ...options };
  return {
    name: 'elk',
    fit: o.fit,
    padding: o.padding,
    animate: o.animate,
    nodeDimensionsIncludeLabels: false,
    nodeLayoutOptions: (node: NodeSingular) => nodeLayoutOptions(node.data(), o),
    elk: elkOptions(o),
  };
}

export interface Box {
  y1: number;
  y2: number;
}

/**
 * Compound min-height settings that stretch every band to span the union of all
 * bands' vertical extents: `minHeight` is the common height, `biasTop`/`biasBottom`
 * the percentages of the added height that go above and below the band's own box.
 */
export function bandAlignment(
  boxes: Record<string, Box>,
): Record<string, { minHeight: number; biasTop: number; biasBottom: number }> {
  const all = Object.values(boxes);
  if (all.length === 0) return {};
  const top = Math.min(...all.map((b) => b.y1));
  const bottom = Math.max(...all.map((b) => b.y2));
  const out: Record<string, { minHeight: number; biasTop: number; biasBottom: number }> = {};
  for (const [id, b] of Object.entries(boxes)) {
    const extra = bottom - top - (b.y2 - b.y1);
    const above = b.y1 - top;
    const biasTop = extra > 0 ? (above / extra) * 100 : 50;
    out[id] = { minHeight: bottom - top, biasTop, biasBottom: 100 - biasTop };
  }
  return out;
}

/** Stretch the stage bands of `cy` to a common height (see `bandAlignment`). */
export function alignStageBands(cy: Core): void {
  const stages = cy.nodes('.stage');
  const boxes: Record<string, Box> = {};
  stages.forEach((s) => {
    if (s.children().empty()) return;
    const bb = s.children().boundingBox({ includeLabels: false, includeOverlays: false });
    boxes[s.id()] = { y1: bb.y1, y2: bb.y2 };
  });
  const align = bandAlignment(boxes);
  stages.forEach((s) => {
    const a = align[s.id()];
    if (!a) return;
    s.style({
      // min-height is the content height: Cytoscape adds the band's padding around it.
      'min-height': `${a.minHeight}px`,
      'min-height-bias-top': `${a.biasTop}%`,
      'min-height-bias-bottom': `${a.biasBottom}%`,
    });
  });
}

/** Lay the map out; resolves when positions are final (bands aligned, view fitted). */
export function runChainMapLayout(cy: Core, options: ChainMapLayoutOptions = {}): Promise<void> {
  const o = { ...defaults, ...options };
  return new Promise((resolve) => {
    const layout = cy.layout(chainMapLayout({ ...o, fit: false }) as unknown as LayoutOptions);
    layout.one('layoutstop', () => {
      if (o.alignBands) alignStageBands(cy);
      if (o.fit) cy.fit(undefined, o.padding);
      resolve();
    });
    layout.run();
  });
}
