/**
 * The recruiter and planner views beside the chain map: the view tabs, the targets
 * view, the heat map, the export menu and the printable report. `app.ts` hands over a
 * small host (the current view state, the map, navigation); this module owns the
 * requests and state of its own views.
 */
import type { Core } from 'cytoscape';
import {
  CHAIN_TARGETS,
  type ChainTarget,
  GAP_LINKS,
  type GapLink,
  HEATMAP,
  type HeatmapRow,
  REPORT,
  TARGETS,
  type Target,
} from './analysis-api';
import { errorMessageKey, type GraphQLClient, REGIONS } from './api';
import { downloadBlob, fileName, MIME } from './downloads';
import { h, setChildren } from './dom';
import { displayName } from './elements';
import { exportMap, type ExportFormat, mapPng, type MapMeta, renderExportToolbar } from './export-toolbar';
import type { ProjectRow } from './forms/project-form';
import { renderHeatmapView } from './heatmap-view';
import { type Lang, t, tBoth } from './i18n';
import { LEDGER, type LedgerData, MONTHLY_LEADS, type MonthlyLeads } from './ledger-api';
import { currentMonth, overdueTable, pipelineTable } from './ledger-table';
import { defaults as ledgerDefaults, renderLedgerView } from './ledger-view';
import type { AppView } from './planner-url';
import { renderReport } from './report';
import { EMPTY_FILTER, sameFilter, type TargetFilterState, toFilterInput } from './target-filter';
import { rowsFromChainTargets, rowsFromTargets, tableToCsv, targetTable, type TargetExportRow } from './target-table';
import { type TargetsData, renderTargetsView } from './targets-view';
import type { ChainMap, Region, RegionLevel, RegionRef } from './types';
import type { ViewState } from './url-state';
import { targetsToXlsx } from './xlsx';

export const defaults = {
  /** Firms per page of a gap's target list ("more" adds as many again). */
  pageSize: 20,
  /** Page size used to fetch the whole list for a download (the API's usual maximum). */
  downloadPageSize: 200,
  /** Most firms a download holds. */
  downloadMax: 2000,
  /** Firms of the whole chain's list, and per gap link in it. */
  chainFirst: 100,
  chainPerLink: 10,
  /** Regions the heat map asks for. */
  heatFirst: 100,
  /** Target firms in the printed report. */
  reportTargets: 10,
};

/** A target of the list to log a follow-up for: the firm, the gap link, the recruiting region. */
export interface FollowUpTarget {
  enterprise: { id: string; name: string };
  link: { id: string; name: string };
  region: { code: string; name: string };
}

/** What the signed-in layer (forms/editing.ts) offers the views. */
export interface ViewsEditing {
  /** Someone is signed in: private figures (a month's leads) are asked for; the server decides. */
  signedIn(): boolean;
  /** The account gets edit controls (recruiters, chain leaders, administrators; the server still checks scope). */
  canEdit(): boolean;
  /** Open the project form (its move control); `onSaved` after the server accepted. */
  editProject(project: ProjectRow, onSaved: () => void): void;
  logFollowUp(target: FollowUpTarget, onSaved: () => void): void;
}

/** The DOM event another part of the page fires to open the targets of a gap link. */
export const TARGETS_EVENT = 'lianpu:targets';

export interface ViewsHost {
  /** The current view state (region resolved: null = national). */
  view(): ViewState & { region: string | null };
  map(): ChainMap | null;
  /** The selected region, province first. */
  regionPath(): readonly RegionRef[];
  cy(): Core | null;
  /** Change the view state (URL entry pushed, everything brought in line). */
  navigate(patch: Partial<ViewState>): void;
  editing: ViewsEditing;
}

export interface ViewsOptions extends Partial<typeof defaults> {
  api: GraphQLClient;
  host: ViewsHost;
}

function el(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} is missing from index.html`);
  return e;
}

export function createViews(options: ViewsOptions): { sync(): void; refresh(): void } {
  const o = { ...defaults, ...options };
  const { api, host } = o;
  const s = {
    shown: 'map' as AppView,
    token: 0,
    targetsKey: '',
    targets: null as TargetsData | null,
    endCursor: null as string | null,
    loadingMore: false,
    error: null as unknown,
    gapLinksKey: '',
    gapLinks: [] as GapLink[],
    provinces: [] as Region[],
    heatKey: '',
    heat: null as HeatmapRow[] | null,
    /** The heat map's scope; undefined = derived from the selected region. */
    heatWithin: undefined as string | null | undefined,
    reportOpen: false,
    reportToken: 0,
    ledgerKey: '',
    ledger: null as LedgerData | null,
    ledgerLeads: null as MonthlyLeads | null,
    ledgerMonth: currentMonth(Date.now()),
    /** Null: the server's default (LIANPU_OVERDUE_DAYS). */
    ledgerDays: null as number | null,
  };

  const lang = (): Lang => host.view().lang;
  const viewName = (): AppView => host.view().view ?? 'map';
  const filter = (): TargetFilterState => host.view().filter ?? EMPTY_FILTER;
  const chainName = () => {
    const map = host.map();
    return map ? displayName(lang(), map.chain) : (host.view().chain ?? '');
  };
  const regionName = () => {
    const region = host.view().region;
    if (!region) return null;
    const map = host.map();
    if (map?.region?.code === region) return map.region.name;
    return host.regionPath().find((r) => r.code === region)?.name ?? region;
  };
  const meta = (): MapMeta => ({
    chain: host.view().chain ?? '',
    chainName: chainName(),
    region: host.view().region,
    regionName: regionName(),
    lang: lang(),
  });
  const errorText = (err: unknown) =>
    tBoth(errorMessageKey(err), { message: err instanceof Error ? err.message : String(err), status: '' });

  // ------------------------------------------------------------------ tabs
  function renderNav(): void {
    const l = lang();
    const current = viewName();
    const tabs: Array<[AppView, 'viewMap' | 'viewTargets' | 'viewHeatmap' | 'viewLedger']> = [
      ['map', 'viewMap'],
      ['targets', 'viewTargets'],
      ['heatmap', 'viewHeatmap'],
      ['ledger', 'viewLedger'],
    ];
    const nav = el('view-nav');
    nav.setAttribute('aria-label', t(l, 'viewNav'));
    setChildren(
      nav,
      tabs.map(([v, key]) =>
        h(
          'button',
          {
            type: 'button',
            id: `view-${v}`,
            className: 'view-tab',
            'aria-current': v === current ? 'page' : null,
            onclick: () => {
              if (v !== viewName()) host.navigate({ view: v === 'map' ? undefined : v, firm: null });
            },
          },
          t(l, key),
        ),
      ),
    );
  }

  // ------------------------------------------------------------------ targets
  async function loadTargets(): Promise<void> {
    const v = host.view();
    // Signing in or out changes what the rows show (their open leads): part of the key.
    const key = JSON.stringify([v.chain, v.region, v.link, toFilterInput(filter()), host.editing.signedIn()]);
    if (key === s.targetsKey) return;
    s.targetsKey = key;
    s.targets = null;
    s.error = null;
    s.endCursor = null;
    const token = ++s.token;
    if (!v.chain || !v.region) return;
    const region = v.region;
    try {
      const gapKey = `${v.chain}@${region}`;
      const [gaps, provinces] = await Promise.all([
        s.gapLinksKey === gapKey ? null : api.request(GAP_LINKS, { chain: v.chain, region }),
        s.provinces.length ? null : api.request(REGIONS, { parent: null }),
      ]);
      if (gaps) {
        s.gapLinks = gaps.chainGaps;
        s.gapLinksKey = gapKey;
      }
      if (provinces) s.provinces = provinces.regions;
      if (v.link) {
        const { targets } = await api.request(TARGETS, {
          link: v.link,
          region,
          filter: toFilterInput(filter()),
          first: o.pageSize,
          after: null,
        });
        if (token !== s.token) return;
        s.targets = {
          kind: 'link',
          targets: targets.targets,
          total: targets.total,
          hasNextPage: targets.hasNextPage,
          linkName: displayName(lang(), targets.link),
          unit: targets.link.unit ?? null,
        };
        s.endCursor = targets.endCursor;
      } else {
        const { chainTargets } = await api.request(CHAIN_TARGETS, {
          chain: v.chain,
          region,
          filter: toFilterInput(filter()),
          perLink: o.chainPerLink,
          first: o.chainFirst,
        });
        if (token !== s.token) return;
        s.targets = { kind: 'chain', targets: chainTargets };
      }
    } catch (err) {
      if (token !== s.token) return;
      s.error = err;
      s.targetsKey = '';
    }
    renderTargets();
  }

  async function more(): Promise<void> {
    const v = host.view();
    const data = s.targets;
    if (!v.link || !v.region || data?.kind !== 'link' || !data.hasNextPage || s.loadingMore) return;
    const token = s.token;
    s.loadingMore = true;
    renderTargets();
    try {
      const { targets } = await api.request(TARGETS, {
        link: v.link,
        region: v.region,
        filter: toFilterInput(filter()),
        first: o.pageSize,
        after: s.endCursor,
      });
      if (token !== s.token) return;
      data.targets = [...data.targets, ...targets.targets];
      data.hasNextPage = targets.hasNextPage;
      data.total = targets.total;
      s.endCursor = targets.endCursor;
    } catch (err) {
      s.error = err;
    } finally {
      s.loadingMore = false;
    }
    renderTargets();
    const items = document.querySelectorAll<HTMLElement>('#target-list > li');
    items[data.targets.length - o.pageSize]?.setAttribute('tabindex', '-1');
  }

  /** Every qualifying firm of the current list (all pages), for a download. */
  async function allRows(): Promise<TargetExportRow[]> {
    const v = host.view();
    const data = s.targets;
    if (!data) return [];
    if (data.kind === 'chain') return rowsFromChainTargets(data.targets, lang());
    let rows: Target[] = [...data.targets];
    let after = s.endCursor;
    let next = data.hasNextPage;
    while (next && v.link && v.region && rows.length < o.downloadMax) {
      const { targets } = await api.request(TARGETS, {
        link: v.link,
        region: v.region,
        filter: toFilterInput(filter()),
        first: o.downloadPageSize,
        after,
      });
      rows = [...rows, ...targets.targets];
      after = targets.endCursor;
      next = targets.hasNextPage && targets.targets.length > 0;
    }
    return rowsFromTargets(rows, lang());
  }

  async function download(format: 'csv' | 'xlsx'): Promise<void> {
    try {
      const rows = await allRows();
      const v = host.view();
      const name = fileName([lang() === 'zh' ? '招商目标' : 'targets', v.link ?? v.chain, v.region], format);
      if (format === 'csv') {
        downloadBlob({ data: tableToCsv(targetTable(rows, lang())), filename: name, type: MIME.csv });
      } else {
        downloadBlob({ data: targetsToXlsx(rows, lang()) as Uint8Array<ArrayBuffer>, filename: name, type: MIME.xlsx });
      }
    } catch (err) {
      s.error = err;
      renderTargets();
    }
  }

  function renderTargets(): void {
    if (viewName() !== 'targets') return;
    const v = host.view();
    const container = el('planner-view');
    // Re-rendering replaces the controls: keep keyboard focus where it was.
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    if (!v.region) {
      setChildren(container, h('p', { className: 'muted', id: 'targets-empty' }, t(lang(), 'tgtNeedRegion')));
      return;
    }
    renderTargetsView({
      container,
      lang: lang(),
      chainName: chainName(),
      regionName: regionName(),
      link: v.link,
      gapLinks: s.gapLinks,
      provinces: s.provinces,
      filter: filter(),
      data: s.targets,
      loadingMore: s.loadingMore,
      onLink: (link) => host.navigate({ link, firm: null }),
      onFilter: (f) => {
        if (!sameFilter(f, filter())) host.navigate({ filter: toFilterInput(f) ? f : undefined });
      },
      onMore: () => void more(),
      onDownload: (format) => void download(format),
      onLogFollowUp:
        host.editing.canEdit() && v.link && s.targets?.kind === 'link'
          ? (enterprise) => {
              const data = s.targets;
              const link = { id: v.link!, name: data?.kind === 'link' ? data.linkName : v.link! };
              const region = { code: v.region!, name: regionName() ?? v.region! };
              // After saving, host.refresh() reads the list again: the row then shows its lead.
              host.editing.logFollowUp({ enterprise, link, region }, () => undefined);
            }
          : null,
    });
    if (s.error) {
      container.prepend(h('p', { className: 'view-error', role: 'alert' }, errorText(s.error)));
    }
    if (focused && container.contains(document.getElementById(focused))) document.getElementById(focused)?.focus();
  }

  // ------------------------------------------------------------------ heat map
  const heatLevel = (): RegionLevel => host.view().heatLevel ?? 'CITY';

  /** The default scope: the selected region's ancestor just above the level (the whole country for provinces). */
  function heatWithin(): RegionRef | null {
    const path = host.regionPath();
    const depth = { PROVINCE: 0, CITY: 1, COUNTY: 2, PARK: 3 }[heatLevel()];
    if (s.heatWithin !== undefined) {
      return s.heatWithin === null ? null : (path.slice(0, depth).find((r) => r.code === s.heatWithin) ?? null);
    }
    return depth > 0 ? (path[Math.min(depth, path.length) - 1] ?? null) : null;
  }

  async function loadHeatmap(): Promise<void> {
    const v = host.view();
    const within = heatWithin();
    const key = JSON.stringify([v.chain, heatLevel(), within?.code ?? null]);
    if (key === s.heatKey || !v.chain) return;
    s.heatKey = key;
    s.heat = null;
    s.error = null;
    const token = ++s.token;
    renderHeat();
    try {
      const { heatmap } = await api.request(HEATMAP, {
        chain: v.chain,
        level: heatLevel(),
        within: within?.code ?? null,
        first: o.heatFirst,
      });
      if (token !== s.token) return;
      s.heat = heatmap;
    } catch (err) {
      if (token !== s.token) return;
      s.error = err;
      s.heatKey = '';
      s.heat = [];
    }
    renderHeat();
  }

  function renderHeat(): void {
    if (viewName() !== 'heatmap') return;
    const container = el('planner-view');
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    renderHeatmapView({
      container,
      lang: lang(),
      chainName: chainName(),
      level: heatLevel(),
      within: heatWithin(),
      path: host.regionPath(),
      rows: s.heat,
      onLevel: (level) => {
        s.heatWithin = undefined;
        host.navigate({ heatLevel: level === 'CITY' ? undefined : level });
      },
      onWithin: (code) => {
        s.heatWithin = code;
        void loadHeatmap();
      },
      onOpen: (code) => host.navigate({ view: undefined, region: code, link: null, firm: null }),
    });
    if (s.error) container.prepend(h('p', { className: 'view-error', role: 'alert' }, errorText(s.error)));
    if (focused && container.contains(document.getElementById(focused))) document.getElementById(focused)?.focus();
  }

  // ------------------------------------------------------------------ exports and report
  function exportNow(format: ExportFormat): void {
    const cy = host.cy();
    if (!cy || cy.nodes().empty()) {
      window.alert(t(lang(), 'expNoMap'));
      return;
    }
    void exportMap(cy, format, meta()).catch((err: unknown) => window.alert(errorText(err)));
  }

  async function openReport(): Promise<void> {
    const v = host.view();
    const cy = host.cy();
    if (!v.chain || !v.region || !cy || cy.nodes().empty()) {
      window.alert(t(lang(), v.region ? 'expNoMap' : 'tgtNeedRegion'));
      return;
    }
    const container = el('report');
    const token = ++s.reportToken;
    s.reportOpen = true;
    const blob = await mapPng(cy, { minLongSide: 2000, minScale: 2 });
    const image = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsDataURL(blob);
    });
    const draw = (data: Parameters<typeof renderReport>[0]['data']) =>
      renderReport({
        container,
        lang: lang(),
        chainName: chainName(),
        regionName: regionName() ?? '',
        mapImage: image,
        data,
        date: new Date().toISOString().slice(0, 10),
        onPrint: () => window.print(),
        onClose: closeReport,
      });
    draw(null);
    container.hidden = false;
    document.body.classList.add('report-open');
    el('report-title').focus();
    try {
      const r = await api.request(REPORT, { chain: v.chain, region: v.region, targets: o.reportTargets });
      if (token !== s.reportToken) return;
      draw({ gaps: r.chainGaps, summary: r.chainSummary, targets: r.chainTargets as ChainTarget[] });
    } catch (err) {
      if (token !== s.reportToken) return;
      container.append(h('p', { className: 'view-error', role: 'alert' }, errorText(err)));
    }
  }

  function closeReport(): void {
    s.reportOpen = false;
    s.reportToken++;
    const container = el('report');
    container.hidden = true;
    container.replaceChildren();
    document.body.classList.remove('report-open');
    document.getElementById('export-button')?.focus();
  }

  // ------------------------------------------------------------------ ledger
  async function loadLedger(): Promise<void> {
    const v = host.view();
    const signedIn = host.editing.signedIn();
    const key = JSON.stringify([v.chain, v.region, s.ledgerMonth, s.ledgerDays, signedIn]);
    if (key === s.ledgerKey) return;
    s.ledgerKey = key;
    s.ledger = null;
    s.ledgerLeads = null;
    s.error = null;
    const token = ++s.token;
    if (!v.chain || !v.region) return;
    const vars = { chain: v.chain, region: v.region, month: s.ledgerMonth };
    renderLedger();
    try {
      const [data, leads] = await Promise.all([
        api.request(LEDGER, { ...vars, days: s.ledgerDays, first: ledgerDefaults.first }),
        // Private: asked for only when signed in, and a refusal (or any failure) only
        // leaves the lead figures out; the public ledger stays.
        signedIn ? api.request(MONTHLY_LEADS, vars).catch(() => null) : null,
      ]);
      if (token !== s.token) return;
      s.ledger = data;
      s.ledgerLeads = leads?.monthlySummary.leads ?? null;
      if (s.ledgerDays === null) s.ledgerDays = data.overdueProjects.days;
      s.ledgerKey = JSON.stringify([v.chain, v.region, s.ledgerMonth, s.ledgerDays, signedIn]);
    } catch (err) {
      if (token !== s.token) return;
      s.error = err;
      s.ledgerKey = '';
    }
    renderLedger();
  }

  function downloadLedger(what: 'pipeline' | 'overdue'): void {
    const data = s.ledger;
    const v = host.view();
    if (!data) return;
    const l = lang();
    const table =
      what === 'pipeline'
        ? pipelineTable(data.projectPipeline, l)
        : overdueTable(data.overdueProjects, l, { withUnknown: true });
    const title = what === 'pipeline' ? (l === 'zh' ? '项目推进' : 'pipeline') : l === 'zh' ? '签约未开工' : 'overdue';
    downloadBlob({ data: tableToCsv(table), filename: fileName([title, v.chain, v.region], 'csv'), type: MIME.csv });
  }

  function renderLedger(): void {
    if (viewName() !== 'ledger') return;
    const v = host.view();
    const container = el('planner-view');
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    if (!v.region) {
      setChildren(container, h('p', { className: 'muted', id: 'ledger-empty' }, t(lang(), 'ledgerNeedRegion')));
      return;
    }
    const reload = () => {
      s.ledgerKey = '';
      void loadLedger();
    };
    renderLedgerView({
      container,
      lang: lang(),
      chainName: chainName(),
      regionName: regionName() ?? v.region,
      data: s.ledger,
      leads: s.ledgerLeads,
      month: s.ledgerMonth,
      days: s.ledgerDays,
      onMove: host.editing.canEdit() ? (project) => host.editing.editProject(project, reload) : null,
      onQuery: ({ month, days }) => {
        s.ledgerMonth = month;
        s.ledgerDays = days;
        void loadLedger();
      },
      onDownload: downloadLedger,
    });
    if (s.error) container.prepend(h('p', { className: 'view-error', role: 'alert' }, errorText(s.error)));
    if (focused && container.contains(document.getElementById(focused))) document.getElementById(focused)?.focus();
  }

  // ------------------------------------------------------------------ sync
  function sync(): void {
    const view = viewName();
    const changed = view !== s.shown;
    s.shown = view;
    document.body.dataset['view'] = view;
    renderNav();
    const planner = el('planner-view');
    planner.hidden = view === 'map';
    renderExportToolbar({
      container: el('export-toolbar'),
      lang: lang(),
      onExport: exportNow,
      onReport: () => void openReport(),
    });
    if (view === 'map') {
      planner.replaceChildren();
      // The map may have been redrawn while hidden (zero-size container): size and fit it again.
      const cy = host.cy();
      if (changed && cy) {
        cy.resize();
        cy.fit(undefined, 40);
      }
    } else if (view === 'targets') {
      // loadTargets resets the list synchronously when the query changed: draw after it.
      void loadTargets();
      renderTargets();
    } else if (view === 'ledger') {
      void loadLedger();
      renderLedger();
    } else {
      renderHeat();
      void loadHeatmap();
    }
    if (changed && view !== 'map') planner.querySelector<HTMLElement>('h2')?.focus();
  }

  document.addEventListener(TARGETS_EVENT, (e) => {
    const detail = (e as CustomEvent<{ link?: string; region?: string }>).detail ?? {};
    if (!detail.link) return;
    host.navigate({
      view: 'targets',
      link: detail.link,
      ...(detail.region ? { region: detail.region } : {}),
      firm: null,
    });
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && s.reportOpen) closeReport();
  });

  /** After a saved edit (or a sign-in): the lists read again. */
  function refresh(): void {
    s.targetsKey = '';
    s.ledgerKey = '';
    sync();
  }

  return { sync, refresh };
}
