import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { loadConfig, type Config } from '../server/config/config';
import { openDatabase, type Database } from '../server/db/database';
import { exportToPath } from '../server/export/dataset-export';
import type { ExportScope } from '../server/export/scope';
import { importDataset } from '../server/import';
import { readDataset } from '../server/import/read-dataset';
import { KNOWLEDGE_TABLES, LEDGER_TABLES, TABLE_NAMES, csvFileName, type TableName } from '../server/import/tables';
import { validateDataset } from '../server/import/validate';
import { start, type RunningServer } from '../server/main';
import { bundleCli, cliEnvironment } from './support/cli-bundle';
import { gql } from './support/edit-fixture';
import { dumpGraph, wipeGraph } from './support/graph-dump';
import { createTestUser } from './support/users';

/**
 * The dataset export against real Neo4j, on the seed knowledge base. Two throw-away
 * embedded databases of this file's own (never the shared test database, whose other
 * tests' data would be exported too): SEEDED, started as `npm start` runs (seed loaded,
 * HTTP served), with a few rows added for what the seed lacks (a chain leader, a park, a
 * figure JavaScript writes in exponent form, a multi-line cell with quotes) and the
 * recruitment ledger written through GraphQL as users write it (follow-ups, an open, a
 * won and a dropped lead, the won project's moves); and EMPTY, which each test wipes
 * before importing into it.
 */
const ROOT = resolve(__dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'lianpu-export-test-'));
const COUNTY = '150581';

let seeded: RunningServer;
let empty: Database;
let cli: { import: string; export: string };
let adminToken: string;
const ADMIN = 'export-test-admin';
const PASSWORD = 'correct horse battery';

// jest does not apply `testTimeout` from a project entry of jest.config.js.
jest.setTimeout(180_000);

function embeddedConfig(dataDir: string): Config {
  return {
    ...loadConfig({
      LIANPU_ROOT: ROOT,
      LIANPU_DATA_DIR: dataDir,
      LIANPU_NEO4J_BOLT_PORT: '0',
      LIANPU_NEO4J_HEAP: '512m',
      LIANPU_NEO4J_PAGE_CACHE: '64m',
    }),
    port: 0,
  };
}

/** What the seed has none of: every kind of cell the export must write back exactly. */
const EXTRAS = {
  regions: [{ code: `${COUNTY}-XP1`, name: '测试园区 "甲", 二期', level: 'park', parent: COUNTY, as_of: '2024' }],
  links: [{ id: 'X-export-scrap', name: '铝废料\n回收', name_en: 'Aluminium scrap, "old"', unit: '吨' }],
  chain_links: [{ chain: 'aluminium', link: 'X-export-scrap', stage: 'downstream', position: 99 }],
  feeds: [{ from: 'X-export-scrap', to: 'electrolytic_aluminium', input_per_unit: 2.5e-8, note: 'a, "b"\nc' }],
  enterprises: [
    {
      id: 'X-export-firm',
      name: '测试再生铝有限公司',
      region: `${COUNTY}-XP1`,
      tags: ['srdi'],
      founded: '2019',
      employees: 12,
      revenue_wan: 1e-7,
      source: '估算 estimate: 测试',
      as_of: '2024-05-06',
    },
  ],
  produces: [
    { enterprise: 'X-export-firm', link: 'X-export-scrap', capacity: 1.5e21, unit: '吨', status: 'operating' },
    { enterprise: 'X-export-firm', link: 'X-export-scrap', capacity: 0.1 + 0.2, unit: '吨', status: 'planned' },
  ],
  supplies: [{ supplier: 'X-export-firm', customer: 'E-huomeihongjun', link: 'X-export-scrap', volume: 3, unit: '吨' }],
  leaders: [
    { chain: 'aluminium', region: COUNTY, name: '张三', title: '霍林郭勒市副市长', source: '测试', as_of: '2024' },
  ],
};

beforeAll(async () => {
  const outDir = mkdtempSync(join(work, 'cli-'));
  const [server, db, importCli, exportCli] = await Promise.all([
    start({ config: { ...embeddedConfig(join(work, 'seeded')), seedOnEmpty: true }, log: () => undefined }),
    openDatabase({ config: embeddedConfig(join(work, 'empty')), log: () => undefined }),
    bundleCli('import', outDir),
    bundleCli('export', outDir),
  ]);
  seeded = server;
  empty = db;
  cli = { import: importCli, export: exportCli };
  const extras = join(work, 'extras.json');
  writeFileSync(extras, JSON.stringify(EXTRAS));
  await importDataset({ path: extras, executor: seeded.db.executor });
  await createTestUser(seeded.db, { username: ADMIN, role: 'admin', password: PASSWORD });
  adminToken = await login(ADMIN);
  await recordLedger();
}, 300_000);

async function login(username: string): Promise<string> {
  const res = await gql<{ login: { token: string } }>(
    seeded,
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: PASSWORD },
  );
  return res.data!.login.token;
}

/** A GraphQL operation as the administrator; any error fails the test. */
async function asAdmin<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(seeded, query, variables, adminToken);
  if (res.errors !== undefined) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const RECORD = `mutation ($input: FollowUpInput!) { recordFollowUp(input: $input) { lead { id } } }`;

/** Private texts of the ledger: a viewer's download must hold none of them. */
const SECRETS = {
  note: '第一次拜访\n带回资料, "样品"',
  person: 'Li, "Si"',
  drop: '产能指标不足',
  reason: '资金未到位, "待定"',
};

/** The ledger as users write it: three leads (won, dropped, open), four follow-ups, two moves. */
async function recordLedger(): Promise<void> {
  const scrap = { enterprise: 'X-export-firm', link: 'X-export-scrap', region: COUNTY };
  type Recorded = { recordFollowUp: { lead: { id: string } } };
  const won = await asAdmin<Recorded>(RECORD, {
    input: {
      ...scrap,
      kind: 'VISIT',
      on: '2025-01-05',
      people: ['张三', SECRETS.person],
      outcome: '同意考察',
      note: SECRETS.note,
    },
  });
  await asAdmin(RECORD, { input: { ...scrap, kind: 'CALL', on: '2025-01-08' } });
  await asAdmin(`mutation ($id: ID!, $project: LeadProjectInput!) { convertLead(id: $id, project: $project) { id } }`, {
    id: won.recordFollowUp.lead.id,
    project: {
      id: 'X-export-won',
      name: '测试再生铝项目',
      region: COUNTY,
      signedOn: '2025-01-10',
      investmentYi: 1.5,
      capacity: 3,
      unit: '吨',
      leader: '李副市长',
      taskForce: ['王五', '赵六'],
      plan: '2025年开工',
    },
  });
  const MOVE = `mutation ($id: ID!, $input: ProjectMoveInput!) { moveProject(id: $id, input: $input) { id } }`;
  await asAdmin(MOVE, { id: 'X-export-won', input: { to: 'STARTED', on: '2025-03-01' } });
  await asAdmin(MOVE, { id: 'X-export-won', input: { to: 'STALLED', on: '2025-06-01', reason: SECRETS.reason } });
  const dropped = await asAdmin<Recorded>(RECORD, {
    input: {
      enterprise: 'E-huomeihongjun',
      link: 'electrolytic_aluminium',
      region: COUNTY,
      kind: 'MEETING',
      on: '2025-02-01',
    },
  });
  await asAdmin(`mutation ($id: ID!, $reason: String!) { dropLead(id: $id, reason: $reason) { id } }`, {
    id: dropped.recordFollowUp.lead.id,
    reason: SECRETS.drop,
  });
  await asAdmin(RECORD, {
    input: {
      enterprise: 'E-liansheng',
      link: 'battery_foil',
      region: COUNTY,
      kind: 'VISIT',
      on: '2025-02-02',
      people: ['孙七'],
    },
  });
}

/** What an administrator reads of the county's ledger through the API. */
async function ledgerAnswers(): Promise<unknown> {
  const data = await asAdmin<{ leads: { leads: unknown[] } }>(
    `query ($region: String!) { leads(region: $region, first: 50) { leads {
      id status openedOn closedOn dropReason createdAt enterprise { id } link { id } region { code }
      project { id status signedOn startedOn stalledOn leader taskForce plan
        moves { id from to on reason capacity unit investmentYi at } }
      followUps { id kind on people outcome note createdBy createdAt } } } }`,
    { region: COUNTY },
  );
  return data.leads.leads;
}

/** The files of an export without the ledger's: what a download for anyone but an administrator holds. */
function knowledgeOnly(files: Record<string, string>): Record<string, string> {
  const ledger = new Set<string>(LEDGER_TABLES.map(csvFileName));
  return Object.fromEntries(Object.entries(files).filter(([name]) => !ledger.has(name)));
}

afterAll(async () => {
  await Promise.all([seeded?.stop(), empty?.close()]);
  rmSync(work, { recursive: true, force: true });
});

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a bundled CLI to its end. */
function run(script: string, args: string[], neo4jUri: string): Promise<RunResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: cliEnvironment(neo4jUri), cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code, signal) => resolveRun({ code, signal, stdout, stderr }));
  });
}

/** The files of an exported folder, by name, as text. */
function folderFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** The files of a zip, by name, as text (the byte-order mark kept, as in folderFiles). */
function zipFiles(bytes: Uint8Array): Record<string, string> {
  const entries = unzipSync(bytes);
  return Object.fromEntries(
    Object.keys(entries)
      .sort()
      .map((name) => [name, Buffer.from(entries[name]!).toString('utf8')]),
  );
}

/** A table of an export as row objects (the BOM dropped, as the importer does). */
function table(files: Record<string, string>, name: TableName): Record<string, string>[] {
  return parse(files[csvFileName(name)]!.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
}

const ids = (rows: Record<string, string>[], column = 'id') => rows.map((r) => r[column]!);

async function exportFolder(db: Database, name: string, scope: ExportScope = { kind: 'all' }, ledger = true) {
  const path = join(work, name);
  await exportToPath({ executor: db.executor, path, scope, ledger, pageSize: 7 });
  return folderFiles(path);
}

/** Typed records of a dataset as the importer's validator makes them, per table, in a stable order. */
async function records(path: string): Promise<Record<TableName, string[]>> {
  const dataset = await readDataset(path);
  const { records: valid, problems } = validateDataset({
    dataset,
    knowledgeBase: { has: () => true, regionLevel: () => 'county' },
  });
  expect([...dataset.problems, ...problems]).toEqual([]);
  return Object.fromEntries(
    TABLE_NAMES.map((t) => [t, valid[t].map((r) => JSON.stringify(r.values)).sort()]),
  ) as Record<TableName, string[]>;
}

async function query<T>(db: Database, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = db.driver.session();
  try {
    return (await session.run(cypher, params)).records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

/** Empties EMPTY, imports the dataset at `path` into it, and exports it whole again. */
async function reimport(path: string, name: string, ledger = true) {
  await wipeGraph(empty.driver);
  await importDataset({ path, executor: empty.executor });
  return exportFolder(empty, name, { kind: 'all' }, ledger);
}

/** Neither accounts, sessions nor the audit trail are in a dataset: gone from SEEDED before comparing graphs. */
async function dropAccountsAndAudit(db: Database): Promise<void> {
  await query(db, 'MATCH (n) WHERE n:User OR n:Session OR n:Change DETACH DELETE n');
}

/** A move's userId names an account of its own database: compared without it (the username is kept). */
const withoutUserIds = (lines: string[]) => lines.map((line) => line.replace(/userId="[^"]*":STRING NOT NULL, /, ''));

test('round trip: export, import into an empty database, export again gives identical files and the same graph, ledger included', async () => {
  // Export A with the real command, as a user runs it.
  const a = join(work, 'A');
  const exported = await run(cli.export, [a], seeded.db.uri);
  expect(exported.stderr).not.toMatch(/失败|failed/);
  expect(exported.code).toBe(0);
  expect(exported.stdout).toMatch(/导出完成 Exported \d+ rows/);
  const filesA = folderFiles(a);
  expect(Object.keys(filesA)).toEqual(TABLE_NAMES.map(csvFileName).sort());

  // A holds every row of the seed and of the extras, value for value, and nothing else
  // (besides the project the won lead became).
  const expected = await records(join(ROOT, 'seeds'));
  const extrasPath = join(work, 'extras.json');
  const extra = await records(extrasPath);
  const actual = await records(a);
  for (const t of KNOWLEDGE_TABLES) {
    if (t !== 'projects') expect(actual[t]).toEqual([...expected[t], ...extra[t]].sort());
  }
  const projectIds = (rows: string[]) => rows.map((r) => (JSON.parse(r) as { id: string }).id).sort();
  expect(projectIds(actual.projects)).toEqual(projectIds([...expected.projects, '{"id":"X-export-won"}']));

  // The ledger, as it was written through the API.
  const leads = table(filesA, 'leads');
  expect(leads.map((l) => l.status).sort()).toEqual(['dropped', 'open', 'won']);
  expect(leads.find((l) => l.status === 'won')).toMatchObject({
    enterprise: 'X-export-firm',
    link: 'X-export-scrap',
    region: COUNTY,
    opened_on: '2025-01-05',
    project: 'X-export-won',
    created_by: ADMIN,
  });
  expect(leads.find((l) => l.status === 'dropped')).toMatchObject({ drop_reason: SECRETS.drop, project: '' });
  const followUps = table(filesA, 'followups');
  expect(followUps).toHaveLength(4);
  expect(followUps.find((f) => f.kind === 'visit' && f.note !== '')).toMatchObject({
    people: `张三|${SECRETS.person}`,
    note: SECRETS.note,
    outcome: '同意考察',
  });
  const moves = table(filesA, 'project_moves').sort((x, y) => x.on.localeCompare(y.on));
  expect(moves).toEqual([
    expect.objectContaining({ project: 'X-export-won', from: 'signed', to: 'started', on: '2025-03-01', user: ADMIN }),
    expect.objectContaining({ from: 'started', to: 'stalled', reason: SECRETS.reason, capacity: '3', unit: '吨' }),
  ]);
  expect(moves[0]!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  const answersBefore = await ledgerAnswers();

  // Paged 7 rows at a time into a database that had nothing, then out again: the same bytes.
  const filesB = await reimport(a, 'B');
  expect(filesB).toEqual(filesA);

  // And the same graph, derived totals and the ledger included (the importer recomputes
  // the totals); accounts and the audit trail are not in a dataset.
  await dropAccountsAndAudit(seeded.db);
  const [before, after] = await Promise.all([dumpGraph(seeded.db.driver), dumpGraph(empty.driver)]);
  expect(after.counts).toEqual(before.counts);
  expect(withoutUserIds(after.data)).toEqual(withoutUserIds(before.data));
  expect(after.derived).toEqual(before.derived);
  expect(before.counts['(:Enterprise)']).toBeGreaterThan(90);
  expect(before.counts).toMatchObject({ '(:Lead)': 3, '(:FollowUp)': 4, '(:ProjectMove)': 2 });

  // Restored as an operator would: an empty database, the administrator's account made
  // again, the export imported. The API answers as before, and exports the same files.
  await wipeGraph(seeded.db.driver);
  await createTestUser(seeded.db, { username: ADMIN, role: 'admin', password: PASSWORD });
  await importDataset({ path: a, executor: seeded.db.executor });
  adminToken = await login(ADMIN);
  expect(await ledgerAnswers()).toEqual(answersBefore);
  expect(await exportFolder(seeded.db, 'restored')).toEqual(filesA);

  // Nothing derived was exported.
  expect(filesA[csvFileName('links')]).not.toMatch(/national|operating_firms/i);
  expect(table(filesA, 'regions').length).toBe(before.counts['(:Region)']);

  // The cells the seed lacks came back exactly.
  const firm = table(filesA, 'enterprises').find((r) => r.id === 'X-export-firm')!;
  expect(firm).toMatchObject({ revenue_wan: '0.0000001', founded: '2019', as_of: '2024-05-06', aliases: '' });
  expect(table(filesA, 'produces').filter((r) => r.enterprise === 'X-export-firm')).toEqual([
    expect.objectContaining({ capacity: '1500000000000000000000', status: 'operating' }),
    expect.objectContaining({ capacity: '0.30000000000000004', status: 'planned' }),
  ]);
  expect(table(filesA, 'feeds').find((r) => r.from === 'X-export-scrap')).toMatchObject({
    input_per_unit: '0.000000025',
    note: 'a, "b"\nc',
  });
  expect(table(filesA, 'leaders')).toEqual([
    { chain: 'aluminium', region: COUNTY, name: '张三', title: '霍林郭勒市副市长', source: '测试', as_of: '2024' },
  ]);
});

test('the download route streams the same dataset as a zip and as JSON, and refuses bad requests', async () => {
  const filesA = folderFiles(join(work, 'A'));
  expect(Object.keys(filesA).length).toBe(TABLE_NAMES.length);

  // Anonymous readers get the knowledge base, never the ledger.
  const zip = await fetch(`${seeded.url}/export/dataset?format=zip`);
  expect(zip.status).toBe(200);
  expect(zip.headers.get('content-type')).toBe('application/zip');
  expect(zip.headers.get('content-disposition')).toMatch(/^attachment; filename="lianpu-all-\d{4}-\d{2}-\d{2}\.zip"$/);
  expect(zipFiles(new Uint8Array(await zip.arrayBuffer()))).toEqual(knowledgeOnly(filesA));

  const json = await fetch(`${seeded.url}/export/dataset?format=json`);
  expect(json.status).toBe(200);
  expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const path = join(work, 'kb.json');
  writeFileSync(path, Buffer.from(await json.arrayBuffer()));
  expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')) as object)).toEqual([...KNOWLEDGE_TABLES]);
  // The JSON holds the same knowledge base: imported into an empty database, it exports as A.
  expect(await reimport(path, 'from-json', false)).toEqual(knowledgeOnly(filesA));

  const chain = await fetch(`${seeded.url}/export/dataset?chain=aluminium`);
  expect(chain.headers.get('content-disposition')).toMatch(/filename="lianpu-chain-aluminium-[\d-]+\.zip"/);
  expect(Object.keys(zipFiles(new Uint8Array(await chain.arrayBuffer())))).toHaveLength(KNOWLEDGE_TABLES.length);

  const refused = async (query: string) => {
    const res = await fetch(`${seeded.url}/export/dataset?${query}`);
    return { status: res.status, body: (await res.json()) as { error: { code: string; message: string } } };
  };
  expect(await refused('format=xml')).toEqual({
    status: 400,
    body: {
      error: { code: 'BAD_USER_INPUT', message: '未知格式 unknown format "xml": use format=zip or format=json' },
    },
  });
  expect((await refused('chain=no_such_chain')).body.error.message).toBe(
    '知识库中没有产业链 "no_such_chain" there is no chain "no_such_chain" in the knowledge base',
  );
  expect((await refused('region=999999')).body.error.message).toBe(
    '知识库中没有地区 "999999" there is no region "999999" in the knowledge base',
  );
  expect((await refused('chain=aluminium&region=150581')).status).toBe(400);
});

test("a viewer's download holds no ledger file and no follow-up text; an administrator's holds the ledger", async () => {
  const filesA = folderFiles(join(work, 'A'));
  await createTestUser(seeded.db, { username: 'export-test-viewer', role: 'viewer', password: PASSWORD });
  const viewer = await login('export-test-viewer');
  const download = async (token: string, query: string) => {
    const res = await fetch(`${seeded.url}/export/dataset?${query}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  };

  for (const query of ['format=zip', `format=zip&region=${COUNTY}`, 'format=zip&chain=aluminium']) {
    const files = zipFiles(await download(viewer, query));
    expect(Object.keys(files).sort()).toEqual(KNOWLEDGE_TABLES.map(csvFileName).sort());
    const text = Object.values(files).join('\n');
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(text).not.toContain('孙七');
  }
  const json = Buffer.from(await download(viewer, 'format=json')).toString('utf8');
  expect(Object.keys(JSON.parse(json) as object)).toEqual([...KNOWLEDGE_TABLES]);
  for (const secret of Object.values(SECRETS)) expect(json).not.toContain(JSON.stringify(secret).slice(1, -1));

  // The administrator's download is the operator's export, ledger and all.
  expect(zipFiles(await download(adminToken, 'format=zip'))).toEqual(filesA);
  // A county's ledger: its three leads with their follow-ups and moves, importable on its own.
  const county = join(work, 'county-ledger.zip');
  writeFileSync(county, await download(adminToken, `format=zip&region=${COUNTY}`));
  const countyFiles = zipFiles(readFileSync(county));
  expect(table(countyFiles, 'leads')).toHaveLength(3);
  expect(table(countyFiles, 'followups')).toHaveLength(4);
  expect(table(countyFiles, 'project_moves')).toHaveLength(2);
  await reimport(county, 'county-ledger-again');
  expect(await records(join(work, 'county-ledger-again'))).toEqual(await records(county));
});

test('a chain export imports into an empty database and holds the chain, its links and its firms', async () => {
  const path = join(work, 'aluminium.zip');
  const exported = await run(cli.export, [path, '--chain', 'aluminium'], seeded.db.uri);
  expect(exported.code).toBe(0);
  const files = zipFiles(readFileSync(path));

  // What a chain leader would look for, read from the seeded database.
  const chainLinks = await query<{ id: string }>(
    seeded.db,
    'MATCH (:Chain {id: "aluminium"})-[:HAS_LINK]->(l:Link) RETURN l.id AS id ORDER BY id',
  );
  const localFirms = await query<{ id: string }>(
    seeded.db,
    `MATCH (:Chain {id: "aluminium"})-[:HAS_LINK]->(:Link)<-[:PRODUCES]-(e:Enterprise)
       -[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(:Region {code: $county})
     RETURN DISTINCT e.id AS id ORDER BY id`,
    { county: COUNTY },
  );
  expect(localFirms.map((f) => f.id)).toEqual(expect.arrayContaining(['E-huomeihongjun', 'E-liansheng']));

  expect(ids(table(files, 'chains'))).toEqual(['aluminium']);
  expect(ids(table(files, 'links'))).toEqual(chainLinks.map((l) => l.id));
  expect(ids(table(files, 'enterprises'))).toEqual(expect.arrayContaining(localFirms.map((f) => f.id)));
  expect(ids(table(files, 'regions'), 'code')).toEqual(expect.arrayContaining([COUNTY, '150500', '150000']));
  expect(table(files, 'masters')).toEqual([expect.objectContaining({ enterprise: 'E-liansheng', chain: 'aluminium' })]);
  expect(ids(table(files, 'leaders'), 'name')).toEqual(['张三']);
  // Only the chain's own links are produced, supplied or built.
  const linkSet = new Set(chainLinks.map((l) => l.id));
  for (const t of ['produces', 'supplies', 'projects'] as const) {
    for (const row of table(files, t)) expect(linkSet).toContain(row.link);
  }

  // Into an empty database without a single problem, then out whole: the same files.
  expect(await reimport(path, 'aluminium-again')).toEqual(files);
});

test('a county export imports into an empty database and holds its firms, its parks and its ancestors', async () => {
  const path = join(work, 'county.json');
  const result = await exportToPath({
    executor: seeded.db.executor,
    path,
    scope: { kind: 'region', region: COUNTY },
    ledger: true,
  });
  expect(result.format).toBe('json');
  const again = await reimport(path, 'county-again');

  const localFirms = await query<{ id: string }>(
    seeded.db,
    `MATCH (e:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(:Region {code: $county})
     RETURN e.id AS id ORDER BY id`,
    { county: COUNTY },
  );
  expect(localFirms.length).toBeGreaterThanOrEqual(10);
  const firms = ids(table(again, 'enterprises'));
  expect(firms).toEqual(expect.arrayContaining([...localFirms.map((f) => f.id), 'X-export-firm']));
  // E-dtny's parent group is in Beijing: named by a row of the county, so exported with its region.
  expect(firms).toContain('E-spic');
  expect(ids(table(again, 'regions'), 'code')).toEqual(
    expect.arrayContaining([COUNTY, `${COUNTY}-P01`, `${COUNTY}-XP1`, '150500', '150000', '110102', '110000']),
  );
  expect(ids(table(again, 'regions'), 'code')).not.toContain('150502');
  expect(ids(table(again, 'leaders'), 'name')).toEqual(['张三']);
  expect(table(again, 'produces').map((r) => r.enterprise)).toEqual(
    expect.arrayContaining(['E-huomeihongjun', 'X-export-firm']),
  );

  // The JSON export of the county and the CSV export of what it imported hold the same rows.
  const json = await records(path);
  const csv = await records(join(work, 'county-again'));
  expect(csv).toEqual(json);
});

test('an import killed with -9 half-way through writing leaves the database as it was', async () => {
  const before = await dumpGraph(seeded.db.driver);
  const exportBefore = await exportFolder(seeded.db, 'before-kill');

  // Big enough that writing takes seconds after the first batch is reported: 8,000 new
  // firms with two production rows each, and, in the first batch, a seed firm renamed and
  // moved, so there is something to roll back in every kind of change.
  const dataset = mkdtempSync(join(work, 'big-'));
  const firms = 8000;
  const enterprises = ['id,name,region,tags,source,as_of', `E-liansheng,改名的联晟,110102,,kill test,2024`];
  const produces = ['enterprise,link,capacity,unit,status'];
  for (let i = 0; i < firms; i++) {
    const id = `K-kill-${String(i).padStart(5, '0')}`;
    enterprises.push(`${id},测试企业${i},${COUNTY},srdi,kill test,2024`);
    produces.push(`${id},electrolytic_aluminium,${(i % 90) + 1},万吨,operating`);
    produces.push(`${id},thermal_power,${i % 40},万千瓦,building`);
  }
  writeFileSync(join(dataset, 'enterprises.csv'), enterprises.join('\n'));
  writeFileSync(join(dataset, 'produces.csv'), produces.join('\n'));

  const child = spawn(process.execPath, [cli.import, dataset, '--batch-size', '500'], {
    env: cliEnvironment(seeded.db.uri),
    cwd: ROOT,
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const progress: string[] = [];
  let killedAt: string | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('close', (code, signal) => resolveExit({ code, signal })),
  );
  createInterface({ input: child.stderr }).on('line', (line) => {
    progress.push(line);
    // The second batch written: the transaction is open and holds changes, and thousands
    // of rows are still to come before it could commit.
    if (killedAt === undefined && /^enterprises\s+1000\/8001\b/.test(line)) {
      killedAt = line;
      child.kill('SIGKILL');
    }
  });
  const exit = await exited;

  // Not vacuous: the child was killed by us while writing, never finished on its own.
  expect({ killedAt, exit, completed: /导入完成/.test(stdout) }).toEqual({
    killedAt: expect.stringMatching(/^enterprises/),
    exit: { code: null, signal: 'SIGKILL' },
    completed: false,
  });
  expect(progress.some((line) => /^produces/.test(line))).toBe(false);

  // Neo4j rolls the transaction back when the connection drops; wait until it is gone.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const open = await query<{ n: number }>(
      seeded.db,
      `SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
       RETURN count(*) AS n`,
    );
    if (open[0]!.n === 0) break;
    if (Date.now() > deadline) throw new Error('the killed import is still running in Neo4j after 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }

  const after = await dumpGraph(seeded.db.driver);
  expect(after.counts).toEqual(before.counts);
  expect(after.data).toEqual(before.data);
  expect(after.derived).toEqual(before.derived);
  expect(await exportFolder(seeded.db, 'after-kill')).toEqual(exportBefore);
  expect(after.data.some((line) => line.includes('K-kill-'))).toBe(false);

  // Nothing is left locked: the same firms can be written at once (the seed again, which changes nothing).
  await importDataset({ path: join(ROOT, 'seeds'), executor: seeded.db.executor, timeoutMs: 30_000 });
  expect((await dumpGraph(seeded.db.driver)).data).toEqual(before.data);
});
