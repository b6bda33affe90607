import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { printScale } from '../client/src/export-toolbar';
import { checkXml } from '../client/src/xml-check';
import { xmlText } from '../client/src/xlsx';
import { loadConfig } from '../server/config/config';
import { start, type RunningServer } from '../server/main';
import { launchChromium } from './support/browser';

/**
 * The recruiter and planner views in real headless Chromium against the seed knowledge
 * base (its own embedded Neo4j, as `npm start` runs it): the targets of a gap link of
 * 霍林郭勒市's aluminium chain, filters, English, the CSV/Excel/PNG/GraphML downloads
 * and the heat map. Every expectation comes from the GraphQL API's own answers.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'lianpu-exports-test-'));
const REGION = '150581';
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

type Text = { zh: string; en: string };
type ApiTarget = {
  rank: number;
  score: number;
  enterprise: { id: string; name: string; region: { path: { code: string }[] } | null };
  components: { name: string; weight: number; points: number; reason: Text }[];
  reasons: Text[];
};
type ApiPage = { total: number; hasNextPage: boolean; targets: ApiTarget[] };

const targetsQuery = `query ($link: ID!, $region: String!, $filter: TargetFilter, $first: Int) {
  targets(link: $link, region: $region, filter: $filter, first: $first) {
    total hasNextPage
    targets { rank score enterprise { id name region { path { code } } }
      components { name weight points reason { zh en } } reasons { zh en } } } }`;

const targets = async (link: string, filter: Record<string, unknown> | null, first = 20) =>
  (await gql<{ targets: ApiPage }>(targetsQuery, { link, region: REGION, filter, first })).targets;

/** The firms the page lists, in order, with each score bar's points and drawn width. */
function listed(page: Page) {
  return page.$$eval('#target-list > li', (items) =>
    items.map((li) => ({
      id: li.getAttribute('data-firm'),
      bars: Array.from(li.querySelectorAll<HTMLElement>('.score-bar')).map((b) => ({
        name: b.dataset['component'],
        points: Number(b.dataset['points']),
        width: parseFloat(b.querySelector<HTMLElement>('.score-bar-fill')?.style.width ?? 'NaN'),
      })),
      reasons: Array.from(li.querySelectorAll('.target-reasons li')).map((r) => r.textContent),
    })),
  );
}

async function waitForList(page: Page, ids: string[]): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      Array.from(document.querySelectorAll('#target-list > li'))
        .map((li) => li.getAttribute('data-firm'))
        .join(',') === expected,
    ids.join(','),
    { timeout: 30_000 },
  );
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()])) as [
    Download,
    void,
  ];
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

beforeAll(async () => {
  server = await start({
    config: {
      ...loadConfig({
        LIANPU_ROOT: resolve(__dirname, '..'),
        LIANPU_DATA_DIR: dataDir,
        LIANPU_NEO4J_BOLT_PORT: '0',
        LIANPU_NEO4J_HEAP: '768m',
        LIANPU_NEO4J_PAGE_CACHE: '128m',
      }),
      port: 0,
    },
    log: () => undefined,
  });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('targets, filters, English, downloads and the heat map of the Huolinguole aluminium chain', async () => {
  // The gap link with the most targets (the API decides which; at least a few are needed).
  const { chainGaps } = await gql<{ chainGaps: { link: { id: string }; opportunity: string }[] }>(
    `{ chainGaps(chain: "aluminium", region: "${REGION}") { link { id } opportunity } }`,
  );
  const gapLinks = chainGaps.filter((g) => g.opportunity !== 'NONE').map((g) => g.link.id);
  // One at a time: the machine is small and each ranking is a real query.
  const totals: { id: string; page: ApiPage }[] = [];
  for (const id of gapLinks) totals.push({ id, page: await targets(id, null) });
  totals.sort((a, b) => b.page.total - a.page.total);
  const link = totals[0]!.id;
  const first = totals[0]!.page;
  expect(first.targets.length).toBeGreaterThanOrEqual(3);

  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // The link panel's event opens the targets view, and the URL records it.
    await page.goto(`${server!.url}/?chain=aluminium&region=${REGION}&lang=zh`);
    await page.waitForSelector('#cy[data-state="ready"]', { timeout: 90_000 });
    await page.evaluate(
      ([l, r]) => document.dispatchEvent(new CustomEvent('lianpu:targets', { detail: { link: l, region: r } })),
      [link, REGION],
    );
    await waitForList(
      page,
      first.targets.map((x) => x.enterprise.id),
    );
    expect(new URL(page.url()).searchParams.get('view')).toBe('targets');
    expect(new URL(page.url()).searchParams.get('link')).toBe(link);

    // Order, score bars and reasons as the API ranks and explains them.
    const shown = await listed(page);
    expect(shown.map((x) => x.id)).toEqual(first.targets.map((x) => x.enterprise.id));
    shown.forEach((row, i) => {
      const api = first.targets[i]!;
      expect(row.bars.map((b) => b.name)).toEqual(api.components.map((c) => c.name));
      row.bars.forEach((bar, j) => {
        const c = api.components[j]!;
        expect(bar.points).toBeCloseTo(c.points, 6);
        expect(bar.width).toBeCloseTo(c.weight > 0 ? Math.min(100, (c.points / (c.weight * 100)) * 100) : 0, 0);
      });
      expect(row.reasons).toEqual(api.reasons.map((r) => r.zh));
    });

    // "More" adds the next page, in the API's order.
    if (first.hasNextPage) {
      const two = await targets(link, null, 40);
      await page.click('#targets-more');
      await waitForList(
        page,
        two.targets.map((x) => x.enterprise.id),
      );
    }

    // A filter from the data: leave out the top firm's province; the list re-queries.
    const province = first.targets.find((x) => x.enterprise.region?.path[0])!.enterprise.region!.path[0]!.code;
    const filter = { excludeProvinces: [province] };
    const filtered = await targets(link, filter);
    await page.selectOption('#tf-exclude', [province]);
    await page.click('#tf-apply');
    await waitForList(
      page,
      filtered.targets.map((x) => x.enterprise.id),
    );
    expect(new URL(page.url()).searchParams.get('exc')).toBe(province);
    expect(filtered.targets.every((x) => x.enterprise.region?.path[0]?.code !== province)).toBe(true);
    expect(filtered.total).toBeLessThan(first.total);

    // English: the reasons are the API's English sentences.
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.querySelector('#targets-title')?.textContent?.includes('Targets'));
    const english = await listed(page);
    expect(english.map((x) => x.reasons)).toEqual(filtered.targets.map((x) => x.reasons.map((r) => r.en)));
    expect(english.some((x) => x.reasons.length > 0)).toBe(true);

    // CSV: BOM, header, every qualifying firm (all pages) in the API's order.
    const all = await targets(link, filter, 200);
    const csv = await downloaded(page, () => page.click('#targets-csv'));
    expect(csv.name).toMatch(/\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('Rank,Firm ID,Firm,')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(all.targets.map((x) => x.enterprise.id));

    // Excel: a zip whose sheet holds the same firms.
    const xlsx = await downloaded(page, () => page.click('#targets-xlsx'));
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const sheet = strFromU8(unzipSync(new Uint8Array(xlsx.bytes))['xl/worksheets/sheet1.xml']!);
    checkXml(sheet);
    for (const x of all.targets) expect(sheet).toContain(xmlText(x.enterprise.name));
    expect(sheet.match(/<row /g)).toHaveLength(all.targets.length + 1);

    // The whole chain's list, with the same filter.
    const { chainTargets } = await gql<{ chainTargets: { enterprise: { id: string } }[] }>(
      `query ($f: TargetFilter) { chainTargets(chain: "aluminium", region: "${REGION}", filter: $f, perLink: 10, first: 100) { enterprise { id } } }`,
      { f: filter },
    );
    await page.selectOption('#targets-link', '');
    await waitForList(
      page,
      chainTargets.map((x) => x.enterprise.id),
    );

    // Back on the map: PNG at print size, GraphML with every link and feed.
    await page.click('#view-map');
    await page.waitForSelector('#cy[data-state="ready"]');
    const bb = await page.evaluate(() => {
      const cy = (window as unknown as { lianpuCy: import('cytoscape').Core }).lianpuCy;
      const b = cy.elements().boundingBox();
      return { w: b.w, h: b.h };
    });
    const scale = printScale({ width: bb.w, height: bb.h });
    await page.click('#export-button');
    const png = await downloaded(page, () => page.click('#export-png'));
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect([width, height]).toEqual([Math.ceil(bb.w) * scale, Math.ceil(bb.h) * scale]);
    expect(Math.max(width, height)).toBeGreaterThanOrEqual(3000);

    const { chainMap } = await gql<{
      chainMap: { nodes: { link: { id: string } }[]; edges: { from: { id: string }; to: { id: string } }[] };
    }>(
      `{ chainMap(chain: "aluminium", region: "${REGION}") { nodes { link { id } } edges { from { id } to { id } } } }`,
    );
    const graphml = await downloaded(page, () => page.click('#export-graphml'));
    const xml = graphml.bytes.toString('utf8');
    checkXml(xml);
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        keys: Array.from(doc.getElementsByTagName('key')).map((k) => [
          k.getAttribute('attr.name'),
          k.getAttribute('attr.type'),
        ]),
        nodes: Array.from(doc.getElementsByTagName('node')).map((n) => n.getAttribute('id')),
        edges: Array.from(doc.getElementsByTagName('edge')).map(
          (e) => `${e.getAttribute('source')}>${e.getAttribute('target')}`,
        ),
      };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.keys.filter(([name]) => name !== null).map(([name]) => name)).toEqual(
      expect.arrayContaining(['label', 'stage', 'status', 'capacity']),
    );
    expect(parsed.nodes.sort()).toEqual(chainMap.nodes.map((n) => n.link.id).sort());
    expect(parsed.edges.sort()).toEqual(chainMap.edges.map((e) => `${e.from.id}>${e.to.id}`).sort());

    // The heat map: the API's cities of the region's province, in its order; a tile opens that map.
    const { region } = await gql<{ region: { path: { code: string }[] } }>(
      `{ region(code: "${REGION}") { path { code } } }`,
    );
    const provinceCode = region.path[0]!.code;
    const { heatmap } = await gql<{
      heatmap: { region: { code: string; name: string }; opportunityScore: number; gapCount: number }[];
    }>(
      `{ heatmap(chain: "aluminium", level: CITY, within: "${provinceCode}", first: 100) { region { code name } opportunityScore gapCount } }`,
    );
    expect(heatmap.length).toBeGreaterThan(0);
    await page.click('#view-heatmap');
    await page.waitForSelector('#heat-grid');
    const tiles = await page.$$eval('#heat-grid .heat-tile', (els) =>
      els.map((e) => ({
        code: e.getAttribute('data-code'),
        score: Number(e.getAttribute('data-score')),
        gaps: Number(e.getAttribute('data-gaps')),
      })),
    );
    expect(tiles).toEqual(heatmap.map((r) => ({ code: r.region.code, score: r.opportunityScore, gaps: r.gapCount })));
    expect(new URL(page.url()).searchParams.get('view')).toBe('heatmap');
    const top = heatmap[0]!.region;
    await page.click(`#heat-grid .heat-tile[data-code="${top.code}"]`);
    await page.waitForFunction((name) => document.querySelector('#map-title')?.textContent?.includes(name), top.name);
    await page.waitForSelector('#cy[data-state="ready"]');
    expect(new URL(page.url()).searchParams.get('region')).toBe(top.code);
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
