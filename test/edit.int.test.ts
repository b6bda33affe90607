import { strToU8, zipSync } from 'fflate';
import type { Database } from '../server/db/database';
import { start, type RunningServer } from '../server/main';
import { testConfig, testDatabase, uniquePrefix } from './support/database';
import { deleteTestData, loadTables, testRegionCodes } from './support/dataset';
import { deleteTestChanges, gql, importerMessage, signInAccounts, type GqlResponse } from './support/edit-fixture';
import { deleteTestUsers } from './support/users';

/**
 * Editing through GraphQL against the real Neo4j: every kind of mutation, validation with
 * the importer's messages, the role/region/chain matrix, the audit trail and the derived
 * totals. One server and one dataset for the whole file; every id carries the prefix.
 */
const P = uniquePrefix('edit');
const R = testRegionCodes();
const id = (s: string) => `${P}${s}`;
const PASSWORD = 'correct horse battery';
const src = { source: 'test fixture', as_of: '2024-06' };

// Inside = the recruiter's and the chain leader's city (and its county); outside = another province.
const tables = {
  regions: [
    { code: R.province, name: '测试自治区', level: 'province' },
    { code: R.city, name: '测试盟市', level: 'city', parent: R.province },
    { code: R.county, name: '测试旗县', level: 'county', parent: R.city },
    { code: R.otherProvince, name: '测试外省', level: 'province' },
  ],
  chains: [
    { id: id('alu'), name: '测试铝链', ...src },
    { id: id('nickel'), name: '测试镍链', ...src },
  ],
  links: [
    { id: id('metal'), name: '测试原铝', unit: '万吨', ...src },
    { id: id('ore'), name: '测试镍矿', unit: '万吨', ...src },
  ],
  chain_links: [
    { chain: id('alu'), link: id('metal'), stage: 'midstream', position: 0, ...src },
    { chain: id('nickel'), link: id('ore'), stage: 'upstream', position: 0, ...src },
  ],
  feeds: [{ from: id('ore'), to: id('metal'), input_per_unit: 1, ...src }],
  enterprises: [
    { id: id('in'), name: '测试本地铝业', region: R.county, ...src },
    { id: id('in2'), name: '测试本地加工', region: R.county, ...src },
    { id: id('out'), name: '测试外省镍业', region: R.otherProvince, ...src },
    { id: id('big'), name: '测试外省铝业', region: R.otherProvince, ...src },
  ],
  produces: [
    { enterprise: id('in'), link: id('metal'), status: 'operating', capacity: 100, unit: '万吨', ...src },
    { enterprise: id('out'), link: id('ore'), status: 'operating', capacity: 50, unit: '万吨', ...src },
  ],
  supplies: [
    { supplier: id('in'), customer: id('in2'), link: id('metal'), ...src },
    { supplier: id('out'), customer: id('in'), link: id('ore'), ...src },
  ],
  subsidiaries: [
    { child: id('in2'), parent: id('in'), share: 51, ...src },
    { child: id('out'), parent: id('in'), share: 10, ...src },
  ],
  masters: [
    { enterprise: id('in'), chain: id('alu'), region: R.city, ...src },
    { enterprise: id('out'), chain: id('nickel'), region: R.otherProvince, ...src },
  ],
  projects: [
    {
      id: id('pin'),
      name: '测试本地项目',
      enterprise: id('in'),
      region: R.county,
      link: id('metal'),
      status: 'signed',
      ...src,
    },
    { id: id('pout'), name: '测试外省项目', region: R.otherProvince, link: id('ore'), status: 'signed', ...src },
  ],
  leaders: [
    { chain: id('alu'), region: R.city, name: '测试链长', ...src },
    { chain: id('nickel'), region: R.otherProvince, name: '测试外省链长', ...src },
  ],
};

type Role = 'anonymous' | 'viewer' | 'recruiter' | 'leader' | 'admin';
const ROLES: Role[] = ['anonymous', 'viewer', 'recruiter', 'leader', 'admin'];

let db: Database;
let server: RunningServer;
const tokens: Record<Role, string | null> = {
  anonymous: null,
  viewer: null,
  recruiter: null,
  leader: null,
  admin: null,
};
const userIds: Record<string, string> = {};

beforeAll(async () => {
  db = await testDatabase();
  await loadTables(db, tables);
  // The matrix sends a few hundred mutations a minute: far above the default write limit.
  const base = testConfig();
  server = await start({
    config: { ...base, auth: { ...base.auth, writeRateLimit: { perUser: 100_000, windowMs: 60_000 } } },
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
  Object.assign(userIds, signedIn.ids);
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

const as = <T = Record<string, unknown>>(role: Role, query: string, variables: Record<string, unknown> = {}) =>
  gql<T>(server, query, variables, tokens[role]);

interface ChangeData {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  note: string | null;
  userId: string;
  regions: string[];
  chains: string[];
  enterprises: string[];
}
const CHANGE = 'id action entityType entityId before after note userId regions chains enterprises';

function ok<T>(res: GqlResponse<T>): T {
  if (res.errors !== undefined) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** Runs a raw read for checks the API does not expose (test-only Cypher). */
async function cypher(query: string, params: Record<string, unknown> = {}) {
  const session = db.driver.session();
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

const ENTERPRISE = `query ($id: ID!) { enterprise(id: $id) { id name aliases ownership employees website region { code } } }`;
const CREATE_ENTERPRISE = `mutation ($input: EnterpriseInput!, $note: String) { createEnterprise(input: $input, note: $note) { ${CHANGE} } }`;
const UPDATE_ENTERPRISE = `mutation ($id: ID!, $input: EnterpriseChanges!, $note: String) { updateEnterprise(id: $id, input: $input, note: $note) { ${CHANGE} } }`;
const DELETE_ENTERPRISE = `mutation ($id: ID!, $note: String) { deleteEnterprise(id: $id, note: $note) { ${CHANGE} } }`;

describe('enterprises', () => {
  test('create, partial update (null clears), delete; each with its audit record', async () => {
    const firm = id('new1');
    const created = ok(
      await as<{ createEnterprise: ChangeData }>('recruiter', CREATE_ENTERPRISE, {
        input: {
          id: firm,
          name: '测试新企业',
          region: R.county,
          ownership: 'PRIVATE',
          website: 'https://x.example',
          aliases: ['新企'],
          source: 'test',
          asOf: '2025',
        },
        note: '新落地',
      }),
    ).createEnterprise;
    expect(created).toMatchObject({
      action: 'CREATE',
      entityType: 'Enterprise',
      entityId: firm,
      before: null,
      note: '新落地',
    });
    expect(created.userId).toBe(userIds.recruiter);
    expect(JSON.parse(created.after!)).toMatchObject({
      id: firm,
      name: '测试新企业',
      region: R.county,
      ownership: 'private',
    });
    expect(created.regions).toEqual([R.county]);

    const updated = ok(
      await as<{ updateEnterprise: ChangeData }>('recruiter', UPDATE_ENTERPRISE, {
        id: firm,
        input: { employees: 120, website: null },
        note: '核实',
      }),
    ).updateEnterprise;
    expect(JSON.parse(updated.before!)).toEqual({ employees: null, website: 'https://x.example' });
    expect(JSON.parse(updated.after!)).toEqual({ employees: 120, website: null });
    const now = ok(await as<{ enterprise: Record<string, unknown> }>('viewer', ENTERPRISE, { id: firm })).enterprise;
    expect(now).toMatchObject({
      name: '测试新企业',
      aliases: ['新企'],
      ownership: 'PRIVATE',
      employees: 120,
      website: null,
    });

    // Nothing changes: nothing is written and no record is made.
    const same = ok(
      await as<{ updateEnterprise: ChangeData | null }>('recruiter', UPDATE_ENTERPRISE, {
        id: firm,
        input: { employees: 120 },
      }),
    );
    expect(same.updateEnterprise).toBeNull();

    const deleted = ok(
      await as<{ deleteEnterprise: ChangeData }>('recruiter', DELETE_ENTERPRISE, { id: firm, note: '注销' }),
    ).deleteEnterprise;
    expect(deleted.after).toBeNull();
    expect(JSON.parse(deleted.before!)).toMatchObject({ name: '测试新企业', employees: 120 });
    expect(ok(await as<{ enterprise: unknown }>('viewer', ENTERPRISE, { id: firm })).enterprise).toBeNull();

    // The history survives the firm, newest first.
    const trail = ok(
      await as<{ changes: { changes: ChangeData[] } }>(
        'admin',
        `query ($e: ID!) { changes(enterprise: $e) { changes { ${CHANGE} } } }`,
        { e: firm },
      ),
    ).changes.changes;
    expect(trail.map((c) => c.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
  });

  test.each([
    ['employees', { employees: -5 }, { employees: -5 }],
    ['founded', { founded: '2020/13' }, { founded: '2020/13' }],
    ['tags', { tags: ['上市', 'nonsense'] }, { tags: ['上市', 'nonsense'] }],
    ['region', { region: 'nowhere' }, { region: 'nowhere' }],
    ['id', { id: 'has space' }, { id: 'has space' }],
    ['as_of', { asOf: 'June' }, { as_of: 'June' }],
  ])("a bad %s gets the importer's message, naming the field; nothing is written", async (column, input, row) => {
    const firm = id(`bad-${column.replace('_', '')}`);
    const base = { id: firm, name: '测试坏企业', region: R.county };
    const expected = await importerMessage(db, { enterprises: [{ ...base, ...row }] }, column);
    const res = await as('admin', CREATE_ENTERPRISE, { input: { ...base, ...input } });
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const field = column === 'as_of' ? 'asOf' : column;
    expect(res.errors![0]!.extensions!.field).toBe(field);
    expect(res.errors![0]!.message).toBe(`字段 ${field} 有误 (invalid ${field}): ${expected}`);
    const stored = await cypher('MATCH (e:Enterprise) WHERE e.id IN [$a, $b] RETURN e', { a: firm, b: 'has space' });
    expect(stored).toEqual([]);
  });

  test("an update that clears a required field is refused with the importer's message", async () => {
    const expected = await importerMessage(db, { enterprises: [{ id: id('x'), region: R.county }] }, 'name');
    const res = await as('admin', UPDATE_ENTERPRISE, { id: id('in2'), input: { name: null } });
    expect(res.errors![0]!.message).toBe(`字段 name 有误 (invalid name): ${expected}`);
    expect(
      ok(await as<{ enterprise: { name: string } }>('viewer', ENTERPRISE, { id: id('in2') })).enterprise.name,
    ).toBe('测试本地加工');
  });

  test('create of an existing id is a CONFLICT; update of a missing one NOT_FOUND', async () => {
    const dup = await as('admin', CREATE_ENTERPRISE, { input: { id: id('in'), name: 'x', region: R.county } });
    expect(dup.errors![0]!.extensions!.code).toBe('CONFLICT');
    const missing = await as('admin', UPDATE_ENTERPRISE, { id: id('nobody'), input: { name: 'x' } });
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  test('deleting a firm that still has production, supplies or projects is a CONFLICT naming them', async () => {
    const res = await as('admin', DELETE_ENTERPRISE, { id: id('in') });
    expect(res.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(res.errors![0]!.message).toMatch(/仍有关联数据.*1 产能 production.*delete those first/);
    expect(ok(await as<{ enterprise: unknown }>('viewer', ENTERPRISE, { id: id('in') })).enterprise).not.toBeNull();
  });

  test("a move refreshes both regions' totals and touches both regions (scoped accounts need both)", async () => {
    const firm = id('mover');
    ok(await as('admin', CREATE_ENTERPRISE, { input: { id: firm, name: '测试搬迁', region: R.otherProvince } }));
    ok(
      await as('admin', CREATE_PRODUCTION, {
        input: { enterprise: firm, link: id('metal'), status: 'OPERATING', capacity: 7, unit: '万吨' },
      }),
    );
    const refused = await as('recruiter', UPDATE_ENTERPRISE, { id: firm, input: { region: R.county } });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'region' });
    const moved = ok(
      await as<{ updateEnterprise: ChangeData }>('admin', UPDATE_ENTERPRISE, { id: firm, input: { region: R.county } }),
    );
    expect(moved.updateEnterprise.regions).toEqual([R.county, R.otherProvince].sort());
    const makes = await cypher(
      'MATCH (r:Region)-[m:MAKES]->(:Link {id: $link}) WHERE r.code IN $codes RETURN r.code AS code, m.capacities AS c',
      { link: id('metal'), codes: [R.county, R.otherProvince] },
    );
    expect(makes).toEqual([{ code: R.county, c: [107] }]);
    ok(await as('admin', DELETE_PRODUCTION, { enterprise: firm, link: id('metal'), status: 'OPERATING' }));
    ok(await as('admin', DELETE_ENTERPRISE, { id: firm }));
  });
});

const CREATE_PRODUCTION = `mutation ($input: ProductionInput!) { createProduction(input: $input) { ${CHANGE} } }`;
const UPDATE_PRODUCTION = `mutation ($enterprise: ID!, $link: ID!, $status: ProductionStatus!, $input: ProductionChanges!) {
  updateProduction(enterprise: $enterprise, link: $link, status: $status, input: $input) { ${CHANGE} } }`;
const DELETE_PRODUCTION = `mutation ($enterprise: ID!, $link: ID!, $status: ProductionStatus!) {
  deleteProduction(enterprise: $enterprise, link: $link, status: $status) { ${CHANGE} } }`;
const GAPS = `query ($chain: ID!, $region: String!) { chainGaps(chain: $chain, region: $region) {
  link { id } localEnterprises localCapacity { value unit } nationalCapacity { value unit } } }`;
const TARGETS = `query ($link: ID!, $region: String!) { targets(link: $link, region: $region, first: 20) {
  targets { enterprise { id } capacity { value unit } } } }`;

async function metalGap() {
  const gaps = ok(
    await as<{
      chainGaps: {
        link: { id: string };
        localEnterprises: number;
        localCapacity: { value: number }[];
        nationalCapacity: { value: number }[];
      }[];
    }>('viewer', GAPS, { chain: id('alu'), region: R.city }),
  ).chainGaps;
  return gaps.find((g) => g.link.id === id('metal'))!;
}

describe('production and the derived totals', () => {
  test("a production edit changes chainGaps' local and national capacity and the targets at once", async () => {
    const before = await metalGap();
    expect(before.localCapacity).toEqual([{ value: 100, unit: '万吨' }]);
    const nationalBefore = before.nationalCapacity[0]!.value;

    ok(
      await as('leader', UPDATE_PRODUCTION, {
        enterprise: id('in'),
        link: id('metal'),
        status: 'OPERATING',
        input: { capacity: 130 },
      }),
    );
    let gap = await metalGap();
    expect(gap.localCapacity).toEqual([{ value: 130, unit: '万吨' }]);
    expect(gap.nationalCapacity[0]!.value).toBe(nationalBefore + 30);

    // A firm elsewhere starts making the metal: it becomes a target for the city.
    ok(
      await as('admin', CREATE_PRODUCTION, {
        input: {
          enterprise: id('big'),
          link: id('metal'),
          status: 'OPERATING',
          capacity: 400,
          unit: '万吨',
          source: '估算 estimate: test',
        },
      }),
    );
    const targets = ok(
      await as<{ targets: { targets: { enterprise: { id: string }; capacity: { value: number }[] }[] } }>(
        'viewer',
        TARGETS,
        { link: id('metal'), region: R.city },
      ),
    ).targets.targets;
    expect(targets.find((t) => t.enterprise.id === id('big'))?.capacity).toEqual([{ value: 400, unit: '万吨' }]);
    gap = await metalGap();
    expect(gap.nationalCapacity[0]!.value).toBe(nationalBefore + 430);

    ok(await as('admin', DELETE_PRODUCTION, { enterprise: id('big'), link: id('metal'), status: 'OPERATING' }));
    const after = ok(
      await as<{ targets: { targets: { enterprise: { id: string } }[] } }>('viewer', TARGETS, {
        link: id('metal'),
        region: R.city,
      }),
    );
    expect(after.targets.targets.map((t) => t.enterprise.id)).not.toContain(id('big'));
    ok(
      await as('leader', UPDATE_PRODUCTION, {
        enterprise: id('in'),
        link: id('metal'),
        status: 'OPERATING',
        input: { capacity: 100 },
      }),
    );
    expect((await metalGap()).localCapacity).toEqual([{ value: 100, unit: '万吨' }]);
  });

  test.each([
    ['capacity', { capacity: -1, unit: '万吨' }, { capacity: -1, unit: '万吨' }, 'capacity'],
    ['unit', { capacity: 5 }, { capacity: 5 }, 'unit'],
    [
      'link',
      { link: 'no-such-link', capacity: 5, unit: '万吨' },
      { link: 'no-such-link', capacity: 5, unit: '万吨' },
      'link',
    ],
  ])("a bad %s gets the importer's message; nothing is written", async (_name, input, row, column) => {
    const base = { enterprise: id('in2'), link: id('metal'), status: 'BUILDING' };
    const expected = await importerMessage(db, { produces: [{ ...base, status: 'building', ...row }] }, column);
    const res = await as('admin', CREATE_PRODUCTION, { input: { ...base, ...input } });
    expect(res.errors![0]!.message).toBe(`字段 ${column} 有误 (invalid ${column}): ${expected}`);
    expect(res.errors![0]!.extensions!.field).toBe(column);
    expect(await cypher('MATCH (:Enterprise {id: $id})-[p:PRODUCES]->() RETURN p', { id: id('in2') })).toEqual([]);
  });
});

/** Every kind of thing, with a key inside the scoped accounts' city and one outside it. */
interface Kind {
  name: string;
  /** Variable declarations and arguments of the key. */
  sig: string;
  args: string;
  inside: Record<string, unknown>;
  outside: Record<string, unknown>;
  /** Roles allowed inside and outside (the rest are refused; anonymous is always UNAUTHENTICATED). */
  allowInside: Role[];
  allowOutside: Role[];
}
const ADMIN_ONLY: Role[] = ['admin'];
const KINDS: Kind[] = [
  {
    name: 'Enterprise',
    sig: '$id: ID!',
    args: 'id: $id',
    inside: { id: id('in') },
    outside: { id: id('out') },
    allowInside: ['recruiter', 'leader', 'admin'],
    allowOutside: ADMIN_ONLY,
  },
  {
    name: 'Link',
    sig: '$id: ID!',
    args: 'id: $id',
    inside: { id: id('metal') },
    outside: { id: id('ore') },
    allowInside: ADMIN_ONLY,
    allowOutside: ADMIN_ONLY,
  },
  {
    name: 'ChainLink',
    sig: '$chain: ID!, $link: ID!',
    args: 'chain: $chain, link: $link',
    inside: { chain: id('alu'), link: id('metal') },
    outside: { chain: id('nickel'), link: id('ore') },
    allowInside: ADMIN_ONLY,
    allowOutside: ADMIN_ONLY,
  },
  {
    name: 'Feed',
    sig: '$from: ID!, $to: ID!',
    args: 'from: $from, to: $to',
    inside: { from: id('ore'), to: id('metal') },
    outside: { from: id('ore'), to: id('metal') },
    allowInside: ADMIN_ONLY,
    allowOutside: ADMIN_ONLY,
  },
  {
    name: 'Production',
    sig: '$enterprise: ID!, $link: ID!, $status: ProductionStatus!',
    args: 'enterprise: $enterprise, link: $link, status: $status',
    inside: { enterprise: id('in'), link: id('metal'), status: 'OPERATING' },
    outside: { enterprise: id('out'), link: id('ore'), status: 'OPERATING' },
    allowInside: ['recruiter', 'leader', 'admin'],
    allowOutside: ADMIN_ONLY,
  },
  {
    name: 'Supply',
    sig: '$supplier: ID!, $customer: ID!, $link: ID!',
    args: 'supplier: $supplier, customer: $customer, link: $link',
    inside: { supplier: id('in'), customer: id('in2'), link: id('metal') },
    // The customer is inside, the supplier is not: a change must lie entirely in scope.
    outside: { supplier: id('out'), customer: id('in'), link: id('ore') },
    allowInside: ['recruiter', 'leader', 'admin'],
    allowOutside: ADMIN_ONLY,
  },
  {
    name: 'Shareholding',
    sig: '$child: ID!, $parent: ID!',
    args: 'child: $child, parent: $parent',
    inside: { child: id('in2'), parent: id('in') },
    outside: { child: id('out'), parent: id('in') },
    allowInside: ['recruiter', 'leader', 'admin'],
    allowOutside: ADMIN_ONLY,
  },
  {
    name: 'LinkMaster',
    sig: '$enterprise: ID!, $chain: ID!, $region: String!',
    args: 'enterprise: $enterprise, chain: $chain, region: $region',
    inside: { enterprise: id('in'), chain: id('alu'), region: R.city },
    outside: { enterprise: id('out'), chain: id('nickel'), region: R.otherProvince },
    allowInside: ['leader', 'admin'],
    allowOutside: ADMIN_ONLY,
  },
  {
    name: 'ChainLeader',
    sig: '$chain: ID!, $region: String!',
    args: 'chain: $chain, region: $region',
    inside: { chain: id('alu'), region: R.city },
    outside: { chain: id('nickel'), region: R.otherProvince },
    allowInside: ['leader', 'admin'],
    allowOutside: ADMIN_ONLY,
  },
  {
    name: 'Project',
    sig: '$id: ID!',
    args: 'id: $id',
    inside: { id: id('pin') },
    outside: { id: id('pout') },
    allowInside: ['recruiter', 'leader', 'admin'],
    allowOutside: ADMIN_ONLY,
  },
];

const INPUT_TYPES: Record<string, string> = {
  Enterprise: 'EnterpriseChanges',
  Link: 'LinkChanges',
  ChainLink: 'ChainLinkChanges',
  Feed: 'FeedChanges',
  Production: 'ProductionChanges',
  Supply: 'SupplyChanges',
  Shareholding: 'ShareholdingChanges',
  LinkMaster: 'ProvenanceChanges',
  ChainLeader: 'ChainLeaderChanges',
  Project: 'ProjectChanges',
};

const MATRIX = KINDS.flatMap((kind) =>
  (['inside', 'outside'] as const).flatMap((where) =>
    ROLES.map((role) => {
      const allowed = (where === 'inside' ? kind.allowInside : kind.allowOutside).includes(role);
      const expected = role === 'anonymous' ? 'UNAUTHENTICATED' : allowed ? 'allowed' : 'FORBIDDEN';
      return { kind, where, role, expected };
    }),
  ),
);

describe('the role, region and chain matrix (update of every kind; an empty change writes nothing)', () => {
  test.each(MATRIX.map((c) => [c.kind.name, c.where, c.role, c.expected, c] as const))(
    'update%s %s as %s: %s',
    async (name, where, role, expected, c) => {
      const query = `mutation (${c.kind.sig}, $input: ${INPUT_TYPES[name]}!) { update${name}(${c.kind.args}, input: $input) { id } }`;
      const res = await as(role, query, { ...c.kind[where], input: {} });
      if (expected === 'allowed') {
        expect(res.errors).toBeUndefined();
        expect(res.data).toEqual({ [`update${name}`]: null });
      } else {
        expect(res.errors?.[0]?.extensions?.code).toBe(expected);
        if (role === 'viewer') expect(res.errors![0]!.extensions!.reason).toBe('role');
      }
    },
  );

  const created = (role: Role) => id(`by-${role}`);
  test.each(ROLES.map((role) => [role] as const))(
    'create and delete of a firm, its production and a project inside the city, as %s',
    async (role) => {
      const allowed = ['recruiter', 'leader', 'admin'].includes(role);
      const firm = created(role);
      const create = await as(role, CREATE_ENTERPRISE, { input: { id: firm, name: '测试', region: R.county } });
      // A new firm makes nothing yet, so it concerns no chain: a chain leader may not create it.
      const firmAllowed = allowed && role !== 'leader';
      if (!firmAllowed) {
        expect(create.errors![0]!.extensions!.code).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(await cypher('MATCH (e:Enterprise {id: $id}) RETURN e', { id: firm })).toEqual([]);
      } else {
        ok(create);
        ok(await as(role, DELETE_ENTERPRISE, { id: firm }));
      }
      const production = { enterprise: id('in2'), link: id('metal'), status: 'PLANNED' };
      const res = await as(role, CREATE_PRODUCTION, { input: { ...production, capacity: 3, unit: '万吨' } });
      if (allowed) {
        ok(res);
        ok(await as(role, DELETE_PRODUCTION, production));
      } else {
        expect(res.errors![0]!.extensions!.code).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
      const project = { id: id(`p-${role}`), name: '测试项目', region: R.county, link: id('metal'), status: 'SIGNED' };
      const p = await as(role, `mutation ($input: ProjectInput!) { createProject(input: $input) { id } }`, {
        input: project,
      });
      if (allowed) {
        ok(p);
        ok(await as(role, `mutation ($id: ID!) { deleteProject(id: $id) { id } }`, { id: project.id }));
      } else {
        expect(p.errors![0]!.extensions!.code).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
    },
  );

  test('outside the city, scoped accounts may create nothing and are told where they may', async () => {
    for (const role of ['recruiter', 'leader'] as const) {
      const res = await as(role, CREATE_ENTERPRISE, {
        input: { id: id(`far-${role}`), name: '测试', region: R.otherProvince },
      });
      expect(res.errors![0]!.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'region',
        outside: [R.otherProvince],
      });
      expect(res.errors![0]!.message).toContain('测试盟市');
    }
  });
});

/** Create, update and delete of the other kinds, and one bad value each with the importer's message. */
const LIFECYCLES: {
  name: string;
  input: Record<string, unknown>;
  key: Record<string, unknown>;
  change: Record<string, unknown>;
  bad: { input: Record<string, unknown>; table: string; row: Record<string, unknown>; column: string; field: string };
}[] = [
  {
    name: 'Link',
    input: { id: id('l2'), name: '测试新环节', unit: '吨' },
    key: { id: id('l2') },
    change: { nameEn: 'New link' },
    bad: { input: { id: 'a b', name: 'x' }, table: 'links', row: { id: 'a b', name: 'x' }, column: 'id', field: 'id' },
  },
  {
    name: 'ChainLink',
    input: { chain: id('alu'), link: id('ore'), stage: 'UPSTREAM' },
    key: { chain: id('alu'), link: id('ore') },
    change: { position: 3 },
    bad: {
      input: { chain: id('alu'), link: id('ore'), stage: 'UPSTREAM', position: -1 },
      table: 'chain_links',
      row: { chain: id('alu'), link: id('ore'), stage: 'upstream', position: -1 },
      column: 'position',
      field: 'position',
    },
  },
  {
    name: 'Feed',
    input: { from: id('metal'), to: id('ore') },
    key: { from: id('metal'), to: id('ore') },
    change: { inputPerUnit: 2 },
    bad: {
      input: { from: id('metal'), to: id('metal') },
      table: 'feeds',
      row: { from: id('metal'), to: id('metal') },
      column: 'to',
      field: 'to',
    },
  },
  {
    name: 'Supply',
    input: { supplier: id('in2'), customer: id('in'), link: id('metal'), volume: 3, unit: '万吨' },
    key: { supplier: id('in2'), customer: id('in'), link: id('metal') },
    change: { volume: 4 },
    bad: {
      input: { supplier: id('in'), customer: id('in'), link: id('metal') },
      table: 'supplies',
      row: { supplier: id('in'), customer: id('in'), link: id('metal') },
      column: 'customer',
      field: 'customer',
    },
  },
  {
    name: 'Shareholding',
    input: { child: id('big'), parent: id('in'), share: 20 },
    key: { child: id('big'), parent: id('in') },
    change: { share: 30 },
    bad: {
      input: { child: id('big'), parent: id('in'), share: 150 },
      table: 'subsidiaries',
      row: { child: id('big'), parent: id('in'), share: 150 },
      column: 'share',
      field: 'share',
    },
  },
  {
    name: 'LinkMaster',
    input: { enterprise: id('in2'), chain: id('alu'), region: R.city },
    key: { enterprise: id('in2'), chain: id('alu'), region: R.city },
    change: { source: 'test' },
    bad: {
      input: { enterprise: id('in2'), chain: id('alu'), region: 'nowhere' },
      table: 'masters',
      row: { enterprise: id('in2'), chain: id('alu'), region: 'nowhere' },
      column: 'region',
      field: 'region',
    },
  },
  {
    name: 'ChainLeader',
    input: { chain: id('nickel'), region: R.city, name: '测试镍链长' },
    key: { chain: id('nickel'), region: R.city },
    change: { title: '副盟长' },
    bad: {
      input: { chain: 'no-chain', region: R.city, name: 'x' },
      table: 'leaders',
      row: { chain: 'no-chain', region: R.city, name: 'x' },
      column: 'chain',
      field: 'chain',
    },
  },
  {
    name: 'Project',
    input: {
      id: id('p2'),
      name: '测试新项目',
      region: R.county,
      link: id('metal'),
      status: 'SIGNED',
      signedOn: '2024-05',
    },
    key: { id: id('p2') },
    // Status changes go through moveProject (test/ledger.int.test.ts); 五个一 fields are plain edits.
    change: { startedOn: '2024-06', investmentYi: 12.5, taskForce: ['测试甲', '测试乙'], plan: '测试计划' },
    bad: {
      input: {
        id: id('p3'),
        name: 'x',
        region: R.county,
        link: id('metal'),
        status: 'SIGNED',
        signedOn: '2024-05',
        startedOn: '2024-01',
      },
      table: 'projects',
      row: {
        id: id('p3'),
        name: 'x',
        region: R.county,
        link: id('metal'),
        status: 'signed',
        signed_on: '2024-05',
        started_on: '2024-01',
      },
      column: 'started_on',
      field: 'startedOn',
    },
  },
];

describe('create, update, delete of every other kind', () => {
  test.each(LIFECYCLES.map((l) => [l.name, l] as const))('%s', async (name, l) => {
    const kind = KINDS.find((k) => k.name === name)!;
    const created = ok(
      await as<Record<string, ChangeData>>(
        'admin',
        `mutation ($input: ${name}Input!) { create${name}(input: $input, note: "n1") { ${CHANGE} } }`,
        {
          input: l.input,
        },
      ),
    )[`create${name}`]!;
    expect(created).toMatchObject({ action: 'CREATE', entityType: name, before: null, note: 'n1' });
    const updated = ok(
      await as<Record<string, ChangeData>>(
        'admin',
        `mutation (${kind.sig}, $input: ${INPUT_TYPES[name]}!) { update${name}(${kind.args}, input: $input) { ${CHANGE} } }`,
        { ...l.key, input: l.change },
      ),
    )[`update${name}`]!;
    expect(Object.keys(JSON.parse(updated.after!)).sort()).toEqual(Object.keys(l.change).sort());
    expect(updated.entityId).toBe(created.entityId);
    const again = await as('admin', `mutation ($input: ${name}Input!) { create${name}(input: $input) { id } }`, {
      input: l.input,
    });
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
    ok(await as('admin', `mutation (${kind.sig}) { delete${name}(${kind.args}) { id } }`, l.key));
    const gone = await as('admin', `mutation (${kind.sig}) { delete${name}(${kind.args}) { id } }`, l.key);
    expect(gone.errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const expected = await importerMessage(db, { [l.bad.table]: [l.bad.row] }, l.bad.column);
    const bad = await as('admin', `mutation ($input: ${name}Input!) { create${name}(input: $input) { id } }`, {
      input: l.bad.input,
    });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: l.bad.field });
    expect(bad.errors![0]!.message).toBe(`字段 ${l.bad.field} 有误 (invalid ${l.bad.field}): ${expected}`);
  });

  test("a holding refreshes the group's candidacy for the links its firms make", async () => {
    ok(
      await as('admin', `mutation ($input: ShareholdingInput!) { createShareholding(input: $input) { id } }`, {
        input: { child: id('in'), parent: id('big') },
      }),
    );
    const rows = await cypher(
      'MATCH (:Enterprise {id: $id})-[c:CANDIDATE_FOR]->(:Link {id: $link}) RETURN c.viaGroup AS via',
      {
        id: id('big'),
        link: id('metal'),
      },
    );
    expect(rows).toEqual([{ via: true }]);
    ok(await as('admin', `mutation { deleteShareholding(child: "${id('in')}", parent: "${id('big')}") { id } }`));
    expect(await cypher('MATCH (:Enterprise {id: $id})-[c:CANDIDATE_FOR]->() RETURN c', { id: id('big') })).toEqual([]);
  });

  test('a link in use cannot be deleted', async () => {
    const res = await as('admin', `mutation { deleteLink(id: "${id('metal')}") { id } }`);
    expect(res.errors![0]!.extensions!.code).toBe('CONFLICT');
  });
});

describe('the audit trail', () => {
  const PAGE = `query ($e: ID, $c: ID, $u: ID, $first: Int, $after: String) {
    changes(enterprise: $e, chain: $c, user: $u, first: $first, after: $after) { changes { ${CHANGE} } hasNextPage endCursor } }`;
  type Page = { changes: { changes: ChangeData[]; hasNextPage: boolean; endCursor: string | null } };

  test('per enterprise, chain and user, paged newest first', async () => {
    const firm = id('audited');
    ok(await as('recruiter', CREATE_ENTERPRISE, { input: { id: firm, name: '测试审计', region: R.county } }));
    ok(
      await as('recruiter', CREATE_PRODUCTION, { input: { enterprise: firm, link: id('metal'), status: 'BUILDING' } }),
    );
    ok(await as('recruiter', UPDATE_ENTERPRISE, { id: firm, input: { employees: 9 }, note: '电话核实' }));

    const first = ok(await as<Page>('admin', PAGE, { e: firm, first: 2 })).changes;
    expect(first.changes.map((c) => `${c.action} ${c.entityType}`)).toEqual(['UPDATE Enterprise', 'CREATE Production']);
    expect(first.changes[0]!.note).toBe('电话核实');
    expect(first.hasNextPage).toBe(true);
    const second = ok(await as<Page>('admin', PAGE, { e: firm, first: 2, after: first.endCursor })).changes;
    expect(second.changes.map((c) => c.action)).toEqual(['CREATE']);
    expect(second.hasNextPage).toBe(false);

    const byChain = ok(await as<Page>('admin', PAGE, { c: id('alu'), first: 50 })).changes.changes;
    expect(byChain.some((c) => c.entityType === 'Production' && c.enterprises.includes(firm))).toBe(true);
    const byUser = ok(await as<Page>('admin', PAGE, { u: userIds.recruiter, first: 200 })).changes.changes;
    expect(byUser.length).toBeGreaterThanOrEqual(3);
    expect(byUser.every((c) => c.userId === userIds.recruiter)).toBe(true);

    const field = ok(
      await as<{ enterprise: { changes: ChangeData[] } }>(
        'recruiter',
        `query ($id: ID!) { enterprise(id: $id) { changes(first: 1) { action note } } }`,
        { id: firm },
      ),
    );
    expect(field.enterprise.changes).toEqual([{ action: 'UPDATE', note: '电话核实' }]);

    ok(await as('recruiter', DELETE_PRODUCTION, { enterprise: firm, link: id('metal'), status: 'BUILDING' }));
    ok(await as('recruiter', DELETE_ENTERPRISE, { id: firm }));
  });

  test('scoped accounts see the changes in their regions only; viewers none; national changes are admin-only', async () => {
    ok(
      await as('admin', UPDATE_ENTERPRISE, { id: id('out'), input: { website: 'https://out.example' }, note: '外省' }),
    );
    ok(await as('admin', `mutation { updateLink(id: "${id('ore')}", input: {nameEn: "Nickel ore"}) { id } }`));
    const adminSees = ok(await as<Page>('admin', PAGE, { u: userIds.admin, first: 200 })).changes.changes;
    expect(adminSees.some((c) => c.enterprises.includes(id('out')))).toBe(true);
    expect(adminSees.some((c) => c.entityType === 'Link')).toBe(true);
    const recruiterSees = ok(await as<Page>('recruiter', PAGE, { first: 200 })).changes.changes;
    expect(recruiterSees.length).toBeGreaterThan(0);
    expect(recruiterSees.some((c) => c.enterprises.includes(id('out')) && c.entityType === 'Enterprise')).toBe(false);
    expect(recruiterSees.some((c) => c.entityType === 'Link')).toBe(false);
    expect(recruiterSees.every((c) => c.regions.some((r) => [R.city, R.county].includes(r)))).toBe(true);
    const viewer = await as('viewer', PAGE, {});
    expect(viewer.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'role' });
    const anonymous = await as('anonymous', PAGE, {});
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  test('a failed edit leaves no audit record', async () => {
    const count = async () =>
      (
        await cypher('MATCH (c:Change) WHERE c.username STARTS WITH $p RETURN count(c) AS n', { p: P.toLowerCase() })
      )[0]!.n;
    const before = await count();
    await as('admin', CREATE_ENTERPRISE, { input: { id: id('zz'), name: 'x', region: R.county, employees: -1 } });
    await as('recruiter', CREATE_ENTERPRISE, { input: { id: id('zz'), name: 'x', region: R.otherProvince } });
    expect(await count()).toEqual(before);
  });
});

describe('POST /import', () => {
  const post = (
    body: Uint8Array | string,
    type: string,
    role: Role = 'admin',
    url = `${server.url}/import?note=${encodeURIComponent('季度更新')}`,
  ) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': type, ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}) },
      // fetch's types do not list Uint8Array, which it sends as is.
      body: body as unknown as string,
    });

  test('a valid JSON dataset streams validated, progress and done, lands whole, with an audit record', async () => {
    const dataset = {
      enterprises: [{ id: id('imp1'), name: '测试导入企业', region: R.county, ...src }],
      produces: [{ enterprise: id('imp1'), link: id('metal'), status: 'operating', capacity: 5, unit: '万吨', ...src }],
    };
    const res = await post(JSON.stringify(dataset), 'application/json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ type: 'validated', rows: { enterprises: 1, produces: 1 } });
    expect(lines).toContainEqual({ type: 'progress', table: 'enterprises', done: 1, total: 1 });
    expect(lines).toContainEqual({ type: 'progress', table: 'produces', done: 1, total: 1 });
    const done = lines.at(-1)!;
    expect(done).toMatchObject({ type: 'done', rows: { enterprises: 1, produces: 1 } });
    expect((await metalGap()).localCapacity).toEqual([{ value: 105, unit: '万吨' }]);

    const trail = ok(
      await as<{ changes: { changes: ChangeData[] } }>(
        'admin',
        `query ($e: ID!) { changes(enterprise: $e) { changes { ${CHANGE} } } }`,
        { e: id('imp1') },
      ),
    );
    expect(trail.changes.changes[0]).toMatchObject({
      id: done.change,
      action: 'IMPORT',
      entityType: 'Dataset',
      note: '季度更新',
    });
    expect(JSON.parse(trail.changes.changes[0]!.after!)).toEqual({ rows: { enterprises: 1, produces: 1 } });

    ok(await as('admin', DELETE_PRODUCTION, { enterprise: id('imp1'), link: id('metal'), status: 'OPERATING' }));
    ok(await as('admin', DELETE_ENTERPRISE, { id: id('imp1') }));
  });

  test('a zip of CSV files is accepted too', async () => {
    const zip = zipSync({ 'enterprises.csv': strToU8(`id,name,region\n${id('imp2')},测试压缩包企业,${R.county}\n`) });
    const res = await post(zip, 'application/zip');
    expect(res.status).toBe(200);
    expect((await res.text()).trim().split('\n').at(-1)).toMatch(/"type":"done"/);
    expect(
      ok(await as<{ enterprise: { name: string } }>('viewer', ENTERPRISE, { id: id('imp2') })).enterprise.name,
    ).toBe('测试压缩包企业');
    ok(await as('admin', DELETE_ENTERPRISE, { id: id('imp2') }));
  });

  test('a dataset with problems gets every problem with file, row and column; nothing is written', async () => {
    const dataset = {
      enterprises: [
        { id: id('imp3'), name: '测试好行', region: R.county },
        { id: id('imp4'), name: '测试坏行', region: R.county, employees: '三百' },
      ],
    };
    const res = await post(JSON.stringify(dataset), 'application/json');
    expect(res.status).toBe(422);
    const body = (await res.json()) as {
      total: number;
      problems: { file: string; table: string; row: number; column: string; text: string }[];
    };
    expect(body.total).toBe(1);
    expect(body.problems[0]).toMatchObject({ file: 'upload.json', table: 'enterprises', row: 2, column: 'employees' });
    expect(body.problems[0]!.text).toMatch(/^upload\.json: enterprises row 2: employees: "三百" is not a number/);
    expect(await cypher('MATCH (e:Enterprise) WHERE e.id IN $ids RETURN e', { ids: [id('imp3'), id('imp4')] })).toEqual(
      [],
    );
  });

  test('an account that may change something; JSON or zip only; the size is bounded', async () => {
    // Which rows a recruiter or chain leader may import: test/import-scope.int.test.ts.
    const body = JSON.stringify({ enterprises: [] });
    expect((await post(body, 'application/json', 'anonymous')).status).toBe(401);
    expect((await post(body, 'application/json', 'viewer')).status).toBe(403);
    expect((await post('id,name', 'text/csv')).status).toBe(415);
    const small = await start({ config: { ...testConfig(), importMaxBytes: 64 }, db, log: () => undefined });
    try {
      const res = await post('x'.repeat(200), 'application/json', 'admin', `${small.url}/import`);
      expect(res.status).toBe(413);
    } finally {
      await small.stop();
    }
  });
});
