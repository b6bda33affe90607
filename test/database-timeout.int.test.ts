import type { Session, Transaction } from 'neo4j-driver';
import type { Database } from '../server/db/database';
import { start, type RunningServer } from '../server/main';
import { testConfig, testDatabase, uniquePrefix } from './support/database';
import { deleteTestData, loadTables, testRegionCodes } from './support/dataset';
import { deleteTestChanges, loginToken } from './support/edit-fixture';
import { createTestUser, deleteTestUsers } from './support/users';

/**
 * A query stopped by the transaction timeout (DATABASE_TIMEOUT), against the real Neo4j:
 * the server runs with a 1 s timeout, and its write waits on a lock the test holds on
 * the test's own data (an uncommitted firm with the same id), so it is slow for real and
 * Neo4j itself stops it. GraphQL over HTTP: 504 with application/graphql-response+json,
 * 200 with application/json (the code in the body says it).
 */
const P = uniquePrefix('timeout');
const R = testRegionCodes();
const TIMEOUT_MS = 1000;
/** Neo4j checks transaction timeouts every 2 s (db.transaction.monitor.check.interval): generous bound. */
const STOPPED_WITHIN_MS = 15_000;

let db: Database;
/** The server's own driver and executor, with the short transaction timeout. */
let serverDb: Database;
let server: RunningServer;
let token: string;

beforeAll(async () => {
  db = await testDatabase();
  await loadTables(db, { regions: [{ code: R.province, name: '测试超时省', level: 'province' }] });
  await createTestUser(db, { username: `${P}admin`.toLowerCase(), password: 'correct horse battery', role: 'admin' });
  // Logged in, and the mutation's plans compiled, on a server with the usual timeout: on a
  // busy machine a cold plan alone can take longer than the short one.
  const warm = await start({ config: testConfig(), db, log: () => undefined });
  try {
    token = await loginToken(warm, `${P}admin`.toLowerCase(), 'correct horse battery');
    const first = await createFirm({ base: warm.url, id: `${P}warm`, accept: 'application/json' });
    expect(first.body.errors).toBeUndefined();
  } finally {
    await warm.stop();
  }
  serverDb = await testDatabase({ queryTimeoutMs: TIMEOUT_MS });
  server = await start({ config: testConfig({ queryTimeoutMs: TIMEOUT_MS }), db: serverDb, log: () => undefined });
});

afterAll(async () => {
  await server?.stop();
  await serverDb?.close();
  if (db) {
    await deleteTestChanges(db, P);
    await deleteTestUsers(db, P);
    await deleteTestData(db, P, Object.values(R));
    await db.close();
  }
});

/** Holds the uniqueness lock on firm `id` in an open transaction until `release`. */
async function holdFirm(id: string): Promise<{ release: () => Promise<void> }> {
  const session: Session = db.driver.session();
  const tx: Transaction = session.beginTransaction();
  await tx.run('CREATE (:Enterprise {id: $id, name: $id})', { id });
  return {
    async release() {
      await tx.rollback();
      await session.close();
    },
  };
}

async function createFirm(options: { base: string; id: string; accept: string }) {
  const { base, id, accept } = options;
  const started = Date.now();
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation ($input: EnterpriseInput!) { createEnterprise(input: $input) { id } }',
      variables: { input: { id, name: '测试超时企业', region: R.province } },
    }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { ms: Date.now() - started, status: res.status, type: res.headers.get('content-type'), body };
}

test.each([
  ['application/graphql-response+json', 504, /^application\/graphql-response\+json/],
  ['application/json', 200, /^application\/json/],
])('a query stopped by the timeout, Accept %s: HTTP %i, DATABASE_TIMEOUT', async (accept, status, type) => {
  const id = `${P}${status}`;
  const lock = await holdFirm(id);
  let answer: Awaited<ReturnType<typeof createFirm>>;
  try {
    answer = await createFirm({ base: server.url, id, accept });
  } finally {
    await lock.release();
  }
  process.stderr.write(`timeout ${TIMEOUT_MS} ms: stopped after ${answer.ms} ms, HTTP ${answer.status} (${accept})\n`);
  expect(answer.status).toBe(status);
  expect(answer.type).toMatch(type);
  expect(answer.body.data).toBeNull();
  expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_TIMEOUT']);
  expect(answer.body.errors?.[0]?.message).toBe('查询超时 The query took too long and was stopped.');
  expect(answer.ms).toBeGreaterThanOrEqual(TIMEOUT_MS);
  expect(answer.ms).toBeLessThan(STOPPED_WITHIN_MS);
  // Nothing of the stopped write remains.
  const session = db.driver.session();
  try {
    const found = await session.run('MATCH (e:Enterprise {id: $id}) RETURN count(e) AS n', { id });
    expect(Number(found.records[0]!.get('n'))).toBe(0);
  } finally {
    await session.close();
  }
});
