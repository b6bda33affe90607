/**
 * The Cytoscape stylesheet of the chain map, as plain JSON built from options:
 * clean, government-report look, large type for projectors, stage bands in soft
 * colours, missing links dashed and grey, link-master links marked.
 */
import type { StylesheetStyle } from 'cytoscape';
import { defaults as elementDefaults } from './elements';
import type { Stage } from './types';

export const CJK_FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

export const defaults = {
  /** Font of every label; CJK fonts first so Chinese never falls back to a serif face. */
  fontFamily: CJK_FONT_STACK,
  /** Link label size in px (must equal the element builder's `fontSize`, which sizes the nodes). */
  fontSize: elementDefaults.fontSize,
  /** Line height of link labels (must equal the element builder's `lineHeight`). */
  lineHeight: elementDefaults.lineHeight,
  /** Stage band title size in px. */
  stageFontSize: 26,
  /** Band fill per stage: soft blue, green, amber. */
  stageFill: { UPSTREAM: '#e8f1fa', MIDSTREAM: '#eaf5ea', DOWNSTREAM: '#fcf1e3' } as Record<Stage, string>,
  /** Band title colour per stage (darker shade of the fill). */
  stageText: { UPSTREAM: '#1f4e79', MIDSTREAM: '#2e6b30', DOWNSTREAM: '#8a4b08' } as Record<Stage, string>,
  /** Px between a band's border and its links (must equal the layout's `stagePadding`). */
  stagePadding: 24,
  /** Fill of a link with local firms. */
  nodeFill: '#ffffff',
  /** Border of a link with local firms. */
  nodeBorder: '#1f4e79',
  /** Text of a link with local firms. */
  nodeText: '#1a1a1a',
  /** Fill of a link with no local operating firm (missing locally: a 补链 candidate). */
  missingFill: '#f1f1f1',
  /** Border (dashed) of a missing link. */
  missingBorder: '#8c8c8c',
  /** Text of a missing link. */
  missingText: '#6b6b6b',
  /** Border of a link with a link-master firm (★). */
  masterBorder: '#b8860b',
  /** Highlight of the selected link. */
  selectedBorder: '#c8102e',
  /** Feed edge colour. */
  edgeColor: '#7b8794',
  /** Feed edge width in px. */
  edgeWidth: 2.5,
  /** Feed edge shape: 'taxi' (right-angled, follows the left-to-right flow) or 'bezier'/'straight'. */
  edgeCurve: 'taxi' as 'taxi' | 'bezier' | 'straight',
};

export type ChainMapStyleOptions = Partial<typeof defaults>;

/** The stylesheet JSON for `cytoscape({ style })` / `cy.style(...)`. */
export function chainMapStyle(options: ChainMapStyleOptions = {}): StylesheetStyle[] {
  const o = { ...defaults, ...options };
  const rules: Array<{ selector: string; style: Record<string, string | number> }> = [
    {
      selector: 'node',
      style: { 'font-family': o.fontFamily, 'text-wrap': 'wrap', 'min-zoomed-font-size': 6 },
    },
    {
      selector: 'node.stage',
      style: {
        shape: 'round-rectangle',
        'corner-radius': 12,
        'background-opacity': 1,
        'border-width': 0,
        padding: `${o.stagePadding}px`,
        label: 'data(label)',
        'font-size': o.stageFontSize,
        'font-weight': 'bold',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -8,
        events: 'no',
      },
    },
    ...(Object.keys(o.stageFill) as Stage[]).map((stage) => ({
      selector: `node.stage-${stage.toLowerCase()}`,
      style: { 'background-color': o.stageFill[stage], color: o.stageText[stage] },
    })),
    {
      selector: 'node.link',
      style: {
        shape: 'round-rectangle',
        'corner-radius': 6,
        width: 'data(w)',
        height: 'data(h)',
        label: 'data(label)',
        'font-size': o.fontSize,
        'line-height': o.lineHeight,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-justification': 'center',
        color: o.nodeText,
        'background-color': o.nodeFill,
        'border-width': 2,
        'border-color': o.nodeBorder,
        'border-style': 'solid',
      },
    },
    {
      selector: 'node.link.missing',
      style: {
        'background-color': o.missingFill,
        'border-color': o.missingBorder,
        'border-style': 'dashed',
        color: o.missingText,
      },
    },
    {
      selector: 'node.link.has-master',
      style: { 'border-color': o.masterBorder, 'border-width': 4, 'border-style': 'double' },
    },
    {
      selector: 'node.link:selected',
      style: { 'border-color': o.selectedBorder, 'border-width': 4, 'overlay-opacity': 0 },
    },
    {
      selector: 'node.link:active',
      style: { 'overlay-opacity': 0.08 },
    },
    {
      selector: 'edge.feed',
      style: {
        width: o.edgeWidth,
        'line-color': o.edgeColor,
        'target-arrow-color': o.edgeColor,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.3,
        'curve-style': o.edgeCurve,
        'taxi-direction': 'rightward',
        'taxi-turn': '50%',
        'taxi-turn-min-distance': 12,
        events: 'no',
      },
    },
    {
      selector: 'edge.feed.backward',
      style: { 'curve-style': 'unbundled-bezier', 'line-style': 'dashed' },
    },
  ];
  return rules as unknown as StylesheetStyle[];
}
