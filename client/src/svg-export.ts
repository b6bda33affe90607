/**
 * The chain map as a standalone SVG (vector, for reports that are scaled or edited in
 * Illustrator/Inkscape/WPS). cytoscape-svg is GPL-3.0, which this UNLICENSED project
 * cannot ship, so the map is serialised here from the rendered positions and styles:
 * `sceneFromCy` reads a Cytoscape instance, `sceneToSvg` is pure and tested.
 */
import type { Core } from 'cytoscape';
import { xmlText } from './xlsx';

export const defaults = {
  /** Blank space around the drawing, in px. */
  margin: 24,
  /** Page background (white for printing). */
  background: '#ffffff',
  /** Font of all labels; CJK first so Chinese never falls back to a serif face. */
  fontFamily: '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif',
};

export interface SceneNode {
  id: string;
  /** Centre and size in model coordinates. */
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dashed: boolean;
  textColor: string;
  fontSize: number;
  fontWeight: string;
  /** Corner radius; 0 = plain rectangle. */
  radius: number;
  /** Stage bands put their title at the top, links in the middle. */
  labelAt: 'top' | 'center';
}

export interface SceneEdge {
  id: string;
  /** The drawn path, source end first, target end (arrow tip) last. */
  points: Array<{ x: number; y: number }>;
  color: string;
  width: number;
  dashed: boolean;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

export type SvgOptions = Partial<typeof defaults> & { scene: Scene };

/** The SVG document; the viewBox is the drawing's bounding box plus the margin. */
export function sceneToSvg(options: SvgOptions): string {
  const o = { ...defaults, ...options };
  const { nodes, edges } = o.scene;
  const xs = [
    ...nodes.flatMap((n) => [n.x - n.w / 2, n.x + n.w / 2]),
    ...edges.flatMap((e) => e.points.map((p) => p.x)),
  ];
  const ys = [
    // A band's title sits above its box: leave room for one line of it.
    ...nodes.flatMap((n) => [n.y - n.h / 2 - (n.labelAt === 'top' && n.label ? n.fontSize * 1.3 : 0), n.y + n.h / 2]),
    ...edges.flatMap((e) => e.points.map((p) => p.y)),
  ];
  const x1 = (xs.length ? Math.min(...xs) : 0) - o.margin;
  const y1 = (ys.length ? Math.min(...ys) : 0) - o.margin;
  const w = (xs.length ? Math.max(...xs) : 0) + o.margin - x1;
  const h = (ys.length ? Math.max(...ys) : 0) + o.margin - y1;
  const r = (n: number) => Math.round(n * 10) / 10;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r(w)}" height="${r(h)}" viewBox="${r(x1)} ${r(y1)} ${r(w)} ${r(h)}" font-family="${xmlText(o.fontFamily)}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="context-stroke"/></marker></defs>',
    `<rect x="${r(x1)}" y="${r(y1)}" width="${r(w)}" height="${r(h)}" fill="${xmlText(o.background)}"/>`,
  ];
  // Bands (top-aligned labels) first so links and edges are drawn over them.
  const ordered = [...nodes.filter((n) => n.labelAt === 'top'), ...nodes.filter((n) => n.labelAt !== 'top')];
  const drawNode = (n: SceneNode) => {
    const lines = n.label.split('\n');
    const lh = n.fontSize * 1.3;
    const firstY = n.labelAt === 'top' ? n.y - n.h / 2 - lh * 0.4 : n.y - ((lines.length - 1) * lh) / 2;
    const text = lines
      .map((line, i) => `<tspan x="${r(n.x)}" y="${r(firstY + i * lh)}">${xmlText(line)}</tspan>`)
      .join('');
    return (
      `<g id="${xmlText(`n-${n.id}`)}"><rect x="${r(n.x - n.w / 2)}" y="${r(n.y - n.h / 2)}" width="${r(n.w)}" height="${r(n.h)}" rx="${n.radius}" fill="${xmlText(n.fill)}" stroke="${xmlText(n.stroke)}" stroke-width="${n.strokeWidth}"${n.dashed ? ' stroke-dasharray="6 4"' : ''}/>` +
      (n.label
        ? `<text text-anchor="middle" dominant-baseline="central" font-size="${n.fontSize}" font-weight="${xmlText(n.fontWeight)}" fill="${xmlText(n.textColor)}">${text}</text>`
        : '') +
      '</g>'
    );
  };
  out.push(...ordered.filter((n) => n.labelAt === 'top').map(drawNode));
  for (const e of edges) {
    if (e.points.length < 2) continue;
    const d = e.points.map((p, i) => `${i ? 'L' : 'M'}${r(p.x)},${r(p.y)}`).join('');
    out.push(
      `<path id="${xmlText(`e-${e.id}`)}" d="${d}" fill="none" stroke="${xmlText(e.color)}" stroke-width="${e.width}"${e.dashed ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#arrow)"/>`,
    );
  }
  out.push(...ordered.filter((n) => n.labelAt !== 'top').map(drawNode));
  out.push('</svg>', '');
  return out.join('\n');
}

const px = (v: unknown, fallback = 0) => {
  const n = parseFloat(String(v));
  return Number.isFinite(n) ? n : fallback;
};

/** What is drawn in `cy` now, in model coordinates: boxes, colours, labels, edge routes. */
export function sceneFromCy(cy: Core): Scene {
  const nodes: SceneNode[] = cy.nodes(':visible').map((n) => {
    const bb = n.boundingBox({ includeLabels: false, includeOverlays: false });
    const compound = n.isParent();
    return {
      id: n.id(),
      x: (bb.x1 + bb.x2) / 2,
      y: (bb.y1 + bb.y2) / 2,
      w: bb.w,
      h: bb.h,
      label: String(n.style('label') ?? ''),
      fill: String(n.style('background-color')),
      stroke: String(n.style('border-color')),
      strokeWidth: px(n.style('border-width')),
      dashed: n.style('border-style') === 'dashed',
      textColor: String(n.style('color')),
      fontSize: px(n.style('font-size'), 16),
      fontWeight: String(n.style('font-weight') ?? 'normal'),
      radius: compound ? 12 : 6,
      labelAt: compound ? 'top' : 'center',
    };
  });
  const edges: SceneEdge[] = cy.edges(':visible').map((e) => {
    const points = (() => {
      try {
        return [e.sourceEndpoint(), ...(e.segmentPoints() ?? []), e.targetEndpoint()];
      } catch {
        // No renderer (headless): centre to centre.
        return [e.source().position(), e.target().position()];
      }
    })();
    return {
      id: e.id(),
      points: points.map((p) => ({ x: p.x, y: p.y })),
      color: String(e.style('line-color')),
      width: px(e.style('width'), 2),
      dashed: e.style('line-style') === 'dashed',
    };
  });
  return { nodes, edges };
}
