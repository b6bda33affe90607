/**
 * "导出 Export": what is on screen, for reports and other tools — a print-resolution
 * PNG, an SVG, Cytoscape JSON (re-loadable with `cy.json(...)`), GraphML for Gephi and
 * yEd, and the printable A4 report. Every file leaves through `downloadBlob`.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { downloadBlob, fileName, MIME } from './downloads';
import { h, setChildren } from './dom';
import { elementsToGraphML } from './graphml';
import { type Lang, t } from './i18n';
import { sceneFromCy, sceneToSvg } from './svg-export';

export const defaults = {
  /** The PNG's long side is at least this many px (A4 landscape at ~300 dpi is 3508 px wide). */
  minLongSide: 3000,
  /** Never scale the map by less than this for print. */
  minScale: 3,
  /** Browsers refuse canvases much past 16k px a side; stay below. */
  maxLongSide: 16000,
  /** PNG background: white, as on paper. */
  background: '#ffffff',
};

/** Facts about the map that go into every export's metadata and file name. */
export interface MapMeta {
  chain: string;
  chainName: string;
  region: string | null;
  regionName: string | null;
  lang: Lang;
}

/**
 * The integer PNG scale for a drawing of `width` × `height` model px: at least
 * `minScale`, enough for the long side to reach `minLongSide`, never past `maxLongSide`.
 * Integer so the image is exactly ceil(width) × scale px wide (Cytoscape's own sizing).
 */
export function printScale(options: { width: number; height: number } & Partial<typeof defaults>): number {
  const o = { ...defaults, ...options };
  const long = Math.max(Math.ceil(o.width), Math.ceil(o.height), 1);
  const wanted = Math.max(o.minScale, Math.ceil(o.minLongSide / long));
  const cap = Math.max(1, Math.floor(o.maxLongSide / long));
  return Math.min(wanted, cap);
}

/** cy.json()'s elements as one flat list (nodes first), positions included. */
export function flatElements(json: { elements?: unknown }): ElementDefinition[] {
  const els = json.elements as { nodes?: ElementDefinition[]; edges?: ElementDefinition[] } | ElementDefinition[];
  if (Array.isArray(els)) return els;
  return [
    ...(els?.nodes ?? []).map((e) => ({ ...e, group: 'nodes' as const })),
    ...(els?.edges ?? []).map((e) => ({ ...e, group: 'edges' as const })),
  ];
}

/** The Cytoscape JSON export: what `cy.json(x)` reloads, plus the chain and region it shows. */
export function cytoscapeJson(json: Record<string, unknown>, meta: MapMeta, exportedAt: string): string {
  return JSON.stringify(
    {
      lianpu: { format: 'lianpu-chain-map', version: 1, ...meta, exportedAt },
      elements: json['elements'],
      style: json['style'],
      zoom: json['zoom'],
      pan: json['pan'],
    },
    null,
    2,
  );
}

/** The PNG blob of the whole map at print resolution. */
export async function mapPng(cy: Core, options: Partial<typeof defaults> = {}): Promise<Blob> {
  const o = { ...defaults, ...options };
  const bb = cy.elements().boundingBox();
  const scale = printScale({ width: bb.w, height: bb.h, ...o });
  // With a max size given, Cytoscape does not multiply by the screen's pixel ratio, so
  // the image is exactly ceil(w) × scale wide on every screen.
  const maxWidth = Math.ceil(bb.w) * scale;
  const maxHeight = Math.ceil(bb.h) * scale;
  return cy.png({ full: true, scale, maxWidth, maxHeight, bg: o.background, output: 'blob-promise' });
}

export type ExportFormat = 'png' | 'svg' | 'json' | 'graphml';

/** Write one export of `cy` as a download. */
export async function exportMap(cy: Core, format: ExportFormat, meta: MapMeta): Promise<void> {
  const name = (ext: string) => fileName([meta.chainName, meta.regionName ?? meta.region ?? 'national'], ext);
  switch (format) {
    case 'png':
      downloadBlob({ data: await mapPng(cy), filename: name('png'), type: MIME.png });
      return;
    case 'svg':
      downloadBlob({ data: sceneToSvg({ scene: sceneFromCy(cy) }), filename: name('svg'), type: MIME.svg });
      return;
    case 'json': {
      const json = cy.json() as unknown as Record<string, unknown>;
      const text = cytoscapeJson(json, meta, new Date().toISOString());
      downloadBlob({ data: text, filename: name('cyjs.json'), type: MIME.json });
      return;
    }
    case 'graphml': {
      const elements = flatElements(cy.json() as unknown as { elements: unknown });
      const xml = elementsToGraphML({
        elements,
        lang: meta.lang,
        graph: {
          id: `${meta.chain}@${meta.region ?? 'national'}`,
          chain: meta.chain,
          chainName: meta.chainName,
          region: meta.region,
          regionName: meta.regionName,
        },
      });
      downloadBlob({ data: xml, filename: name('graphml'), type: MIME.graphml });
      return;
    }
  }
}

export interface ExportToolbarOptions {
  container: HTMLElement;
  lang: Lang;
  onExport: (format: ExportFormat) => void;
  onReport: () => void;
}

/** A disclosure menu (details/summary: keyboard and screen-reader friendly without script). */
export function renderExportToolbar(o: ExportToolbarOptions): void {
  const l = o.lang;
  const open = o.container.querySelector('details')?.open ?? false;
  const item = (id: string, label: string, run: () => void) =>
    h('li', {}, h('button', { type: 'button', id, onclick: run }, label));
  const menu = h(
    'details',
    { className: 'export-menu', open },
    h('summary', { id: 'export-button' }, `${t('zh', 'expMenu')} ${t('en', 'expMenu')}`),
    h(
      'ul',
      { className: 'export-items', 'aria-label': t(l, 'expMenu') },
      item('export-png', t(l, 'expPng'), () => o.onExport('png')),
      item('export-svg', t(l, 'expSvg'), () => o.onExport('svg')),
      item('export-json', t(l, 'expJson'), () => o.onExport('json')),
      item('export-graphml', t(l, 'expGraphml'), () => o.onExport('graphml')),
      item('export-report', t(l, 'expReport'), () => o.onReport()),
    ),
  );
  setChildren(o.container, menu);
}
