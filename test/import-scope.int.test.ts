import type { Database } from '../server/db/database';
import { start, type RunningServer } from '../server/main';
import { testConfig, testDatabase, uniquePrefix } from './support/database';
import { deleteTestData, loadTables, testRegionCodes } from './support/dataset';
import { deleteTestChanges, signInAccounts } from './support/edit-fixture';
import { deleteTestUsers } from './support/users';

/**
 * POST /import by recruiters and chain leaders: a dataset is imported only when every row
 * lies in the importer's regions (and, for a chain leader, chains), judged as the
 * mutations judge one row, in the import's write transaction. Otherwise 403 listing each
 * row outside, and nothing is written.
 */
const P = uniquePrefix('impscope');
const R = testRegionCodes();
const id = (s: string) => `${P}${s}`;
const username = (s: string) => `${P}${s}`.toLowerCase();
const PASSWORD = 'correct horse battery';

const tables = {
  regions: [
    { code: R.province, name: '测试自治区', level: 'province' },
    { code: R.city, name: '测试盟市', level: 'city', parent: R.province },
    { code: R.county, name: '测试旗县', level: 'county', parent: R.city },
    { code: R.otherProvince, name: '测试外省', level: 'province' },
  ],
  chains: [
    { id: id('alu'), name: '测试铝链' },
    { id: id('nickel'), name: '测试镍链' },
  ],
  links: [
    { id: id('metal'), name: '测试原铝', unit: '万吨' },
    { id: id('ore'), name: '测试镍矿', unit: '万吨' },
  ],
  chain_links: [
    { chain: id('alu'), link: id('metal'), stage: 'midstream', position: 0 },
    { chain: id('nickel'), link: id('ore'), stage: 'upstream', position: 0 },
  ],
  enterprises: [
    { id: id('in'), name: '测试本地铝业', region: R.county },
    { id: id('out'), name: '测试外省镍业', region: R.otherProvince },
  ],
  produces: [
    { enterprise: id('in'), link: id('metal'), status: 'operating', capacity: 100, unit: '万吨' },
    { enterprise: id('out'), link: id('ore'), status: 'operating', capacity: 50, unit: '万吨' },
  ],
};

type Role = 'anonymous' | 'viewer' | 'recruiter' | 'leader' | 'admin';
let db: Database;
let server: RunningServer;
const tokens: Record<Role, string | null> = {
  anonymous: null,
  viewer: null,
  recruiter: null,
  leader: null,
  admin: null,
};

beforeAll(async () => {
  db = await testDatabase();
  await loadTables(db, tables);
  const base = testConfig();
  server = await start({
    config: { ...base, auth: { ...base.auth, writeRateLimit: { perUser: 10_000, windowMs: 60_000 } } },
    db,
    log: () => undefined,
  });
  const signedIn = await signInAccounts({
    db,
    server,
    prefix: P,
    password: PASSWORD,
    accounts: {
      viewer: { role: 'viewer' },
      recruiter: { role: 'recruiter', regions: [R.city] },
      leader: { role: 'chain_leader', regions: [R.city], chains: [id('alu')] },
      admin: { role: 'admin' },
    },
  });
  Object.assign(tokens, signedIn.tokens);
});

afterAll(async () => {
  await server?.stop();
  if (db) {
    await deleteTestChanges(db, P);
    await deleteTestUsers(db, P);
    await deleteTestData(db, P, Object.values(R));
    await db.close();
  }
});

interface Refused {
  file: string;
  table?: string;
  row?: number;
  reason: string;
  action: string | null;
  outside: string[];
  message: string;
  text: string;
}

async function importAs(role: Role, dataset: unknown) {
  const res = await fetch(`${server.url}/import`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}),
    },
    body: JSON.stringify(dataset),
  });
  const text = await res.text();
  const json = res.headers.get('content-type')?.startsWith('application/json')
    ? (JSON.parse(text) as { error: { code: string; message: string }; total?: number; refused?: Refused[] })
    : null;
  const lines =
    json === null
      ? text
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as Record<string, unknown>)
      : [];
  return { status: res.status, json, lines };
}

/** Test-only Cypher for what the API does not show directly. */
async function cypher(query: string, params: Record<string, unknown> = {}) {
  const session = db.driver.session();
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

const firmRegion = async (firm: string) =>
  (await cypher('MATCH (:Enterprise {id: $id})-[:LOCATED_IN]->(r:Region) RETURN r.code AS code', { id: firm }))[0]
    ?.code ?? null;
const importsBy = async (role: Role) =>
  Number(
    (
      await cypher("MATCH (c:Change {action: 'import'}) WHERE c.username = $u RETURN count(c) AS n", {
        u: username(role),
      })
    )[0]!.n,
  );

async function removeFirms(ids: string[]) {
  await cypher(
    'MATCH (e:Enterprise) WHERE e.id IN $ids OPTIONAL MATCH (p:Project)-[:INVESTS|FOR_LINK]-(e) DETACH DELETE e',
    { ids },
  );
}

test('a recruiter imports firms, production and projects in their regions; the record carries the regions', async () => {
  const dataset = {
    enterprises: [{ id: id('r1'), name: '测试招商企业', region: R.county }],
    produces: [{ enterprise: id('r1'), link: id('metal'), status: 'planned', capacity: 5, unit: '万吨' }],
    projects: [
      {
        id: id('rp1'),
        name: '测试招商项目',
        enterprise: id('r1'),
        region: R.county,
        link: id('metal'),
        status: 'signed',
      },
    ],
    supplies: [{ supplier: id('r1'), customer: id('in'), link: id('metal') }],
  };
  const res = await importAs('recruiter', dataset);
  expect(res.status).toBe(200);
  expect(res.lines[0]).toMatchObject({ type: 'validated', rows: { enterprises: 1, produces: 1, projects: 1 } });
  expect(res.lines).toContainEqual({ type: 'progress', table: 'produces', done: 1, total: 1 });
  expect(res.lines.at(-1)).toMatchObject({ type: 'done' });
  expect(await firmRegion(id('r1'))).toBe(R.county);
  const [change] = await cypher('MATCH (c:Change {id: $id}) RETURN c.regions AS regions, c.username AS u', {
    id: res.lines.at(-1)!.change,
  });
  expect(change).toEqual({ regions: [R.county], u: username('recruiter') });
  await cypher('MATCH (p:Project {id: $id}) DETACH DELETE p', { id: id('rp1') });
  await removeFirms([id('r1')]);
});

test('one row outside: 403 listing every row outside with file, row, region and why; nothing is written', async () => {
  const importsBefore = await importsBy('recruiter');
  const dataset = {
    enterprises: [
      { id: id('r2'), name: '测试本地新企业', region: R.county },
      { id: id('r3'), name: '测试外省新企业', region: R.otherProvince },
      // Moves a firm of the recruiter's county out of it: its old region is in scope, its new one not.
      { id: id('in'), name: '测试本地铝业', region: R.otherProvince },
    ],
    // The firm's region is the database's: 'out' lies in the other province.
    produces: [{ enterprise: id('out'), link: id('ore'), status: 'planned', capacity: 1, unit: '万吨' }],
    chains: [{ id: id('copper'), name: '测试铜链' }],
  };
  const res = await importAs('recruiter', dataset);
  expect(res.status).toBe(403);
  expect(res.json!.error.code).toBe('FORBIDDEN');
  expect(res.json!.error.message).toMatch(
    /^数据集有 4 行超出你的权限范围.*\(4 rows of the dataset are outside your scope/,
  );
  expect(res.json!.total).toBe(4);
  const byRow = res.json!.refused!.map((r) => [r.table, r.row, r.reason, r.outside]);
  expect(byRow).toEqual([
    ['chains', 1, 'national', []],
    ['enterprises', 2, 'region', [R.otherProvince]],
    ['enterprises', 3, 'region', [R.otherProvince]],
    ['produces', 1, 'region', [R.otherProvince]],
  ]);
  const moved = res.json!.refused!.find((r) => r.table === 'enterprises' && r.row === 3)!;
  expect(moved.file).toBe('upload.json');
  expect(moved.message).toBe(
    `地区 ${R.otherProvince} 不在你的范围 测试盟市 ${R.city} 内 (region ${R.otherProvince} is outside your regions: 测试盟市 ${R.city})`,
  );
  expect(moved.text).toBe(`upload.json: enterprises row 3: ${moved.message}`);
  expect(res.json!.refused![0]!.message).toMatch(/仅管理员可导入 \(national data/);
  // Nothing of it: no new firm, the moved one where it was, no production, no chain, no record.
  expect(await cypher('MATCH (e:Enterprise) WHERE e.id IN $ids RETURN e.id', { ids: [id('r2'), id('r3')] })).toEqual(
    [],
  );
  expect(await firmRegion(id('in'))).toBe(R.county);
  expect(
    await cypher("MATCH (:Enterprise {id: $id})-[p:PRODUCES {status: 'planned'}]->() RETURN p", { id: id('out') }),
  ).toEqual([]);
  expect(await cypher('MATCH (c:Chain {id: $id}) RETURN c', { id: id('copper') })).toEqual([]);
  expect(await importsBy('recruiter')).toBe(importsBefore);
});

test('a firm moved by someone else before the import is judged where the database has it', async () => {
  const moved = id('m1');
  await loadTables(db, { enterprises: [{ id: moved, name: '测试搬迁企业', region: R.county }] });
  const update = { enterprises: [{ id: moved, name: '测试搬迁企业（更名）', region: R.county }] };
  // Meanwhile an administrator moves the firm out of the recruiter's regions.
  await loadTables(db, { enterprises: [{ id: moved, name: '测试搬迁企业', region: R.otherProvince }] });
  const res = await importAs('recruiter', update);
  expect(res.status).toBe(403);
  expect(res.json!.refused!.map((r) => [r.table, r.row, r.outside])).toEqual([['enterprises', 1, [R.otherProvince]]]);
  expect(await firmRegion(moved)).toBe(R.otherProvince);
  await removeFirms([moved]);
});

test('a chain leader imports in their chain, and is refused a chain they do not lead', async () => {
  const inChain = {
    enterprises: [{ id: id('l1'), name: '测试链长企业', region: R.county }],
    produces: [{ enterprise: id('l1'), link: id('metal'), status: 'building', capacity: 3, unit: '万吨' }],
  };
  const allowed = await importAs('leader', inChain);
  expect(allowed.status).toBe(200);
  expect(allowed.lines.at(-1)).toMatchObject({ type: 'done' });
  expect(await firmRegion(id('l1'))).toBe(R.county);

  const otherChain = {
    enterprises: [{ id: id('l2'), name: '测试镍企业', region: R.county }],
    produces: [{ enterprise: id('l2'), link: id('ore'), status: 'planned', capacity: 1, unit: '万吨' }],
  };
  const refused = await importAs('leader', otherChain);
  expect(refused.status).toBe(403);
  // Both rows concern the nickel chain once the firm makes ore (the firm through what it produces).
  expect(refused.json!.refused!.map((r) => [r.table, r.reason, r.outside])).toEqual([
    ['enterprises', 'chain', [id('nickel')]],
    ['produces', 'chain', [id('nickel')]],
  ]);
  expect(refused.json!.refused![1]!.message).toMatch(
    new RegExp(
      `^产业链 ${id('nickel')} 不是你负责的 测试铝链 ${id('alu')} \\(chain ${id('nickel')} is not one you lead`,
    ),
  );
  expect(await cypher('MATCH (e:Enterprise {id: $id}) RETURN e', { id: id('l2') })).toEqual([]);

  // Link definitions are national data even for a chain leader.
  const links = await importAs('leader', { links: [{ id: id('scrap'), name: '测试废铝', unit: '万吨' }] });
  expect(links.status).toBe(403);
  expect(links.json!.refused!.map((r) => r.reason)).toEqual(['national']);
  await removeFirms([id('l1')]);
});

test('viewers are refused before the body is read, anonymous callers asked to log in', async () => {
  const dataset = { enterprises: [{ id: id('v1'), name: '测试查看者企业', region: R.county }] };
  const viewer = await importAs('viewer', dataset);
  expect(viewer.status).toBe(403);
  expect(viewer.json!.error).toMatchObject({ code: 'FORBIDDEN' });
  expect(viewer.json!.error.message).toMatch(/^查看者无权修改企业信息/);
  const anonymous = await importAs('anonymous', dataset);
  expect(anonymous.status).toBe(401);
  expect(anonymous.json!.error.code).toBe('UNAUTHENTICATED');
  expect(await cypher('MATCH (e:Enterprise {id: $id}) RETURN e', { id: id('v1') })).toEqual([]);
});

test('an administrator imports anything: national tables and any region', async () => {
  const dataset = {
    chains: [{ id: id('copper'), name: '测试铜链' }],
    enterprises: [{ id: id('a1'), name: '测试外省企业', region: R.otherProvince }],
  };
  const res = await importAs('admin', dataset);
  expect(res.status).toBe(200);
  expect(res.lines.at(-1)).toMatchObject({ type: 'done' });
  expect(await firmRegion(id('a1'))).toBe(R.otherProvince);
  expect(await cypher('MATCH (c:Chain {id: $id}) RETURN c.name AS name', { id: id('copper') })).toEqual([
    { name: '测试铜链' },
  ]);
  await removeFirms([id('a1')]);
});

test('how long the row-by-row check takes for a larger recruiter dataset (printed)', async () => {
  const n = 200;
  const firms = Array.from({ length: n }, (_, i) => ({ id: id(`bulk${i}`), name: `测试批量${i}`, region: R.county }));
  const produces = firms.map((f) => ({
    enterprise: f.id,
    link: id('metal'),
    status: 'planned',
    capacity: 1,
    unit: '万吨',
  }));
  const started = Date.now();
  const admin = await importAs('admin', { enterprises: firms, produces });
  const adminMs = Date.now() - started;
  expect(admin.status).toBe(200);
  const again = Date.now();
  const scoped = await importAs('recruiter', { enterprises: firms, produces });
  const scopedMs = Date.now() - again;
  expect(scoped.status).toBe(200);
  expect(scoped.lines.at(-1)).toMatchObject({ type: 'done' });
  process.stderr.write(`import of ${2 * n} rows: administrator ${adminMs} ms, recruiter (checked) ${scopedMs} ms\n`);
  expect(scopedMs).toBeLessThan(60_000);
  await removeFirms(firms.map((f) => f.id));
});
