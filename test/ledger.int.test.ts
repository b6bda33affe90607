import type { Database } from '../server/db/database';
import { start, type RunningServer } from '../server/main';
import { chinaToday } from '../server/ledger/transitions';
import { testConfig, testDatabase, uniquePrefix } from './support/database';
import { deleteTestData, loadTables, testRegionCodes } from './support/dataset';
import { deleteTestChanges, gql, signInAccounts, type GqlResponse } from './support/edit-fixture';
import { deleteTestUsers } from './support/users';

/**
 * The recruitment ledger through GraphQL against the real Neo4j (docs/ledger.md):
 * project moves, production reaching chainGaps, follow-up → lead → project, the views,
 * the authorisation matrix and the audit records. Every id carries the file's prefix.
 */
const P = uniquePrefix('ledger');
const R = testRegionCodes();
const id = (s: string) => `${P}${s}`;
const username = (s: string) => `${P}${s}`.toLowerCase();
const PASSWORD = 'correct horse battery';
const src = { source: 'test fixture', as_of: '2024-06' };
const TODAY = chinaToday(Date.now());

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
    { id: id('wire'), name: '测试线缆链', ...src },
  ],
  links: [
    { id: id('metal'), name: '测试原铝', unit: '万吨', ...src },
    { id: id('foil'), name: '测试铝箔', unit: '万吨', ...src },
    { id: id('ore'), name: '测试镍矿', unit: '万吨', ...src },
    { id: id('rod'), name: '测试铝杆', unit: '万吨', ...src },
    { id: id('cable'), name: '测试电缆', unit: 'km', ...src },
  ],
  chain_links: [
    { chain: id('alu'), link: id('metal'), stage: 'midstream', position: 0, ...src },
    { chain: id('alu'), link: id('foil'), stage: 'downstream', position: 1, ...src },
    { chain: id('nickel'), link: id('ore'), stage: 'upstream', position: 0, ...src },
    { chain: id('wire'), link: id('rod'), stage: 'midstream', position: 0, ...src },
    { chain: id('wire'), link: id('cable'), stage: 'downstream', position: 1, ...src },
  ],
  enterprises: [
    { id: id('in'), name: '测试本地铝业', region: R.county, ...src },
    { id: id('op'), name: '测试本地运营', region: R.county, ...src },
    { id: id('out'), name: '测试外省铝业', region: R.otherProvince, ...src },
  ],
  produces: [
    { enterprise: id('in'), link: id('metal'), status: 'operating', capacity: 100, unit: '万吨', ...src },
    { enterprise: id('op'), link: id('metal'), status: 'operating', capacity: 5000, unit: '吨', ...src },
    { enterprise: id('out'), link: id('foil'), status: 'operating', capacity: 30, unit: '万吨', ...src },
  ],
  projects: [
    // The views' projects (chain wire), worked out in the tests below.
    {
      id: id('v1'),
      name: '测试v1',
      enterprise: id('in'),
      region: R.county,
      link: id('rod'),
      status: 'signed',
      signed_on: '2020-03-15',
      investment_yi: 5,
      capacity: 10,
      unit: '万吨',
      ...src,
    },
    {
      id: id('v2'),
      name: '测试v2',
      enterprise: id('in'),
      region: R.city,
      link: id('rod'),
      status: 'started',
      signed_on: '2021-01',
      started_on: '2021-06-01',
      investment_yi: 7.5,
      capacity: 20,
      unit: '万吨',
      ...src,
    },
    {
      id: id('v3'),
      name: '测试v3',
      region: R.county,
      link: id('cable'),
      status: 'signed',
      capacity: 100,
      unit: 'km',
      ...src,
    },
    {
      id: id('v4'),
      name: '测试v4',
      region: R.county,
      link: id('cable'),
      status: 'signed',
      signed_on: TODAY,
      investment_yi: 2,
      capacity: 50,
      unit: 'km',
      ...src,
    },
    {
      id: id('v5'),
      name: '测试v5',
      region: R.otherProvince,
      link: id('rod'),
      status: 'signed',
      signed_on: '2020-01-01',
      investment_yi: 100,
      ...src,
    },
    {
      id: id('v6'),
      name: '测试v6',
      region: R.county,
      link: id('rod'),
      status: 'signed',
      signed_on: '2020',
      capacity: 1,
      unit: '万吨',
      ...src,
    },
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

beforeAll(async () => {
  db = await testDatabase();
  await loadTables(db, tables);
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
      leader: { role: 'chain_leader', regions: [R.city], chains: [id('alu'), id('wire')] },
      admin: { role: 'admin' },
    },
  });
  Object.assign(tokens, signedIn.tokens);
});

afterAll(async () => {
  await server?.stop();
  if (db) {
    await cypher(
      `MATCH (l:Lead)-[:TARGETS]->(e:Enterprise) WHERE e.id STARTS WITH $p
       OPTIONAL MATCH (f:FollowUp)-[:ABOUT]->(l) DETACH DELETE f, l`,
      { p: P },
    );
    await cypher('MATCH (p:Project)-[:MOVED]->(m:ProjectMove) WHERE p.id STARTS WITH $p DETACH DELETE m', { p: P });
    await deleteTestChanges(db, P);
    await deleteTestUsers(db, P);
    await deleteTestData(db, P, Object.values(R));
    await db.close();
  }
});

async function cypher(query: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const session = db.driver.session();
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

const as = <T = Record<string, unknown>>(role: Role, query: string, variables: Record<string, unknown> = {}) =>
  gql<T>(server, query, variables, tokens[role]);

function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const CREATE = `mutation ($input: ProjectInput!) { createProject(input: $input) { id } }`;
const MOVE = `mutation ($id: ID!, $input: ProjectMoveInput!, $note: String) {
  moveProject(id: $id, input: $input, note: $note) { id from to on reason capacity unit operator { id } project { id status startedOn producingOn stalledOn cancelledOn moves { to } } } }`;

let serial = 0;
/** A new project (through the admin's createProject) in a given state. */
async function project(fields: Record<string, unknown> = {}): Promise<string> {
  const pid = id(`p${++serial}`);
  ok(
    await as('admin', CREATE, {
      input: {
        id: pid,
        name: `测试项目${serial}`,
        enterprise: id('in'),
        region: R.county,
        link: id('metal'),
        status: 'SIGNED',
        signedOn: '2024-01-10',
        ...fields,
      },
    }),
  );
  return pid;
}

// ---------------------------------------------------------------------------------------
describe('project moves', () => {
  const STATES: Record<string, Record<string, unknown>> = {
    SIGNED: {},
    STARTED: { status: 'STARTED', startedOn: '2024-02-01' },
    'STALLED (never started)': { status: 'STALLED', stalledOn: '2024-03-01' },
    'STALLED (had started)': { status: 'STALLED', startedOn: '2024-02-01', stalledOn: '2024-03-01' },
    PRODUCING: { status: 'PRODUCING', startedOn: '2024-02-01', producingOn: '2024-03-01' },
    CANCELLED: { status: 'CANCELLED', cancelledOn: '2024-03-01' },
  };
  const ALLOWED: Record<string, string[]> = {
    SIGNED: ['STARTED', 'STALLED', 'CANCELLED'],
    STARTED: ['PRODUCING', 'STALLED', 'CANCELLED'],
    'STALLED (never started)': ['SIGNED', 'CANCELLED'],
    'STALLED (had started)': ['STARTED', 'CANCELLED'],
    PRODUCING: [],
    CANCELLED: [],
  };
  const TO = ['SIGNED', 'STARTED', 'PRODUCING', 'STALLED', 'CANCELLED'];

  test.each(Object.keys(STATES))('from %s: every move allowed or refused with the allowed ones named', async (from) => {
    for (const to of TO) {
      // On the nickel link: the investor's production of it is no other test's business.
      const pid = await project({ ...STATES[from], link: id('ore'), capacity: 1, unit: '万吨' });
      const res = await as<{ moveProject: { from: string; to: string; project: Record<string, unknown> } }>(
        'recruiter',
        MOVE,
        { id: pid, input: { to, on: '2024-06-01', reason: '测试原因' } },
      );
      if (ALLOWED[from]!.includes(to)) {
        const move = ok(res).moveProject;
        expect(move.to).toBe(to);
        expect(move.project.status).toBe(to);
        expect(move.project.moves).toEqual([{ to }]);
      } else {
        expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', reason: 'transition' });
        const list =
          ALLOWED[from]!.length === 0 ? 'none, the status is final' : ALLOWED[from]!.join(', ').toLowerCase();
        expect(res.errors![0]!.message).toContain(`(${pid}) 当前为`);
        expect(res.errors![0]!.message).toContain(`cannot move to ${to.toLowerCase()}; allowed: ${list})`);
      }
    }
  });

  test('dates: a whole date, not in the future, not before the previous move; reasons for stall and cancel', async () => {
    const pid = await project({ status: 'STARTED', startedOn: '2024-02-01' });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ to: 'STALLED', on: '2099-01-01', reason: 'x' }, 'on', 'is after today'],
      [{ to: 'STALLED', on: '2024-01-31', reason: 'x' }, 'on', 'is before its previous move, 2024-02-01'],
      [{ to: 'STALLED', on: '2024-06', reason: 'x' }, 'on', 'must be YYYY-MM-DD'],
      [{ to: 'STALLED', on: '2024-06-01' }, 'reason', 'needs a reason'],
      [{ to: 'CANCELLED', on: '2024-06-01', reason: '  ' }, 'reason', 'needs a reason'],
      [{ to: 'STALLED', on: '2024-06-01', reason: 'x', capacity: -1 }, 'capacity', 'is negative'],
    ];
    for (const [input, field, text] of cases) {
      const res = await as('recruiter', MOVE, { id: pid, input });
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors![0]!.message).toContain(text);
    }
    const missing = await as('recruiter', MOVE, { id: id('nope'), input: { to: 'STARTED', on: '2024-06-01' } });
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    // Nothing of the refused moves was written.
    const moves = ok(
      await as<{ moveProject: unknown }>('recruiter', MOVE, {
        id: pid,
        input: { to: 'STALLED', on: '2024-06-01', reason: '资金' },
      }),
    );
    expect(moves).toMatchObject({
      moveProject: { from: 'STARTED', to: 'STALLED', reason: '资金', project: { moves: [{ to: 'STALLED' }] } },
    });
    // It resumes where it stopped, and the history is newest first.
    const resumed = ok(
      await as<{ moveProject: { project: Record<string, unknown> } }>('recruiter', MOVE, {
        id: pid,
        input: { to: 'STARTED', on: '2024-07-01' },
      }),
    );
    expect(resumed.moveProject.project).toMatchObject({
      status: 'STARTED',
      startedOn: '2024-02-01',
      stalledOn: '2024-06-01',
      moves: [{ to: 'STARTED' }, { to: 'STALLED' }],
    });
  });

  test('updateProject is no way around the rules; other fields and 五个一 still edit', async () => {
    const pid = await project();
    const UPDATE = `mutation ($id: ID!, $input: ProjectChanges!) { updateProject(id: $id, input: $input) { after } }`;
    const res = await as('recruiter', UPDATE, { id: pid, input: { status: 'PRODUCING' } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(res.errors![0]!.message).toContain(
      'with moveProject: it is signed, not producing; allowed: started, stalled, cancelled',
    );
    ok(
      await as('recruiter', UPDATE, {
        id: pid,
        input: { leader: '测试副旗长', taskForce: ['甲', '乙'], plan: '三季度开工' },
      }),
    );
    const read = ok(
      await as<{ enterprise: { projects: { id: string; leader: string; taskForce: string[]; plan: string }[] } }>(
        'viewer',
        `query ($id: ID!) { enterprise(id: $id) { projects(first: 200) { id leader taskForce plan } } }`,
        { id: id('in') },
      ),
    );
    expect(read.enterprise.projects.find((p) => p.id === pid)).toEqual({
      id: pid,
      leader: '测试副旗长',
      taskForce: ['甲', '乙'],
      plan: '三季度开工',
    });
  });
});

// ---------------------------------------------------------------------------------------
const GAPS = `query ($chain: ID!, $region: String!) { chainGaps(chain: $chain, region: $region) {
  link { id } status localEnterprises localCapacity { value unit } projects { started producing } } }`;
async function gap(link: string) {
  const gaps = ok(
    await as<{
      chainGaps: {
        link: { id: string };
        status: string;
        localEnterprises: number;
        localCapacity: unknown[];
        projects: Record<string, number>;
      }[];
    }>('viewer', GAPS, { chain: id('alu'), region: R.city }),
  ).chainGaps;
  return gaps.find((g) => g.link.id === link)!;
}

describe('production start feeds the gap analysis', () => {
  test('a foil project going into production fills the missing link in chainGaps at once', async () => {
    const pid = await project({
      link: id('foil'),
      status: 'STARTED',
      startedOn: '2024-02-01',
      capacity: 20,
      unit: '万吨',
    });
    const before = await gap(id('foil'));
    // Nothing local makes foil, but a project is being built: filling.
    expect(before).toMatchObject({ status: 'FILLING', localEnterprises: 0, localCapacity: [] });
    const move = ok(
      await as<{ moveProject: { operator: { id: string } } }>('recruiter', MOVE, {
        id: pid,
        input: { to: 'PRODUCING', on: '2024-06-01' },
      }),
    );
    expect(move.moveProject.operator).toEqual({ id: id('in') });
    const after = await gap(id('foil'));
    // One local producer (the investor, in the county) with the project's 20 万吨: weak, no longer filling.
    expect(after).toMatchObject({ status: 'WEAK', localEnterprises: 1, localCapacity: [{ value: 20, unit: '万吨' }] });
    const [produces] = await cypher(
      `MATCH (:Enterprise {id: $e})-[p:PRODUCES {status: 'operating'}]->(:Link {id: $l}) RETURN p.source AS source, p.asOf AS asOf`,
      { e: id('in'), l: id('foil') },
    );
    expect(produces).toEqual({
      source: `项目《${'测试项目' + pid.slice(id('p').length)}》投产 (${pid})`,
      asOf: '2024-06-01',
    });
  });

  test('an investor from elsewhere needs a local operator; capacity adds in the same unit, never across units', async () => {
    const pid = await project({
      enterprise: id('out'),
      status: 'STARTED',
      startedOn: '2024-02-01',
      capacity: 50,
      unit: '万吨',
    });
    const elsewhere = await as('recruiter', MOVE, { id: pid, input: { to: 'PRODUCING', on: '2024-06-01' } });
    expect(elsewhere.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'operator' });
    expect(elsewhere.errors![0]!.message).toContain('name the local operating company as operator');
    const units = await as('recruiter', MOVE, {
      id: pid,
      input: { to: 'PRODUCING', on: '2024-06-01', operator: id('op') },
    });
    expect(units.errors![0]!.message).toContain(
      'already operates this link in 吨, not 万吨: different units cannot be added',
    );
    expect((await gap(id('metal'))).localCapacity).toEqual(expect.arrayContaining([{ value: 100, unit: '万吨' }]));
    ok(await as('recruiter', MOVE, { id: pid, input: { to: 'PRODUCING', on: '2024-06-01', operator: id('in') } }));
    expect((await gap(id('metal'))).localCapacity).toEqual(expect.arrayContaining([{ value: 150, unit: '万吨' }]));
    const [produces] = await cypher(
      `MATCH (:Enterprise {id: $e})-[p:PRODUCES {status: 'operating'}]->(:Link {id: $l}) RETURN p.source AS source`,
      { e: id('in'), l: id('metal') },
    );
    expect(produces!.source).toBe(`test fixture; 项目《测试项目${pid.slice(id('p').length)}》投产 (${pid})`);
  });
});

// ---------------------------------------------------------------------------------------
const RECORD = `mutation ($input: FollowUpInput!, $note: String) { recordFollowUp(input: $input, note: $note) {
  id kind on people outcome createdBy lead { id status enterprise { id } followUps { id } } } }`;
const CONVERT = `mutation ($id: ID!, $project: LeadProjectInput!) { convertLead(id: $id, project: $project) {
  id status closedOn project { id status signedOn enterprise { id } link { id } region { code } taskForce } } }`;
const DROP = `mutation ($id: ID!, $reason: String!) { dropLead(id: $id, reason: $reason) { id status dropReason } }`;

type FollowUpData = { id: string; lead: { id: string; status: string; followUps: { id: string }[] } };

describe('follow-up → lead → project', () => {
  test('two follow-ups open one lead; converting it makes a signed project invested by the firm', async () => {
    const input = {
      enterprise: id('out'),
      link: id('rod'),
      region: R.city,
      kind: 'VISIT',
      on: TODAY,
      people: ['张三', '李四'],
      outcome: '有意向',
    };
    const first = ok(
      await as<{ recordFollowUp: FollowUpData }>('recruiter', RECORD, { input, note: '首次拜访' }),
    ).recordFollowUp;
    expect(first).toMatchObject({
      kind: 'VISIT',
      on: TODAY,
      people: ['张三', '李四'],
      createdBy: username('recruiter'),
    });
    const second = ok(
      await as<{ recordFollowUp: FollowUpData }>('recruiter', RECORD, { input: { ...input, kind: 'CALL' } }),
    ).recordFollowUp;
    expect(second.lead.id).toBe(first.lead.id);
    expect(second.lead.followUps.map((f) => f.id).sort()).toEqual([first.id, second.id].sort());

    const bad = await as('recruiter', CONVERT, {
      id: first.lead.id,
      project: { id: id('won'), name: '测试中标', region: R.otherProvince, signedOn: TODAY },
    });
    expect(bad.errors![0]!.message).toContain("must be the lead's region");
    const won = ok(
      await as<{ convertLead: Record<string, unknown> }>('recruiter', CONVERT, {
        id: first.lead.id,
        project: {
          id: id('won'),
          name: '测试中标',
          region: R.county,
          signedOn: TODAY,
          investmentYi: 3,
          capacity: 4,
          unit: '万吨',
          taskForce: ['王五'],
        },
      }),
    ).convertLead;
    expect(won).toEqual({
      id: first.lead.id,
      status: 'WON',
      closedOn: TODAY,
      project: {
        id: id('won'),
        status: 'SIGNED',
        signedOn: TODAY,
        enterprise: { id: id('out') },
        link: { id: id('rod') },
        region: { code: R.county },
        taskForce: ['王五'],
      },
    });
    const again = await as('recruiter', DROP, { id: first.lead.id, reason: 'x' });
    expect(again.errors![0]!.message).toContain('is already won');
    // A new follow-up on the same firm opens a new lead: the won one is closed.
    const third = ok(
      await as<{ recordFollowUp: FollowUpData }>('recruiter', RECORD, { input: { ...input, kind: 'MEETING' } }),
    ).recordFollowUp;
    expect(third.lead.id).not.toBe(first.lead.id);
    const dropped = ok(
      await as<{ dropLead: unknown }>('recruiter', DROP, { id: third.lead.id, reason: '无投资计划' }),
    ).dropLead;
    expect(dropped).toEqual({ id: third.lead.id, status: 'DROPPED', dropReason: '无投资计划' });

    // Audit: a record for each, and none copies the private content of a follow-up.
    const changes = await cypher(
      `MATCH (c:Change) WHERE c.username = $u AND c.entityType IN ['Lead', 'FollowUp', 'Project'] AND $e IN c.enterprises
       RETURN c.entityType AS type, c.action AS action, c.after AS after ORDER BY c.at`,
      { u: username('recruiter'), e: id('out') },
    );
    expect(changes.map((c) => `${String(c.type)}:${String(c.action)}`)).toEqual(
      expect.arrayContaining(['Lead:create', 'FollowUp:create', 'Project:create', 'Lead:update']),
    );
    expect(changes.filter((c) => c.type === 'FollowUp')).toHaveLength(3);
    for (const c of changes) expect(String(c.after)).not.toMatch(/张三|有意向|无投资计划/);
  });

  test('bad inputs to every follow-up and lead mutation', async () => {
    const good = { enterprise: id('in'), link: id('rod'), region: R.city, kind: 'VISIT', on: '2024-05-01' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, on: '2099-01-01' }, 'on'],
      [{ ...good, on: '2024-13-01' }, 'on'],
      [{ ...good, enterprise: 'nope' }, 'enterprise'],
      [{ ...good, link: 'nope' }, 'link'],
      [{ ...good, region: 'nope' }, 'region'],
      [{ ...good, people: Array.from({ length: 21 }, (_, i) => `人${i}`) }, 'people'],
      [{ ...good, outcome: 'x'.repeat(2001) }, 'outcome'],
    ];
    for (const [input, field] of cases) {
      const res = await as('recruiter', RECORD, { input });
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const f = ok(await as<{ recordFollowUp: FollowUpData }>('recruiter', RECORD, { input: good })).recordFollowUp;
    const UPDATE = `mutation ($id: ID!, $input: FollowUpChanges!) { updateFollowUp(id: $id, input: $input) { id on outcome } }`;
    expect(
      (await as('recruiter', UPDATE, { id: f.id, input: { on: '2099-01-01' } })).errors![0]!.extensions,
    ).toMatchObject({ field: 'on' });
    expect(ok(await as('recruiter', UPDATE, { id: f.id, input: { outcome: '再约' } }))).toEqual({
      updateFollowUp: { id: f.id, on: '2024-05-01', outcome: '再约' },
    });
    expect((await as('recruiter', UPDATE, { id: 'nope', input: {} })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await as('recruiter', DROP, { id: f.lead.id, reason: ' ' })).errors![0]!.extensions).toMatchObject({
      field: 'reason',
    });
    expect((await as('recruiter', DROP, { id: 'nope', reason: 'x' })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const conflict = await as('recruiter', CONVERT, {
      id: f.lead.id,
      project: { id: id('v1'), name: 'x', region: R.county, signedOn: '2024-05-01' },
    });
    expect(conflict.errors![0]!.extensions!.code).toBe('CONFLICT');
    const badDate = await as('recruiter', CONVERT, {
      id: f.lead.id,
      project: { id: id('x1'), name: 'x', region: R.county, signedOn: '2024-5-1' },
    });
    expect(badDate.errors![0]!.extensions).toMatchObject({ field: 'signedOn' });
    const badNumber = await as('recruiter', CONVERT, {
      id: f.lead.id,
      project: { id: id('x1'), name: 'x', region: R.county, signedOn: '2024-05-01', capacity: 3 },
    });
    expect(badNumber.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unit' });
    const DELETE = `mutation ($id: ID!) { deleteFollowUp(id: $id) { entityType action } }`;
    expect(ok(await as('recruiter', DELETE, { id: f.id }))).toEqual({
      deleteFollowUp: { entityType: 'FollowUp', action: 'DELETE' },
    });
    expect((await as('recruiter', DELETE, { id: f.id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

// ---------------------------------------------------------------------------------------
describe('deletions keep the ledger whole', () => {
  test('a firm a lead targets is not deleted; a deleted project takes its move history with it', async () => {
    const firm = id('lonely');
    ok(
      await as('admin', `mutation ($input: EnterpriseInput!) { createEnterprise(input: $input) { id } }`, {
        input: { id: firm, name: '测试孤立企业', region: R.county, source: 'test fixture', asOf: '2024-06' },
      }),
    );
    // Recruited for another province, so this lead stays out of the views below.
    const input = { enterprise: firm, link: id('rod'), region: R.otherProvince, kind: 'CALL', on: TODAY };
    ok(await as('admin', RECORD, { input }));
    const refused = await as('admin', `mutation ($id: ID!) { deleteEnterprise(id: $id) { id } }`, { id: firm });
    expect(refused.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(refused.errors![0]!.message).toMatch(/1 招商线索 leads/);
    const [still] = await cypher('MATCH (l:Lead)-[:TARGETS]->(:Enterprise {id: $id}) RETURN count(l) AS n', {
      id: firm,
    });
    expect(Number(still!.n)).toBe(1);

    const orphans = async () =>
      Number((await cypher('MATCH (m:ProjectMove) WHERE NOT (m)<-[:MOVED]-(:Project) RETURN count(m) AS n', {}))[0]!.n);
    const before = await orphans();
    const pid = await project();
    ok(await as('admin', MOVE, { id: pid, input: { to: 'STARTED', on: '2024-02-01' } }));
    const [moves] = await cypher('MATCH (:Project {id: $id})-[:MOVED]->(m) RETURN count(m) AS n', { id: pid });
    expect(Number(moves!.n)).toBe(1);
    ok(await as('admin', `mutation ($id: ID!) { deleteProject(id: $id) { id } }`, { id: pid }));
    expect(await orphans()).toBe(before);
  });
});

describe('views', () => {
  test('projectPipeline: per link and status, units kept apart, region subtree only', async () => {
    const res = ok(
      await as<{ projectPipeline: { links: unknown[]; totals: unknown[]; total: number; projects: { id: string }[] } }>(
        'viewer',
        `query ($chain: ID!, $region: String!) { projectPipeline(chain: $chain, region: $region, first: 3) {
          links { link { id } statuses { status projects investmentYi capacity { value unit } } }
          totals { status projects investmentYi capacity { value unit } } total projects { id } } }`,
        { chain: id('wire'), region: R.city },
      ),
    ).projectPipeline;
    // rod in the city: v1 + v6 signed (5 + 0 亿元, 10 + 1 万吨), v2 started; v5 is in another province.
    // cable: v3 + v4 signed (0 + 2 亿元, 100 + 50 km). Projects made by other tests (won) are on rod too.
    const won = await cypher('MATCH (p:Project {id: $id}) RETURN count(p) AS n', { id: id('won') });
    const w = Number(won[0]!.n);
    expect(res.links).toEqual([
      {
        link: { id: id('rod') },
        statuses: [
          {
            status: 'SIGNED',
            projects: 2 + w,
            investmentYi: 5 + 3 * w,
            capacity: [{ value: 11 + 4 * w, unit: '万吨' }],
          },
          { status: 'STARTED', projects: 1, investmentYi: 7.5, capacity: [{ value: 20, unit: '万吨' }] },
        ],
      },
      {
        link: { id: id('cable') },
        statuses: [{ status: 'SIGNED', projects: 2, investmentYi: 2, capacity: [{ value: 150, unit: 'km' }] }],
      },
    ]);
    expect(res.totals).toEqual([
      {
        status: 'SIGNED',
        projects: 4 + w,
        investmentYi: 7 + 3 * w,
        capacity: [
          { value: 11 + 4 * w, unit: '万吨' },
          { value: 150, unit: 'km' },
        ],
      },
      { status: 'STARTED', projects: 1, investmentYi: 7.5, capacity: [{ value: 20, unit: '万吨' }] },
    ]);
    expect(res.total).toBe(5 + w);
    expect(res.projects).toHaveLength(3);
  });

  test('overdueProjects: signed and not started after N days, oldest first; no date listed apart', async () => {
    const Q = `query ($region: String!, $chain: ID, $days: Int) { overdueProjects(region: $region, chain: $chain, days: $days) {
      days cutoff overdue { project { id } signedOn daysSinceSigned } overdueTotal dateUnknown { id } dateUnknownTotal } }`;
    const res = ok(
      await as<{ overdueProjects: Record<string, unknown> }>('viewer', Q, { region: R.city, chain: id('wire') }),
    ).overdueProjects;
    const daysTo = (date: string) =>
      Math.round((Date.parse(`${TODAY}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
    // Default 180 days: v1 (2020-03-15) and v6 (2020, counted from 2020-12-31); v4 was signed today; v3 has no date.
    expect(res).toEqual({
      days: 180,
      cutoff: new Date(Date.parse(`${TODAY}T00:00:00Z`) - 180 * 86_400_000).toISOString().slice(0, 10),
      overdue: [
        { project: { id: id('v1') }, signedOn: '2020-03-15', daysSinceSigned: daysTo('2020-03-15') },
        { project: { id: id('v6') }, signedOn: '2020', daysSinceSigned: daysTo('2020-12-31') },
      ],
      overdueTotal: 2,
      dateUnknown: [{ id: id('v3') }],
      dateUnknownTotal: 1,
    });
    const zero = ok(
      await as<{ overdueProjects: { overdueTotal: number } }>('viewer', Q, {
        region: R.city,
        chain: id('wire'),
        days: 0,
      }),
    ).overdueProjects;
    expect(zero.overdueTotal).toBeGreaterThanOrEqual(3); // v4 (today) too, and any lead converted today
    const bad = await as('viewer', Q, { region: R.city, days: -1 });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  test('monthlySummary: moves of the month by status, lead counts only for those who may read follow-ups', async () => {
    const month = TODAY.slice(0, 7);
    // v2 goes into production this month (operated by the investor, in the county).
    ok(await as('recruiter', MOVE, { id: id('v2'), input: { to: 'PRODUCING', on: TODAY } }));
    const Q = `query ($region: String!, $chain: ID, $month: String!) { monthlySummary(region: $region, chain: $chain, month: $month) {
      month moves { to projects investmentYi capacity { value unit } } leads { opened won dropped followUps { kind count } } } }`;
    const res = ok(
      await as<{ monthlySummary: Record<string, unknown> }>('recruiter', Q, {
        region: R.city,
        chain: id('wire'),
        month,
      }),
    ).monthlySummary;
    const won = Number((await cypher('MATCH (p:Project {id: $id}) RETURN count(p) AS n', { id: id('won') }))[0]!.n);
    // Signed this month: v4 (2 亿元, 50 km) and the converted lead's project (3 亿元, 4 万吨). Producing: v2.
    expect(res.moves).toEqual(
      [
        {
          to: 'SIGNED',
          projects: 1 + won,
          investmentYi: 2 + 3 * won,
          capacity: [...(won ? [{ value: 4, unit: '万吨' }] : []), { value: 50, unit: 'km' }].sort((a, b) =>
            a.unit < b.unit ? -1 : 1,
          ),
        },
        { to: 'PRODUCING', projects: 1, investmentYi: 7.5, capacity: [{ value: 20, unit: '万吨' }] },
      ].map((m) => ({ ...m, capacity: expect.arrayContaining(m.capacity) })),
    );
    // The follow-up test recorded, today, on rod in the city: visit, call (lead 1, won), meeting (lead 2, dropped).
    expect(res.leads).toEqual({
      opened: 2,
      won: 1,
      dropped: 1,
      followUps: [
        { kind: 'VISIT', count: 1 },
        { kind: 'CALL', count: 1 },
        { kind: 'MEETING', count: 1 },
      ],
    });
    const viewer = await as<{ monthlySummary: { moves: unknown[]; leads: unknown } | null }>('viewer', Q, {
      region: R.city,
      chain: id('wire'),
      month,
    });
    expect(viewer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((viewer.errors![0] as { path?: unknown }).path).toEqual(['monthlySummary', 'leads']);
    expect((await as('viewer', Q, { region: R.city, month: '2024-13' })).errors![0]!.extensions!.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

// ---------------------------------------------------------------------------------------
type Place = 'inside' | 'otherChain' | 'outside';
const PLACES: Record<Place, { region: string; link: string; enterprise: string }> = {
  inside: { region: R.county, link: id('metal'), enterprise: id('in') },
  otherChain: { region: R.county, link: id('ore'), enterprise: id('in') },
  outside: { region: R.otherProvince, link: id('ore'), enterprise: id('out') },
};
const EXPECTED: Record<Role, Record<Place, string>> = {
  anonymous: { inside: 'UNAUTHENTICATED', otherChain: 'UNAUTHENTICATED', outside: 'UNAUTHENTICATED' },
  viewer: { inside: 'FORBIDDEN', otherChain: 'FORBIDDEN', outside: 'FORBIDDEN' },
  recruiter: { inside: 'ok', otherChain: 'ok', outside: 'FORBIDDEN' },
  leader: { inside: 'ok', otherChain: 'FORBIDDEN', outside: 'FORBIDDEN' },
  admin: { inside: 'ok', otherChain: 'ok', outside: 'ok' },
};

/** A lead (with one follow-up) at a place, recorded by the admin. */
async function leadAt(place: Place): Promise<{ lead: string; followUp: string }> {
  const p = PLACES[place];
  const f = ok(
    await as<{ recordFollowUp: FollowUpData }>('admin', RECORD, {
      input: { enterprise: p.enterprise, link: p.link, region: p.region, kind: 'CALL', on: '2024-05-01' },
    }),
  ).recordFollowUp;
  return { lead: f.lead.id, followUp: f.id };
}

const MUTATIONS: Record<string, (place: Place, role: Role) => Promise<GqlResponse<unknown>>> = {
  moveProject: async (place, role) => {
    const p = PLACES[place];
    const pid = await project({ region: p.region, link: p.link, enterprise: p.enterprise });
    return as(role, MOVE, { id: pid, input: { to: 'STARTED', on: '2024-06-01' } });
  },
  recordFollowUp: async (place, role) => {
    const p = PLACES[place];
    return as(role, RECORD, {
      input: { enterprise: p.enterprise, link: p.link, region: p.region, kind: 'VISIT', on: '2024-05-02' },
    });
  },
  updateFollowUp: async (place, role) =>
    as(role, `mutation ($id: ID!) { updateFollowUp(id: $id, input: { outcome: "改" }) { id } }`, {
      id: (await leadAt(place)).followUp,
    }),
  deleteFollowUp: async (place, role) =>
    as(role, `mutation ($id: ID!) { deleteFollowUp(id: $id) { id } }`, { id: (await leadAt(place)).followUp }),
  dropLead: async (place, role) => as(role, DROP, { id: (await leadAt(place)).lead, reason: '测试' }),
  convertLead: async (place, role) =>
    as(role, CONVERT, {
      id: (await leadAt(place)).lead,
      project: { id: id(`c${++serial}`), name: '测试转化', region: PLACES[place].region, signedOn: '2024-05-03' },
    }),
};

describe('authorisation matrix', () => {
  test.each(Object.keys(MUTATIONS))('%s: every role inside and outside its regions and chains', async (name) => {
    for (const role of ROLES) {
      for (const place of Object.keys(PLACES) as Place[]) {
        const res = await MUTATIONS[name]!(place, role);
        const expected = EXPECTED[role][place];
        const got = res.errors?.[0]?.extensions?.code ?? 'ok';
        expect(`${role}@${place}: ${got}`).toBe(`${role}@${place}: ${expected}`);
      }
    }
  });

  test('private reads: leads, lead, and a lead reached from nothing else', async () => {
    const { lead } = await leadAt('inside');
    const other = await leadAt('otherChain');
    const LEADS = `query ($region: String!, $chain: ID) { leads(region: $region, chain: $chain, first: 200) { leads { id followUps { kind } } } }`;
    const LEAD = `query ($id: ID!) { lead(id: $id) { id followUps { outcome people } } }`;
    const cases: [Role, string, Record<string, unknown>, string][] = [
      ['anonymous', LEADS, { region: R.city }, 'UNAUTHENTICATED'],
      ['viewer', LEADS, { region: R.city }, 'FORBIDDEN'],
      ['recruiter', LEADS, { region: R.otherProvince }, 'FORBIDDEN'],
      ['leader', LEADS, { region: R.city }, 'FORBIDDEN'], // a chain leader names one of their chains
      ['leader', LEADS, { region: R.city, chain: id('nickel') }, 'FORBIDDEN'],
      ['anonymous', LEAD, { id: lead }, 'UNAUTHENTICATED'],
      ['viewer', LEAD, { id: lead }, 'FORBIDDEN'],
      ['leader', LEAD, { id: other.lead }, 'FORBIDDEN'],
    ];
    for (const [role, query, variables, code] of cases) {
      const res = await as<{ leads?: unknown; lead?: unknown }>(role, query, variables);
      expect(`${role} ${JSON.stringify(variables)}: ${res.errors?.[0]?.extensions?.code}`).toBe(
        `${role} ${JSON.stringify(variables)}: ${code}`,
      );
      expect(res.data?.leads ?? res.data?.lead ?? null).toBeNull();
    }
    const mine = ok(
      await as<{ leads: { leads: { id: string }[] } }>('recruiter', LEADS, { region: R.city }),
    ).leads.leads.map((l) => l.id);
    expect(mine).toEqual(expect.arrayContaining([lead, other.lead]));
    const led = ok(
      await as<{ leads: { leads: { id: string }[] } }>('leader', LEADS, { region: R.city, chain: id('alu') }),
    ).leads.leads.map((l) => l.id);
    expect(led).toContain(lead);
    expect(led).not.toContain(other.lead);
    expect(ok(await as<{ lead: { id: string } }>('leader', LEAD, { id: lead })).lead.id).toBe(lead);
  });
});

test('every ledger mutation left an audit record by its author', async () => {
  const rows = await cypher(
    `MATCH (c:Change)-[:BY]->(u:User) WHERE u.username STARTS WITH $p AND c.entityType IN ['Project', 'Production', 'Lead', 'FollowUp']
     RETURN DISTINCT c.entityType + ':' + c.action AS kind`,
    { p: P.toLowerCase() },
  );
  expect(rows.map((r) => r.kind)).toEqual(
    expect.arrayContaining([
      'Project:update',
      'Production:create',
      'Production:update',
      'Lead:create',
      'Lead:update',
      'FollowUp:create',
      'FollowUp:update',
      'FollowUp:delete',
      'Project:create',
    ]),
  );
  const move = await cypher(
    `MATCH (c:Change {entityType: 'Project', action: 'update', entityId: $id}) RETURN c.before AS before, c.after AS after, c.regions AS regions`,
    { id: id('v2') },
  );
  expect(move).toHaveLength(1);
  expect(JSON.parse(String(move[0]!.before))).toEqual({ status: 'started', producingOn: null });
  expect(JSON.parse(String(move[0]!.after))).toEqual({ status: 'producing', producingOn: TODAY });
  expect(move[0]!.regions).toEqual([R.city]);
});
