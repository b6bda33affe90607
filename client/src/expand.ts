/**
 * A link expanded into its firms: pure functions from `linkFirms` results to Cytoscape
 * element JSON. Each firm is a node in the link's stage band, tied to its link by a thin
 * member edge (so the layered layout puts it next to the link), with dashed supply edges
 * between firms of expanded links; a partner whose link is not expanded is stood in for
 * by its link node, so no trade is silently dropped.
 */
import type { ElementDefinition } from 'cytoscape';
import { labelBox, stageNodeId, wrapName } from './elements';
import { formatQuantities, sumByUnit } from './format';
import { enumLabel, type Lang } from './i18n';
import type { FirmSupply, LinkFirm, LinkFirmGraph } from './leader-api';
import type { Stage } from './types';

export const defaults = {
  /** Wrap firm names wider than this many em onto more lines. */
  maxNameEm: 8,
  /** Firm label size in px (keep equal to the stylesheet's `firmFontSize`). */
  fontSize: 14,
  /** Line height of firm labels. */
  lineHeight: 1.3,
  /** Px between a firm's label and its border. */
  nodePadding: 8,
  /** Smallest firm node width in px. */
  minNodeWidth: 90,
  /** Badge before a link-master firm's name. */
  masterBadge: '★',
};

export type FirmElementOptions = Partial<typeof defaults> & {
  lang: Lang;
  /** The expanded links in map order, each with its stage and its `linkFirms` result. */
  expanded: ReadonlyArray<{ link: string; stage: Stage; graph: LinkFirmGraph }>;
  /** Ids of the link nodes on the map (partners are drawn at these). */
  linkIds: ReadonlySet<string>;
};

export function firmNodeId(enterpriseId: string): string {
  return `firm:${enterpriseId}`;
}

export function memberEdgeId(link: string, enterpriseId: string): string {
  return `member:${link}->${enterpriseId}`;
}

export function supplyEdgeId(source: string, target: string, link: string): string {
  return `supply:${source}->${target}:${link}`;
}

/** Add or remove `link` from the expanded list, keeping the order links were expanded in. */
export function toggleExpanded(expanded: readonly string[], link: string): string[] {
  return expanded.includes(link) ? expanded.filter((x) => x !== link) : [...expanded, link];
}

/** "100万吨" for operating capacity; otherwise "在建 30万吨" / "规划": what the firm has on the way. */
export function firmCapacityText(lang: Lang, firm: LinkFirm): string {
  const operating = sumByUnit(firm.productions.filter((p) => p.status === 'OPERATING'));
  if (operating.length) return formatQuantities(lang, operating);
  const other = firm.productions.find((p) => p.status !== 'OPERATING');
  if (!other) return '';
  const q = sumByUnit(firm.productions.filter((p) => p.status === other.status));
  return [enumLabel(lang, other.status), q.length ? formatQuantities(lang, q) : ''].filter(Boolean).join(' ');
}

export function firmLabel(lang: Lang, firm: LinkFirm, options: Partial<typeof defaults> = {}): string {
  const o = { ...defaults, ...options };
  const name = wrapName(firm.enterprise.name, o.maxNameEm);
  const first = firm.master && o.masterBadge ? `${o.masterBadge} ${name}` : name;
  const capacity = firmCapacityText(lang, firm);
  return capacity ? `${first}\n${capacity}` : first;
}

export type FirmNodeData = {
  id: string;
  kind: 'firm';
  parent: string;
  firmId: string;
  name: string;
  /** The expanded link the firm is drawn at. */
  linkId: string;
  master: boolean;
  label: string;
  w: number;
  h: number;
};

export type SupplyEdgeData = {
  id: string;
  kind: 'supply';
  source: string;
  target: string;
  linkId: string;
  volume: number | null;
  unit: string | null;
  supplySource: string | null;
  supplyAsOf: string | null;
};

/** The firm nodes, member edges and supply edges of every expanded link. */
export function firmElements(options: FirmElementOptions): ElementDefinition[] {
  const o = { ...defaults, ...options };
  const elements: ElementDefinition[] = [];
  const placed = new Map<string, string>(); // enterprise id → its node id
  for (const { link, stage, graph } of o.expanded) {
    if (!o.linkIds.has(link)) continue;
    for (const firm of graph.firms) {
      const id = firmNodeId(firm.enterprise.id);
      // A firm making two expanded links is drawn once, at the first.
      if (placed.has(firm.enterprise.id)) continue;
      placed.set(firm.enterprise.id, id);
      const label = firmLabel(o.lang, firm, o);
      const data: FirmNodeData = {
        id,
        kind: 'firm',
        parent: stageNodeId(stage),
        firmId: firm.enterprise.id,
        name: firm.enterprise.name,
        linkId: link,
        master: firm.master,
        label,
        ...labelBox(label, o),
      };
      const classes = ['firm'];
      if (firm.master) classes.push('master');
      if (!firm.productions.some((p) => p.status === 'OPERATING')) classes.push('not-operating');
      elements.push({ group: 'nodes', data, classes: classes.join(' ') });
      elements.push({
        group: 'edges',
        data: { id: memberEdgeId(link, firm.enterprise.id), kind: 'member', source: link, target: id },
        classes: 'member',
      });
    }
  }
  // Where a partner that is not drawn as a firm stands: the first of its links on the map.
  const partnerAt = new Map<string, string>();
  for (const { graph } of o.expanded) {
    for (const n of graph.neighbours) {
      const at = n.links.find((l) => o.linkIds.has(l));
      if (at && !partnerAt.has(n.enterprise.id)) partnerAt.set(n.enterprise.id, at);
    }
  }
  const end = (id: string) => placed.get(id) ?? partnerAt.get(id) ?? null;
  const seen = new Set<string>();
  const supplies: FirmSupply[] = o.expanded.flatMap((e) => (o.linkIds.has(e.link) ? e.graph.supplies : []));
  for (const s of supplies) {
    const source = end(s.supplier.id);
    const target = end(s.customer.id);
    // Both ends standing in as link nodes would just repeat a feed edge.
    if (!source || !target || source === target) continue;
    if (!placed.has(s.supplier.id) && !placed.has(s.customer.id)) continue;
    const id = supplyEdgeId(source, target, s.link.id);
    if (seen.has(id)) continue;
    seen.add(id);
    const data: SupplyEdgeData = {
      id,
      kind: 'supply',
      source,
      target,
      linkId: s.link.id,
      volume: s.volume ?? null,
      unit: s.unit ?? null,
      supplySource: s.source ?? null,
      supplyAsOf: s.asOf ?? null,
    };
    elements.push({ group: 'edges', data, classes: 'supply' });
  }
  return elements;
}

export interface Box {
  id: string;
  /** Centre. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export const satelliteDefaults = {
  /** Px between the link and its firms, and between firms. */
  gap: 14,
  /** Firms side by side under their link (more go on further rows). */
  columns: 2,
};

/**
 * Where the firms of an expanded link go, without re-running the layout (so the map an
 * official is looking at does not jump): in a grid centred under the link; nodes of the
 * same band that sit below it in that column are pushed down by the grid's height.
 * Returns the firm centres and the downward shift of each pushed node.
 */
export function satelliteLayout(
  options: {
    anchor: Box;
    firms: ReadonlyArray<{ id: string; w: number; h: number }>;
    /** The other nodes of the link's band (links and already placed firms). */
    others: readonly Box[];
  } & Partial<typeof satelliteDefaults>,
): { positions: Record<string, { x: number; y: number }>; shifts: Record<string, number> } {
  const o = { ...satelliteDefaults, ...options };
  const { anchor, firms } = o;
  const positions: Record<string, { x: number; y: number }> = {};
  const shifts: Record<string, number> = {};
  if (firms.length === 0) return { positions, shifts };
  const columns = Math.max(1, Math.min(o.columns, firms.length));
  const cellW = Math.max(...firms.map((f) => f.w)) + o.gap;
  const cellH = Math.max(...firms.map((f) => f.h)) + o.gap;
  const rows = Math.ceil(firms.length / columns);
  const top = anchor.y + anchor.h / 2 + o.gap;
  const left = anchor.x - (columns * cellW) / 2;
  firms.forEach((f, i) => {
    positions[f.id] = { x: left + ((i % columns) + 0.5) * cellW, y: top + (Math.floor(i / columns) + 0.5) * cellH };
  });
  const blockBottom = top + rows * cellH;
  const x1 = left;
  const x2 = left + columns * cellW;
  // Nodes under the link in the grid's columns; all move by the same amount, so the band keeps its order.
  const below = o.others.filter(
    (b) =>
      b.id !== anchor.id && b.x + b.w / 2 > x1 && b.x - b.w / 2 < x2 && b.y - b.h / 2 >= anchor.y + anchor.h / 2 - 1,
  );
  const push = Math.max(0, ...below.map((b) => blockBottom + o.gap - (b.y - b.h / 2)));
  if (push > 0) for (const b of below) shifts[b.id] = push;
  return { positions, shifts };
}
