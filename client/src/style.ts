/**
 * The Cytoscape stylesheet of the chain map, as plain JSON built from options:
 * clean, government-report look, large type for projectors, stage bands in soft
 * colours, missing links dashed and grey, link-master links marked.
 */
import type { StylesheetStyle } from 'cytoscape';
import { defaults as elementDefaults } from './elements';
import type { GapStatus } from './leader-api';
import type { Stage } from './types';

/** How a gap status is drawn: colour plus a border style, so the four still differ in greyscale print. */
export interface GapLook {
  fill: string;
  border: string;
  text: string;
  borderStyle: 'solid' | 'dashed' | 'dotted' | 'double';
  borderWidth: number;
}

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
  /**
   * Look of a link per gap status. Fills run from white (missing) to dark (strong) so the
   * order survives greyscale printing; border styles (dashed, dotted, solid) tell them apart too.
   */
  gap: {
    MISSING: { fill: '#ffffff', border: '#c62828', text: '#8e1b1b', borderStyle: 'dashed', borderWidth: 4 },
    FILLING: { fill: '#fff4d6', border: '#a86400', text: '#5c3900', borderStyle: 'dotted', borderWidth: 5 },
    WEAK: { fill: '#ffcf8f', border: '#c25e00', text: '#3d1f00', borderStyle: 'solid', borderWidth: 4 },
    STRONG: { fill: '#2e7d32', border: '#1b5e20', text: '#ffffff', borderStyle: 'solid', borderWidth: 2 },
  } as Record<GapStatus, GapLook>,
  /** Outline drawn around a link with a link-master firm once gap colours own the border. */
  masterOutline: '#b8860b',
  /** Fill of an expanded link's firm node. */
  firmFill: '#f7f9fc',
  /** Border of a firm node. */
  firmBorder: '#546e7a',
  /** Firm label size in px (smaller than links: firms are detail). */
  firmFontSize: 14,
  /** Colour of supply edges between firms. */
  supplyColor: '#00838f',
  /** Colour of the thin line from a link to its firms. */
  memberColor: '#b0bec5',
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
    ...(Object.keys(o.gap) as GapStatus[]).map((status) => {
      const look = o.gap[status];
      return {
        selector: `node.link.gap-${status.toLowerCase()}`,
        style: {
          'background-color': look.fill,
          'border-color': look.border,
          'border-style': look.borderStyle,
          'border-width': look.borderWidth,
          color: look.text,
        },
      };
    }),
    {
      // Gap colours own the border; the link-master mark moves to an outline.
      selector: 'node.link.has-master[gapStatus]',
      style: { 'outline-width': 4, 'outline-color': o.masterOutline, 'outline-offset': 3, 'outline-style': 'solid' },
    },
    {
      selector: 'node.link.has-opportunity',
      style: { 'font-weight': 'bold' },
    },
    {
      selector: 'node.link.expanded',
      style: { 'underlay-color': o.supplyColor, 'underlay-opacity': 0.15, 'underlay-padding': 8 },
    },
    {
      selector: 'node.firm',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 'data(h)',
        label: 'data(label)',
        'font-size': o.firmFontSize,
        'text-valign': 'center',
        'text-halign': 'center',
        'background-color': o.firmFill,
        'border-width': 1.5,
        'border-color': o.firmBorder,
        color: o.nodeText,
      },
    },
    {
      selector: 'node.firm.master',
      style: { 'border-color': o.masterBorder, 'border-width': 3 },
    },
    {
      selector: 'node.firm.not-operating',
      style: { 'border-style': 'dashed' },
    },
    {
      selector: 'node.firm:selected',
      style: { 'border-color': o.selectedBorder, 'border-width': 3, 'overlay-opacity': 0 },
    },
    {
      selector: 'edge.member',
      style: {
        width: 1.5,
        'line-color': o.memberColor,
        'line-style': 'dotted',
        'curve-style': 'straight',
        'target-arrow-shape': 'none',
        events: 'no',
      },
    },
    {
      selector: 'edge.supply',
      style: {
        width: 2,
        'line-color': o.supplyColor,
        'target-arrow-color': o.supplyColor,
        'target-arrow-shape': 'vee',
        'line-style': 'dashed',
        'curve-style': 'bezier',
        events: 'no',
      },
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
    {
      // Large maps (large-map.ts): straight feeds route in constant time, taxi ones do not.
      selector: 'edge.feed.flat',
      style: { 'curve-style': 'straight' },
    },
    {
      // Large maps: a stage is a title above its band, not a box around thousands of links.
      selector: 'node.stage.flat',
      style: { 'background-opacity': 0, 'text-valign': 'center', 'font-size': 28, padding: '0px' },
    },
  ];
  return rules as unknown as StylesheetStyle[];
}
