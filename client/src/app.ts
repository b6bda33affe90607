/**
 * The chain map page: controls (chain, region cascade, link, language), the Cytoscape
 * map, the side panels, the error banner, and the URL that records the view.
 * All API data goes through `api.ts`; all element JSON and style through the pure
 * modules; this file only wires them to the DOM.
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import elk from 'cytoscape-elk';
import {
  ApiError,
  CHAIN_MAP,
  CHAINS,
  createClient,
  ENTERPRISE,
  errorMessageKey,
  LINK_PRODUCERS,
  REGION,
  REGIONS,
} from './api';
import { h, setChildren } from './dom';
import { chainMapToElements, displayName, masterNames } from './elements';
import { formatProvenance } from './format';
import { type Lang, type MessageKey, STAGE_KEYS, t, tBoth } from './i18n';
import { flattenLargeMap, layoutForSize, tuneRenderer } from './large-map';
import { renderFirmPanel, renderLinkPanel, renderPanelMessage } from './panel';
import { chainMapStyle } from './style';
import { createViews } from './views';
import { createLeader } from './leader';
import { createEditing } from './forms/editing';
import { needsSignIn } from './forms/account';
import type { ChainMap, ChainSummary, Region, RegionLevel } from './types';
import { STAGES } from './types';
import {
  DEFAULT_REGION,
  parseViewState,
  resolveChain,
  resolveDefaultRegion,
  serialiseViewState,
  type ViewState,
} from './url-state';

cytoscape.use(elk);

export const defaults = {
  /** GraphQL endpoint (same origin as the page). */
  endpoint: '/graphql',
  /** How many chains the chain selector lists. */
  chainPageSize: 50,
  /** Deepest region level the cascade offers: province → city → county → park. */
  maxRegionDepth: 4,
};

/** The resolved view: like the URL's, but with the chain and region decided. */
interface View extends ViewState {
  region: string | null;
}

const api = createClient({ endpoint: defaults.endpoint });

const state: {
  view: View;
  chains: ChainSummary[];
  map: ChainMap | null;
  /** The region path shown by the cascade, province first. */
  regionPath: Region[];
  /** Children per parent code ('' = provinces). */
  regionChildren: Map<string, Region[]>;
  /** Bumped on every map load; a late response of an older load is dropped. */
  mapToken: number;
  linkToken: number;
  firmToken: number;
} = {
  view: { chain: null, region: null, link: null, firm: null, lang: 'zh' },
  chains: [],
  map: null,
  regionPath: [],
  regionChildren: new Map(),
  mapToken: 0,
  linkToken: 0,
  firmToken: 0,
};

let cy: Core | null = null;

/** Targets, heat map, exports and report (views.ts); `navigate` is how they change the view. */
const views = createViews({
  api,
  host: {
    view: () => state.view,
    map: () => state.map,
    regionPath: () => state.regionPath,
    cy: () => cy,
    navigate: (patch) => {
      history.pushState(null, '', serialiseViewState({ ...state.view, ...patch }));
      void onPopState();
    },
    // `editing` is created below; these run only after the page started.
    editing: {
      signedIn: () => editing.signedIn(),
      canEdit: () => editing.canEdit(),
      editProject: (project, onSaved) => editing.editProject(project, onSaved),
      logFollowUp: (target, onSaved) => editing.logFollowUp(target, onSaved),
    },
  },
});

/** Gap colours, summary bar, expanded links, link panel extras and searches (leader.ts). */
const leader = createLeader({
  api,
  host: {
    view: () => state.view,
    map: () => state.map,
    navigate: (patch) => {
      history.pushState(null, '', serialiseViewState({ ...state.view, ...patch }));
      void onPopState();
    },
    openFirm: (id) => openFirm(id),
    openLink: (id) => openLink(id),
    showError: (err) => showError(err),
  },
});

/** Sign-in, account control and edit forms (forms/editing.ts). */
const editing = createEditing({
  api,
  host: {
    lang: () => state.view.lang,
    region: () => {
      const code = state.view.region;
      if (!code) return null;
      return { code, name: state.map?.region?.name ?? state.regionPath[state.regionPath.length - 1]?.name ?? code };
    },
    reload: () => void start(),
    refresh: () => {
      leader.invalidate();
      views.refresh();
      void loadMap();
      void syncPanels();
    },
    openFirm: (id) => openFirm(id),
  },
});

function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el;
}

const lang = (): Lang => state.view.lang;

// ---------------------------------------------------------------------------------
// Banner and status

function showError(err: unknown, retry?: () => void): void {
  const key = errorMessageKey(err);
  const params = {
    message: err instanceof Error ? err.message : String(err),
    status: err instanceof ApiError && err.status != null ? err.status : '',
  };
  showBanner(key, params, retry, err instanceof ApiError ? err.code : undefined);
  if (!(err instanceof ApiError)) console.error(err);
  if (needsSignIn(err)) editing.askSignIn(true);
}

function showBanner(key: MessageKey, params: Record<string, string | number>, retry?: () => void, code?: string): void {
  const banner = $('banner');
  setChildren(
    banner,
    h('strong', {}, tBoth('errorTitle')),
    h('span', { className: 'banner-text' }, t('zh', key, params)),
    h('span', { className: 'banner-text', lang: 'en' }, t('en', key, params)),
    code ? h('code', {}, code) : null,
    retry
      ? h(
          'button',
          {
            type: 'button',
            onclick: () => {
              hideBanner();
              retry();
            },
          },
          `${t('zh', 'retry')} / ${t('en', 'retry')}`,
        )
      : null,
    h(
      'button',
      {
        type: 'button',
        className: 'close',
        'aria-label': `${t('zh', 'dismiss')} / ${t('en', 'dismiss')}`,
        onclick: hideBanner,
      },
      '×',
    ),
  );
  banner.hidden = false;
}

function hideBanner(): void {
  const banner = $('banner');
  banner.hidden = true;
  banner.replaceChildren();
}

function setMapStatus(text: string): void {
  const el = $('map-status');
  el.textContent = text;
  el.hidden = !text;
}

// ---------------------------------------------------------------------------------
// URL

function commitUrl(push: boolean): void {
  const search = serialiseViewState(state.view);
  if (search === location.search) return;
  if (push) history.pushState(null, '', search);
  else history.replaceState(null, '', search);
}

// ---------------------------------------------------------------------------------
// Static texts and the language switch

function renderStaticTexts(): void {
  const l = lang();
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
  document.title = t(l, 'appTitle');
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(l, el.dataset['i18n'] as MessageKey);
  });
  document.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => {
    const text = t(l, el.dataset['i18nLabel'] as MessageKey);
    el.setAttribute('aria-label', text);
    el.setAttribute('title', text);
  });
  $('zoom-group').setAttribute('aria-label', t(l, 'zoomGroup'));
  const toggle = $('lang-toggle');
  toggle.textContent = t(l, 'langSwitch');
  toggle.setAttribute('aria-label', t(l, 'langSwitchLabel'));
  toggle.setAttribute('title', t(l, 'langSwitchLabel'));
  renderLegend();
  editing.renderAccount();
  leader.renderSearch();
  leader.renderSummary();
}

function renderLegend(): void {
  const l = lang();
  setChildren(
    $('legend'),
    h('span', { className: 'legend-title' }, t(l, 'legendTitle')),
    h('span', { className: 'legend-item' }, h('span', { className: 'swatch swatch-link' }), t(l, 'legendLink')),
    h('span', { className: 'legend-item' }, h('span', { className: 'swatch swatch-missing' }), t(l, 'legendMissing')),
    h('span', { className: 'legend-item' }, h('span', { className: 'swatch swatch-master' }), t(l, 'legendMaster')),
    h('span', { className: 'legend-item' }, t(l, 'legendFeed')),
    leader.legendItems(l),
  );
}

function toggleLang(): void {
  state.view.lang = lang() === 'zh' ? 'en' : 'zh';
  commitUrl(true);
  rerenderAll();
}

/** Everything that shows text, from the data already loaded (no new requests except panels). */
function rerenderAll(): void {
  renderStaticTexts();
  renderChainSelect();
  renderRegionCascade();
  if (state.map) void drawMap(state.map);
  void syncPanels();
  views.sync();
}

// ---------------------------------------------------------------------------------
// Chain selector

function renderChainSelect(): void {
  const select = $('chain-select') as HTMLSelectElement;
  const chains = [...state.chains];
  const current = state.view.chain;
  if (current && !chains.some((c) => c.id === current) && state.map?.chain.id === current) chains.push(state.map.chain);
  setChildren(
    select,
    chains.map((c) => h('option', { value: c.id }, displayName(lang(), c))),
  );
  if (current) select.value = current;
}

function onChainChange(): void {
  const select = $('chain-select') as HTMLSelectElement;
  state.view.chain = select.value;
  state.view.link = null;
  state.view.expanded = undefined;
  commitUrl(true);
  void syncPanels();
  void loadMap();
  views.sync();
}

// ---------------------------------------------------------------------------------
// Region cascade: province → city → county → park; each level shown when it has regions.

async function regionChildren(parent: string | null): Promise<Region[]> {
  const key = parent ?? '';
  const cached = state.regionChildren.get(key);
  if (cached) return cached;
  const { regions } = await api.request(REGIONS, { parent });
  state.regionChildren.set(key, regions);
  return regions;
}

const LEVEL_LABEL: Record<RegionLevel, MessageKey> = {
  PROVINCE: 'provinceLabel',
  CITY: 'cityLabel',
  COUNTY: 'countyLabel',
  PARK: 'parkLabel',
};

/** Load the options every select of the current path needs (and the next level down). */
async function loadRegionPath(code: string | null): Promise<void> {
  if (code === null) {
    state.regionPath = [];
  } else {
    const { region } = await api.request(REGION, { code });
    if (!region) throw new ApiError('NOT_FOUND', `region ${code}`);
    state.regionPath = region.path && region.path.length ? (region.path as Region[]) : [region];
  }
  await regionChildren(null);
  for (const r of state.regionPath.slice(0, defaults.maxRegionDepth - 1)) await regionChildren(r.code);
}

function renderRegionCascade(): void {
  const l = lang();
  const container = $('region-cascade');
  const selects: HTMLElement[] = [];
  const path = state.regionPath;
  for (let depth = 0; depth < defaults.maxRegionDepth; depth++) {
    const parent = depth === 0 ? null : path[depth - 1];
    if (depth > 0 && !parent) break;
    const options = state.regionChildren.get(parent ? parent.code : '') ?? [];
    if (depth > 0 && options.length === 0) break;
    const id = `region-${depth}`;
    const level = options[0]?.level ?? (['PROVINCE', 'CITY', 'COUNTY', 'PARK'] as const)[depth] ?? 'PARK';
    const select = h(
      'select',
      {
        id,
        'data-depth': depth,
        onchange: (e: Event) => void onRegionChange(depth, (e.target as HTMLSelectElement).value),
      },
      depth === 0
        ? h('option', { value: '' }, t(l, 'national'))
        : h('option', { value: '' }, t(l, 'wholeRegion', { name: parent?.name ?? '' })),
      options.map((r) => h('option', { value: r.code }, r.name)),
    );
    select.value = path[depth]?.code ?? '';
    selects.push(h('div', { className: 'field' }, h('label', { for: id }, t(l, LEVEL_LABEL[level])), select));
  }
  setChildren(container, selects);
}

async function onRegionChange(depth: number, value: string): Promise<void> {
  const path = state.regionPath.slice(0, depth);
  if (value) {
    const options = state.regionChildren.get(depth === 0 ? '' : (path[depth - 1]?.code ?? '')) ?? [];
    const chosen = options.find((r) => r.code === value);
    if (chosen) path.push(chosen);
  }
  state.regionPath = path;
  state.view.region = path.length ? (path[path.length - 1]?.code ?? null) : null;
  commitUrl(true);
  try {
    const last = path[path.length - 1];
    if (last && path.length < defaults.maxRegionDepth) await regionChildren(last.code);
  } catch (err) {
    showError(err);
  }
  renderRegionCascade();
  (document.getElementById(`region-${depth}`) as HTMLSelectElement | null)?.focus();
  void loadMap();
  void syncPanels();
  views.sync();
}

// ---------------------------------------------------------------------------------
// The map

function ensureCy(): Core {
  if (cy) return cy;
  cy = cytoscape({
    container: $('cy'),
    style: chainMapStyle(),
    elements: [],
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: false,
  });
  // Debug and test handle: the map's Cytoscape core, for the browser console and e2e tests.
  (window as unknown as { lianpuCy?: Core }).lianpuCy = cy;
  cy.on('tap', 'node.link', (e: EventObject) => {
    openLink(e.target.id());
  });
  cy.on('dbltap', 'node.link', (e: EventObject) => {
    leader.toggleExpand(e.target.id());
  });
  cy.on('tap', 'node.firm', (e: EventObject) => {
    openFirm(String(e.target.data('firmId')));
  });
  cy.on('tap', (e: EventObject) => {
    if (e.target === cy) cy?.$(':selected').unselect();
  });
  cy.on('mouseover', 'node.link', () => {
    $('cy').style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node.link', () => {
    $('cy').style.cursor = '';
  });
  return cy;
}

async function loadMap(): Promise<void> {
  const chain = state.view.chain;
  if (!chain) return;
  const token = ++state.mapToken;
  $('cy').dataset['state'] = 'loading';
  setMapStatus(t(lang(), 'loading'));
  try {
    const [{ chainMap }, leaderError] = await Promise.all([
      api.request(CHAIN_MAP, { chain, region: state.view.region }),
      leader.load(chain, state.view.region),
    ]);
    if (token !== state.mapToken) return;
    if (!chainMap) {
      state.map = null;
      cy?.elements().remove();
      renderMapHeader();
      showBanner('errorChainNotFound', { id: chain });
      return;
    }
    hideBanner();
    state.map = chainMap;
    renderChainSelect();
    renderMapHeader();
    if (leaderError) showError(leaderError, () => void loadMap());
    await drawMap(chainMap);
  } catch (err) {
    if (token !== state.mapToken) return;
    showError(err, () => void loadMap());
  } finally {
    if (token === state.mapToken) setMapStatus('');
  }
}

/** Draw (or redraw, e.g. in another language: label sizes change) the map and fit it to the view. */
async function drawMap(map: ChainMap): Promise<void> {
  const core = ensureCy();
  const elements = flattenLargeMap(chainMapToElements({ map, lang: lang(), gaps: map.region ? leader.gaps() : null }));
  core.batch(() => {
    core.elements().remove();
    core.add(elements);
  });
  leader.decorate(core);
  leader.renderSummary();
  $('cy').setAttribute('aria-label', t(lang(), 'mapAria', { chain: displayName(lang(), map.chain) }));
  renderLinkSelect();
  renderMapHeader();
  if (core.nodes().empty()) return;
  // Very large maps: viewport shortcuts and the linear stage grid instead of ELK (see large-map.ts).
  tuneRenderer(core, elements.length);
  await layoutForSize(core);
  leader.placeFirms(core, map, lang());
  selectLinkNode();
  // A stable signal for end-to-end tests and screenshots: the map is laid out.
  $('cy').dataset['state'] = 'ready';
}

function selectLinkNode(): void {
  if (!cy) return;
  cy.$(':selected').unselect();
  if (state.view.link) cy.getElementById(state.view.link).select();
}

/** A select listing the links by stage: the keyboard way into the map. */
function renderLinkSelect(): void {
  const l = lang();
  const select = $('link-select') as HTMLSelectElement;
  const map = state.map;
  const groups = STAGES.map((stage) => {
    const nodes = (map?.nodes ?? []).filter((n) => n.stage === stage).sort((a, b) => a.position - b.position);
    if (!nodes.length) return null;
    return h(
      'optgroup',
      { label: t(l, STAGE_KEYS[stage]) },
      nodes.map((n) => h('option', { value: n.link.id }, displayName(l, n.link))),
    );
  });
  setChildren(select, h('option', { value: '' }, t(l, 'linkJumpPlaceholder')), groups);
  select.value = state.view.link ?? '';
}

function renderMapHeader(): void {
  const l = lang();
  const map = state.map;
  const title = $('map-title');
  const meta = $('map-meta');
  if (!map) {
    title.textContent = '';
    meta.replaceChildren();
    return;
  }
  const regionName = map.region?.name ?? t(l, 'national');
  title.textContent = t(l, 'mapTitle', { chain: displayName(l, map.chain), region: regionName });
  const leader = map.leader;
  const masters = masterNames(map);
  const masterButtons = masters.length
    ? map.masters
        .filter((m, i, all) => all.findIndex((x) => x.enterprise.id === m.enterprise.id) === i)
        .map((m) =>
          h(
            'button',
            {
              type: 'button',
              className: 'chip master-chip',
              title: formatProvenance(l, m),
              onclick: () => openFirm(m.enterprise.id),
            },
            `★ ${m.enterprise.name}`,
          ),
        )
    : [h('span', { className: 'muted' }, t(l, 'none'))];
  setChildren(
    meta,
    h('span', { className: 'scope' }, map.region ? t(l, 'scopeRegion', { region: regionName }) : t(l, 'scopeNational')),
    h(
      'span',
      { className: 'leader' },
      h('span', { className: 'meta-label' }, `${t(l, 'chainLeader')}${t(l, 'colon')}`),
      leader
        ? h('span', { title: formatProvenance(l, leader) }, [leader.title, leader.name].filter(Boolean).join(' '))
        : h('span', { className: 'muted' }, t(l, 'notRecorded')),
    ),
    h(
      'span',
      { className: 'masters' },
      h('span', { className: 'meta-label' }, `${t(l, 'linkMasters')}${t(l, 'colon')}`),
      masterButtons,
    ),
  );
}

// ---------------------------------------------------------------------------------
// Panels

function setSideOpen(): void {
  const open = !!(state.view.link || state.view.firm);
  document.body.classList.toggle('side-open', open);
  $('side').hidden = !open;
  cy?.resize();
}

function openLink(id: string): void {
  state.view.link = id;
  state.view.firm = null;
  commitUrl(true);
  ($('link-select') as HTMLSelectElement).value = id;
  selectLinkNode();
  void syncPanels('link');
}

function openFirm(id: string): void {
  state.view.firm = id;
  commitUrl(true);
  void syncPanels('firm');
}

function closeLink(): void {
  state.view.link = null;
  commitUrl(true);
  ($('link-select') as HTMLSelectElement).value = '';
  cy?.$(':selected').unselect();
  void syncPanels();
}

function closeFirm(): void {
  state.view.firm = null;
  commitUrl(true);
  void syncPanels();
}

/** Bring both panels in line with the view; `focus` moves keyboard focus to the panel just opened. */
async function syncPanels(focus?: 'link' | 'firm'): Promise<void> {
  setSideOpen();
  await Promise.all([syncLinkPanel(focus === 'link'), syncFirmPanel(focus === 'firm')]);
}

function focusHeading(container: HTMLElement): void {
  const heading = container.querySelector('h2');
  if (heading instanceof HTMLElement) {
    heading.focus();
    container.scrollIntoView({ block: 'nearest' });
  }
}

async function syncLinkPanel(focus: boolean): Promise<void> {
  const container = $('link-panel');
  const id = state.view.link;
  const token = ++state.linkToken;
  if (!id) {
    container.replaceChildren();
    return;
  }
  const l = lang();
  const region = state.view.region;
  renderPanelMessage(container, l, id, t(l, 'loading'), { onClose: closeLink });
  try {
    const [{ link }, extras] = await Promise.all([api.request(LINK_PRODUCERS, { id, region }), leader.linkExtras(id)]);
    if (token !== state.linkToken) return;
    if (!link) {
      renderPanelMessage(container, l, id, t(l, 'errorNotFound', { message: id }), { onClose: closeLink }, true);
      return;
    }
    const regionName = region
      ? (state.map?.region?.name ?? state.regionPath[state.regionPath.length - 1]?.name ?? region)
      : null;
    const editExtras = await editing.linkActions(link);
    if (token !== state.linkToken) return;
    renderLinkPanel(container, l, link, regionName, { onClose: closeLink, onFirm: openFirm }, [
      ...extras,
      ...editExtras,
    ]);
  } catch (err) {
    if (token !== state.linkToken) return;
    renderPanelMessage(
      container,
      l,
      id,
      tBoth(errorMessageKey(err), {
        message: String((err as Error).message ?? err),
        status: (err as ApiError).status ?? '',
      }),
      { onClose: closeLink },
      true,
    );
  }
  if (focus) focusHeading(container);
}

async function syncFirmPanel(focus: boolean): Promise<void> {
  const container = $('firm-panel');
  const id = state.view.firm;
  const token = ++state.firmToken;
  if (!id) {
    container.replaceChildren();
    return;
  }
  const l = lang();
  renderPanelMessage(container, l, t(l, 'firmPanelTitle'), t(l, 'loading'), { onClose: closeFirm });
  try {
    const { enterprise } = await api.request(ENTERPRISE, { id });
    if (token !== state.firmToken) return;
    if (!enterprise) {
      renderPanelMessage(
        container,
        l,
        t(l, 'firmPanelTitle'),
        t(l, 'errorNotFound', { message: id }),
        { onClose: closeFirm },
        true,
      );
      return;
    }
    renderFirmPanel(container, l, enterprise, { onClose: closeFirm, onFirm: openFirm });
    editing.decorateFirmPanel(container, enterprise);
  } catch (err) {
    if (token !== state.firmToken) return;
    renderPanelMessage(
      container,
      l,
      t(l, 'firmPanelTitle'),
      tBoth(errorMessageKey(err), {
        message: String((err as Error).message ?? err),
        status: (err as ApiError).status ?? '',
      }),
      { onClose: closeFirm },
      true,
    );
  }
  if (focus) focusHeading(container);
}

// ---------------------------------------------------------------------------------
// Start and history

/** Decide chain and region from the URL (with the defaults) and load everything. */
async function start(): Promise<void> {
  const requested = parseViewState(location.search);
  state.view = { ...requested, region: requested.region ?? null };
  renderStaticTexts();
  setMapStatus(t(lang(), 'loading'));
  try {
    const [{ chains }, defaultRegion] = await Promise.all([
      api.request(CHAINS, { first: defaults.chainPageSize }),
      requested.region === undefined ? api.request(REGION, { code: DEFAULT_REGION }) : Promise.resolve(null),
    ]);
    state.chains = chains;
    state.view.chain = resolveChain(
      requested.chain,
      chains.map((c) => c.id),
    );
    if (!state.view.chain) {
      setMapStatus('');
      showBanner('errorNoChains', {});
      return;
    }
    if (defaultRegion) state.view.region = resolveDefaultRegion(defaultRegion.region != null);
    try {
      await loadRegionPath(state.view.region);
    } catch (err) {
      // An unknown region in a shared link: say so, and fall back to the national view.
      if (err instanceof ApiError && err.code === 'NOT_FOUND' && state.view.region) {
        showBanner('errorNotFound', { message: state.view.region });
        state.view.region = null;
        await loadRegionPath(null);
      } else {
        throw err;
      }
    }
  } catch (err) {
    setMapStatus('');
    showError(err, () => void start());
    return;
  }
  commitUrl(false);
  renderChainSelect();
  renderRegionCascade();
  views.sync();
  await Promise.all([loadMap(), syncPanels()]);
}

/** Load the firms of newly expanded links, then redraw (collapsing needs no request). */
async function redrawExpanded(map: ChainMap): Promise<void> {
  const error = await leader.loadExpanded(map.chain.id, map.region?.code ?? null);
  if (error) showError(error);
  if (state.map === map) await drawMap(map);
}

async function onPopState(): Promise<void> {
  const next = parseViewState(location.search);
  const prev = state.view;
  const region = next.region === undefined ? prev.region : next.region;
  const chain = next.chain ?? prev.chain;
  const mapChanged = chain !== prev.chain || region !== prev.region;
  const langChanged = next.lang !== prev.lang;
  const expandChanged = (next.expanded ?? []).join() !== (prev.expanded ?? []).join();
  state.view = { ...next, chain, region };
  if (langChanged) renderStaticTexts();
  if (region !== prev.region) {
    try {
      await loadRegionPath(region);
    } catch (err) {
      showError(err);
    }
  }
  renderChainSelect();
  renderRegionCascade();
  if (mapChanged) void loadMap();
  else if (expandChanged && state.map) void redrawExpanded(state.map);
  else if (langChanged && state.map) void drawMap(state.map);
  else selectLinkNode();
  void syncPanels();
  views.sync();
}

function init(): void {
  $('boot').remove();
  $('lang-toggle').addEventListener('click', toggleLang);
  $('chain-select').addEventListener('change', onChainChange);
  $('link-select').addEventListener('change', (e) => {
    const value = (e.target as HTMLSelectElement).value;
    if (value) openLink(value);
    else closeLink();
  });
  $('controls').addEventListener('submit', (e) => e.preventDefault());
  const zoomBy = (factor: number) => {
    if (!cy) return;
    const c = cy.extent();
    cy.zoom({ level: cy.zoom() * factor, position: { x: (c.x1 + c.x2) / 2, y: (c.y1 + c.y2) / 2 } });
  };
  $('zoom-in').addEventListener('click', () => zoomBy(1.25));
  $('zoom-out').addEventListener('click', () => zoomBy(0.8));
  $('zoom-fit').addEventListener('click', () => cy?.fit(undefined, 40));
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    if (state.view.firm) closeFirm();
    else if (state.view.link) closeLink();
  });
  window.addEventListener('popstate', () => void onPopState());
  window.addEventListener('resize', () => cy?.resize());
  void editing.init();
  void start();
}

function safeInit(): void {
  try {
    init();
  } catch (err) {
    showError(err);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', safeInit);
else safeInit();
