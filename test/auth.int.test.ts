import { requirePermission } from '../server/auth/guards';
import { createAuthServices } from '../server/auth/services';
import { loadUser, readRun } from '../server/auth/users';
import { runAdmin, type AdminIo } from '../server/cli/admin-command';
import type { AuthConfig } from '../server/config/config';
import type { Database } from '../server/db/database';
import { start, type RunningServer } from '../server/main';
import { testConfig, testDatabase, uniquePrefix } from './support/database';
import { deleteTestData, loadTables, testRegionCodes } from './support/dataset';
import { createTestUser, deleteTestUsers } from './support/users';

/**
 * Accounts, sessions, read access and rate limits against the real Neo4j, through HTTP.
 * Four servers share the database with different auth settings; a session made on one
 * works on the others, since sessions live in the graph.
 */
const P = uniquePrefix('auth');
const R = testRegionCodes();
const id = (s: string) => `${P}${s}`;
const username = (s: string) => `${P}${s}`.toLowerCase();
const PASSWORD = 'correct horse battery';
const src = { source: 'test fixture', as_of: '2024-06' };

const tables = {
  regions: [
    { code: R.province, name: '测试自治区', level: 'province' },
    { code: R.city, name: '测试盟市', level: 'city', parent: R.province },
    { code: R.county, name: '测试旗县', level: 'county', parent: R.city },
    { code: R.otherProvince, name: '测试外省', level: 'province' },
  ],
  chains: [
    { id: id('chain'), name: '测试铝链', ...src },
    { id: id('other'), name: '测试镍链', ...src },
  ],
  links: [{ id: id('metal'), name: '测试原铝', unit: '万吨', ...src }],
  chain_links: [{ chain: id('chain'), link: id('metal'), stage: 'midstream', position: 0, ...src }],
};

interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; retryAfter?: number; reason?: string };
}
interface GqlResponse<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GqlError[];
}

async function gql<T = Record<string, unknown>>(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  auth: { token?: string | null; cookie?: string } = {},
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  if (auth.cookie) headers.cookie = auth.cookie;
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
  return { status: res.status, headers: res.headers, ...body };
}

const LOGIN = `mutation ($u: String!, $p: String!, $c: Boolean) {
  login(username: $u, password: $p, useCookie: $c) { token expiresAt user { id username role } } }`;
const ME = `{ me { id username role regions { code } chains { id } } }`;
const CREATE = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { id username displayName role regions { code name level } chains { id name } disabled createdAt } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { id role disabled displayName regions { code } chains { id } } }`;

type LoginData = {
  login: { token: string | null; expiresAt: string; user: { id: string; username: string; role: string } };
};

async function login(server: RunningServer, name: string, password = PASSWORD): Promise<string> {
  const res = await gql<LoginData>(server, LOGIN, { u: name, p: password });
  if (!res.data?.login.token) throw new Error(`login ${name} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let db: Database;
let open: RunningServer;
let closed: RunningServer;
let short: RunningServer;
let limits: RunningServer;
let adminToken: string;
const ids: Record<string, string> = {};

function withAuth(auth: Partial<AuthConfig>) {
  const base = testConfig();
  return testConfig({ auth: { ...base.auth, ...auth } });
}

beforeAll(async () => {
  db = await testDatabase();
  await loadTables(db, tables);
  const log = () => undefined;
  const minute = 60_000;
  [open, closed, short, limits] = await Promise.all([
    start({ config: withAuth({ loginRateLimit: { perIp: 1000, perUsername: 4, windowMs: minute } }), db, log }),
    start({ config: withAuth({ readAccess: 'login' }), db, log }),
    start({ config: withAuth({ sessionLifetimeMs: 1500 }), db, log }),
    start({
      config: withAuth({
        loginRateLimit: { perIp: 3, perUsername: 100, windowMs: minute },
        writeRateLimit: { perUser: 2, windowMs: minute },
      }),
      db,
      log,
    }),
  ]);
  // The first administrator has nobody to create it: straight through the user store.
  ids.admin = (await createTestUser(db, { username: username('admin'), role: 'admin', password: PASSWORD })).id;
  adminToken = await login(open, username('admin'));
  const accounts = [
    { key: 'viewer', input: { role: 'VIEWER' } },
    { key: 'recruiter', input: { role: 'RECRUITER', regions: [R.city] } },
    { key: 'leader', input: { role: 'CHAIN_LEADER', regions: [R.city], chains: [id('chain')] } },
  ];
  for (const { key, input } of accounts) {
    const res = await gql<{ createUser: { id: string } }>(
      open,
      CREATE,
      { input: { username: username(key), password: PASSWORD, ...input } },
      { token: adminToken },
    );
    if (!res.data?.createUser) throw new Error(`createUser ${key}: ${JSON.stringify(res.errors)}`);
    ids[key] = res.data.createUser.id;
  }
});

afterAll(async () => {
  await Promise.all([open, closed, short, limits].map((s) => s?.stop()));
  if (db) {
    await deleteTestUsers(db, P);
    await deleteTestData(db, P, Object.values(R));
    await db.close();
  }
});

describe('login and sessions', () => {
  test('login gives a token that opens the account until the configured lifetime; without it `me` is null', async () => {
    const before = Date.now();
    const res = await gql<LoginData>(open, LOGIN, { u: username('recruiter'), p: PASSWORD });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user).toMatchObject({ username: username('recruiter'), role: 'RECRUITER' });
    const lifetime = Date.parse(res.data!.login.expiresAt) - before;
    expect(lifetime).toBeGreaterThan(12 * 3_600_000 - 60_000);
    expect(lifetime).toBeLessThanOrEqual(12 * 3_600_000 + 60_000);
    const me = await gql<{ me: { username: string; regions: { code: string }[] } }>(
      open,
      ME,
      {},
      {
        token: res.data!.login.token,
      },
    );
    expect(me.data!.me).toMatchObject({ username: username('recruiter'), regions: [{ code: R.city }] });
    expect((await gql(open, ME)).data).toEqual({ me: null });
  });

  test('usernames are case-insensitive', async () => {
    const token = await login(open, username('viewer').toUpperCase());
    expect((await gql<{ me: { role: string } }>(open, ME, {}, { token })).data!.me.role).toBe('VIEWER');
  });

  test('a wrong password and an unknown username get the same answer', async () => {
    const wrong = await gql(open, LOGIN, { u: username('viewer'), p: 'not the password' });
    const unknown = await gql(open, LOGIN, { u: username('nobody'), p: 'not the password' });
    expect(wrong.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe('用户名或密码错误 (wrong username or password)');
    expect(unknown.errors).toEqual(wrong.errors);
    expect(unknown.status).toBe(wrong.status);
    expect(wrong.data).toBeNull();
  });

  test('the browser login sets an HttpOnly, SameSite=Strict cookie and keeps the token out of the body', async () => {
    const res = await gql<LoginData>(open, LOGIN, { u: username('viewer'), p: PASSWORD, c: true });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.token).toBeNull();
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^lianpu_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    const cookie = setCookie.split(';')[0]!;
    expect((await gql<{ me: { role: string } }>(open, ME, {}, { cookie })).data!.me.role).toBe('VIEWER');

    const out = await gql<{ logout: boolean }>(open, 'mutation { logout }', {}, { cookie });
    expect(out.data!.logout).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/lianpu_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await gql(open, ME, {}, { cookie })).data).toEqual({ me: null });
  });

  test('logout ends the session: the token opens nothing and a write says to log in again', async () => {
    const token = await login(open, username('admin'));
    expect((await gql<{ logout: boolean }>(open, 'mutation { logout }', {}, { token })).data!.logout).toBe(true);
    expect((await gql(open, ME, {}, { token })).data).toEqual({ me: null });
    const write = await gql(open, UPDATE, { id: ids.viewer, input: { displayName: 'x' } }, { token });
    expect(write.status).toBe(401);
    expect(write.errors![0]).toMatchObject({
      message: '登录已失效，请重新登录 (your session is no longer valid; log in again)',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // The other sessions of the account are untouched.
    expect((await gql<{ me: { id: string } }>(open, ME, {}, { token: adminToken })).data!.me.id).toBe(ids.admin);
  });

  test('logout everywhere ends every session of the account', async () => {
    const a = await login(open, username('leader'));
    const b = await login(open, username('leader'));
    await gql(open, 'mutation { logout(everywhere: true) }', {}, { token: a });
    expect((await gql(open, ME, {}, { token: b })).data).toEqual({ me: null });
  });

  test('a session expires after the configured lifetime (1.5 s here)', async () => {
    const token = await login(short, username('viewer'));
    expect((await gql<{ me: { role: string } }>(short, ME, {}, { token })).data!.me.role).toBe('VIEWER');
    await sleep(1700);
    expect((await gql(short, ME, {}, { token })).data).toEqual({ me: null });
    const write = await gql(short, 'mutation { changePassword(oldPassword: "a", newPassword: "b") }', {}, { token });
    expect(write.status).toBe(401);
    expect(write.errors![0]!.message).toBe('登录已过期，请重新登录 (your session has expired; log in again)');
  });

  test('disabling an account ends its sessions and refuses its login; only the right password learns why', async () => {
    const created = await gql<{ createUser: { id: string } }>(
      open,
      CREATE,
      { input: { username: username('leaving'), role: 'VIEWER', password: PASSWORD } },
      { token: adminToken },
    );
    const leavingId = created.data!.createUser.id;
    const token = await login(open, username('leaving'));
    const disabled = await gql<{ updateUser: { disabled: boolean } }>(
      open,
      UPDATE,
      { id: leavingId, input: { disabled: true } },
      { token: adminToken },
    );
    expect(disabled.data!.updateUser.disabled).toBe(true);
    expect((await gql(open, ME, {}, { token })).data).toEqual({ me: null });
    const right = await gql(open, LOGIN, { u: username('leaving'), p: PASSWORD });
    expect(right.errors![0]).toMatchObject({
      message: '账号已停用，请联系管理员 (this account is disabled; ask an administrator)',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const wrong = await gql(open, LOGIN, { u: username('leaving'), p: 'a wrong password' });
    expect(wrong.errors![0]!.message).toBe('用户名或密码错误 (wrong username or password)');
  });

  test('changePassword needs the old password and ends the other sessions, keeping this one', async () => {
    await createTestUser(db, { username: username('changer'), role: 'viewer', password: PASSWORD });
    const here = await login(open, username('changer'));
    const elsewhere = await login(open, username('changer'));
    const CHANGE = `mutation ($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }`;
    const bad = await gql(open, CHANGE, { o: 'not my password', n: 'a brand new password' }, { token: here });
    expect(bad.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const weak = await gql(open, CHANGE, { o: PASSWORD, n: 'short' }, { token: here });
    expect(weak.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const ok = await gql<{ changePassword: boolean }>(
      open,
      CHANGE,
      { o: PASSWORD, n: 'a brand new password' },
      { token: here },
    );
    expect(ok.data!.changePassword).toBe(true);
    expect((await gql<{ me: { id: string } | null }>(open, ME, {}, { token: here })).data!.me).not.toBeNull();
    expect((await gql(open, ME, {}, { token: elsewhere })).data).toEqual({ me: null });
    expect(await login(open, username('changer'), 'a brand new password')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('read access', () => {
  const CHAINS = `{ chains(first: 200) { id } }`;

  test('open reads need no account', async () => {
    const res = await gql<{ chains: { id: string }[] }>(open, CHAINS);
    expect(res.errors).toBeUndefined();
    expect(res.data!.chains.map((c) => c.id)).toContain(id('chain'));
  });

  test('closed reads refuse anonymous queries with 401, except health and me; fragments hide nothing', async () => {
    const anonymous = await gql(closed, CHAINS);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors![0]).toMatchObject({
      message: '请先登录 (log in first)',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(anonymous.data).toBeUndefined();
    const hidden = await gql(closed, `query { health { ok } ...F } fragment F on Query { chains { id } }`);
    expect(hidden.status).toBe(401);
    const allowed = await gql<{ health: { ok: boolean }; me: null }>(closed, `{ health { ok } me { id } }`);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data).toEqual({ health: { ok: true }, me: null });

    const token = await login(closed, username('viewer'));
    const signedIn = await gql<{ chains: { id: string }[] }>(closed, CHAINS, {}, { token });
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data!.chains.map((c) => c.id)).toContain(id('chain'));
  });

  test('closed reads also close the CSV exports', async () => {
    const path = `/export/gaps.csv?chain=${encodeURIComponent(id('chain'))}&region=${R.city}`;
    const anonymous = await fetch(`${closed.url}${path}`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    const signedIn = await fetch(`${closed.url}${path}`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(signedIn.status).toBe(200);
    expect(await signedIn.text()).toContain(id('metal'));
    expect((await fetch(`${open.url}${path}`)).status).toBe(200);

    // The dataset download holds every firm: closed the same way.
    const dataset = `/export/dataset?format=json&chain=${encodeURIComponent(id('chain'))}`;
    const anonymousDataset = await fetch(`${closed.url}${dataset}`);
    expect(anonymousDataset.status).toBe(401);
    const signedInDataset = await fetch(`${closed.url}${dataset}`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(signedInDataset.status).toBe(200);
    expect(await signedInDataset.text()).toContain(id('metal'));
  });
});

describe('writes and user management', () => {
  test('writes are never open: anonymous mutations get 401 even where reads are open', async () => {
    const res = await gql(open, CREATE, {
      input: { username: username('sneaky'), role: 'ADMIN', password: 'sneaky password 1' },
    });
    expect(res.status).toBe(401);
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const nobody = await gql(open, 'mutation { logout }');
    expect(nobody.data).toEqual({ logout: false });
  });

  test.each(['viewer', 'recruiter', 'leader'])('user management is refused to the %s with FORBIDDEN', async (key) => {
    const token = await login(open, username(key));
    const attempts = [
      gql(open, `{ users { users { id } } }`, {}, { token }),
      gql(
        open,
        CREATE,
        { input: { username: username(`${key}-made`), role: 'ADMIN', password: PASSWORD } },
        {
          token,
        },
      ),
      gql(open, UPDATE, { id: ids[key], input: { role: 'ADMIN' } }, { token }),
      gql(
        open,
        `mutation ($id: ID!) { resetPassword(id: $id, newPassword: "another password 1") }`,
        { id: ids.admin },
        {
          token,
        },
      ),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'role' });
      expect(res.errors![0]!.message).toMatch(/无权管理用户 \(the .* role may not manage users\)/);
    }
    const me = await gql<{ me: { role: string } }>(open, ME, {}, { token });
    expect(me.data!.me.role).not.toBe('ADMIN');
  });

  test('an administrator creates accounts with their scope; bad input is refused naming the field', async () => {
    const res = await gql<{ createUser: Record<string, unknown> }>(
      open,
      CREATE,
      {
        input: {
          username: username('Leader2'),
          displayName: '王链长',
          role: 'CHAIN_LEADER',
          password: PASSWORD,
          regions: [R.county],
          chains: [id('chain')],
        },
      },
      { token: adminToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createUser).toMatchObject({
      username: username('leader2'),
      displayName: '王链长',
      role: 'CHAIN_LEADER',
      regions: [{ code: R.county, name: '测试旗县', level: 'COUNTY' }],
      chains: [{ id: id('chain'), name: '测试铝链' }],
      disabled: false,
    });

    const refused = async (input: Record<string, unknown>) =>
      (
        await gql(
          open,
          CREATE,
          { input: { username: username('bad'), password: PASSWORD, ...input } },
          { token: adminToken },
        )
      ).errors![0]!;
    expect(await refused({ role: 'RECRUITER', regions: ['999999'] })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'regions' },
      message: '没有这些地区 999999 (no region with code 999999)',
    });
    expect((await refused({ role: 'RECRUITER' })).extensions).toMatchObject({ field: 'regions' });
    expect((await refused({ role: 'CHAIN_LEADER', regions: [R.city] })).extensions).toMatchObject({ field: 'chains' });
    expect((await refused({ role: 'VIEWER', password: 'short' })).extensions).toMatchObject({ field: 'password' });
    expect((await refused({ role: 'VIEWER', username: 'has space' })).extensions).toMatchObject({ field: 'username' });
    expect((await refused({ role: 'VIEWER', username: username('viewer') })).extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'username',
    });
  });

  test('updateUser changes role and scope in one step; a role without regions drops them', async () => {
    const promoted = await gql<{ updateUser: { role: string; regions: { code: string }[]; chains: { id: string }[] } }>(
      open,
      UPDATE,
      { id: ids.recruiter, input: { role: 'CHAIN_LEADER', chains: [id('chain'), id('other')] } },
      { token: adminToken },
    );
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data!.updateUser).toMatchObject({
      role: 'CHAIN_LEADER',
      regions: [{ code: R.city }],
      chains: [{ id: id('chain') }, { id: id('other') }],
    });
    // The role applies to the next request of a session already open.
    const back = await gql<{ updateUser: { role: string; regions: unknown[]; chains: unknown[] } }>(
      open,
      UPDATE,
      { id: ids.recruiter, input: { role: 'RECRUITER' } },
      { token: adminToken },
    );
    expect(back.data!.updateUser).toMatchObject({ role: 'RECRUITER', regions: [{ code: R.city }], chains: [] });
    const missing = await gql(open, UPDATE, { id: 'no-such-user', input: { displayName: 'x' } }, { token: adminToken });
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  test('resetPassword sets a new password and ends the account’s sessions', async () => {
    await createTestUser(db, { username: username('forgetful'), role: 'viewer', password: PASSWORD });
    const token = await login(open, username('forgetful'));
    const user = await gql<{ me: { id: string } }>(open, ME, {}, { token });
    const reset = await gql<{ resetPassword: boolean }>(
      open,
      `mutation ($id: ID!) { resetPassword(id: $id, newPassword: "set by the admin 1") }`,
      { id: user.data!.me.id },
      { token: adminToken },
    );
    expect(reset.data!.resetPassword).toBe(true);
    expect((await gql(open, ME, {}, { token })).data).toEqual({ me: null });
    expect(await login(open, username('forgetful'), 'set by the admin 1')).toBeTruthy();
  });

  test('users(first, after) pages through every account by username, bounded by the page size', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 500; page++) {
      const res: GqlResponse<{
        users: { users: { username: string }[]; hasNextPage: boolean; endCursor: string | null };
      }> = await gql(
        open,
        `query ($a: String) { users(first: 3, after: $a) { users { username } hasNextPage endCursor } }`,
        { a: after },
        {
          token: adminToken,
        },
      );
      expect(res.data!.users.users.length).toBeLessThanOrEqual(3);
      seen.push(...res.data!.users.users.map((u) => u.username));
      if (!res.data!.users.hasNextPage) break;
      after = res.data!.users.endCursor;
    }
    const ours = seen.filter((u) => u.startsWith(P.toLowerCase()));
    expect(ours).toEqual(expect.arrayContaining([username('admin'), username('viewer'), username('recruiter')]));
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    const tooMany = await gql(open, `{ users(first: 100000) { hasNextPage } }`, {}, { token: adminToken });
    expect(tooMany.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  test('passwordHash cannot be asked for: the schema has no such field, and no answer carries a hash', async () => {
    const asked = await gql(open, `{ me { id passwordHash } }`, {}, { token: adminToken });
    expect(asked.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const type = await gql<{ __type: { fields: { name: string }[] } }>(
      open,
      `{ __type(name: "User") { fields { name } } }`,
    );
    const fields = type.data!.__type.fields.map((f) => f.name);
    expect(fields).toContain('username');
    expect(fields.filter((f) => /password|hash|token/i.test(f))).toEqual([]);
    const list = await gql(open, `{ users(first: 200) { users { id username role } } }`, {}, { token: adminToken });
    expect(JSON.stringify(list)).not.toMatch(/scrypt\$/);
  });
});

describe('region and chain scope (requirePermission on the real region tree)', () => {
  const services = createAuthServices({ config: testConfig().auth });
  const cookies = { set: () => undefined, clear: () => undefined };
  const contextOf = async (key: string) => {
    const user = await loadUser({ run: readRun(db.executor), id: ids[key]! });
    return {
      auth: { user, problem: null, tokenHash: null, ip: '127.0.0.1', cookies },
      executor: db.executor,
      authServices: services,
    };
  };

  test('a recruiter of the city may change a county below it, not another province, and is told where they may', async () => {
    const ctx = await contextOf('recruiter');
    await expect(requirePermission(ctx, { action: 'firm.edit', regions: [R.county] })).resolves.toMatchObject({
      id: ids.recruiter,
    });
    await expect(
      requirePermission(ctx, { action: 'firm.edit', regions: [R.county, R.otherProvince] }),
    ).rejects.toMatchObject({
      message: '你的账号只能修改 测试盟市 的数据 (your account may only change data in 测试盟市)',
      extensions: { code: 'FORBIDDEN', reason: 'region', outside: [R.otherProvince] },
    });
    // The province above the city is not inside it.
    await expect(requirePermission(ctx, { action: 'project.edit', regions: [R.province] })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  test('a chain leader may change only their chains in their regions', async () => {
    const ctx = await contextOf('leader');
    await expect(
      requirePermission(ctx, { action: 'chain.edit', regions: [R.county], chains: [id('chain')] }),
    ).resolves.toBeTruthy();
    await expect(
      requirePermission(ctx, { action: 'chain.edit', regions: [R.county], chains: [id('other')] }),
    ).rejects.toMatchObject({
      message: '你的账号只能修改 测试铝链 的数据 (your account may only change data of 测试铝链)',
      extensions: { code: 'FORBIDDEN', reason: 'chain' },
    });
  });

  test('a viewer may not see follow-up records anywhere', async () => {
    const ctx = await contextOf('viewer');
    await expect(requirePermission(ctx, { action: 'followup.read', regions: [R.county] })).rejects.toMatchObject({
      message: '查看者无权查看跟踪台账 (the viewer role may not see follow-up records)',
    });
  });
});

describe('rate limits', () => {
  test('after N failed logins for a username the next attempt gets 429 with Retry-After, even with the right password', async () => {
    await createTestUser(db, { username: username('target'), role: 'viewer', password: PASSWORD });
    for (let i = 0; i < 4; i++) {
      const res = await gql(open, LOGIN, { u: username('target'), p: `guess number ${i}` });
      expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    const limited = await gql(open, LOGIN, { u: username('Target'), p: PASSWORD });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.errors![0]!.extensions!.retryAfter).toBe(Number(limited.headers.get('retry-after')));
    expect(limited.errors![0]!.message).toMatch(/^登录尝试过于频繁.*too many login attempts/);
    // Other accounts are not affected.
    expect(await login(open, username('viewer'))).toBeTruthy();
  });

  test('one login per request: aliases cannot queue many password checks', async () => {
    const res = await gql(
      limits,
      `mutation { a: login(username: "x", password: "y") { token } b: login(username: "x", password: "z") { token } }`,
    );
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toBe('一次请求只能登录或改密码一次 (one login or password change per request)');
  });

  test('login attempts are limited per client address across usernames', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await gql(limits, LOGIN, { u: username(`spray${i}`), p: 'password spraying' });
      codes.push(res.errors![0]!.extensions!.code!);
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });

  test('writes are limited per user', async () => {
    const write = () =>
      gql(limits, UPDATE, { id: ids.viewer, input: { displayName: '只读用户' } }, { token: adminToken });
    expect((await write()).errors).toBeUndefined();
    expect((await write()).errors).toBeUndefined();
    const third = await write();
    expect(third.status).toBe(429);
    expect(third.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    // Reads are not writes.
    expect((await gql(limits, ME, {}, { token: adminToken })).errors).toBeUndefined();
  });

  test('aliases count as separate writes', async () => {
    const leaderToken = await login(open, username('leader'));
    // Three aliased writes in one request exceed a limit of 2 only when counted one by one.
    const three = `mutation { b: updateUser(id: "none", input: {}) { id } c: updateUser(id: "none", input: {}) { id } d: updateUser(id: "none", input: {}) { id } }`;
    const res = await gql(limits, three, {}, { token: leaderToken });
    expect(res.status).toBe(429);
    expect(res.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
  });
});

describe('npm run admin', () => {
  function io(): AdminIo & { lines: string[] } {
    const lines: string[] = [];
    return {
      lines,
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      interactive: false,
      readSecret: async () => null,
    };
  }
  const name = username('cli-root');

  test('create-admin makes an administrator who can log in and manage users; it refuses to overwrite one', async () => {
    const created = io();
    const env = { LIANPU_ADMIN_PASSWORD: 'first admin password' };
    expect(await runAdmin({ argv: ['create-admin', name], env, io: created, config: testConfig() })).toBe(0);
    expect(created.lines.join('\n')).toMatch(/Created administrator/);
    const token = await login(open, name, 'first admin password');
    const users = await gql<{ users: { users: unknown[] } }>(
      open,
      `{ users(first: 1) { users { id } } }`,
      {},
      { token },
    );
    expect(users.errors).toBeUndefined();

    const again = io();
    const refusedEnv = { LIANPU_ADMIN_PASSWORD: 'second admin password' };
    expect(await runAdmin({ argv: ['create-admin', name], env: refusedEnv, io: again, config: testConfig() })).toBe(1);
    expect(again.lines.join('\n')).toMatch(/exists; nothing changed/);
    expect(await login(open, name, 'first admin password')).toBeTruthy();

    const reset = io();
    expect(
      await runAdmin({ argv: ['create-admin', name, '--reset'], env: refusedEnv, io: reset, config: testConfig() }),
    ).toBe(0);
    expect((await gql(open, ME, {}, { token })).data).toEqual({ me: null });
    expect(await login(open, name, 'second admin password')).toBeTruthy();

    const listed = io();
    expect(await runAdmin({ argv: ['list-users', '--first', '1000'], env: {}, io: listed, config: testConfig() })).toBe(
      0,
    );
    expect(listed.lines.some((l) => l.startsWith(`${name}\tadmin\t`))).toBe(true);
  });

  test('create-admin refuses a weak password and writes nothing', async () => {
    const weak = io();
    const env = { LIANPU_ADMIN_PASSWORD: 'admin12345' };
    expect(await runAdmin({ argv: ['create-admin', username('weak')], env, io: weak, config: testConfig() })).toBe(1);
    expect(weak.lines.join('\n')).toMatch(/too common/);
    const res = await gql(open, LOGIN, { u: username('weak'), p: 'admin12345' });
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
