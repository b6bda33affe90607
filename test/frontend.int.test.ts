import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { loadConfig } from '../server/config/config';
import { start, type RunningServer } from '../server/main';
import { formatPercent } from '../client/src/summary-bar';
import { t } from '../client/src/i18n';
import { GAP_LEGEND_KEYS, gapStatusLabel } from '../client/src/gaps-view';
import { defaults as styleDefaults } from '../client/src/style';
import { launchChromium } from './support/browser';

/**
 * The chain leader's map in real headless Chromium, on the seed knowledge base (its own
 * embedded Neo4j, seeded on first start, as `npm start` does): the aluminium chain of
 * 霍林郭勒市 coloured by the gap analysis, the summary bar, a link's panel, a link expanded
 * into its firms, the searches, English. Every expectation is read from the API or the seed.
 */
const ROOT = resolve(__dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'lianpu-frontend-test-'));
const REGION = '150581';
const CHAIN = 'aluminium';

let server: RunningServer | undefined;

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${server!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

type Gap = {
  link: { id: string; name: string };
  status: 'MISSING' | 'FILLING' | 'WEAK' | 'STRONG';
  localEnterprises: number;
  explanation: { zh: string; en: string };
  balance: { value: number } | null;
};
type Summary = {
  completeness: number;
  gaps: { fill: number; extendUpstream: number; extendDownstream: number; strengthen: number };
  leader: { name: string } | null;
};

type DrawnNode = { id: string; classes: string[]; status: string | null; label: string; fill: string };

function drawnLinks(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { lianpuCy: import('cytoscape').Core }).lianpuCy;
    return cy.nodes('.link').map((n) => ({
      id: n.id(),
      classes: n.classes(),
      status: n.data('gapStatus') as string | null,
      label: n.data('label') as string,
      fill: String(n.style('background-color')),
    }));
  });
}

function firmNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { lianpuCy: import('cytoscape').Core }).lianpuCy;
    return cy.nodes('.firm').map((n) => n.data('firmId') as string);
  });
}

/** "#c62828" → "rgb(198,40,40)", as Cytoscape reports colours. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

beforeAll(async () => {
  server = await start({
    config: {
      ...loadConfig({
        LIANPU_ROOT: ROOT,
        LIANPU_DATA_DIR: dataDir,
        LIANPU_NEO4J_BOLT_PORT: '0',
        LIANPU_NEO4J_HEAP: '768m',
        LIANPU_NEO4J_PAGE_CACHE: '128m',
      }),
      port: 0,
    },
    log: () => undefined,
  });
});

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the chain leader sees the gaps of 霍林郭勒市 aluminium, opens, expands and searches, in both languages', async () => {
  const api = await gql<{ chainGaps: Gap[]; chainSummary: Summary }>(
    `query ($c: ID!, $r: String!) {
      chainGaps(chain: $c, region: $r) { link { id name } status localEnterprises explanation { zh en } balance { value } }
      chainSummary(chain: $c, region: $r) { completeness gaps { fill extendUpstream extendDownstream strengthen } leader { name } }
    }`,
    { c: CHAIN, r: REGION },
  );
  const byStatus = (s: Gap['status']) => api.chainGaps.filter((g) => g.status === s).map((g) => g.link.id);
  // The seed has both kinds the map must tell apart; if it ever stops having them, this says so.
  expect(byStatus('MISSING').length).toBeGreaterThan(0);
  expect(byStatus('WEAK').length).toBeGreaterThan(0);

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server!.url}/?chain=${CHAIN}&region=${REGION}&lang=zh`);
    await page.waitForSelector('#cy[data-state="ready"]', { timeout: 90_000 });

    // Every link is coloured by its status, MISSING and WEAK included, with the stylesheet's fill.
    const drawn = await drawnLinks(page);
    expect(drawn.map((n) => n.id).sort()).toEqual(api.chainGaps.map((g) => g.link.id).sort());
    for (const gap of api.chainGaps) {
      const node = drawn.find((n) => n.id === gap.link.id)!;
      expect(node.status).toBe(gap.status);
      expect(node.classes).toContain(`gap-${gap.status.toLowerCase()}`);
      expect(node.fill).toBe(rgb(styleDefaults.gap[gap.status].fill));
      expect(node.label).toContain(gapStatusLabel('zh', gap.status));
    }
    const legend = (await page.textContent('#legend')) ?? '';
    expect(legend).toContain(t('zh', GAP_LEGEND_KEYS.MISSING));
    expect(legend).toContain(t('zh', GAP_LEGEND_KEYS.WEAK));

    // The summary bar: completeness as the API computes it, opportunity counts, the chain leader.
    await page.waitForSelector('#summary-bar[data-state="ready"]');
    const percent = await page.getAttribute('#summary-bar [data-percent]', 'data-percent');
    expect(percent).toBe(formatPercent(api.chainSummary.completeness));
    const counts = await page.$$eval('#summary-bar .opp-chip', (els) => els.map((e) => Number(e.dataset['count'])));
    const g = api.chainSummary.gaps;
    expect(counts).toEqual([g.fill, g.extendUpstream, g.extendDownstream, g.strengthen]);
    expect(await page.textContent('#summary-bar')).toContain(api.chainSummary.leader?.name ?? t('zh', 'noLeader'));

    // A link with local firms and a balance: its panel lists the firms and explains the balance.
    const gap = api.chainGaps.find((x) => x.localEnterprises > 1 && x.balance) ?? api.chainGaps[0]!;
    const producers = await gql<{ link: { producers: { enterprise: { name: string } }[] } }>(
      `query ($id: ID!, $r: String) { link(id: $id) { producers(region: $r, first: 50) { enterprise { name } } } }`,
      { id: gap.link.id, r: REGION },
    );
    await page.selectOption('#link-select', gap.link.id);
    await page.waitForSelector('#link-panel .gap-explanation');
    const panel = (await page.textContent('#link-panel')) ?? '';
    expect(panel).toContain(gap.explanation.zh);
    for (const p of producers.link.producers) expect(panel).toContain(p.enterprise.name);
    if (gap.balance) expect(await page.textContent('#link-panel .gap-numbers')).toBeTruthy();
    // Its projects in the region, as the API lists them.
    const projects = await gql<{ link: { projects: { name: string }[] } }>(
      `query ($id: ID!, $r: String) { link(id: $id) { projects(region: $r, first: 20) { name } } }`,
      { id: gap.link.id, r: REGION },
    );
    const projectsText = (await page.textContent('#link-panel .link-projects')) ?? '';
    expect(projectsText).toContain(t('zh', 'linkProjectsLabel'));
    for (const p of projects.link.projects) expect(projectsText).toContain(p.name);

    // Expand it: its firms become nodes (the API's list), the URL records it; collapse again.
    const firms = await gql<{ linkFirms: { firms: { enterprise: { id: string } }[] } }>(
      `query ($c: ID!, $l: ID!, $r: String) { linkFirms(chain: $c, link: $l, region: $r, first: 24) { firms { enterprise { id } } } }`,
      { c: CHAIN, l: gap.link.id, r: REGION },
    );
    expect(firms.linkFirms.firms.length).toBeGreaterThan(0);
    await page.focus('#expand-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (n) => (window as unknown as { lianpuCy: import('cytoscape').Core }).lianpuCy.nodes('.firm').length === n,
      firms.linkFirms.firms.length,
    );
    await page.waitForSelector('#cy[data-state="ready"]');
    expect((await firmNodeIds(page)).sort()).toEqual(firms.linkFirms.firms.map((f) => f.enterprise.id).sort());
    expect(new URL(page.url()).searchParams.get('expand')).toBe(gap.link.id);
    await page.click('#expand-link');
    await page.waitForFunction(
      () => (window as unknown as { lianpuCy: import('cytoscape').Core }).lianpuCy.nodes('.firm').length === 0,
    );
    expect(new URL(page.url()).searchParams.get('expand')).toBeNull();

    // The global search finds a seed firm by a Chinese fragment of its name, from the keyboard.
    const seed = parse(readFileSync(join(ROOT, 'seeds', 'enterprises.csv'), 'utf8'), { columns: true }) as {
      id: string;
      name: string;
    }[];
    const firm = seed.find((r) => r.id === 'E-nanshan') ?? seed[seed.length - 1]!;
    const fragment = [...firm.name].slice(2, 6).join('');
    const hits = await gql<{ searchEnterprises: { enterprise: { id: string } }[] }>(
      `query ($q: String!) { searchEnterprises(query: $q, first: 6) { enterprise { id } } }`,
      { q: fragment },
    );
    expect(hits.searchEnterprises.map((h) => h.enterprise.id)).toContain(firm.id);
    await page.fill('#global-search-input', fragment);
    const option = page.locator(`#global-search-list [role="option"][data-id="${firm.id}"]`);
    await option.waitFor();
    const options = await page.$$eval('#global-search-list [role="option"]', (els) =>
      els.map((e) => e.getAttribute('data-id')),
    );
    for (let i = 0; i <= options.indexOf(firm.id); i++) await page.keyboard.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => document.querySelector('#firm-panel h2')?.textContent === name, firm.name);

    // The region search jumps the cascade: 通辽市 (from the seed's regions) by part of its name.
    const regions = parse(readFileSync(join(ROOT, 'seeds', 'regions.csv'), 'utf8'), { columns: true }) as {
      code: string;
      name: string;
    }[];
    const city = regions.find((r) => r.code === REGION.slice(0, 4) + '00')!;
    await page.fill('#region-search-input', city.name.slice(0, 2));
    await page.locator(`#region-search-list [role="option"][data-id="${city.code}"]`).click();
    await page.waitForFunction((code) => new URL(location.href).searchParams.get('region') === code, city.code);
    await page.waitForFunction(
      (code) => (document.querySelector('#region-1') as HTMLSelectElement)?.value === code,
      city.code,
    );

    // Back to 霍林郭勒市, then English: statuses, legend and summary in English.
    await page.goBack();
    await page.waitForFunction((code) => new URL(location.href).searchParams.get('region') === code, REGION);
    await page.waitForSelector('#cy[data-state="ready"]');
    await page.click('#lang-toggle');
    const missing = byStatus('MISSING')[0]!;
    await page.waitForFunction(
      ([id, word]) =>
        String(
          (window as unknown as { lianpuCy: import('cytoscape').Core }).lianpuCy.getElementById(id).data('label'),
        ).includes(word),
      [missing, gapStatusLabel('en', 'MISSING')] as const,
    );
    const en = await drawnLinks(page);
    for (const gap of api.chainGaps) {
      expect(en.find((n) => n.id === gap.link.id)!.label).toContain(gapStatusLabel('en', gap.status));
    }
    expect(await page.textContent('#legend')).toContain(t('en', GAP_LEGEND_KEYS.WEAK));
    expect(await page.textContent('#summary-bar')).toContain(t('en', 'summaryCompleteness'));

    // "Targets" hands the link and region over to the targets view and records view=targets.
    await page.evaluate(() => {
      document.addEventListener('lianpu:targets', (e) => {
        (window as unknown as { lastTargets: unknown }).lastTargets = (e as CustomEvent).detail;
      });
    });
    await page.selectOption('#link-select', gap.link.id);
    await page.waitForSelector('#open-targets');
    await page.click('#open-targets');
    expect(await page.evaluate(() => (window as unknown as { lastTargets: unknown }).lastTargets)).toEqual({
      link: gap.link.id,
      region: REGION,
    });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'targets');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
