import type { Database } from '../../server/db/database';
import { DatasetInvalidError } from '../../server/import';
import type { RunningServer } from '../../server/main';
import { loadTables } from './dataset';
import { createTestUser } from './users';

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string; problems?: { field: string; message: string }[] };
}

export interface GqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

/** One GraphQL request over HTTP, with a bearer token when given. */
export async function gql<T = Record<string, unknown>>(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = null,
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
  return { status: res.status, ...body };
}

export async function loginToken(server: RunningServer, username: string, password: string): Promise<string> {
  const res = await gql<{ login: { token: string } }>(
    server,
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: password },
  );
  if (!res.data?.login.token) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

/**
 * What the importer says about `column` of a bad row of `table`: the edits must say the
 * same. Only for rows that fail validation (nothing is written then).
 */
export async function importerMessage(
  db: Database,
  tables: Record<string, Record<string, unknown>[]>,
  column: string,
): Promise<string> {
  try {
    await loadTables(db, tables);
  } catch (error) {
    if (!(error instanceof DatasetInvalidError)) throw error;
    const problem = error.problems.find((p) => p.column === column);
    if (problem === undefined) throw new Error(`the importer found no problem in ${column}: ${error.message}`);
    return problem.message;
  }
  throw new Error('the importer accepted the row: use a bad one');
}

/** Deletes the audit records made by the accounts whose username starts with `prefix` (test-only Cypher). */
export async function deleteTestChanges(db: Database, prefix: string): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run('MATCH (c:Change) WHERE c.username STARTS WITH $prefix DETACH DELETE c', {
      prefix: prefix.toLowerCase(),
    });
  } finally {
    await session.close();
  }
}

/** An account a test signs in with: its role and scope. */
export interface TestAccount {
  role: 'viewer' | 'recruiter' | 'chain_leader' | 'admin';
  regions?: string[];
  chains?: string[];
}

/**
 * Creates one account per key of `accounts` (username: `prefix` + key, lower case) and
 * signs each in through GraphQL: the role matrices of the edit, import and ledger tests
 * start from the same accounts made the same way.
 */
export async function signInAccounts<K extends string>(options: {
  db: Database;
  server: RunningServer;
  prefix: string;
  password: string;
  accounts: Record<K, TestAccount>;
}): Promise<{ tokens: Record<K, string>; ids: Record<K, string> }> {
  const tokens = {} as Record<K, string>;
  const ids = {} as Record<K, string>;
  for (const key of Object.keys(options.accounts) as K[]) {
    const username = `${options.prefix}${key}`.toLowerCase();
    const user = await createTestUser(options.db, {
      username,
      password: options.password,
      ...options.accounts[key],
    });
    ids[key] = user.id;
    tokens[key] = await loginToken(options.server, username, options.password);
  }
  return { tokens, ids };
}
