/**
 * The chain map as GraphML for Gephi and yEd: every link a node, every feed an edge,
 * with stage, local status, firm count and capacities as typed data. yEd reads the
 * `y:ShapeNode` graphics (label, position, size, colour); Gephi reads the plain keys
 * (`label`, `x`, `y`) and ignores the yFiles ones.
 */
import type { ElementDefinition } from 'cytoscape';
import { formatQuantities } from './format';
import type { Lang } from './i18n';
import type { Quantity } from './types';
import { xmlText } from './xlsx';

export const defaults = {
  /** Write yEd graphics (y:ShapeNode) so yEd shows labels and the map's layout at once. */
  yed: true,
  /** Fill of a link with local firms in yEd. */
  presentFill: '#FFFFFF',
  /** Fill of a link missing locally in yEd. */
  missingFill: '#F1F1F1',
  /** Node size in yEd when the elements carry none. */
  nodeWidth: 140,
  nodeHeight: 60,
};

export type GraphMLOptions = Partial<typeof defaults> & {
  /** Cytoscape element JSON (from `chainMapToElements` or `cy.json().elements`, flattened). */
  elements: readonly ElementDefinition[];
  /** Graph-level facts: chain and region ids and names. */
  graph: { id: string; chain: string; chainName: string; region: string | null; regionName: string | null };
  /** Language of labels and formatted capacities. */
  lang: Lang;
};

type Key = { id: string; for: 'node' | 'edge' | 'graph'; name: string; type: 'string' | 'int' | 'double' | 'boolean' };

/** The attributes declared in the header, with `attr.name`/`attr.type` as Gephi and yEd expect. */
export const GRAPHML_KEYS: readonly Key[] = [
  { id: 'g_chain', for: 'graph', name: 'chain', type: 'string' },
  { id: 'g_chainName', for: 'graph', name: 'chainName', type: 'string' },
  { id: 'g_region', for: 'graph', name: 'region', type: 'string' },
  { id: 'g_regionName', for: 'graph', name: 'regionName', type: 'string' },
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'name', for: 'node', name: 'name', type: 'string' },
  { id: 'nameEn', for: 'node', name: 'nameEn', type: 'string' },
  { id: 'stage', for: 'node', name: 'stage', type: 'string' },
  { id: 'status', for: 'node', name: 'status', type: 'string' },
  { id: 'enterprises', for: 'node', name: 'enterprises', type: 'int' },
  { id: 'unit', for: 'node', name: 'unit', type: 'string' },
  { id: 'capacity', for: 'node', name: 'capacity', type: 'string' },
  { id: 'capacityInUnit', for: 'node', name: 'capacityInUnit', type: 'double' },
  { id: 'pipelineCapacity', for: 'node', name: 'pipelineCapacity', type: 'string' },
  { id: 'masters', for: 'node', name: 'masters', type: 'string' },
  { id: 'x', for: 'node', name: 'x', type: 'double' },
  { id: 'y', for: 'node', name: 'y', type: 'double' },
  { id: 'inputPerUnit', for: 'edge', name: 'inputPerUnit', type: 'double' },
  { id: 'note', for: 'edge', name: 'note', type: 'string' },
];

type NodeData = {
  id: string;
  kind?: string;
  name?: string;
  nameEn?: string | null;
  stage?: string;
  unit?: string | null;
  enterprises?: number;
  capacity?: Quantity[];
  pipelineCapacity?: Quantity[];
  masters?: Array<{ name: string }>;
  /** Set by the gap layer when present (MISSING/FILLING/WEAK/STRONG). */
  gapStatus?: string;
  status?: string;
  w?: number;
  h?: number;
};

/**
 * A link's local status: the gap analysis's when the map carries it, otherwise
 * MISSING / PRESENT from the local operating firm count.
 */
export function nodeStatus(d: NodeData): string {
  if (typeof d.gapStatus === 'string') return d.gapStatus;
  if (typeof d.status === 'string') return d.status;
  return (d.enterprises ?? 0) > 0 ? 'PRESENT' : 'MISSING';
}

function data(key: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return `<data key="${key}">${xmlText(String(value))}</data>`;
}

function yedNode(o: typeof defaults, label: string, d: NodeData, pos: { x: number; y: number } | undefined): string {
  const w = d.w ?? o.nodeWidth;
  const h = d.h ?? o.nodeHeight;
  const x = (pos?.x ?? 0) - w / 2;
  const y = (pos?.y ?? 0) - h / 2;
  const fill = nodeStatus(d) === 'MISSING' ? o.missingFill : o.presentFill;
  return (
    '<data key="d_yfiles"><y:ShapeNode>' +
    `<y:Geometry x="${x}" y="${y}" width="${w}" height="${h}"/>` +
    `<y:Fill color="${fill}" transparent="false"/>` +
    '<y:BorderStyle color="#1F4E79" type="line" width="2.0"/>' +
    `<y:NodeLabel fontFamily="Dialog" fontSize="12">${xmlText(label)}</y:NodeLabel>` +
    '<y:Shape type="roundrectangle"/></y:ShapeNode></data>'
  );
}

/** The GraphML document: valid XML, one `<node>` per link, one `<edge>` per feed. */
export function elementsToGraphML(options: GraphMLOptions): string {
  const o = { ...defaults, ...options };
  const lang = o.lang;
  const nodes = o.elements.filter((e) => e.group === 'nodes' && (e.data as NodeData).kind === 'link');
  const ids = new Set(nodes.map((e) => String(e.data.id)));
  const edges = o.elements.filter(
    (e) => e.group === 'edges' && ids.has(String(e.data.source)) && ids.has(String(e.data.target)),
  );
  const keys = GRAPHML_KEYS.map(
    (k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`,
  );
  if (o.yed) {
    keys.push('  <key id="d_yfiles" for="node" yfiles.type="nodegraphics"/>');
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      (o.yed ? ' xmlns:y="http://www.yworks.com/xml/graphml"' : '') +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    `  <graph id="${xmlText(o.graph.id)}" edgedefault="directed">`,
    `    ${data('g_chain', o.graph.chain)}${data('g_chainName', o.graph.chainName)}${data('g_region', o.graph.region)}${data('g_regionName', o.graph.regionName)}`,
  ];
  for (const e of nodes) {
    const d = e.data as NodeData;
    const label = (lang === 'en' && d.nameEn) || d.name || d.id;
    const inUnit = (d.capacity ?? []).filter((q) => q.unit === d.unit).reduce((s, q) => s + q.value, 0);
    lines.push(
      `    <node id="${xmlText(d.id)}">` +
        data('label', label) +
        data('name', d.name) +
        data('nameEn', d.nameEn) +
        data('stage', d.stage) +
        data('status', nodeStatus(d)) +
        data('enterprises', d.enterprises ?? 0) +
        data('unit', d.unit) +
        data('capacity', formatQuantities(lang, d.capacity ?? [])) +
        data('capacityInUnit', d.unit ? inUnit : null) +
        data('pipelineCapacity', formatQuantities(lang, d.pipelineCapacity ?? [])) +
        data('masters', (d.masters ?? []).map((m) => m.name).join('; ')) +
        data('x', e.position?.x) +
        data('y', e.position?.y) +
        (o.yed ? yedNode(o, label, d, e.position) : '') +
        '</node>',
    );
  }
  edges.forEach((e, i) => {
    const d = e.data as { id?: string; source: string; target: string; inputPerUnit?: number | null; note?: string };
    lines.push(
      `    <edge id="${xmlText(d.id ?? `e${i}`)}" source="${xmlText(d.source)}" target="${xmlText(d.target)}">` +
        data('inputPerUnit', d.inputPerUnit) +
        data('note', d.note) +
        '</edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
