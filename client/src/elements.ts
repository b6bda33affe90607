/**
 * Pure functions that turn a `chainMap` API result into Cytoscape element JSON:
 * one compound parent per stage (上游/中游/下游), one node per link inside its stage,
 * one edge per feed. No DOM, no Cytoscape instance: testable in Node, reusable by
 * exports. Later layers (gap colouring, targets) add classes and data to these
 * elements rather than changing their ids.
 */
import type { ElementDefinition } from 'cytoscape';
import { formatQuantities } from './format';
import { balanceLine, balanceText, gapBadge, gapClasses, gapsById, realOpportunities } from './gaps-view';
import { type Lang, STAGE_KEYS, t } from './i18n';
import type { GapStatus, LinkGap, Opportunity } from './leader-api';
import { type ChainMap, type ChainMapNode, type Link, type Stage, STAGES } from './types';

export const defaults = {
  /** Label language: 'zh' (default) or 'en' (uses `nameEn` where present). */
  lang: 'zh' as Lang,
  /** Stage bands from left to right; links of a stage not listed are left out. */
  stages: STAGES as readonly Stage[],
  /** Draw a stage band even when the chain has no link in that stage. */
  showEmptyStages: false,
  /** Add a label line with building/planned capacity ("在建/规划 80万吨") when there is any. */
  showPipeline: true,
  /** Badge put before the name of a link that has a link-master firm (链主) in the region. */
  masterBadge: '★',
  /** Wrap link names wider than this many em (CJK characters) onto a second line, at a bracket if there is one. */
  maxNameEm: 9,
  /** Label font size in px; node sizes are estimated from it (keep equal to the stylesheet's). */
  fontSize: 18,
  /** Line height as a multiple of the font size (keep equal to the stylesheet's `line-height`). */
  lineHeight: 1.3,
  /** Space in px between the label and the node border, each side. */
  nodePadding: 14,
  /** Smallest node width in px, so short names still make a comfortable target. */
  minNodeWidth: 120,
};

export type ChainMapElementOptions = Partial<typeof defaults> & {
  /** The API result to draw. */
  map: ChainMap;
  /** The region's gap analysis (`chainGaps`): colours the links and adds badge and balance lines. */
  gaps?: readonly LinkGap[] | null;
};

/** Id of the compound node of a stage. Link ids are letters, digits, `-`, `_`, so these cannot collide. */
export function stageNodeId(stage: Stage): string {
  return `stage:${stage}`;
}

/** Id of the edge of a feed. */
export function feedEdgeId(from: string, to: string): string {
  return `feed:${from}->${to}`;
}

/** The name to show: `nameEn` in English when present, otherwise the Chinese name. */
export function displayName(lang: Lang, item: { name?: string; nameEn?: string | null; id?: string }): string {
  if (lang === 'en' && item.nameEn) return item.nameEn;
  return item.name ?? item.id ?? '';
}

/** "3家" / "3 firms" / "1 firm"; zero reads "无本地企业" (or "暂无企业" nationally). */
export function formatFirmCount(lang: Lang, n: number, national: boolean): string {
  if (n === 0) return t(lang, national ? 'noFirmsNational' : 'noFirms');
  return t(lang, n === 1 ? 'firmCountOne' : 'firmCount', { n });
}

/**
 * The multi-line label of a link node:
 *   "★ 电解铝"            (badge when the link has a link-master firm)
 *   "3家 · 266万吨"        (local operating firms · operating capacity per unit)
 *   "在建/规划 80万吨"      (optional, building/planned capacity)
 */
export function linkLabel(
  node: ChainMapNode,
  opts: { lang: Lang; national: boolean; showPipeline?: boolean; masterBadge?: string; maxNameEm?: number },
): string {
  const { lang } = opts;
  const badge = opts.masterBadge ?? defaults.masterBadge;
  const name = wrapName(displayName(lang, node.link), opts.maxNameEm ?? defaults.maxNameEm);
  const first = node.masterEnterprises.length > 0 && badge ? `${badge} ${name}` : name;
  let second = formatFirmCount(lang, node.enterprises, opts.national);
  if (node.capacity.length > 0) second += ` · ${formatQuantities(lang, node.capacity)}`;
  const lines = [first, second];
  if ((opts.showPipeline ?? defaults.showPipeline) && node.pipelineCapacity.length > 0) {
    lines.push(t(lang, 'pipeline', { q: formatQuantities(lang, node.pipelineCapacity) }));
  }
  return lines.join('\n');
}

/**
 * A long name on two lines: before its bracket ("铝板带\n(含铸轧/热轧坯料)"), else at
 * the last space that fits (English), else after `maxEm` characters. Short names as they are.
 */
export function wrapName(name: string, maxEm: number): string {
  if (textEm(name) <= maxEm) return name;
  const bracket = name.search(/[(（]/);
  if (bracket > 0) return `${name.slice(0, bracket)}\n${name.slice(bracket)}`;
  const chars = [...name];
  let em = 0;
  let cut = chars.length;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    em += charEm(chars[i] ?? '');
    if (chars[i] === ' ') lastSpace = i;
    if (em > maxEm) {
      cut = i;
      break;
    }
  }
  if (lastSpace > 0) return `${chars.slice(0, lastSpace).join('')}\n${chars.slice(lastSpace + 1).join('')}`;
  return `${chars.slice(0, cut).join('')}\n${chars.slice(cut).join('')}`;
}

function textEm(text: string): number {
  return [...text].reduce((sum, ch) => sum + charEm(ch), 0);
}

/** Width of one character in em: CJK and full-width forms are square, the rest about 0.6. */
function charEm(ch: string): number {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u2605]/.test(ch) ? 1 : 0.6;
}

/** Estimated node size in px for a label (Cytoscape cannot size a node to its label itself). */
export function labelBox(
  label: string,
  opts: { fontSize?: number; lineHeight?: number; nodePadding?: number; minNodeWidth?: number } = {},
): { w: number; h: number } {
  const fontSize = opts.fontSize ?? defaults.fontSize;
  const lineHeight = opts.lineHeight ?? defaults.lineHeight;
  const pad = opts.nodePadding ?? defaults.nodePadding;
  const lines = label.split('\n');
  const widest = Math.max(...lines.map(textEm));
  return {
    w: Math.max(opts.minNodeWidth ?? defaults.minNodeWidth, Math.ceil(widest * fontSize + 2 * pad)),
    h: Math.ceil(lines.length * fontSize * lineHeight + 2 * pad),
  };
}

/** Data carried by a link node; `label` is what Cytoscape draws. */
export type LinkNodeData = {
  id: string;
  kind: 'link';
  parent: string;
  linkId: string;
  name: string;
  nameEn: string | null;
  unit: string | null;
  stage: Stage;
  stageIndex: number;
  /** The link's `position` within its stage (renamed: `position` is reserved in Cytoscape data). */
  order: number;
  enterprises: number;
  capacity: ChainMapNode['capacity'];
  pipelineCapacity: ChainMapNode['pipelineCapacity'];
  masters: Array<{ id: string; name: string }>;
  /** Provenance of the link record (`source` is reserved for edge ends in Cytoscape). */
  linkSource: string | null;
  linkAsOf: string | null;
  /** Gap analysis of the link in the region; null without one (national view). */
  gapStatus: GapStatus | null;
  /** Opportunities worth a badge, most important first (NONE left out). */
  opportunities: Opportunity[];
  gapScore: number | null;
  /** "盈余 26万吨", "单位不同"...; null when there is no balance to show. */
  balance: string | null;
  label: string;
  w: number;
  h: number;
};

export type StageNodeData = {
  id: string;
  kind: 'stage';
  stage: Stage;
  stageIndex: number;
  label: string;
};

export type FeedEdgeData = {
  id: string;
  kind: 'feed';
  source: string;
  target: string;
  inputPerUnit: number | null;
  note: string | null;
  /** Provenance of the feed (`source` is the edge's source node). */
  feedSource: string | null;
  feedAsOf: string | null;
};

function linkClasses(node: ChainMapNode): string {
  const classes = ['link'];
  if (node.enterprises === 0) classes.push('missing');
  if (node.masterEnterprises.length > 0) classes.push('has-master');
  if (node.pipelineCapacity.length > 0) classes.push('has-pipeline');
  return classes.join(' ');
}

/** Sort key: stage order, then `position`, then id (so equal positions are stable). */
function byStageAndPosition(stages: readonly Stage[]) {
  return (a: ChainMapNode, b: ChainMapNode) =>
    stages.indexOf(a.stage) - stages.indexOf(b.stage) ||
    a.position - b.position ||
    (a.link.id < b.link.id ? -1 : a.link.id > b.link.id ? 1 : 0);
}

/**
 * The elements of a chain map, in the order the layout should consider them:
 * stage parents (left to right), link nodes (by stage, then position), feed edges.
 * Feeds whose ends are not on the map, self-feeds and duplicates are left out.
 */
export function chainMapToElements(options: ChainMapElementOptions): ElementDefinition[] {
  const o = { ...defaults, ...options };
  const { map, lang, stages } = o;
  const national = map.region == null;
  const nodes = map.nodes.filter((n) => stages.includes(n.stage)).sort(byStageAndPosition(stages));
  const present = new Set(nodes.map((n) => n.stage));
  const gaps = gapsById(options.gaps ?? []);

  const elements: ElementDefinition[] = [];
  stages.forEach((stage, stageIndex) => {
    if (!o.showEmptyStages && !present.has(stage)) return;
    const data: StageNodeData = {
      id: stageNodeId(stage),
      kind: 'stage',
      stage,
      stageIndex,
      label: t(lang, STAGE_KEYS[stage]),
    };
    elements.push({ group: 'nodes', data, classes: `stage stage-${stage.toLowerCase()}` });
  });

  const onMap = new Set<string>();
  for (const node of nodes) {
    const link: Link = node.link;
    if (onMap.has(link.id)) continue; // a link appears once even if listed twice
    onMap.add(link.id);
    const gap = gaps.get(link.id) ?? null;
    const base = linkLabel(node, {
      lang,
      national,
      showPipeline: o.showPipeline,
      masterBadge: o.masterBadge,
      maxNameEm: o.maxNameEm,
    });
    const label = gap
      ? [gapBadge(lang, gap), base, balanceLine(lang, gap)].filter((x): x is string => x !== null).join('\n')
      : base;
    const data: LinkNodeData = {
      id: link.id,
      kind: 'link',
      parent: stageNodeId(node.stage),
      linkId: link.id,
      name: link.name,
      nameEn: link.nameEn ?? null,
      unit: link.unit ?? null,
      stage: node.stage,
      stageIndex: stages.indexOf(node.stage),
      order: node.position,
      enterprises: node.enterprises,
      capacity: node.capacity,
      pipelineCapacity: node.pipelineCapacity,
      masters: node.masterEnterprises.map((e) => ({ id: e.id, name: e.name })),
      linkSource: link.source ?? null,
      linkAsOf: link.asOf ?? null,
      gapStatus: gap?.status ?? null,
      opportunities: gap ? realOpportunities(gap) : [],
      gapScore: gap?.score ?? null,
      balance: gap ? balanceText(lang, gap) : null,
      label,
      ...labelBox(label, o),
    };
    const classes = gap ? `${linkClasses(node)} ${gapClasses(gap).join(' ')}` : linkClasses(node);
    elements.push({ group: 'nodes', data, classes });
  }

  const seen = new Set<string>();
  for (const feed of map.edges) {
    const from = feed.from.id;
    const to = feed.to.id;
    const id = feedEdgeId(from, to);
    if (from === to || !onMap.has(from) || !onMap.has(to) || seen.has(id)) continue;
    seen.add(id);
    const fromNode = nodes.find((n) => n.link.id === from);
    const toNode = nodes.find((n) => n.link.id === to);
    const classes = ['feed'];
    if (fromNode && toNode) {
      const d = stages.indexOf(toNode.stage) - stages.indexOf(fromNode.stage);
      if (d > 0) classes.push('cross-stage');
      if (d < 0) classes.push('backward');
    }
    const data: FeedEdgeData = {
      id,
      kind: 'feed',
      source: from,
      target: to,
      inputPerUnit: feed.inputPerUnit ?? null,
      note: feed.note ?? null,
      feedSource: feed.source ?? null,
      feedAsOf: feed.asOf ?? null,
    };
    elements.push({ group: 'edges', data, classes: classes.join(' ') });
  }
  return elements;
}

/** Names of the link-master firms for the header, each once, in the API's order. */
export function masterNames(map: ChainMap): string[] {
  return [...new Set(map.masters.map((m) => m.enterprise.name))];
}
