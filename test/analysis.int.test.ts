import { start, type RunningServer } from '../server/main';
import type { Database } from '../server/db/database';
import { testConfig, testDatabase, uniquePrefix } from './support/database';
import { deleteTestData, loadTables } from './support/dataset';

/**
 * Gap analysis and target ranking on a hand-built chain whose answers are worked out
 * here, against a real Neo4j. The region under study is city C (with county K below it)
 * in province A; everything else is in province B, which does not border A.
 *
 *   coal ─▶ power ─▶ metal ─▶ sheet ─▶ foil          ore ─(2.0)─▶ metal
 *                      │(1.0)  ╰(1.0)                 metal ─(1.0)─▶ rod
 *                      ╰─▶ cast ─▶ parts              scrap (feeds nothing local)
 */
const P = uniquePrefix('gap');
const n = String(Math.floor(Math.random() * 90) + 10);
const R = { A: `97${n}00`, C: `97${n}10`, K: `97${n}11`, B: `98${n}00` };
const id = (s: string) => `${P}${s}`;
const src = { source: 'test fixture', as_of: '2025-01' };
const thisYear = new Date().getFullYear();

const links = ['coal', 'power', 'ore', 'scrap', 'metal', 'sheet', 'rod', 'cast', 'foil', 'parts'];
const stage: Record<string, string> = {
  coal: 'upstream',
  power: 'upstream',
  ore: 'upstream',
  scrap: 'upstream',
  metal: 'midstream',
  sheet: 'midstream',
  rod: 'midstream',
  cast: 'midstream',
  foil: 'downstream',
  parts: 'downstream',
};
const firm = (key: string, region: string, extra: Record<string, unknown> = {}) => ({
  id: id(key),
  name: `测试${key}公司`,
  region,
  ownership: 'private',
  ...src,
  ...extra,
});
const makes = (key: string, link: string, capacity: number | null, status = 'operating', unit = '万吨') => ({
  enterprise: id(key),
  link: id(link),
  ...(capacity === null ? {} : { capacity, unit }),
  status,
  ...src,
});

const tables = {
  regions: [
    { code: R.A, name: '甲省', level: 'province' },
    { code: R.C, name: '丙市', level: 'city', parent: R.A },
    { code: R.K, name: '丁县', level: 'county', parent: R.C },
    { code: R.B, name: '乙省', level: 'province' },
  ],
  chains: [{ id: id('chain'), name: '测试金属链', ...src }],
  links: links.map((l) => ({
    id: id(l),
    name: `环节${l}`,
    name_en: l,
    unit: l === 'power' ? '万千瓦' : '万吨',
    ...src,
  })),
  chain_links: links.map((l, i) => ({ chain: id('chain'), link: id(l), stage: stage[l], position: i, ...src })),
  feeds: [
    { from: id('coal'), to: id('power'), ...src },
    { from: id('power'), to: id('metal'), note: '单位不同', ...src },
    { from: id('ore'), to: id('metal'), input_per_unit: 2, ...src },
    { from: id('metal'), to: id('sheet'), input_per_unit: 1, ...src },
    { from: id('metal'), to: id('rod'), input_per_unit: 1, ...src },
    { from: id('metal'), to: id('cast'), ...src },
    { from: id('sheet'), to: id('foil'), ...src },
    { from: id('cast'), to: id('parts'), ...src },
  ],
  enterprises: [
    firm('coal1', R.K),
    firm('power1', R.C),
    firm('power2', R.K),
    firm('metal1', R.K),
    firm('metal2', R.C),
    firm('sheet1', R.C),
    firm('rod1', R.K),
    firm('parts1', R.C),
    firm('parts2', R.K),
    firm('foilLocal', R.C),
    // outside: province B
    firm('F1', R.B, { tags: ['listed'] }),
    firm('F2', R.B),
    firm('F3', R.B, { ownership: 'central_soe', tags: ['global500'] }),
    firm('F4', R.B, { tags: ['listed'] }),
    firm('G', R.B, { ownership: 'central_soe' }),
    firm('oreB', R.B),
    firm('castB', R.B),
  ],
  produces: [
    makes('coal1', 'coal', 500),
    makes('power1', 'power', 200, 'operating', '万千瓦'),
    makes('power2', 'power', 30, 'operating', '亿千瓦时'),
    makes('metal1', 'metal', 100),
    makes('metal2', 'metal', 50),
    makes('sheet1', 'sheet', 40),
    makes('rod1', 'rod', 10, 'building'),
    makes('parts1', 'parts', 5),
    makes('parts2', 'parts', 5),
    makes('foilLocal', 'foil', 8, 'planned'),
    makes('F1', 'foil', 30),
    makes('F2', 'foil', 10),
    makes('F3', 'foil', 1000),
    makes('F4', 'sheet', 70),
    makes('oreB', 'ore', 900),
    makes('castB', 'cast', 60),
  ],
  // F2 already buys sheet from the local sheet maker: a tie to the region.
  supplies: [{ supplier: id('sheet1'), customer: id('F2'), link: id('sheet'), volume: 5, unit: '万吨', ...src }],
  subsidiaries: [{ child: id('F1'), parent: id('G'), share: 60, ...src }],
  masters: [{ enterprise: id('metal1'), chain: id('chain'), region: R.C, ...src }],
  projects: [
    {
      id: id('p1'),
      name: '测试轧制项目',
      enterprise: id('rod1'),
      region: R.K,
      link: id('rod'),
      investment_yi: 5,
      status: 'started',
      signed_on: `${thisYear - 1}-03`,
      started_on: `${thisYear - 1}-09`,
      ...src,
    },
    {
      id: id('p2'),
      name: '测试铝箔外地项目',
      enterprise: id('F3'),
      region: R.B,
      link: id('foil'),
      investment_yi: 20,
      status: 'signed',
      signed_on: `${thisYear}-01`,
      ...src,
    },
  ],
  leaders: [{ chain: id('chain'), region: R.C, name: '王链长', title: '丙市副市长', ...src }],
};

let db: Database;
let server: RunningServer;

async function gql<T>(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: { message: string; extensions: { code: string } }[] };
  return body;
}

beforeAll(async () => {
  db = await testDatabase();
  await loadTables(db, tables);
  server = await start({ config: testConfig(), db, log: () => undefined });
});

afterAll(async () => {
  await server?.stop();
  await deleteTestData(db, P, Object.values(R));
  await db?.close();
});

type Gap = {
  link: { id: string };
  status: string;
  opportunity: string;
  opportunities: string[];
  score: number;
  existsNationally: boolean;
  localEnterprises: number;
  localCapacity: { value: number; unit: string }[];
  localPipeline: { status: string; value: number; unit: string }[];
  projects: { signed: number; started: number };
  nationalEnterprises: number;
  balance: {
    unit: string;
    supply: number;
    demand: number;
    value: number;
    complete: boolean;
    notes: { zh: string; en: string }[];
  } | null;
  explanation: { zh: string; en: string };
};
const gapsQuery = `query ($chain: ID!, $region: String!, $t: GapThresholdsInput) { chainGaps(chain: $chain, region: $region, thresholds: $t) {
  link { id } status opportunity opportunities score existsNationally localEnterprises
  localCapacity { value unit } localPipeline { status value unit } projects { signed started } nationalEnterprises
  balance { unit supply demand value complete notes { zh en } } explanation { zh en } } }`;

async function gaps(region: string, thresholds?: Record<string, number>) {
  const body = await gql<{ chainGaps: Gap[] }>(gapsQuery, { chain: id('chain'), region, t: thresholds ?? null });
  expect(body.errors).toBeUndefined();
  return Object.fromEntries(body.data.chainGaps.map((g) => [g.link.id.slice(P.length), g])) as Record<string, Gap>;
}

describe('chainGaps for city C (county K counts as local)', () => {
  let g: Record<string, Gap>;
  beforeAll(async () => {
    g = await gaps(R.C);
  });

  it('STRONG metal: two local producers, one in the county, 150万吨 against 40 + 0 consumed locally', () => {
    expect(g.metal).toMatchObject({
      status: 'STRONG',
      opportunity: 'NONE',
      localEnterprises: 2,
      localCapacity: [{ value: 150, unit: '万吨' }],
    });
    // Demand: sheet 40 × 1.0 + rod 0 (building only) = 40; cast has no local producer.
    expect(g.metal!.balance).toMatchObject({ unit: '万吨', supply: 150, demand: 40, value: 110, complete: true });
  });

  it('EXTEND_UPSTREAM ore: local metal needs 150 × 2 = 300万吨 and none is mined locally', () => {
    expect(g.ore).toMatchObject({ status: 'MISSING', opportunity: 'EXTEND_UPSTREAM', existsNationally: true });
    expect(g.ore!.balance).toMatchObject({ supply: 0, demand: 300, value: -300 });
    expect(g.ore!.score).toBe(85); // 100 × 0.85 × (0.6 + 0.4 × 1)
    expect(g.ore!.explanation.zh).toContain('缺口约300万吨需从外地购入');
  });

  it('WEAK sheet with one producer, downstream of the metal surplus: extend, and strengthen', () => {
    expect(g.sheet).toMatchObject({
      status: 'WEAK',
      opportunity: 'EXTEND_DOWNSTREAM',
      opportunities: ['EXTEND_DOWNSTREAM', 'STRENGTHEN'],
    });
    // metal surplus share 110 / 150: 100 × 0.9 × (0.6 + 0.4 × 0.7333) = 80.4
    expect(g.sheet!.score).toBeCloseTo(80.4, 1);
    expect(g.sheet!.explanation.zh).toContain('约110万吨未经本地加工即外流');
  });

  it('FILLING rod: building capacity and a started project, no operating producer', () => {
    expect(g.rod).toMatchObject({
      status: 'FILLING',
      localEnterprises: 0,
      localPipeline: [{ status: 'BUILDING', value: 10, unit: '万吨' }],
      projects: { signed: 0, started: 1 },
    });
    expect(g.rod!.opportunity).toBe('EXTEND_DOWNSTREAM');
  });

  it('FILL cast: missing between local metal and local parts', () => {
    expect(g.cast).toMatchObject({ status: 'MISSING', opportunity: 'FILL', score: 100 });
    expect(g.cast!.explanation.en).toContain('Fill');
  });

  it('STRENGTHEN coal: a single local producer and no surplus upstream', () => {
    expect(g.coal).toMatchObject({ status: 'WEAK', opportunity: 'STRENGTHEN', opportunities: ['STRENGTHEN'] });
  });

  it('NONE scrap: missing, nothing local depends on it, and nobody makes it anywhere', () => {
    expect(g.scrap).toMatchObject({ status: 'MISSING', opportunity: 'NONE', score: 0, existsNationally: false });
  });

  it('units: power supply in 万千瓦 is not added to 亿千瓦时, and the gap says so', () => {
    expect(g.power!.localCapacity).toEqual(
      expect.arrayContaining([
        { value: 200, unit: '万千瓦' },
        { value: 30, unit: '亿千瓦时' },
      ]),
    );
    expect(g.power!.balance).toMatchObject({ unit: '万千瓦', supply: 200, complete: false });
    expect(g.power!.balance!.notes.map((x) => x.zh).join()).toContain('亿千瓦时');
    expect(g.power!.balance!.notes.map((x) => x.zh).join()).toContain('单耗未知');
  });

  it('ranks the gaps by score', async () => {
    const body = await gql<{ chainGaps: Gap[] }>(gapsQuery, { chain: id('chain'), region: R.C });
    const scores = body.data.chainGaps.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.data.chainGaps[0]!.link.id).toBe(id('cast'));
  });
});

test('the county alone: metal has one producer there, so it is WEAK; thresholds are configurable per query', async () => {
  const k = await gaps(R.K);
  expect(k.metal).toMatchObject({ status: 'WEAK', localEnterprises: 1, localCapacity: [{ value: 100, unit: '万吨' }] });
  const c = await gaps(R.C, { weakMaxProducers: 2 });
  expect(c.metal!.status).toBe('WEAK');
  const bad = await gql(gapsQuery, { chain: id('chain'), region: R.C, t: { weakSupplyShare: 3 } });
  expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
});

test('chainSummary: completeness, link-master, leader, pipeline', async () => {
  const body = await gql<{ chainSummary: Record<string, unknown> }>(
    `query ($c: ID!, $r: String!) { chainSummary(chain: $c, region: $r) { completeness linksTotal linksPresent
      gaps { fill extendDownstream extendUpstream strengthen missing filling weak strong }
      masters { enterprise { id } } leader { name } projects { signed started producing } investmentYi { started } } }`,
    { c: id('chain'), r: R.C },
  );
  expect(body.errors).toBeUndefined();
  // present: coal, power, metal, sheet, parts = 5 of 10
  expect(body.data.chainSummary).toMatchObject({
    completeness: 0.5,
    linksTotal: 10,
    linksPresent: 5,
    masters: [{ enterprise: { id: id('metal1') } }],
    leader: { name: '王链长' },
    projects: { signed: 0, started: 1, producing: 0 },
    investmentYi: { started: 5 },
  });
  const counts = body.data.chainSummary.gaps as Record<string, number>;
  expect(counts.fill).toBe(1);
  expect(counts.extendUpstream).toBe(1);
  expect(counts.strengthen).toBe(1);
  expect(counts.missing + counts.filling + counts.weak + counts.strong).toBe(10);
});

type TargetPage = {
  total: number;
  hasNextPage: boolean;
  endCursor: string | null;
  targets: {
    rank: number;
    score: number;
    viaGroup: boolean;
    enterprise: { id: string };
    components: { name: string; value: number; points: number; reason: { zh: string } }[];
  }[];
};
const targetsQuery = `query ($link: ID!, $r: String!, $f: TargetFilter, $first: Int, $after: String) {
  targets(link: $link, region: $r, filter: $f, first: $first, after: $after) {
    total hasNextPage endCursor
    targets { rank score viaGroup enterprise { id } components { name value points reason { zh } } } } }`;

async function targetsFor(
  link: string,
  filter: Record<string, unknown> | null = null,
  first = 20,
  after: string | null = null,
) {
  const body = await gql<{ targets: TargetPage }>(targetsQuery, { link: id(link), r: R.C, f: filter, first, after });
  expect(body.errors).toBeUndefined();
  return body.data.targets;
}
const ids = (page: TargetPage) => page.targets.map((t) => t.enterprise.id.slice(P.length));

describe('targets for foil in city C', () => {
  it('proposes only firms outside C that make foil (or whose group does), never local ones', async () => {
    const page = await targetsFor('foil');
    expect(new Set(ids(page))).toEqual(new Set(['F1', 'F2', 'F3', 'G']));
    expect(ids(page)).not.toContain('foilLocal'); // planned foil maker inside C
    expect(ids(page)).not.toContain('F4'); // makes sheet, not foil
    expect(page.targets.find((t) => t.enterprise.id === id('G'))!.viaGroup).toBe(true);
  });

  it('scores are worked out from the components; a tie to the region lifts F2 above the larger F1', async () => {
    const page = await targetsFor('foil');
    const score = (key: string) => page.targets.find((t) => t.enterprise.id === id(key))!.score;
    const national = 1040;
    const scale = (cap: number) => Math.min(1, Math.sqrt(cap / national / 0.1));
    // F1: scale + listed (0.5); F2: scale + direct tie (0.8); F3: scale + global500 (0.9) + 1 recent project (1/3)
    expect(score('F1')).toBeCloseTo(100 * (0.3 * scale(30) + 0.2 * 0.5), 0);
    expect(score('F2')).toBeCloseTo(100 * (0.3 * scale(10) + 0.25 * 0.8), 0);
    expect(score('F3')).toBeCloseTo(100 * (0.3 * 1 + 0.2 * 0.9 + 0.15 / 3), 0);
    expect(ids(page).indexOf('F2')).toBeLessThan(ids(page).indexOf('F1'));
    const f2 = page.targets.find((t) => t.enterprise.id === id('F2'))!;
    expect(f2.components.find((c) => c.name === 'TIES')!.reason.zh).toContain('测试sheet1公司');
    expect(page.targets.map((t) => t.rank)).toEqual([1, 2, 3, 4]);
  });

  it('filters by tags, ownership, province and minimum capacity', async () => {
    expect(ids(await targetsFor('foil', { tags: ['listed'] }))).toEqual(['F1']);
    expect(new Set(ids(await targetsFor('foil', { ownership: ['CENTRAL_SOE'] })))).toEqual(new Set(['F3', 'G']));
    expect(ids(await targetsFor('foil', { excludeProvinces: [R.B] }))).toEqual([]);
    expect(new Set(ids(await targetsFor('foil', { minCapacity: 20 })))).toEqual(new Set(['F1', 'F3', 'G']));
  });

  it("a target's enterprise, link and region answer every field, as their own queries do", async () => {
    // queries/targets reads only what the ranking needs; the rest is loaded on demand.
    const fields =
      'id name aliases ownership tags founded employees revenueWan website source asOf region { code name }';
    const linkFields = 'id name nameEn unit source asOf chains { id }';
    const regionFields = 'code name level source asOf path { code }';
    const body = await gql<{
      targets: { link: unknown; region: unknown; targets: { enterprise: Record<string, unknown> }[] };
    }>(
      `query ($link: ID!, $r: String!) { targets(link: $link, region: $r) {
         link { ${linkFields} } region { ${regionFields} } targets { enterprise { ${fields} } } } }`,
      { link: id('foil'), r: R.C },
    );
    expect(body.errors).toBeUndefined();
    const direct = await gql<{ enterprise: Record<string, unknown>; link: unknown; region: unknown }>(
      `query ($id: ID!, $link: ID!, $r: String!) {
         enterprise(id: $id) { ${fields} } link(id: $link) { ${linkFields} } region(code: $r) { ${regionFields} } }`,
      { id: id('F1'), link: id('foil'), r: R.C },
    );
    const f1 = body.data.targets.targets.find((t) => t.enterprise.id === id('F1'))!.enterprise;
    expect(f1).toEqual(direct.data.enterprise);
    expect(f1).toMatchObject({ name: '测试F1公司', tags: ['listed'], source: src.source });
    expect(body.data.targets.link).toEqual(direct.data.link);
    expect(body.data.targets.region).toEqual(direct.data.region);
    // Fields the targets query did not read, so they were loaded:
    expect(body.data.targets.link).toMatchObject({ source: src.source, chains: [{ id: id('chain') }] });
    expect(body.data.targets.region).toMatchObject({ level: 'CITY', path: [{ code: R.A }, { code: R.C }] });
  });

  it('pages with first/after without losing or repeating anyone', async () => {
    const all = ids(await targetsFor('foil'));
    const p1 = await targetsFor('foil', null, 2);
    expect(p1).toMatchObject({ total: 4, hasNextPage: true });
    const p2 = await targetsFor('foil', null, 2, p1.endCursor);
    expect(p2.hasNextPage).toBe(false);
    expect([...ids(p1), ...ids(p2)]).toEqual(all);
  });
});

test('chainTargets deduplicates firms across gaps; the heat map ranks regions', async () => {
  const body = await gql<{ chainTargets: { enterprise: { id: string }; links: { id: string }[] }[] }>(
    `query ($c: ID!, $r: String!) { chainTargets(chain: $c, region: $r) { enterprise { id } links { id } } }`,
    { c: id('chain'), r: R.C },
  );
  expect(body.errors).toBeUndefined();
  const list = body.data.chainTargets.map((t) => t.enterprise.id);
  expect(new Set(list).size).toBe(list.length);
  expect(list).toEqual(expect.arrayContaining([id('oreB'), id('castB'), id('F3')]));
  expect(list).not.toContain(id('metal1'));

  const heat = await gql<{ heatmap: { region: { code: string }; gapCount: number; completeness: number }[] }>(
    `query ($c: ID!, $w: String) { heatmap(chain: $c, level: COUNTY, within: $w) { region { code } gapCount completeness } }`,
    { c: id('chain'), w: R.A },
  );
  expect(heat.errors).toBeUndefined();
  expect(heat.data.heatmap).toHaveLength(1);
  // K alone has coal1, power2, metal1 and parts2 operating (rod1 is only building): 4 of 10 links.
  expect(heat.data.heatmap[0]).toMatchObject({ region: { code: R.K }, completeness: 0.4 });
});

test('CSV downloads: UTF-8 with BOM, Chinese headers, one row per link / target', async () => {
  const gapsCsv = await fetch(`${server.url}/export/gaps.csv?chain=${encodeURIComponent(id('chain'))}&region=${R.C}`);
  expect(gapsCsv.status).toBe(200);
  expect(gapsCsv.headers.get('content-type')).toContain('text/csv');
  const bytes = new Uint8Array(await gapsCsv.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.slice(3));
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toContain('环节');
  expect(lines).toHaveLength(1 + links.length);
  expect(text).toContain('缺口约300万吨需从外地购入');

  const targetsCsv = await fetch(
    `${server.url}/export/targets.csv?link=${encodeURIComponent(id('foil'))}&region=${R.C}&lang=en`,
  );
  const targetText = (await targetsCsv.text()).replace(/^\uFEFF/, '');
  expect(targetText.split('\r\n')[0]).toMatch(/^rank,enterprise_id,enterprise/);
  expect(targetText.trim().split('\r\n')).toHaveLength(1 + 4);

  const missing = await fetch(`${server.url}/export/gaps.csv?chain=${encodeURIComponent(id('chain'))}`);
  expect(missing.status).toBe(400);
});
