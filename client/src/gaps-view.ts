/**
 * The gap analysis on the chain map, as pure functions of the API's `chainGaps` result:
 * the status and opportunity badge of a link, its balance in words, and the classes the
 * stylesheet colours by. `chainMapToElements` calls these when it is given gaps.
 */
import { formatQuantity } from './format';
import { type Lang, type MessageKey, t } from './i18n';
import type { GapBalance, GapStatus, LinkGap, Opportunity } from './leader-api';
import type { Quantity } from './types';

export const defaults = {
  /** Brackets around the status/opportunity badge line, so it reads as a tag on a projector and in print. */
  badgeOpen: '【',
  /** Closing bracket of the badge line. */
  badgeClose: '】',
  /** Separator between the status and the opportunities in the badge. */
  badgeSep: '·',
  /** At most this many opportunities in a node's badge (the panel lists them all). */
  maxBadgeOpportunities: 2,
  /** A balance whose absolute value is below this (in the link's unit) reads "balanced". */
  evenTolerance: 1e-9,
};

export type GapViewOptions = Partial<typeof defaults>;

export const GAP_STATUS_KEYS: Record<GapStatus, MessageKey> = {
  MISSING: 'gapMISSING',
  FILLING: 'gapFILLING',
  WEAK: 'gapWEAK',
  STRONG: 'gapSTRONG',
};

export const GAP_LEGEND_KEYS: Record<GapStatus, MessageKey> = {
  MISSING: 'gapLegendMISSING',
  FILLING: 'gapLegendFILLING',
  WEAK: 'gapLegendWEAK',
  STRONG: 'gapLegendSTRONG',
};

export const OPPORTUNITY_KEYS: Record<Opportunity, MessageKey> = {
  FILL: 'oppFILL',
  EXTEND_UPSTREAM: 'oppEXTEND_UPSTREAM',
  EXTEND_DOWNSTREAM: 'oppEXTEND_DOWNSTREAM',
  STRENGTHEN: 'oppSTRENGTHEN',
  NONE: 'oppNONE',
};

export function gapStatusLabel(lang: Lang, status: GapStatus): string {
  return t(lang, GAP_STATUS_KEYS[status]);
}

export function opportunityLabel(lang: Lang, opportunity: Opportunity): string {
  return t(lang, OPPORTUNITY_KEYS[opportunity]);
}

/** The opportunities worth showing (NONE dropped), each once, in the server's order. */
export function realOpportunities(gap: Pick<LinkGap, 'opportunities' | 'opportunity'>): Opportunity[] {
  const all = gap.opportunities.length ? gap.opportunities : [gap.opportunity];
  return [...new Set(all)].filter((o) => o !== 'NONE');
}

/** "【缺失·补链】": the status, then the main opportunities, as one tag line for the node. */
export function gapBadge(lang: Lang, gap: LinkGap, options: GapViewOptions = {}): string {
  const o = { ...defaults, ...options };
  const parts = [
    gapStatusLabel(lang, gap.status),
    ...realOpportunities(gap)
      .slice(0, o.maxBadgeOpportunities)
      .map((x) => opportunityLabel(lang, x)),
  ];
  return `${o.badgeOpen}${parts.join(o.badgeSep)}${o.badgeClose}`;
}

/** "+26万吨" / "−40万吨": a signed quantity, with a real minus sign. */
export function signedQuantity(lang: Lang, value: number, unit: string): string {
  const text = formatQuantity(lang, { value: Math.abs(value), unit });
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/**
 * The balance in a few words: "盈余 26万吨", "缺口 40万吨", "供需平衡"; "单位不同" when
 * there is local capacity but none of it in the link's own unit (so supply and demand
 * cannot be compared); null when there is nothing to say.
 */
export function balanceText(
  lang: Lang,
  gap: { balance: GapBalance | null; localCapacity: Quantity[]; link: { unit?: string | null } },
  options: GapViewOptions = {},
): string | null {
  const o = { ...defaults, ...options };
  const b = gap.balance;
  if (!b) {
    const unit = gap.link.unit;
    const otherUnits = gap.localCapacity.some((q) => q.unit !== unit);
    return gap.localCapacity.length > 0 && otherUnits ? t(lang, 'balanceUnitsDiffer') : null;
  }
  if (Math.abs(b.value) < o.evenTolerance) return t(lang, 'balanceEven');
  const q = formatQuantity(lang, { value: Math.abs(b.value), unit: b.unit });
  return t(lang, b.value > 0 ? 'balanceSurplus' : 'balanceDeficit', { q });
}

/** The node line: "平衡：盈余 26万吨" (with "*" when some demand could not be counted). */
export function balanceLine(lang: Lang, gap: Parameters<typeof balanceText>[1], options: GapViewOptions = {}) {
  const text = balanceText(lang, gap, options);
  if (text === null) return null;
  return t(lang, 'balanceLine', { v: text }) + (gap.balance && !gap.balance.complete ? '*' : '');
}

/** The supply/demand figures behind the balance, for the panel. */
export function balanceNumbers(lang: Lang, b: GapBalance): string {
  return t(lang, 'balanceNumbers', {
    supply: formatQuantity(lang, { value: b.supply, unit: b.unit }),
    demand: formatQuantity(lang, { value: b.demand, unit: b.unit }),
    value: signedQuantity(lang, b.value, b.unit),
  });
}

/** Classes of a link node with a gap: `gap-weak`, `opp-fill`, `has-opportunity`... */
export function gapClasses(gap: LinkGap): string[] {
  const classes = [`gap-${gap.status.toLowerCase()}`];
  const opps = realOpportunities(gap);
  for (const o of opps) classes.push(`opp-${o.toLowerCase().replace(/_/g, '-')}`);
  if (opps.length) classes.push('has-opportunity');
  return classes;
}

/** Gaps by link id (the first entry wins if the server ever listed a link twice). */
export function gapsById(gaps: readonly LinkGap[]): Map<string, LinkGap> {
  const out = new Map<string, LinkGap>();
  for (const g of gaps) if (!out.has(g.link.id)) out.set(g.link.id, g);
  return out;
}
