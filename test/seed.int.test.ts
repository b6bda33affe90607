import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../server/config/config';
import { start, type RunningServer } from '../server/main';
import { launchChromium } from './support/browser';

/**
 * The seed knowledge base, loaded the way `npm start` loads it: an embedded Neo4j of its
 * own (a fresh data folder), started by the server, seeded because it is empty; then
 * restarted on the same folder to show the data survives and is not loaded twice.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'lianpu-seed-test-'));
const config = () => ({
  ...loadConfig({
    LIANPU_ROOT: resolve(__dirname, '..'),
    LIANPU_DATA_DIR: dataDir,
    LIANPU_NEO4J_BOLT_PORT: '0',
    LIANPU_NEO4J_HEAP: '768m',
    LIANPU_NEO4J_PAGE_CACHE: '128m',
  }),
  port: 0,
});

let server: RunningServer | undefined;

async function gql<T>(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

type Quantity = { value: number; unit: string };
type SeedMap = {
  chainMap: {
    nodes: {
      link: { id: string; name: string };
      stage: string;
      enterprises: number;
      capacity: Quantity[];
      pipelineCapacity: Quantity[];
    }[];
    edges: { from: { id: string }; to: { id: string } }[];
  };
};
const mapQuery = `query ($r: String) { chainMap(chain: "aluminium", region: $r) {
  nodes { link { id name } stage enterprises capacity { value unit } pipelineCapacity { value unit } }
  edges { from { id } to { id } } } }`;

const wanTonnes = (q: Quantity[]) => q.filter((x) => x.unit === '万吨').reduce((s, x) => s + x.value, 0);

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('first start on an empty database loads the seed: the Tongliao aluminium chain with its sourced figures', async () => {
  server = await start({ config: config(), log: () => undefined });
  const { chains } = await gql<{ chains: { id: string }[] }>(`{ chains { id } }`);
  expect(chains.map((c) => c.id)).toEqual(expect.arrayContaining(['aluminium', 'nickel_stainless', 'wind_equipment']));

  const map = await gql<SeedMap>(mapQuery, { r: '150500' });
  const stages = new Set(map.chainMap.nodes.map((n) => n.stage));
  expect(stages).toEqual(new Set(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']));
  expect(map.chainMap.edges.length).toBeGreaterThanOrEqual(map.chainMap.nodes.length - 3);
  // Article 000 (2021-11): 266万吨 of electrolytic aluminium in Tongliao.
  const smelting = map.chainMap.nodes.find((n) => n.link.id === 'electrolytic_aluminium')!;
  expect(wanTonnes(smelting.capacity)).toBeCloseTo(266, 0);
  // Article 001 (2022-11): 联晟's 80万吨 battery-foil project is under construction, so
  // battery foil has pipeline capacity in Huolinguole.
  const hlgl = await gql<SeedMap>(mapQuery, { r: '150581' });
  const foil = hlgl.chainMap.nodes.find((n) => n.link.id === 'battery_foil')!;
  expect(wanTonnes(foil.pipelineCapacity)).toBeGreaterThanOrEqual(80);

  // Every figure carries its source and date.
  const { link } = await gql<{
    link: { producers: { capacity: number | null; source: string | null; asOf: string | null }[] };
  }>(`{ link(id: "electrolytic_aluminium") { producers(first: 200) { capacity source asOf } } }`);
  expect(link.producers.length).toBeGreaterThan(3);
  for (const p of link.producers) {
    expect(p.source).toEqual(expect.any(String));
    expect(p.asOf).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  }

  // Chinese full-text search finds a seeded firm by a fragment of its name.
  const { searchEnterprises } = await gql<{ searchEnterprises: { enterprise: { name: string } }[] }>(
    `{ searchEnterprises(query: "联晟", first: 5) { enterprise { name } } }`,
  );
  expect(searchEnterprises.map((h) => h.enterprise.name).join()).toContain('联晟');
});

test('a restart on the same data folder keeps the data and does not load the seed twice', async () => {
  const before = await gql<{ link: { producers: unknown[] } }>(
    `{ link(id: "electrolytic_aluminium") { producers(first: 200) { capacity } } }`,
  );
  await server!.stop();
  server = await start({ config: config(), log: () => undefined });
  const after = await gql<{ link: { producers: unknown[] } }>(
    `{ link(id: "electrolytic_aluminium") { producers(first: 200) { capacity } } }`,
  );
  expect(after.link.producers).toEqual(before.link.producers);
  const health = await fetch(`${server.url}/healthz`).then(
    (r) => r.json() as Promise<{ database: { version: string; mode: string } }>,
  );
  expect(health.database).toMatchObject({ mode: 'embedded', version: expect.stringMatching(/^5\.26\./) });
});

test('gap analysis of the seed: 霍林郭勒 makes 26万吨 more primary aluminium than it processes, and should extend downstream', async () => {
  type Gap = {
    link: { id: string };
    status: string;
    opportunity: string;
    balance: { supply: number; demand: number; value: number; unit: string } | null;
    explanation: { zh: string };
  };
  const { chainGaps } = await gql<{ chainGaps: Gap[] }>(
    `{ chainGaps(chain: "aluminium", region: "150581") { link { id } status opportunity balance { supply demand value unit } explanation { zh } } }`,
  );
  const gap = (id: string) => chainGaps.find((g) => g.link.id === id)!;
  // 266万吨 smelted (article 000) against the 240万吨 the seed's processing links consume.
  expect(gap('electrolytic_aluminium').balance).toMatchObject({ unit: '万吨', supply: 266, demand: 240, value: 26 });
  expect(gap('electrolytic_aluminium').status).toBe('STRONG');
  // Links fed by electrolytic aluminium that are missing or weak locally are extension targets,
  // and the sentence carries the 26万吨.
  const extend = chainGaps.filter((g) => g.opportunity === 'EXTEND_DOWNSTREAM').map((g) => g.link.id);
  expect(extend).toEqual(expect.arrayContaining(['refined_aluminium', 'aluminium_wheels', 'battery_foil']));
  expect(gap('refined_aluminium').explanation.zh).toContain('约26万吨未经本地加工即外流');
  // The most urgent gaps come first.
  expect(chainGaps[0]!.opportunity).not.toBe('NONE');
});

test('the browser shows the aluminium chain map of 霍林郭勒市 by default, with its firms one click away', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server!.url);
    await page.waitForSelector('#cy[data-state="ready"]', { timeout: 90_000 });
    await expect(page.textContent('#map-title')).resolves.toContain('霍林郭勒市');

    // The map holds one node per link of the chain, as the API says, in stage order left to right.
    const api = await gql<SeedMap>(mapQuery, { r: '150581' });
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { lianpuCy: import('cytoscape').Core }).lianpuCy;
      return cy.nodes('.link').map((n) => ({ id: n.id(), x: n.position('x'), missing: n.hasClass('missing') }));
    });
    expect(drawn.map((n) => n.id).sort()).toEqual(api.chainMap.nodes.map((n) => n.link.id).sort());
    const x = (id: string) => drawn.find((n) => n.id === id)!.x;
    expect(x('coal')).toBeLessThan(x('aluminium_ingot'));
    expect(x('aluminium_ingot')).toBeLessThan(x('power_battery'));
    // Links without a local operating producer are drawn as missing.
    const missing = api.chainMap.nodes
      .filter((n) => n.enterprises === 0)
      .map((n) => n.link.id)
      .sort();
    expect(
      drawn
        .filter((n) => n.missing)
        .map((n) => n.id)
        .sort(),
    ).toEqual(missing);

    // Open a link from the keyboard-reachable select: its local firms are listed with their sources.
    await page.selectOption('#link-select', 'electrolytic_aluminium');
    await page.waitForFunction(() => document.querySelector('#link-panel')?.textContent?.includes('霍煤鸿骏'));
    expect(await page.isVisible('#side')).toBe(true);
    const panel = (await page.textContent('#link-panel')) ?? '';
    expect(panel).toContain('霍煤鸿骏');
    expect(panel).toContain('来源');

    // English on the switch.
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.querySelector('#map-title')?.textContent?.includes('Aluminium'));
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
