/**
 * The view in the URL query string, so a map can be bookmarked and shared:
 * ?chain=aluminium&region=150581&link=electrolytic_aluminium&firm=E-x&lang=zh
 * `region=national` is the national view; no `region` at all means "the default".
 */
import { type Lang, parseLang } from './i18n';
import { parsePlannerState, type PlannerState, writePlannerState } from './planner-url';

/** `PlannerState` adds the open view (map/targets/heatmap) and the target filter. */
export interface ViewState extends PlannerState {
  /** Chain id; null = not given (use the default chain). */
  chain: string | null;
  /** Region code; null = national view; undefined = not given (use the default region). */
  region: string | null | undefined;
  /** Link whose firms panel is open. */
  link: string | null;
  /** Enterprise whose profile panel is open. */
  firm: string | null;
  /** Links expanded into their firms on the map, in the order they were expanded; absent = none. */
  expanded?: string[];
  lang: Lang;
}

export const NATIONAL = 'national';
/** The default chain and region when the URL names none (the Huolinguole aluminium base). */
export const DEFAULT_CHAIN = 'aluminium';
export const DEFAULT_REGION = '150581';

/** Ids and codes are letters, digits, `-`, `_` (interchange format); anything else is ignored. */
const ID = /^[A-Za-z0-9_-]{1,128}$/;

function id(value: string | null): string | null {
  return value != null && ID.test(value) ? value : null;
}

/** Read a view from a query string (with or without the leading `?`). Invalid values are dropped. */
export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const rawRegion = p.get('region');
  let region: string | null | undefined;
  if (rawRegion === null) region = undefined;
  else if (rawRegion === '' || rawRegion === NATIONAL) region = null;
  else region = id(rawRegion) ?? undefined;
  return {
    chain: id(p.get('chain')),
    region,
    link: id(p.get('link')),
    firm: id(p.get('firm')),
    ...parseExpanded(p.get('expand')),
    lang: parseLang(p.get('lang')),
    ...parsePlannerState(p),
  };
}

/** Most links a shared URL may expand (each costs a query and a crowd of nodes). */
export const MAX_EXPANDED = 12;

/** `expand=a,b`: valid ids, each once, at most `MAX_EXPANDED`; nothing when none is valid. */
export function parseExpanded(value: string | null): { expanded?: string[] } {
  const ids = [...new Set((value ?? '').split(',').map((x) => id(x.trim())))].filter((x): x is string => x !== null);
  return ids.length ? { expanded: ids.slice(0, MAX_EXPANDED) } : {};
}

/** Write a view as a query string starting with `?`, in a stable parameter order. */
export function serialiseViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.chain) p.set('chain', state.chain);
  if (state.region === null) p.set('region', NATIONAL);
  else if (state.region) p.set('region', state.region);
  if (state.link) p.set('link', state.link);
  if (state.firm) p.set('firm', state.firm);
  if (state.expanded?.length) p.set('expand', state.expanded.join(','));
  writePlannerState(p, state);
  p.set('lang', state.lang);
  return `?${p.toString()}`;
}

/**
 * The chain to show: the requested one (even if not in `chainIds`, which is one page
 * of chains; an unknown id is then reported by the map query), else `aluminium` if it
 * exists, else the first chain; null when there are no chains.
 */
export function resolveChain(requested: string | null, chainIds: readonly string[]): string | null {
  if (requested) return requested;
  if (chainIds.includes(DEFAULT_CHAIN)) return DEFAULT_CHAIN;
  return chainIds[0] ?? null;
}

/** The region to show when the URL named none: 150581 if the knowledge base has it, else national. */
export function resolveDefaultRegion(defaultRegionExists: boolean): string | null {
  return defaultRegionExists ? DEFAULT_REGION : null;
}
