import { start, type RunningServer } from '../server/main';
import type { Database } from '../server/db/database';
import { testConfig, testDatabase, uniquePrefix } from './support/database';
import { deleteTestData, loadTables, testRegionCodes } from './support/dataset';

/**
 * The GraphQL API against a real Neo4j, on a small hand-built chain whose answers are
 * worked out here: ore → metal → sheet/foil, in a province with one city and one county.
 */
const P = uniquePrefix('api');
const R = testRegionCodes();
const id = (s: string) => `${P}${s}`;
const src = { source: 'test fixture', as_of: '2024-06' };

const tables = {
  regions: [
    { code: R.province, name: '测试省', level: 'province' },
    { code: R.city, name: '测试市', level: 'city', parent: R.province },
    { code: R.county, name: '测试县', level: 'county', parent: R.city },
    { code: R.otherProvince, name: '外省', level: 'province' },
  ],
  chains: [{ id: id('chain'), name: '测试铝链', name_en: 'Test aluminium', ...src }],
  links: [
    { id: id('ore'), name: '测试矿石', name_en: 'Test ore', unit: '万吨', ...src },
    { id: id('metal'), name: '测试原铝', name_en: 'Test metal', unit: '万吨', ...src },
    { id: id('sheet'), name: '测试板带', name_en: 'Test sheet', unit: '万吨', ...src },
    { id: id('foil'), name: '测试铝箔', name_en: 'Test foil', unit: '万吨', ...src },
  ],
  chain_links: [
    { chain: id('chain'), link: id('ore'), stage: 'upstream', position: 0, ...src },
    { chain: id('chain'), link: id('metal'), stage: 'midstream', position: 0, ...src },
    { chain: id('chain'), link: id('sheet'), stage: 'downstream', position: 0, ...src },
    { chain: id('chain'), link: id('foil'), stage: 'downstream', position: 1, ...src },
  ],
  feeds: [
    { from: id('ore'), to: id('metal'), input_per_unit: 1.92, note: '估算', ...src },
    { from: id('metal'), to: id('sheet'), input_per_unit: 1.05, ...src },
    { from: id('metal'), to: id('foil'), ...src },
  ],
  enterprises: [
    {
      id: id('smelter'),
      name: '测试联晟铝业有限公司',
      aliases: ['联晟测试', 'Lsheng Test'],
      region: R.county,
      ownership: 'private',
      tags: ['listed', 'srdi'],
      founded: '2010',
      employees: 1200,
      revenue_wan: 560000,
      ...src,
    },
    { id: id('smelter2'), name: '测试第二冶炼厂', region: R.city, ownership: 'local_soe', ...src },
    { id: id('roller'), name: '测试轧制公司', region: R.city, ownership: 'private', ...src },
    { id: id('roller2'), name: '测试第二轧制公司', region: R.county, ownership: 'private', ...src },
    { id: id('far'), name: '外省测试箔业', region: R.otherProvince, ownership: 'foreign', tags: ['global500'], ...src },
    { id: id('group'), name: '测试集团', region: R.otherProvince, ownership: 'central_soe', ...src },
  ],
  produces: [
    { enterprise: id('smelter'), link: id('metal'), capacity: 100, unit: '万吨', status: 'operating', ...src },
    { enterprise: id('smelter2'), link: id('metal'), capacity: 50, unit: '万吨', status: 'operating', ...src },
    { enterprise: id('smelter2'), link: id('metal'), capacity: 30, unit: '万吨', status: 'building', ...src },
    { enterprise: id('roller'), link: id('sheet'), capacity: 40, unit: '万吨', status: 'operating', ...src },
    {
      enterprise: id('roller2'),
      link: id('sheet'),
      capacity: 2,
      unit: '亿元',
      status: 'operating',
      source: '估算 estimate: output value',
      as_of: '2024',
    },
    { enterprise: id('far'), link: id('foil'), capacity: 20, unit: '万吨', status: 'operating', ...src },
  ],
  supplies: [{ supplier: id('smelter'), customer: id('roller'), link: id('metal'), volume: 30, unit: '万吨', ...src }],
  subsidiaries: [{ child: id('smelter'), parent: id('group'), share: 51, ...src }],
  masters: [{ enterprise: id('smelter'), chain: id('chain'), region: R.city, ...src }],
  projects: [
    {
      id: id('proj'),
      name: '测试10万吨铝箔项目',
      enterprise: id('roller'),
      region: R.county,
      link: id('foil'),
      investment_yi: 12.5,
      capacity: 10,
      unit: '万吨',
      status: 'started',
      signed_on: '2023-03',
      started_on: '2023-09-01',
      leader: '张测试',
      ...src,
    },
  ],
  leaders: [{ chain: id('chain'), region: R.city, name: '李链长', title: '测试市副市长', ...src }],
};

let db: Database;
let server: RunningServer;

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
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

test('GET /healthz reports the server and Neo4j 5.26 through the app driver', async () => {
  const res = await fetch(`${server.url}/healthz`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { ok: boolean; database: { version: string; edition: string } };
  expect(body.ok).toBe(true);
  expect(body.database.version).toMatch(/^5\.26\./);
  expect(body.database.edition).toBe('community');
});

test('chain(id) returns its links by stage and position, and the feeds between them', async () => {
  const { data, errors } = await gql<{
    chain: {
      name: string;
      links: { stage: string; position: number; link: { id: string; unit: string } }[];
      feeds: { from: { id: string }; to: { id: string }; inputPerUnit: number | null }[];
    };
  }>(
    `query ($id: ID!) { chain(id: $id) { name links { stage position link { id unit } } feeds { from { id } to { id } inputPerUnit } } }`,
    { id: id('chain') },
  );
  expect(errors).toBeUndefined();
  expect(data!.chain.name).toBe('测试铝链');
  expect(data!.chain.links.map((l) => [l.link.id, l.stage, l.position])).toEqual([
    [id('ore'), 'UPSTREAM', 0],
    [id('metal'), 'MIDSTREAM', 0],
    [id('sheet'), 'DOWNSTREAM', 0],
    [id('foil'), 'DOWNSTREAM', 1],
  ]);
  const feeds = data!.chain.feeds.map((f) => `${f.from.id}>${f.to.id}:${f.inputPerUnit}`).sort();
  expect(feeds).toEqual(
    [
      `${id('metal')}>${id('foil')}:null`,
      `${id('metal')}>${id('sheet')}:1.05`,
      `${id('ore')}>${id('metal')}:1.92`,
    ].sort(),
  );
});

test('regions(parent) walks the tree; region(code) gives the path from the province', async () => {
  const top = await gql<{ regions: { code: string }[] }>(`{ regions(first: 200) { code } }`);
  expect(top.data!.regions.map((r) => r.code)).toEqual(expect.arrayContaining([R.province, R.otherProvince]));
  expect(top.data!.regions.map((r) => r.code)).not.toContain(R.city);
  const under = await gql<{ regions: { code: string; level: string }[] }>(
    `query ($p: String) { regions(parent: $p) { code level } }`,
    { p: R.city },
  );
  expect(under.data!.regions).toEqual([{ code: R.county, level: 'COUNTY' }]);
  const one = await gql<{ region: { path: { name: string }[]; parent: { code: string } } }>(
    `query ($c: String!) { region(code: $c) { path { name } parent { code } } }`,
    { c: R.county },
  );
  expect(one.data!.region.path.map((r) => r.name)).toEqual(['测试省', '测试市', '测试县']);
  expect(one.data!.region.parent.code).toBe(R.city);
});

test('enterprise(id) returns links, capacities, tags, suppliers, customers, groups, projects, with sources', async () => {
  const q = `query ($id: ID!) { enterprise(id: $id) {
      name aliases ownership tags employees revenueWan founded source asOf region { name }
      produces { link { id } capacity unit status source asOf }
      customers { customer { name } link { id } volume unit }
      parents { parent { name } share }
      masterOf { chain { id } region { code } }
  } }`;
  const { data, errors } = await gql<{ enterprise: Record<string, unknown> }>(q, { id: id('smelter') });
  expect(errors).toBeUndefined();
  expect(data!.enterprise).toMatchObject({
    name: '测试联晟铝业有限公司',
    aliases: ['联晟测试', 'Lsheng Test'],
    ownership: 'PRIVATE',
    tags: ['listed', 'srdi'],
    employees: 1200,
    revenueWan: 560000,
    founded: '2010',
    source: 'test fixture',
    asOf: '2024-06',
    region: { name: '测试县' },
    produces: [
      {
        link: { id: id('metal') },
        capacity: 100,
        unit: '万吨',
        status: 'OPERATING',
        source: 'test fixture',
        asOf: '2024-06',
      },
    ],
    customers: [{ customer: { name: '测试轧制公司' }, link: { id: id('metal') }, volume: 30, unit: '万吨' }],
    parents: [{ parent: { name: '测试集团' }, share: 51 }],
    masterOf: [{ chain: { id: id('chain') }, region: { code: R.city } }],
  });
  const roller = await gql<{
    enterprise: {
      suppliers: { supplier: { id: string } }[];
      projects: {
        name: string;
        status: string;
        investmentYi: number;
        region: { code: string };
        link: { id: string };
      }[];
    };
  }>(
    `query ($id: ID!) { enterprise(id: $id) { suppliers { supplier { id } } projects { name status investmentYi region { code } link { id } } } }`,
    { id: id('roller') },
  );
  expect(roller.data!.enterprise.suppliers).toEqual([{ supplier: { id: id('smelter') } }]);
  expect(roller.data!.enterprise.projects).toEqual([
    {
      name: '测试10万吨铝箔项目',
      status: 'STARTED',
      investmentYi: 12.5,
      region: { code: R.county },
      link: { id: id('foil') },
    },
  ]);
});

test('searchEnterprises finds Chinese names by any part and by alias, and nested fields resolve', async () => {
  const q = `query ($q: String!) { searchEnterprises(query: $q, first: 5) { score enterprise { id region { code } produces { link { id } } } } }`;
  const byPart = await gql<{
    searchEnterprises: { enterprise: { id: string; region: { code: string }; produces: unknown[] } }[];
  }>(q, { q: '联晟铝业' });
  expect(byPart.errors).toBeUndefined();
  expect(byPart.data!.searchEnterprises[0]!.enterprise).toMatchObject({
    id: id('smelter'),
    region: { code: R.county },
  });
  expect(byPart.data!.searchEnterprises[0]!.enterprise.produces).toHaveLength(1);
  const byAlias = await gql<{ searchEnterprises: { enterprise: { id: string } }[] }>(q, { q: 'Lsheng' });
  expect(byAlias.data!.searchEnterprises.map((h) => h.enterprise.id)).toContain(id('smelter'));
  const syntax = await gql<{ searchEnterprises: unknown[] }>(q, { q: '测试轧制 (AND:' });
  expect(syntax.errors).toBeUndefined();
});

const mapQuery = `query ($chain: ID!, $region: String) { chainMap(chain: $chain, region: $region) {
  chain { id } region { code }
  nodes { link { id } stage enterprises capacity { value unit } pipelineCapacity { value unit } masterEnterprises { id } }
  edges { from { id } to { id } }
  masters { enterprise { id } region { code } }
  leader { name title }
} }`;

type MapNode = {
  link: { id: string };
  enterprises: number;
  capacity: { value: number; unit: string }[];
  pipelineCapacity: { value: number; unit: string }[];
  masterEnterprises: { id: string }[];
};
type MapData = {
  chainMap: {
    nodes: MapNode[];
    edges: unknown[];
    masters: { enterprise: { id: string } }[];
    leader: { name: string } | null;
  };
};

test('chainMap(region) counts firms located in the region or below it, per unit, pipeline apart', async () => {
  const { data, errors } = await gql<MapData>(mapQuery, { chain: id('chain'), region: R.city });
  expect(errors).toBeUndefined();
  const node = (link: string) => data!.chainMap.nodes.find((n) => n.link.id === id(link))!;
  // smelter is in the county under the city, smelter2 in the city itself: both local.
  expect(node('metal').enterprises).toBe(2);
  expect(node('metal').capacity).toEqual([{ value: 150, unit: '万吨' }]);
  expect(node('metal').pipelineCapacity).toEqual([{ value: 30, unit: '万吨' }]);
  expect(node('metal').masterEnterprises).toEqual([{ id: id('smelter') }]);
  // 万吨 and 亿元 are never added together.
  expect(node('sheet').capacity).toEqual(
    expect.arrayContaining([
      { value: 40, unit: '万吨' },
      { value: 2, unit: '亿元' },
    ]),
  );
  expect(node('sheet').capacity).toHaveLength(2);
  // The foil maker is in another province: nothing local.
  expect(node('foil')).toMatchObject({ enterprises: 0, capacity: [], pipelineCapacity: [] });
  expect(node('ore').enterprises).toBe(0);
  expect(data!.chainMap.edges).toHaveLength(3);
  expect(data!.chainMap.masters.map((m) => m.enterprise.id)).toEqual([id('smelter')]);
  expect(data!.chainMap.leader).toEqual({ name: '李链长', title: '测试市副市长' });
});

test('chainMap for the county sees only the county; the national view sees everyone', async () => {
  const county = await gql<MapData>(mapQuery, { chain: id('chain'), region: R.county });
  const metal = county.data!.chainMap.nodes.find((n) => n.link.id === id('metal'))!;
  expect(metal.enterprises).toBe(1);
  expect(metal.capacity).toEqual([{ value: 100, unit: '万吨' }]);
  expect(county.data!.chainMap.leader).toBeNull();
  // The city-level designation does not make it the county's link-master.
  expect(county.data!.chainMap.masters).toEqual([]);

  const national = await gql<MapData>(mapQuery, { chain: id('chain') });
  const foil = national.data!.chainMap.nodes.find((n) => n.link.id === id('foil'))!;
  expect(foil.enterprises).toBe(1);
  expect(foil.capacity).toEqual([{ value: 20, unit: '万吨' }]);
});

test('Link.producers lists local producers largest first, with sources', async () => {
  const { data } = await gql<{
    link: { producers: { enterprise: { id: string }; capacity: number; status: string; source: string }[] };
  }>(
    `query ($id: ID!, $r: String) { link(id: $id) { producers(region: $r) { enterprise { id } capacity status source } } }`,
    { id: id('metal'), r: R.province },
  );
  expect(data!.link.producers.map((p) => [p.enterprise.id, p.capacity, p.status])).toEqual([
    [id('smelter'), 100, 'OPERATING'],
    [id('smelter2'), 50, 'OPERATING'],
    [id('smelter2'), 30, 'BUILDING'],
  ]);
});

test('errors are typed: unknown ids give NOT_FOUND, oversized pages BAD_USER_INPUT, no internals leak', async () => {
  const missing = await gql(mapQuery, { chain: id('nope') });
  expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const badRegion = await gql(mapQuery, { chain: id('chain'), region: '999999' });
  expect(badRegion.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const tooMany = await gql(`{ chains(first: 100000) { id } }`);
  expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(tooMany)).not.toMatch(/MATCH|stack|at .*\.ts/);
  const none = await gql<{ enterprise: null }>(`query ($id: ID!) { enterprise(id: $id) { id } }`, { id: id('nobody') });
  expect(none.data!.enterprise).toBeNull();
});
