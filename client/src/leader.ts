/**
 * The chain leader's layer of the map page (issue 4): the gap analysis and summary bar
 * loaded with the map, links expanded into their firms, the link panel's gap and project
 * sections, the targets hand-over, the legend entries and the two search boxes. It owns
 * its requests and caches; `app.ts` hands it a small host and calls it at fixed points.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { ApiError, type GraphQLClient } from './api';
import { h } from './dom';
import { type Box, type FirmNodeData, firmElements, satelliteLayout, toggleExpanded } from './expand';
import { GAP_LEGEND_KEYS, gapsById } from './gaps-view';
import { type Lang, t } from './i18n';
import {
  CHAIN_GAPS,
  GAP_STATUSES,
  GLOBAL_SEARCH,
  type GapSummary,
  LINK_FIRMS,
  LINK_PROJECTS,
  type LinkFirmGraph,
  type LinkGap,
  type LinkProject,
  SEARCH_REGIONS,
} from './leader-api';
import { alignStageBands, defaults as layoutDefaults } from './layout';
import { linkExtras } from './link-gap-panel';
import {
  createSearchBox,
  defaults as searchDefaults,
  globalSearchItems,
  regionSearchItems,
  type SearchBox,
} from './search-box';
import { renderSummaryBar } from './summary-bar';
import type { ChainMap } from './types';
import type { ViewState } from './url-state';

/** The DOM event that asks the targets view to open a link's recruitment targets. */
export const TARGETS_EVENT = 'lianpu:targets';

export interface LeaderHost {
  /** The current view state (region resolved: null = national). */
  view(): ViewState & { region: string | null };
  map(): ChainMap | null;
  /** Change the view state (URL entry pushed, page brought in line). */
  navigate(patch: Partial<ViewState>): void;
  openFirm(id: string): void;
  openLink(id: string): void;
  showError(err: unknown): void;
}

export interface Leader {
  /** Load what the map needs besides `chainMap`; resolves with the error, if any, to show after the map. */
  load(chain: string, region: string | null): Promise<unknown>;
  /** Load the firm graphs of the expanded links of the current view. */
  loadExpanded(chain: string, region: string | null): Promise<unknown>;
  gaps(): LinkGap[] | null;
  summary(): GapSummary | null;
  /**
   * Add the firms of the expanded links to a laid-out map, under their links (the links
   * stay where they are), with their supply edges; fits the view when it added any.
   */
  placeFirms(cy: Core, map: ChainMap, lang: Lang): void;
  /** Mark the expanded links on a drawn map. */
  decorate(cy: Core): void;
  toggleExpand(link: string): void;
  renderSummary(): void;
  legendItems(lang: Lang): HTMLElement[];
  linkExtras(link: string): Promise<HTMLElement[]>;
  /** Build the search boxes (once) and re-label them after a language switch. */
  renderSearch(): void;
  /** Forget the cached gap analysis, firm graphs and project lists (after an edit). */
  invalidate(): void;
}

const key = (...parts: Array<string | null>) => parts.map((p) => p ?? '').join('|');

export function createLeader(options: { api: GraphQLClient; host: LeaderHost }): Leader {
  const { api, host } = options;
  const s = {
    gapsKey: '',
    gaps: null as LinkGap[] | null,
    summary: null as GapSummary | null,
    firms: new Map<string, LinkFirmGraph>(),
    projects: new Map<string, LinkProject[]>(),
    search: null as SearchBox | null,
    regionSearch: null as SearchBox | null,
    /** The expand button was used: give it focus back once the panel is rebuilt. */
    refocusExpand: false,
  };
  /** Cached firm graphs and project lists kept per session; a meeting rarely needs more. */
  const CACHE_MAX = 60;
  const remember = <V>(cache: Map<string, V>, k: string, v: V) => {
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(k, v);
  };
  const lang = () => host.view().lang;

  async function load(chain: string, region: string | null): Promise<unknown> {
    const k = key(chain, region);
    let error: unknown = null;
    if (region === null) {
      s.gaps = null;
      s.summary = null;
      s.gapsKey = k;
    } else if (k !== s.gapsKey) {
      try {
        const r = await api.request(CHAIN_GAPS, { chain, region });
        s.gaps = r.chainGaps;
        s.summary = r.chainSummary;
        s.gapsKey = k;
      } catch (err) {
        // The map still shows without its gap colours; the caller reports the error.
        s.gaps = null;
        s.summary = null;
        s.gapsKey = '';
        error = err;
      }
    }
    const expandError = await loadExpanded(chain, region);
    return error ?? expandError;
  }

  async function loadExpanded(chain: string, region: string | null): Promise<unknown> {
    let error: unknown = null;
    await Promise.all(
      (host.view().expanded ?? []).map(async (link) => {
        const k = key(chain, region, link);
        if (s.firms.has(k)) return;
        try {
          const { linkFirms } = await api.request(LINK_FIRMS, { chain, link, region });
          if (linkFirms) remember(s.firms, k, linkFirms);
        } catch (err) {
          // A shared URL may expand a link of another chain: nothing to draw, nothing to report.
          if (!(err instanceof ApiError && err.code === 'NOT_FOUND')) error = err;
        }
      }),
    );
    return error;
  }

  function graphFor(link: string): LinkFirmGraph | undefined {
    const map = host.map();
    if (!map) return undefined;
    return s.firms.get(key(map.chain.id, map.region?.code ?? null, link));
  }

  function firmElementsFor(map: ChainMap, l: Lang): ElementDefinition[] {
    const expanded = (host.view().expanded ?? []).flatMap((link) => {
      const node = map.nodes.find((n) => n.link.id === link);
      const graph = s.firms.get(key(map.chain.id, map.region?.code ?? null, link));
      return node && graph ? [{ link, stage: node.stage, graph }] : [];
    });
    return firmElements({ lang: l, expanded, linkIds: new Set(map.nodes.map((n) => n.link.id)) });
  }

  function placeFirms(cy: Core, map: ChainMap, l: Lang): void {
    const elements = firmElementsFor(map, l);
    if (elements.length === 0) return;
    const box = (n: NodeSingular): Box => ({
      id: n.id(),
      x: n.position('x'),
      y: n.position('y'),
      w: n.width(),
      h: n.height(),
    });
    const firms = elements.filter((e) => e.group === 'nodes');
    const byLink = new Map<string, ElementDefinition[]>();
    for (const f of firms) {
      const link = (f.data as FirmNodeData).linkId;
      byLink.set(link, [...(byLink.get(link) ?? []), f]);
    }
    // Top to bottom, so a link pushed down by an expansion above it is read where it now is.
    const anchors = [...byLink.keys()]
      .map((id) => cy.getElementById(id))
      .filter((n) => n.nonempty())
      .sort((a, b) => a.position('y') - b.position('y'));
    for (const anchor of anchors) {
      const mine = byLink.get(anchor.id()) ?? [];
      const layout = satelliteLayout({
        anchor: box(anchor),
        firms: mine.map((f) => ({ id: String(f.data.id), w: Number(f.data['w']), h: Number(f.data['h']) })),
        others: anchor
          .parent()
          .children()
          .map((n) => box(n)),
      });
      for (const [id, dy] of Object.entries(layout.shifts)) {
        const n = cy.getElementById(id);
        n.position('y', n.position('y') + dy);
      }
      cy.add(mine.map((f) => ({ ...f, position: layout.positions[String(f.data.id)] ?? { x: 0, y: 0 } })));
    }
    cy.add(elements.filter((e) => e.group === 'edges'));
    alignStageBands(cy);
    cy.fit(undefined, layoutDefaults.padding);
  }

  function decorate(cy: Core): void {
    const expanded = new Set(host.view().expanded ?? []);
    cy.nodes('.link').forEach((n) => {
      n.toggleClass('expanded', expanded.has(n.id()));
    });
  }

  function toggleExpand(link: string): void {
    s.refocusExpand = true;
    const next = toggleExpanded(host.view().expanded ?? [], link);
    host.navigate({ expanded: next.length ? next : undefined });
  }

  function renderSummary(): void {
    const el = document.getElementById('summary-bar');
    if (!el) return;
    renderSummaryBar(el, { lang: lang(), summary: s.summary, onFirm: host.openFirm });
  }

  function legendItems(l: Lang): HTMLElement[] {
    return [
      ...GAP_STATUSES.map((status) =>
        h(
          'span',
          { className: 'legend-item', 'data-status': status },
          h('span', { className: `swatch swatch-gap gap-${status.toLowerCase()}` }),
          t(l, GAP_LEGEND_KEYS[status]),
        ),
      ),
      h('span', { className: 'legend-item legend-opportunity' }, t(l, 'oppLegend')),
      h('span', { className: 'legend-item' }, h('span', { className: 'swatch swatch-firm' }), t(l, 'legendFirm')),
      h('span', { className: 'legend-item' }, t(l, 'legendSupply')),
      h('span', { className: 'legend-item' }, t(l, 'legendIncomplete')),
    ];
  }

  async function projectsFor(link: string, region: string | null): Promise<LinkProject[] | null> {
    const k = key(link, region);
    const cached = s.projects.get(k);
    if (cached) return cached;
    try {
      const { link: found } = await api.request(LINK_PROJECTS, { id: link, region });
      const projects = found?.projects ?? [];
      remember(s.projects, k, projects);
      return projects;
    } catch {
      // The firms table still shows; the projects section is simply left out.
      return null;
    }
  }

  function openTargets(link: string, region: string): void {
    document.dispatchEvent(new CustomEvent(TARGETS_EVENT, { detail: { link, region } }));
    // No targets view listening (or it did not switch): record the wish in the URL anyway.
    if (host.view().view !== 'targets') host.navigate({ view: 'targets', link });
  }

  async function extrasFor(link: string): Promise<HTMLElement[]> {
    const region = host.view().region;
    const projects = await projectsFor(link, region);
    const gap = s.gaps ? (gapsById(s.gaps).get(link) ?? null) : null;
    const expanded = (host.view().expanded ?? []).includes(link);
    const graph = expanded ? graphFor(link) : undefined;
    if (s.refocusExpand) {
      s.refocusExpand = false;
      // After the caller has put the new panel in the page.
      setTimeout(() => document.getElementById('expand-link')?.focus(), 0);
    }
    return linkExtras({
      lang: lang(),
      gap,
      projects,
      expanded,
      hiddenFirms: graph ? Math.max(0, graph.total - graph.firms.length) : null,
      onToggleExpand: () => toggleExpand(link),
      onTargets: region ? () => openTargets(link, region) : null,
      onFirm: host.openFirm,
    });
  }

  function renderSearch(): void {
    const globalRoot = document.getElementById('global-search');
    const regionRoot = document.getElementById('region-search');
    if (globalRoot && !s.search) {
      s.search = createSearchBox({
        root: globalRoot,
        idPrefix: 'global-search',
        labelKey: 'searchLabel',
        placeholderKey: 'searchPlaceholder',
        lang,
        search: async (query) =>
          globalSearchItems({
            lang: lang(),
            result: await api.request(GLOBAL_SEARCH, { query, first: searchDefaults.perKind }),
          }),
        onChoose: (item) => {
          const map = host.map();
          if (item.kind === 'firm') host.openFirm(item.id);
          else if (item.kind === 'chain') host.navigate({ chain: item.id, link: null, expanded: undefined });
          else if (map?.nodes.some((n) => n.link.id === item.id)) host.openLink(item.id);
          else if (item.chains?.[0]) host.navigate({ chain: item.chains[0], link: item.id, expanded: undefined });
        },
        onError: host.showError,
      });
    }
    if (regionRoot && !s.regionSearch) {
      s.regionSearch = createSearchBox({
        root: regionRoot,
        idPrefix: 'region-search',
        labelKey: 'regionSearchLabel',
        placeholderKey: 'regionSearchPlaceholder',
        lang,
        search: async (query) =>
          regionSearchItems(
            (await api.request(SEARCH_REGIONS, { query, first: searchDefaults.perKind * 2 })).searchRegions,
          ),
        onChoose: (item) => host.navigate({ region: item.id }),
        onError: host.showError,
      });
    }
    s.search?.setLang();
    s.regionSearch?.setLang();
  }

  return {
    load,
    loadExpanded,
    gaps: () => s.gaps,
    summary: () => s.summary,
    placeFirms,
    decorate,
    toggleExpand,
    renderSummary,
    legendItems,
    linkExtras: extrasFor,
    renderSearch,
    invalidate: () => {
      s.gapsKey = '';
      s.firms.clear();
      s.projects.clear();
    },
  };
}
