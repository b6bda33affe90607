import { start, type RunningServer } from '../server/main';
import type { Database } from '../server/db/database';
import { testConfig, testDatabase, uniquePrefix } from './support/database';
import { deleteTestData, loadTables, testRegionCodes } from './support/dataset';

/**
 * The chain leader's queries (linkFirms, searchRegions, searchChains) against a real
 * Neo4j, on a small chain whose answers are worked out here: ore → metal → sheet, in a
 * province with one city and one county, and a firm in another province.
 */
const P = uniquePrefix('leader');
const R = testRegionCodes();
// A token no other data contains, so the searches can be checked for exactly what they find.
const TOKEN = `Zq${Math.random().toString(36).slice(2, 8)}`;
const id = (s: string) => `${P}${s}`;
const src = { source: 'test fixture', as_of: '2024-06' };

const tables = {
  regions: [
    { code: R.province, name: `${TOKEN}省`, level: 'province' },
    { code: R.city, name: `${TOKEN}测试市`, level: 'city', parent: R.province },
    { code: R.county, name: `${TOKEN}测试县区`, level: 'county', parent: R.city },
    { code: R.otherProvince, name: `外${TOKEN}`, level: 'province' },
  ],
  chains: [{ id: id('chain'), name: '测试镁产业链', name_en: `${TOKEN} magnesium`, ...src }],
  links: [
    { id: id('ore'), name: '测试白云石', name_en: 'Test dolomite', unit: '万吨', ...src },
    { id: id('metal'), name: '测试原镁', name_en: 'Test magnesium', unit: '万吨', ...src },
    { id: id('sheet'), name: '测试镁板', name_en: 'Test sheet', unit: '万吨', ...src },
  ],
  chain_links: [
    { chain: id('chain'), link: id('ore'), stage: 'upstream', position: 0, ...src },
    { chain: id('chain'), link: id('metal'), stage: 'midstream', position: 0, ...src },
    { chain: id('chain'), link: id('sheet'), stage: 'downstream', position: 0, ...src },
  ],
  feeds: [
    { from: id('ore'), to: id('metal'), input_per_unit: 10, ...src },
    { from: id('metal'), to: id('sheet'), input_per_unit: 1.05, ...src },
  ],
  enterprises: [
    { id: id('smelterA'), name: '测试甲镁业', region: R.county, ownership: 'private', tags: ['listed'], ...src },
    { id: id('smelterB'), name: '测试乙镁业', region: R.city, ownership: 'local_soe', ...src },
    { id: id('miner'), name: '测试矿业', region: R.city, ownership: 'private', ...src },
    { id: id('roller'), name: '测试轧板', region: R.county, ownership: 'private', ...src },
    { id: id('far'), name: '外省测试镁业', region: R.otherProvince, ownership: 'foreign', ...src },
  ],
  produces: [
    { enterprise: id('smelterA'), link: id('metal'), capacity: 100, unit: '万吨', status: 'operating', ...src },
    { enterprise: id('smelterB'), link: id('metal'), capacity: 30, unit: '万吨', status: 'building', ...src },
    { enterprise: id('miner'), link: id('ore'), capacity: 800, unit: '万吨', status: 'operating', ...src },
    { enterprise: id('roller'), link: id('sheet'), capacity: 20, unit: '万吨', status: 'operating', ...src },
    { enterprise: id('far'), link: id('metal'), capacity: 200, unit: '万吨', status: 'operating', ...src },
  ],
  supplies: [
    { supplier: id('miner'), customer: id('smelterA'), link: id('ore'), volume: 500, unit: '万吨', ...src },
    { supplier: id('smelterA'), customer: id('roller'), link: id('metal'), volume: 15, unit: '万吨', ...src },
    { supplier: id('smelterA'), customer: id('smelterB'), link: id('metal'), ...src },
    // Not local: must not show up in the city's expansion.
    { supplier: id('far'), customer: id('roller'), link: id('metal'), ...src },
    { supplier: id('smelterA'), customer: id('far'), link: id('metal'), ...src },
  ],
  masters: [{ enterprise: id('smelterA'), chain: id('chain'), region: R.city, ...src }],
  projects: [
    {
      id: id('proj'),
      name: '测试乙镁业30万吨原镁项目',
      enterprise: id('smelterB'),
      region: R.county,
      link: id('metal'),
      investment_yi: 5,
      capacity: 30,
      unit: '万吨',
      status: 'signed',
      signed_on: '2024-01',
      ...src,
    },
    {
      id: id('farproj'),
      name: '外省测试项目',
      enterprise: id('far'),
      region: R.otherProvince,
      link: id('metal'),
      status: 'started',
      ...src,
    },
  ],
};

let db: Database;
let server: RunningServer;

type Errors = { message: string; extensions?: { code?: string; argumentName?: string } }[];
async function gql<T>(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: Errors };
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

type LinkFirmGraph = {
  link: { id: string };
  region: { code: string } | null;
  total: number;
  firms: {
    enterprise: { id: string; region: { code: string } | null };
    productions: { status: string; capacity: number | null; source: string; asOf: string }[];
    links: string[];
    master: boolean;
  }[];
  neighbours: { enterprise: { id: string }; links: string[]; master: boolean }[];
  supplies: { supplier: { id: string }; customer: { id: string }; link: { id: string }; volume: number | null }[];
};
const LINK_FIRMS = `query ($chain: ID!, $link: ID!, $region: String, $first: Int) {
  linkFirms(chain: $chain, link: $link, region: $region, first: $first) {
    link { id } region { code } total
    firms { enterprise { id region { code } } productions { status capacity source asOf } links master }
    neighbours { enterprise { id } links master }
    supplies { supplier { id } customer { id } link { id } volume }
  } }`;

const edge = (s: LinkFirmGraph['supplies'][number]) => `${s.supplier.id}>${s.customer.id}:${s.link.id}`;

test('linkFirms expands a link into its local firms, largest operating capacity first, with their trades', async () => {
  const { data, errors } = await gql<{ linkFirms: LinkFirmGraph }>(LINK_FIRMS, {
    chain: id('chain'),
    link: id('metal'),
    region: R.city,
  });
  expect(errors).toBeUndefined();
  const g = data!.linkFirms;
  expect(g.link.id).toBe(id('metal'));
  expect(g.region?.code).toBe(R.city);
  // The county firm is local to the city; the other province's firm is not.
  expect(g.firms.map((f) => f.enterprise.id)).toEqual([id('smelterA'), id('smelterB')]);
  expect(g.total).toBe(2);
  expect(g.firms.map((f) => f.master)).toEqual([true, false]);
  expect(g.firms[1]!.productions).toEqual([
    { status: 'BUILDING', capacity: 30, source: 'test fixture', asOf: '2024-06' },
  ]);
  expect(g.firms[0]!.links).toEqual([id('metal')]);
  // Partners of the chain's other links, placed at the links they operate.
  expect(g.neighbours.map((n) => [n.enterprise.id, n.links]).sort()).toEqual([
    [id('miner'), [id('ore')]],
    [id('roller'), [id('sheet')]],
  ]);
  expect(g.supplies.map(edge).sort()).toEqual(
    [
      `${id('miner')}>${id('smelterA')}:${id('ore')}`,
      `${id('smelterA')}>${id('roller')}:${id('metal')}`,
      `${id('smelterA')}>${id('smelterB')}:${id('metal')}`,
    ].sort(),
  );
});

test('linkFirms is bounded by first, national without a region, and reports what does not exist', async () => {
  const one = await gql<{ linkFirms: LinkFirmGraph }>(LINK_FIRMS, {
    chain: id('chain'),
    link: id('metal'),
    region: R.city,
    first: 1,
  });
  expect(one.data!.linkFirms.firms.map((f) => f.enterprise.id)).toEqual([id('smelterA')]);
  expect(one.data!.linkFirms.total).toBe(2);

  const national = await gql<{ linkFirms: LinkFirmGraph }>(LINK_FIRMS, { chain: id('chain'), link: id('metal') });
  expect(national.data!.linkFirms.region).toBeNull();
  expect(national.data!.linkFirms.firms.map((f) => f.enterprise.id)).toEqual([
    id('far'),
    id('smelterA'),
    id('smelterB'),
  ]);
  expect(national.data!.linkFirms.supplies.map(edge)).toContain(`${id('far')}>${id('roller')}:${id('metal')}`);

  const cases: Array<[Record<string, unknown>, string, string]> = [
    [{ chain: id('chain'), link: id('nope'), region: R.city }, 'NOT_FOUND', 'link'],
    [{ chain: id('nope'), link: id('metal'), region: R.city }, 'NOT_FOUND', 'chain'],
    [{ chain: id('chain'), link: id('metal'), region: '999999' }, 'NOT_FOUND', 'region'],
    [{ chain: id('chain'), link: id('metal'), region: R.city, first: 100000 }, 'BAD_USER_INPUT', 'first'],
  ];
  for (const [vars, code, argumentName] of cases) {
    const { errors } = await gql(LINK_FIRMS, vars);
    expect(errors?.[0]?.extensions).toMatchObject({ code, argumentName });
  }
});

test('searchRegions finds regions by part of their name, shortest first, with their path', async () => {
  const { data, errors } = await gql<{
    searchRegions: { code: string; name: string; path: { code: string }[] }[];
  }>(`query ($q: String!) { searchRegions(query: $q, first: 10) { code name path { code } } }`, { q: TOKEN });
  expect(errors).toBeUndefined();
  // Names of 7, 7, 9 and 10 characters; equal lengths in code order.
  expect(data!.searchRegions.map((r) => r.code)).toEqual([R.province, R.otherProvince, R.city, R.county]);
  const county = data!.searchRegions.find((r) => r.code === R.county)!;
  expect(county.path.map((r) => r.code)).toEqual([R.province, R.city, R.county]);

  const capped = await gql<{ searchRegions: unknown[] }>(`{ searchRegions(query: "${TOKEN}", first: 1) { code } }`);
  expect(capped.data!.searchRegions).toHaveLength(1);
  const blank = await gql<{ searchRegions: unknown[] }>(`{ searchRegions(query: "  ") { code } }`);
  expect(blank.data!.searchRegions).toEqual([]);
});

test('searchChains finds a chain by its English or Chinese name, one character included', async () => {
  const q = `query ($q: String!) { searchChains(query: $q, first: 20) { score chain { id name links { link { id } } } } }`;
  const en = await gql<{ searchChains: { chain: { id: string; links: unknown[] } }[] }>(q, { q: TOKEN });
  expect(en.errors).toBeUndefined();
  expect(en.data!.searchChains.map((h) => h.chain.id)).toEqual([id('chain')]);
  expect(en.data!.searchChains[0]!.chain.links).toHaveLength(3);
  const zh = await gql<{ searchChains: { chain: { id: string } }[] }>(q, { q: '镁' });
  expect(zh.data!.searchChains.map((h) => h.chain.id)).toContain(id('chain'));
});

test('Link.projects lists the projects for a link in a region, with their investor', async () => {
  const q = `query ($id: ID!, $r: String) { link(id: $id) { projects(region: $r, first: 10) {
    id name status capacity unit investmentYi enterprise { id } region { code } link { id } source asOf } } }`;
  const { data, errors } = await gql<{
    link: { projects: { id: string; status: string; enterprise: { id: string }; region: { code: string } }[] };
  }>(q, { id: id('metal'), r: R.city });
  expect(errors).toBeUndefined();
  expect(data!.link.projects).toEqual([
    expect.objectContaining({
      id: id('proj'),
      status: 'SIGNED',
      enterprise: { id: id('smelterB') },
      region: { code: R.county },
    }),
  ]);
  const all = await gql<{ link: { projects: { id: string }[] } }>(q, { id: id('metal'), r: null });
  expect(all.data!.link.projects.map((p) => p.id).sort()).toEqual([id('farproj'), id('proj')].sort());
});
