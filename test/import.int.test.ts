import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../server/db/database';
import { ensureDerivedTotals } from '../server/db/derived-totals';
import { DatasetInvalidError, formatProblem, importDataset, type ImportProgress } from '../server/import';
import { testDatabase, uniquePrefix } from './support/database';
import { deleteTestData } from './support/dataset';

/**
 * The importer against a real Neo4j. Every test imports data under ids with its own
 * prefix and region codes of its own, and deletes them afterwards, so tests neither see
 * nor disturb anyone else's data in the shared database.
 */
const FIXTURE = join(__dirname, 'fixtures', 'import', 'tongliao');

let db: Database;
let prefix: string;
let codes: { province: string; city: string; county: string; otherCity: string };
const folders: string[] = [];
const usedIds: { prefix: string; codes: string[] }[] = [];

// jest does not apply `testTimeout` from a project entry of jest.config.js, and an import
// (with the first use of fresh indexes) can take longer than the default 5 s.
jest.setTimeout(60_000);

beforeAll(async () => {
  db = await testDatabase();
});

afterAll(async () => {
  // Again for every test: an import still running when its test timed out finishes after afterEach.
  for (const used of usedIds) await deleteTestData(db, used.prefix, used.codes);
  await db.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

beforeEach(() => {
  prefix = uniquePrefix('imp');
  // Six-digit codes starting with 9, which no real GB/T 2260 code does, ending in 5-8
  // so they never meet testRegionCodes() (which end in 0 or 1).
  const n = String(Math.floor(Math.random() * 10000)).padStart(4, '0');
  codes = { province: `9${n}5`, city: `9${n}6`, county: `9${n}7`, otherCity: `9${n}8` };
  usedIds.push({ prefix, codes: Object.values(codes) });
});

afterEach(async () => {
  await deleteTestData(db, prefix, Object.values(codes));
});

/** Fills the placeholders of a CSV text with this test's prefix and region codes. */
function fill(text: string): string {
  return text
    .replaceAll('{prefix}', prefix)
    .replaceAll('{province}', codes.province)
    .replaceAll('{city}', codes.city)
    .replaceAll('{county}', codes.county)
    .replaceAll('{otherCity}', codes.otherCity);
}

/** A dataset folder: the fixture's files (unless `only` lists some), with `files` replacing or adding files. */
function dataset(options: { files?: Record<string, string>; only?: string[] } = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'lianpu-import-test-'));
  folders.push(folder);
  const names = options.only ?? readdirSync(FIXTURE);
  for (const name of names) writeFileSync(join(folder, name), fill(readFileSync(join(FIXTURE, name), 'utf8')));
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(join(folder, name), fill(text));
  return folder;
}

async function query<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = db.driver.session();
  try {
    const result = await session.run(cypher, { prefix, codes: Object.values(codes), ...params });
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

const MINE = '(n.id STARTS WITH $prefix OR n.code STARTS WITH $prefix OR n.code IN $codes)';

/**
 * Every node and relationship of this test, with every property and its Cypher type, in a
 * stable order. Without the data derived from them (LinkTotal, MAKES, CANDIDATE_FOR,
 * nationalOperatingFirms): the test 'derived totals follow the data' checks those.
 */
async function dump(): Promise<string[]> {
  type Entity = { name: string; props: Record<string, unknown>; types: [string, string][] };
  const nodes = await query<Entity>(
    `MATCH (n) WHERE ${MINE}
     WITH n, [k IN keys(n) WHERE k <> 'nationalOperatingFirms'] AS ks
     RETURN labels(n)[0] + ' ' + coalesce(n.id, n.code) AS name, properties(n) AS props,
       [k IN ks | [k, valueType(n[k])]] AS types`,
  );
  const rels = await query<Entity>(
    `MATCH (n)-[r]->(m) WHERE ${MINE} AND NOT type(r) IN ['MAKES', 'HAS_TOTAL', 'CANDIDATE_FOR']
     RETURN coalesce(n.id, n.code) + ' -' + type(r) + '-> ' + coalesce(m.id, m.code) AS name,
       properties(r) AS props, [k IN keys(r) | [k, valueType(r[k])]] AS types`,
  );
  return [...nodes, ...rels]
    .map(({ name, props, types }) => {
      const type = new Map(types);
      const shown = Object.keys(props)
        .filter((k) => type.has(k))
        .sort()
        .map((k) => `${k}=${JSON.stringify(props[k])}:${type.get(k)}`);
      return `${name} {${shown.join(', ')}}`;
    })
    .sort();
}

/** Nodes and relationships of this test, derived totals left out as in dump(). */
async function countMine(): Promise<{ nodes: number; rels: number }> {
  const [row] = await query<{ nodes: number; rels: number }>(
    `MATCH (n) WHERE ${MINE}
     WITH n, COUNT { (n)-[r]-() WHERE NOT type(r) IN ['MAKES', 'HAS_TOTAL', 'CANDIDATE_FOR'] } AS degree
     RETURN count(n) AS nodes, sum(degree) AS rels`,
  );
  return row!;
}

test('a complete dataset is written with every node, relationship and property', async () => {
  const progress: ImportProgress[] = [];
  const result = await importDataset({
    path: dataset(),
    executor: db.executor,
    batchSize: 2,
    onProgress: (p) => progress.push(p),
  });

  expect(result.rows).toEqual({
    regions: 4,
    chains: 1,
    links: 3,
    chain_links: 3,
    feeds: 2,
    enterprises: 2,
    produces: 3,
    supplies: 2,
    subsidiaries: 1,
    masters: 1,
    projects: 1,
    leaders: 1,
    // The ledger's tables, empty in this dataset, are counted too.
    project_moves: 0,
    leads: 0,
    followups: 0,
  });
  // Batches of 2: regions in 2 batches, links in 2 (2 + 1), ...
  expect(progress.filter((p) => p.table === 'regions')).toEqual([
    { table: 'regions', done: 2, total: 4 },
    { table: 'regions', done: 4, total: 4 },
  ]);
  expect(progress.filter((p) => p.table === 'links').map((p) => p.done)).toEqual([2, 3]);
  expect(progress.map((p) => p.table)).toEqual([
    'regions',
    'regions',
    'chains',
    'links',
    'links',
    'chain_links',
    'chain_links',
    'feeds',
    'enterprises',
    'produces',
    'produces',
    'supplies',
    'subsidiaries',
    'masters',
    'projects',
    'leaders',
  ]);

  const p = prefix;
  const c = codes;
  expect(await dump()).toEqual(
    [
      // Nodes
      `Chain ${p}aluminium {asOf="2022-11":STRING NOT NULL, description="煤—电—铝—铝深加工, \\"一体化\\"发展":STRING NOT NULL, id="${p}aluminium":STRING NOT NULL, name="铝产业链":STRING NOT NULL, nameEn="Aluminium":STRING NOT NULL, source="通辽日报":STRING NOT NULL}`,
      `Enterprise ${p}lianSheng {aliases=["联晟新材","联晟"]:LIST<STRING NOT NULL> NOT NULL, asOf="2022-11":STRING NOT NULL, employees=1200:INTEGER NOT NULL, founded="2017-06":STRING NOT NULL, id="${p}lianSheng":STRING NOT NULL, name="内蒙古联晟新能源材料有限公司":STRING NOT NULL, ownership="private":STRING NOT NULL, revenueWan=350000.5:FLOAT NOT NULL, source="通辽日报 2022-11":STRING NOT NULL, tags=["listed","srdi"]:LIST<STRING NOT NULL> NOT NULL, website="https://example.com":STRING NOT NULL}`,
      `Enterprise ${p}spic {aliases=[]:LIST<NOTHING> NOT NULL, id="${p}spic":STRING NOT NULL, name="国家电投集团内蒙古能源有限公司":STRING NOT NULL, ownership="central_soe":STRING NOT NULL, tags=[]:LIST<NOTHING> NOT NULL}`,
      `Link ${p}battery_foil {id="${p}battery_foil":STRING NOT NULL, name="电池箔":STRING NOT NULL, nameEn="Battery foil":STRING NOT NULL, unit="万吨":STRING NOT NULL}`,
      `Link ${p}electrolytic_aluminium {id="${p}electrolytic_aluminium":STRING NOT NULL, name="电解铝":STRING NOT NULL, nameEn="Electrolytic aluminium":STRING NOT NULL, unit="万吨":STRING NOT NULL}`,
      `Link ${p}power {id="${p}power":STRING NOT NULL, name="电力":STRING NOT NULL, nameEn="Power":STRING NOT NULL, unit="万千瓦":STRING NOT NULL}`,
      `Project ${p}foil80 {asOf="2022-11":STRING NOT NULL, capacity=80:FLOAT NOT NULL, id="${p}foil80":STRING NOT NULL, investmentYi=120:FLOAT NOT NULL, leader="张三":STRING NOT NULL, name="联晟80万吨锂电池箔及配套坯料项目":STRING NOT NULL, signedOn="2021":STRING NOT NULL, source="通辽日报":STRING NOT NULL, startedOn="2022-03-15":STRING NOT NULL, status="started":STRING NOT NULL, taskForce=[]:LIST<NOTHING> NOT NULL, unit="万吨":STRING NOT NULL}`,
      `Region ${c.province} {asOf="2023":STRING NOT NULL, code="${c.province}":STRING NOT NULL, level="province":STRING NOT NULL, name="内蒙古自治区":STRING NOT NULL, source="GB/T 2260":STRING NOT NULL}`,
      `Region ${c.city} {asOf="2023":STRING NOT NULL, code="${c.city}":STRING NOT NULL, level="city":STRING NOT NULL, name="通辽市":STRING NOT NULL, source="GB/T 2260":STRING NOT NULL}`,
      `Region ${c.county} {asOf="2023":STRING NOT NULL, code="${c.county}":STRING NOT NULL, level="county":STRING NOT NULL, name="霍林郭勒市":STRING NOT NULL, source="GB/T 2260":STRING NOT NULL}`,
      `Region ${p}park {asOf="2022-11":STRING NOT NULL, code="${p}park":STRING NOT NULL, level="park":STRING NOT NULL, name="霍林郭勒铝产业园":STRING NOT NULL, source="通辽日报":STRING NOT NULL}`,
      // Relationships
      `${c.city} -PART_OF-> ${c.province} {asOf="2023":STRING NOT NULL, source="GB/T 2260":STRING NOT NULL}`,
      `${c.county} -PART_OF-> ${c.city} {asOf="2023":STRING NOT NULL, source="GB/T 2260":STRING NOT NULL}`,
      `${p}aluminium -HAS_LINK-> ${p}battery_foil {position=2:INTEGER NOT NULL, stage="downstream":STRING NOT NULL}`,
      `${p}aluminium -HAS_LINK-> ${p}electrolytic_aluminium {position=1:INTEGER NOT NULL, stage="midstream":STRING NOT NULL}`,
      `${p}aluminium -HAS_LINK-> ${p}power {position=0:INTEGER NOT NULL, stage="upstream":STRING NOT NULL}`,
      `${p}aluminium -LEADER-> ${c.city} {name="李四":STRING NOT NULL, region="${c.city}":STRING NOT NULL, title="通辽市副市长":STRING NOT NULL}`,
      `${p}electrolytic_aluminium -FEEDS-> ${p}battery_foil {inputPerUnit=1.02:FLOAT NOT NULL}`,
      `${p}foil80 -FOR_LINK-> ${p}battery_foil {asOf="2022-11":STRING NOT NULL, source="通辽日报":STRING NOT NULL}`,
      `${p}foil80 -LOCATED_IN-> ${p}park {asOf="2022-11":STRING NOT NULL, source="通辽日报":STRING NOT NULL}`,
      `${p}lianSheng -INVESTS-> ${p}foil80 {asOf="2022-11":STRING NOT NULL, source="通辽日报":STRING NOT NULL}`,
      `${p}lianSheng -LINK_MASTER-> ${p}aluminium {region="${c.city}":STRING NOT NULL}`,
      `${p}lianSheng -LOCATED_IN-> ${p}park {asOf="2022-11":STRING NOT NULL, source="通辽日报 2022-11":STRING NOT NULL}`,
      `${p}lianSheng -PRODUCES-> ${p}battery_foil {asOf="2022-11":STRING NOT NULL, capacity=80:FLOAT NOT NULL, source="通辽日报 2022-11《在构建新发展格局中打造发展新优势》":STRING NOT NULL, status="building":STRING NOT NULL, unit="万吨":STRING NOT NULL}`,
      `${p}lianSheng -PRODUCES-> ${p}battery_foil {capacity=20:FLOAT NOT NULL, status="operating":STRING NOT NULL, unit="万吨":STRING NOT NULL}`,
      `${p}lianSheng -SUBSIDIARY_OF-> ${p}spic {share=51:FLOAT NOT NULL}`,
      `${p}park -PART_OF-> ${c.county} {asOf="2022-11":STRING NOT NULL, source="通辽日报":STRING NOT NULL}`,
      `${p}power -FEEDS-> ${p}electrolytic_aluminium {asOf="2023":STRING NOT NULL, inputPerUnit=1.35:FLOAT NOT NULL, note="约 1.35 万千瓦时/吨\\n(估算)":STRING NOT NULL, source="估算 estimate: 行业平均":STRING NOT NULL}`,
      `${p}spic -LOCATED_IN-> ${c.county} {}`,
      `${p}spic -PRODUCES-> ${p}electrolytic_aluminium {status="operating":STRING NOT NULL}`,
      `${p}spic -SUPPLIES-> ${p}lianSheng {link="${p}electrolytic_aluminium":STRING NOT NULL, unit="万吨":STRING NOT NULL, volume=30:FLOAT NOT NULL}`,
      `${p}spic -SUPPLIES-> ${p}lianSheng {link="${p}power":STRING NOT NULL}`,
    ].sort(),
  );
});

test('importing the same dataset twice changes nothing', async () => {
  const path = dataset();
  await importDataset({ path, executor: db.executor });
  const before = await dump();
  const countsBefore = await countMine();

  await importDataset({ path, executor: db.executor, batchSize: 1 });

  expect(await dump()).toEqual(before);
  expect(await countMine()).toEqual(countsBefore);
  // 11 nodes; 21 relationships, each seen from both ends.
  expect(countsBefore).toEqual({ nodes: 11, rels: 42 });
});

test('a dataset with problems in several files reports them all and writes nothing', async () => {
  const path = dataset({
    files: {
      // line 3: a level that does not exist; line 4: a city without parent
      'regions.csv': `code,name,level,parent
{province},内蒙古自治区,province,
{city},通辽市,prefecture,{province}
{otherCity},赤峰市,city,
`,
      // line 2: a unit in the number; line 5: a thousands separator (lines 3-4 are one row)
      'produces.csv': `enterprise,link,capacity,unit,status,source
{prefix}lianSheng,{prefix}battery_foil,80万吨,,building,
{prefix}spic,{prefix}electrolytic_aluminium,,,operating,"通辽日报
2022-11"
{prefix}spic,{prefix}power,"1,234",万千瓦,operating,
`,
      // line 3: an unknown region; line 2's enterprise is fine
      'enterprises.csv': `id,name,region
{prefix}lianSheng,联晟,{county}
{prefix}spic,国家电投,150599
`,
      'chain_links.csv': `chain,link,stage
{prefix}aluminium,{prefix}power,middle
`,
    },
    only: ['chains.csv', 'links.csv', 'README.md'],
  });

  const error = await importDataset({ path, executor: db.executor }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetInvalidError);
  expect((error as DatasetInvalidError).problems.map(formatProblem)).toEqual([
    `regions.csv:3: level: "prefecture" is not one of province, city, county, park`,
    `regions.csv:4: parent: a value is required for a city (the code of the region it lies in)`,
    `chain_links.csv:2: stage: "middle" is not one of upstream, midstream, downstream`,
    // The county is not in regions.csv (nor, with this test's codes, in the knowledge base).
    `enterprises.csv:2: region: unknown region "${codes.county}" (not in regions.csv nor in the knowledge base)`,
    `enterprises.csv:3: region: unknown region "150599" (not in regions.csv nor in the knowledge base)`,
    `produces.csv:2: capacity: "80万吨" is not a number (write the unit in the unit column)`,
    `produces.csv:2: unit: required when capacity is given`,
    `produces.csv:5: capacity: "1,234" is not a number (write it without thousands separators: 1234)`,
  ]);
  expect(await countMine()).toEqual({ nodes: 0, rels: 0 });
});

test('references to chains, links, regions and enterprises already in the knowledge base are accepted', async () => {
  await importDataset({
    path: dataset({ only: ['regions.csv', 'chains.csv', 'links.csv', 'enterprises.csv'] }),
    executor: db.executor,
  });

  // A second dataset with no regions, chains or links of its own.
  const result = await importDataset({
    path: dataset({
      files: {
        'enterprises.csv': `id,name,region\n{prefix}jinjiang,杭州锦江集团,{city}\n`,
        'produces.csv': `enterprise,link,capacity,unit,status\n{prefix}jinjiang,{prefix}electrolytic_aluminium,50,万吨,planned\n{prefix}spic,{prefix}power,812,万千瓦,operating\n`,
        'chain_links.csv': `chain,link,stage\n{prefix}aluminium,{prefix}power,upstream\n`,
        'masters.csv': `enterprise,chain,region\n{prefix}spic,{prefix}aluminium,{county}\n`,
        'regions.csv': `code,name,level,parent\n{prefix}park2,扎哈淖尔工业园区,park,{city}\n`,
      },
      only: [],
    }),
    executor: db.executor,
  });
  expect(result.rows).toMatchObject({ enterprises: 1, produces: 2, chain_links: 1, masters: 1, regions: 1 });
  const rows = await query<{ located: string; produces: number }>(
    `MATCH (e:Enterprise {id: $prefix + 'jinjiang'})-[:LOCATED_IN]->(r)
     RETURN r.code AS located, COUNT { (e)-[:PRODUCES]->(:Link {id: $prefix + 'electrolytic_aluminium'}) } AS produces`,
  );
  expect(rows).toEqual([{ located: codes.city, produces: 1 }]);

  // The parent's level is checked against the knowledge base too: a park cannot lie in a province.
  const error = await importDataset({
    path: dataset({
      files: { 'regions.csv': `code,name,level,parent\n{prefix}park3,园区,park,{province}\n` },
      only: [],
    }),
    executor: db.executor,
  }).catch((e: unknown) => e);
  expect((error as DatasetInvalidError).problems.map(formatProblem)).toEqual([
    `regions.csv:2: parent: a park lies in a county or a city, but "${codes.province}" is a province`,
  ]);
});

test('a corrected row updates in place: changed values replace old ones, absent ones are removed, moved things move', async () => {
  await importDataset({ path: dataset(), executor: db.executor });

  await importDataset({
    path: dataset({
      files: {
        'regions.csv': `code,name,level,parent\n{otherCity},赤峰市,city,{province}\n{prefix}park,霍林郭勒铝产业园,park,{otherCity}\n`,
        // 联晟 moves to the county, loses its aliases, ownership and figures, changes tags.
        'enterprises.csv': `id,name,region,tags\n{prefix}lianSheng,内蒙古联晟新能源材料有限公司,{county},high_tech\n`,
        'produces.csv': `enterprise,link,capacity,unit,status\n{prefix}lianSheng,{prefix}battery_foil,85,万吨,building\n`,
        // The project now has no investor and is built in the other city for another link.
        'projects.csv': `id,name,region,link,status,signed_on\n{prefix}foil80,联晟项目,{otherCity},{prefix}electrolytic_aluminium,signed,2021-05\n`,
        'chain_links.csv': `chain,link,stage,position\n{prefix}aluminium,{prefix}power,upstream,4\n`,
      },
      only: [],
    }),
    executor: db.executor,
  });

  const [firm] = await query(
    `MATCH (e:Enterprise {id: $prefix + 'lianSheng'})
     RETURN properties(e) AS props, [(e)-[:LOCATED_IN]->(r) | r.code] AS regions,
       [(e)-[p:PRODUCES]->() | [p.status, p.capacity]] AS produces`,
  );
  expect(firm).toEqual({
    props: { id: `${prefix}lianSheng`, name: '内蒙古联晟新能源材料有限公司', aliases: [], tags: ['high_tech'] },
    regions: [codes.county],
    produces: expect.arrayContaining([
      ['building', 85],
      ['operating', 20],
    ]),
  });

  const [project] = await query(
    `MATCH (p:Project {id: $prefix + 'foil80'})
     RETURN properties(p) AS props, [(e)-[:INVESTS]->(p) | e.id] AS investors,
       [(p)-[:LOCATED_IN]->(r) | r.code] AS regions, [(p)-[:FOR_LINK]->(l) | l.id] AS links`,
  );
  expect(project).toEqual({
    // Lists are stored empty rather than absent, as a firm's aliases are.
    props: { id: `${prefix}foil80`, name: '联晟项目', status: 'signed', signedOn: '2021-05', taskForce: [] },
    investors: [],
    regions: [codes.otherCity],
    links: [`${prefix}electrolytic_aluminium`],
  });

  const [park] = await query(
    `MATCH (r:Region {code: $prefix + 'park'}) RETURN [(r)-[:PART_OF]->(p) | p.code] AS parents`,
  );
  expect(park).toEqual({ parents: [codes.otherCity] });

  const [hasLink] = await query(
    `MATCH (:Chain {id: $prefix + 'aluminium'})-[h:HAS_LINK]->(:Link {id: $prefix + 'power'})
     RETURN count(h) AS count, collect(h.position)[0] AS position`,
  );
  expect(hasLink).toEqual({ count: 1, position: 4 });
});

test('a JSON dataset writes the same graph as the CSV one', async () => {
  const csv = dataset();
  await importDataset({ path: csv, executor: db.executor });
  const fromCsv = await dump();
  await deleteTestData(db, prefix, Object.values(codes));
  expect(await countMine()).toEqual({ nodes: 0, rels: 0 });

  const p = prefix;
  const json = {
    regions: [
      { code: codes.province, name: '内蒙古自治区', level: 'province', source: 'GB/T 2260', as_of: 2023 },
      { code: codes.city, name: '通辽市', level: 'city', parent: codes.province, source: 'GB/T 2260', as_of: '2023' },
      {
        code: codes.county,
        name: '霍林郭勒市',
        level: 'county',
        parent: codes.city,
        source: 'GB/T 2260',
        as_of: '2023',
      },
      {
        code: `${p}park`,
        name: '霍林郭勒铝产业园',
        level: 'park',
        parent: codes.county,
        source: '通辽日报',
        as_of: '2022-11',
      },
    ],
    chains: [
      {
        id: `${p}aluminium`,
        name: '铝产业链',
        name_en: 'Aluminium',
        description: '煤—电—铝—铝深加工, "一体化"发展',
        source: '通辽日报',
        as_of: '2022-11',
      },
    ],
    links: [
      { id: `${p}power`, name: '电力', name_en: 'Power', unit: '万千瓦' },
      { id: `${p}electrolytic_aluminium`, name: '电解铝', name_en: 'Electrolytic aluminium', unit: '万吨' },
      { id: `${p}battery_foil`, name: '电池箔', name_en: 'Battery foil', unit: '万吨' },
    ],
    chain_links: [
      { chain: `${p}aluminium`, link: `${p}power`, stage: 'upstream', position: null },
      { chain: `${p}aluminium`, link: `${p}electrolytic_aluminium`, stage: 'midstream', position: 1 },
      { chain: `${p}aluminium`, link: `${p}battery_foil`, stage: 'downstream', position: '2' },
    ],
    feeds: [
      {
        from: `${p}power`,
        to: `${p}electrolytic_aluminium`,
        input_per_unit: 1.35,
        note: '约 1.35 万千瓦时/吨\n(估算)',
        source: '估算 estimate: 行业平均',
        as_of: '2023',
      },
      { from: `${p}electrolytic_aluminium`, to: `${p}battery_foil`, input_per_unit: '1.02' },
    ],
    enterprises: [
      {
        id: `${p}lianSheng`,
        name: '内蒙古联晟新能源材料有限公司',
        aliases: ['联晟新材', '联晟'],
        region: `${p}park`,
        ownership: 'private',
        tags: 'listed|srdi',
        founded: '2017-06',
        employees: 1200,
        revenue_wan: 350000.5,
        website: 'https://example.com',
        source: '通辽日报 2022-11',
        as_of: '2022-11',
      },
      {
        id: `${p}spic`,
        name: '国家电投集团内蒙古能源有限公司',
        region: codes.county,
        ownership: 'central_soe',
        aliases: [],
      },
    ],
    produces: [
      {
        enterprise: `${p}lianSheng`,
        link: `${p}battery_foil`,
        capacity: 80,
        unit: '万吨',
        status: 'building',
        source: '通辽日报 2022-11《在构建新发展格局中打造发展新优势》',
        as_of: '2022-11',
      },
      { enterprise: `${p}lianSheng`, link: `${p}battery_foil`, capacity: 20, unit: '万吨', status: 'operating' },
      { enterprise: `${p}spic`, link: `${p}electrolytic_aluminium`, status: 'operating' },
    ],
    supplies: [
      { supplier: `${p}spic`, customer: `${p}lianSheng`, link: `${p}electrolytic_aluminium`, volume: 30, unit: '万吨' },
      { supplier: `${p}spic`, customer: `${p}lianSheng`, link: `${p}power` },
    ],
    subsidiaries: [{ child: `${p}lianSheng`, parent: `${p}spic`, share: 51 }],
    masters: [{ enterprise: `${p}lianSheng`, chain: `${p}aluminium`, region: codes.city }],
    projects: [
      {
        id: `${p}foil80`,
        name: '联晟80万吨锂电池箔及配套坯料项目',
        enterprise: `${p}lianSheng`,
        region: `${p}park`,
        link: `${p}battery_foil`,
        investment_yi: 120,
        capacity: 80,
        unit: '万吨',
        status: 'started',
        signed_on: '2021',
        started_on: '2022-03-15',
        leader: '张三',
        source: '通辽日报',
        as_of: '2022-11',
      },
    ],
    leaders: [{ chain: `${p}aluminium`, region: codes.city, name: '李四', title: '通辽市副市长' }],
  };
  const folder = mkdtempSync(join(tmpdir(), 'lianpu-import-test-'));
  folders.push(folder);
  writeFileSync(join(folder, 'dataset.json'), JSON.stringify(json));
  await importDataset({ path: join(folder, 'dataset.json'), executor: db.executor });

  expect(await dump()).toEqual(fromCsv);
});

/** This test's links with their national totals, ranked candidates and the regions' MAKES, as sorted strings. */
type Totals = { link: string; national: string[]; operatingFirms: number; regions: string[]; candidates: string[] };
const totals = async (): Promise<Totals[]> => {
  const rows = await query<{
    link: string;
    national: { status: string; unit: string; capacity: number; firms: number }[];
    operatingFirms: number;
    regions: { code: string; operating: number; pipeline: number }[];
    candidates: { id: string; capacity: number; viaGroup: boolean; units: string[]; capacities: number[] }[];
  }>(
    `MATCH (l:Link) WHERE l.id STARTS WITH $prefix
     RETURN substring(l.id, size($prefix)) AS link, l.nationalOperatingFirms AS operatingFirms,
       [(l)-[:HAS_TOTAL]->(t) | t {.status, .unit, .capacity, .firms}] AS national,
       [(r)-[m:MAKES]->(l) | {code: r.code, operating: m.operatingFirms, pipeline: m.pipelineFirms}] AS regions,
       [(e)-[c:CANDIDATE_FOR]->(l) | {id: substring(e.id, size($prefix)), capacity: c.capacity, viaGroup: c.viaGroup,
                                      units: c.units, capacities: c.capacities}] AS candidates
     ORDER BY link`,
  );
  return rows.map((r) => ({
    link: r.link,
    national: r.national.map((t) => `${t.status} ${t.unit} ${t.capacity} ${t.firms}`).sort(),
    operatingFirms: r.operatingFirms,
    regions: r.regions.map((m) => `${m.code} ${m.operating}/${m.pipeline}`).sort(),
    candidates: r.candidates
      .map(
        (c) =>
          `${c.id}${c.viaGroup ? ' (group)' : ''} ${c.capacity} [${c.units.map((u, i) => `${c.capacities[i]}${u}`).join(' ')}]`,
      )
      .sort(),
  }));
};

test('derived totals follow the data: national totals per link, production per region, moved firms included', async () => {
  await importDataset({ path: dataset(), executor: db.executor });
  const before = await totals();
  // From the dataset: 联晟 in the park makes battery foil, 20万吨 operating and 80 building.
  expect(before.find((r) => r.link === 'battery_foil')).toEqual({
    link: 'battery_foil',
    national: ['building 万吨 80 1', 'operating 万吨 20 1'],
    operatingFirms: 1,
    regions: [`${prefix}park 1/1`],
    // 联晟's parent 国家电投 does not make foil itself, so it ranks as a group with 联晟's capacity.
    candidates: ['lianSheng 20 [20万吨]', 'spic (group) 20 [20万吨]'],
  });

  // 联晟 moves to the county and its building capacity becomes 85: both regions and the link change.
  await importDataset({
    path: dataset({
      files: {
        'enterprises.csv': `id,name,region\n{prefix}lianSheng,内蒙古联晟新能源材料有限公司,{county}\n`,
        'produces.csv': `enterprise,link,capacity,unit,status\n{prefix}lianSheng,{prefix}battery_foil,85,万吨,building\n`,
      },
      only: [],
    }),
    executor: db.executor,
  });
  const after = await totals();
  expect(after.find((r) => r.link === 'battery_foil')).toEqual({
    link: 'battery_foil',
    national: ['building 万吨 85 1', 'operating 万吨 20 1'],
    operatingFirms: 1,
    regions: [`${codes.county} 1/1`],
    candidates: ['lianSheng 20 [20万吨]', 'spic (group) 20 [20万吨]'],
  });

  // A new holding above 国家电投: a subsidiaries row alone changes the groups of both links.
  await importDataset({
    path: dataset({
      files: {
        'enterprises.csv': `id,name,region\n{prefix}holding,某控股集团,{county}\n`,
        'subsidiaries.csv': `child,parent\n{prefix}spic,{prefix}holding\n`,
      },
      only: [],
    }),
    executor: db.executor,
  });
  const grouped = await totals();
  expect(grouped.find((r) => r.link === 'battery_foil')?.candidates).toEqual([
    'holding (group) 20 [20万吨]',
    'lianSheng 20 [20万吨]',
    'spic (group) 20 [20万吨]',
  ]);
  expect(grouped.find((r) => r.link === 'electrolytic_aluminium')?.candidates).toEqual([
    'holding (group) 0 []',
    'spic 0 []',
  ]);
});

test('totals missing from an older database are computed at start, and equal what the importer writes', async () => {
  await importDataset({ path: dataset(), executor: db.executor });
  const written = await totals();
  await query(
    `MATCH (l:Link) WHERE l.id STARTS WITH $prefix
     OPTIONAL MATCH (l)-[:HAS_TOTAL]->(t:LinkTotal)
     OPTIONAL MATCH (:Region)-[m:MAKES]->(l)
     OPTIONAL MATCH ()-[c:CANDIDATE_FOR]->(l)
     DETACH DELETE t DELETE m, c REMOVE l.nationalOperatingFirms`,
  );
  expect(
    (await totals()).every((t) => t.national.length === 0 && t.regions.length === 0 && t.candidates.length === 0),
  ).toBe(true);

  const refreshed = await ensureDerivedTotals({ executor: db.executor, log: () => undefined });
  expect(refreshed.links).toBeGreaterThanOrEqual(written.filter((t) => t.national.length > 0).length);
  expect(await totals()).toEqual(written);
  // Nothing left to do the second time.
  const again = await ensureDerivedTotals({ executor: db.executor, log: () => undefined });
  expect(again).toEqual({ links: 0, regions: 0 });
});
