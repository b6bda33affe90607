/**
 * The browser half of the map rendering benchmark (bundled by bench/map-render.ts with
 * esbuild): builds the synthetic map with the front end's own element, style, layout
 * and large-map functions and reports timings to the Node half.
 */
import cytoscape, { type Core } from 'cytoscape';
import elk from 'cytoscape-elk';
import { chainMapToElements } from '../client/src/elements';
import { flattenLargeMap, largeRenderOptions, stageGridPositions } from '../client/src/large-map';
import { runChainMapLayout } from '../client/src/layout';
import { chainMapStyle } from '../client/src/style';
import { syntheticChainMap } from './synthetic-chain-map';

cytoscape.use(elk);

export interface BenchSpec {
  links: number;
  feedsPerLink: number;
  /** default: the app's options; large: the large-map viewport options; webgl: large + WebGL renderer. */
  mode: 'default' | 'large' | 'webgl';
}

export interface BenchResult {
  elements: number;
  buildMs: number;
  firstPaintMs: number;
  webgl: boolean;
}

let cy: Core | null = null;
const frames: number[] = [];
let recording = false;

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function painted(core: Core): Promise<void> {
  await new Promise<void>((resolve) => {
    core.one('render', () => resolve());
    // Guarantee a render is requested even if nothing changed.
    core.forceRender();
  });
  await nextFrame();
  await nextFrame();
}

const api = {
  async render(spec: BenchSpec): Promise<BenchResult> {
    cy?.destroy();
    const map = syntheticChainMap({ links: spec.links, feedsPerLink: spec.feedsPerLink, seed: 42 });
    const t0 = performance.now();
    const built = chainMapToElements({ map });
    // 'default' is the full-quality path of small maps; the others take the app's large-map path.
    const elements = spec.mode === 'default' ? built : flattenLargeMap(built);
    const positions = stageGridPositions(elements);
    for (const e of elements) {
      const p = positions[String(e.data.id)];
      if (p) e.position = p;
    }
    const buildMs = performance.now() - t0;
    const container = document.getElementById('cy')!;
    cy = cytoscape({
      container,
      style: chainMapStyle(),
      elements,
      layout: { name: 'preset', fit: true, padding: 40 },
      minZoom: 0.02,
      maxZoom: 3,
      ...(spec.mode === 'default' ? {} : largeRenderOptions()),
      ...(spec.mode === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    await painted(cy);
    const firstPaintMs = performance.now() - t0;
    // True when Cytoscape kept the WebGL renderer (it needs a WebGL2 context).
    const r = (cy as unknown as { renderer(): { webgl?: boolean } }).renderer();
    return { elements: elements.length, buildMs, firstPaintMs, webgl: !!r.webgl };
  },

  /** ELK layered layout of the current map, as the app runs it; ms until painted. */
  async elk(): Promise<number> {
    if (!cy) throw new Error('render first');
    const t0 = performance.now();
    await runChainMapLayout(cy);
    await painted(cy);
    return performance.now() - t0;
  },

  /** Stage-grid layout (the large-map path); ms until painted. */
  async grid(): Promise<number> {
    if (!cy) throw new Error('render first');
    const t0 = performance.now();
    const positions = stageGridPositions(cy.nodes().map((n) => ({ group: 'nodes' as const, data: n.data() })));
    cy.nodes().positions((n) => positions[n.id()] ?? n.position());
    cy.fit(undefined, 40);
    await painted(cy);
    return performance.now() - t0;
  },

  startFrames(): void {
    frames.length = 0;
    recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      if (!recording) return;
      frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  },

  stopFrames(): number[] {
    recording = false;
    return frames.slice(1);
  },
};

(window as unknown as { lianpuBench: typeof api }).lianpuBench = api;
