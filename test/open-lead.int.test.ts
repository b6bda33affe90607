import type { Database } from '../server/db/database';
import { start, type RunningServer } from '../server/main';
import { chinaToday } from '../server/ledger/transitions';
import { testConfig, testDatabase, uniquePrefix } from './support/database';
import { deleteTestData, loadTables, testRegionCodes } from './support/dataset';
import { deleteTestChanges, gql, loginToken } from './support/edit-fixture';
import { createTestUser, deleteTestUsers } from './support/users';

/**
 * `Target.openLead` against the real Neo4j (docs/ledger.md): the open lead of a target
 * firm for the list's link and region, shown only to those who may read follow-ups
 * there; everyone else gets null, never an error that would break the targets answer.
 */
const P = uniquePrefix('openlead');
const R = testRegionCodes();
const id = (s: string) => `${P}${s}`;
const username = (s: string) => `${P}${s}`.toLowerCase();
const PASSWORD = 'correct horse battery';
const src = { source: 'test fixture', as_of: '2024-06' };

const tables = {
  regions: [
    { code: R.province, name: '测试自治区', level: 'province' },
    { code: R.city, name: '测试盟市', level: 'city', parent: R.province },
    { code: R.otherProvince, name: '测试外省', level: 'province' },
  ],
  chains: [
    { id: id('alu'), name: '测试铝链', ...src },
    { id: id('nickel'), name: '测试镍链', ...src },
  ],
  links: [
    { id: id('foil'), name: '测试铝箔', unit: '万吨', ...src },
    { id: id('ore'), name: '测试镍矿', unit: '万吨', ...src },
  ],
  chain_links: [
    { chain: id('alu'), link: id('foil'), stage: 'downstream', position: 0, ...src },
    { chain: id('nickel'), link: id('ore'), stage: 'upstream', position: 0, ...src },
  ],
  enterprises: [
    { id: id('a'), name: '测试外省铝箔甲', region: R.otherProvince, ...src },
    { id: id('b'), name: '测试外省铝箔乙', region: R.otherProvince, ...src },
    { id: id('c'), name: '测试外省铝箔丙', region: R.otherProvince, ...src },
  ],
  produces: [
    { enterprise: id('a'), link: id('foil'), status: 'operating', capacity: 30, unit: '万吨', ...src },
    { enterprise: id('b'), link: id('foil'), status: 'operating', capacity: 20, unit: '万吨', ...src },
    { enterprise: id('c'), link: id('foil'), status: 'operating', capacity: 10, unit: '万吨', ...src },
  ],
};

type Who = 'anonymous' | 'viewer' | 'recruiter' | 'outsider' | 'otherLeader' | 'leader';
let db: Database;
let server: RunningServer;
const tokens: Partial<Record<Who, string>> = {};

const TARGETS = `query ($link: ID!, $region: String!) {
  targets(link: $link, region: $region, first: 20) {
    total targets { enterprise { id } openLead { id status openedOn enterprise { id } link { id } region { code } } }
  } }`;

type TargetsAnswer = {
  targets: {
    total: number;
    targets: Array<{
      enterprise: { id: string };
      openLead: { id: string; status: string; openedOn: string; enterprise: { id: string } } | null;
    }>;
  };
};

const targetsAs = (who: Who) =>
  gql<TargetsAnswer>(server, TARGETS, { link: id('foil'), region: R.city }, tokens[who] ?? null);

const leadsOf = (answer: TargetsAnswer) =>
  Object.fromEntries(answer.targets.targets.map((t) => [t.enterprise.id, t.openLead?.id ?? null]));

beforeAll(async () => {
  db = await testDatabase();
  await loadTables(db, tables);
  server = await start({ config: testConfig(), db, log: () => undefined });
  const accounts: Array<[Exclude<Who, 'anonymous'>, { role: string; regions?: string[]; chains?: string[] }]> = [
    ['viewer', { role: 'viewer' }],
    ['recruiter', { role: 'recruiter', regions: [R.city] }],
    ['outsider', { role: 'recruiter', regions: [R.otherProvince] }],
    ['leader', { role: 'chain_leader', regions: [R.city], chains: [id('alu')] }],
    ['otherLeader', { role: 'chain_leader', regions: [R.city], chains: [id('nickel')] }],
  ];
  for (const [key, input] of accounts) {
    await createTestUser(db, { username: username(key), password: PASSWORD, ...input });
    tokens[key] = await loginToken(server, username(key), PASSWORD);
  }
  // The recruiter of the city visits two of the three target firms: each becomes a lead.
  for (const firm of ['a', 'c']) {
    const res = await gql(
      server,
      `mutation ($input: FollowUpInput!) { recordFollowUp(input: $input) { id } }`,
      { input: { enterprise: id(firm), link: id('foil'), region: R.city, kind: 'VISIT', on: chinaToday(Date.now()) } },
      tokens.recruiter,
    );
    expect(res.errors).toBeUndefined();
  }
});

afterAll(async () => {
  await server?.stop();
  if (db) {
    const session = db.driver.session();
    try {
      await session.run(
        `MATCH (l:Lead)-[:TARGETS]->(e:Enterprise) WHERE e.id STARTS WITH $p
         OPTIONAL MATCH (f:FollowUp)-[:ABOUT]->(l) DETACH DELETE f, l`,
        { p: P },
      );
    } finally {
      await session.close();
    }
    await deleteTestChanges(db, P);
    await deleteTestUsers(db, P);
    await deleteTestData(db, P, Object.values(R));
    await db.close();
  }
});

describe('Target.openLead', () => {
  it('a recruiter of the region sees the open leads of the firms visited, null for the others', async () => {
    const res = await targetsAs('recruiter');
    expect(res.errors).toBeUndefined();
    expect(leadsOf(res.data!)).toEqual({
      [id('a')]: expect.any(String),
      [id('b')]: null,
      [id('c')]: expect.any(String),
    });
    const a = res.data!.targets.targets.find((t) => t.enterprise.id === id('a'))!.openLead!;
    expect(a).toMatchObject({ status: 'OPEN', openedOn: chinaToday(Date.now()), enterprise: { id: id('a') } });
    // A chain leader of the link's chain in the region reads the same leads.
    expect(leadsOf((await targetsAs('leader')).data!)).toEqual(leadsOf(res.data!));
  });

  it.each<Who>(['anonymous', 'viewer', 'outsider', 'otherLeader'])(
    '%s gets the same targets with every openLead null, and no error',
    async (who) => {
      const res = await targetsAs(who);
      expect(res.errors).toBeUndefined();
      expect(res.data!.targets.total).toBe(3);
      expect(leadsOf(res.data!)).toEqual({ [id('a')]: null, [id('b')]: null, [id('c')]: null });
    },
  );

  it('a dropped lead is no longer open', async () => {
    const before = leadsOf((await targetsAs('recruiter')).data!);
    const dropped = await gql(
      server,
      `mutation ($id: ID!) { dropLead(id: $id, reason: "无投资意向") { status } }`,
      { id: before[id('c')] },
      tokens.recruiter,
    );
    expect(dropped.errors).toBeUndefined();
    const after = leadsOf((await targetsAs('recruiter')).data!);
    expect(after).toEqual({ [id('a')]: before[id('a')], [id('b')]: null, [id('c')]: null });
  });
});
