import { randomUUID } from 'node:crypto';
import { int, type Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherTx, Executor } from '../db/executor.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import { hashPassword, type ScryptCost } from './password.js';
import { passwordProblem } from './password-policy.js';
import { isRole, type AuthUser, type NamedChain, type NamedRegion, type Role } from './roles.js';
import { MAX_SCOPE_ENTRIES, checkDisplayName, checkRole, checkScope, checkUsername, inputError } from './user-input.js';

/** An account as the API shows it: never with its password hash. */
export interface UserRecord extends AuthUser {
  /** Epoch ms. */
  createdAt: number;
}

/** Named queries, inside a transaction or (through the executor) each in its own. */
export type Run = CypherTx['run'];

/** Reads through the executor, one read transaction per query. */
export function readRun(executor: Executor): Run {
  return (name, params) => executor.read(name, params);
}

const scopeMax = int(MAX_SCOPE_ENTRIES);

/** A user row from Cypher → UserRecord. An unknown stored role counts as the least one. */
export function toUserRecord(row: Record<string, unknown>): UserRecord {
  const role = String(row.role ?? '');
  const regions = ((row.regions as NamedRegion[] | null) ?? []).sort((a, b) => a.code.localeCompare(b.code));
  const chains = ((row.chains as NamedChain[] | null) ?? []).sort((a, b) => a.id.localeCompare(b.id));
  return {
    id: String(row.id),
    username: String(row.username),
    displayName: String(row.displayName ?? row.username),
    role: isRole(role) ? role : 'viewer',
    disabled: row.disabled === true,
    createdAt: Number(row.createdAt ?? 0),
    regions,
    chains,
  };
}

const userOf = (records: Neo4jRecord[]) => {
  const row = records[0]?.get('user') as Record<string, unknown> | undefined;
  return row ? toUserRecord(row) : null;
};

export async function loadUser(options: { run: Run; id: string }): Promise<UserRecord | null> {
  return userOf(await options.run('auth/user', { id: options.id, max: scopeMax }));
}

export interface ListUsersOptions {
  executor: Executor;
  /** Page size, already checked against the server's cap. */
  first: number;
  /** The last username of the previous page. */
  after: string | null;
}

export async function listUsers(options: ListUsersOptions): Promise<{ users: UserRecord[]; hasNextPage: boolean }> {
  const records = await options.executor.read('auth/users-page', {
    first: int(options.first + 1),
    after: options.after,
    max: scopeMax,
  });
  const users = records.map((r) => toUserRecord(r.get('user') as Record<string, unknown>));
  return { users: users.slice(0, options.first), hasNextPage: users.length > options.first };
}

/** Refuses region codes or chain ids that do not exist, naming the field and the first few unknown. */
async function checkScopeExists(run: Run, scope: { regions: string[]; chains: string[] }) {
  const [record] = await run('auth/known-scope', { regions: scope.regions, chains: scope.chains });
  const regions = new Set((record?.get('regions') as string[] | undefined) ?? []);
  const chains = new Set((record?.get('chains') as string[] | undefined) ?? []);
  const badRegions = scope.regions.filter((c) => !regions.has(c));
  if (badRegions.length > 0) {
    const list = badRegions.slice(0, 5).join(', ');
    throw inputError('regions', `没有这些地区 ${list} (no region with code ${list})`);
  }
  const badChains = scope.chains.filter((c) => !chains.has(c));
  if (badChains.length > 0) {
    const list = badChains.slice(0, 5).join(', ');
    throw inputError('chains', `没有这些产业链 ${list} (no chain with id ${list})`);
  }
}

function checkNewPassword(password: string, username: string, field: string) {
  const problem = passwordProblem({ password, username });
  if (problem !== null) throw inputError(field, problem);
}

export interface CreateUserInput {
  username: string;
  displayName?: string | null;
  role: string;
  password: string;
  regions?: string[] | null;
  chains?: string[] | null;
}

export interface CreateUserOptions {
  executor: Executor;
  input: CreateUserInput;
  /** scrypt cost for the password hash. */
  cost: ScryptCost;
  /** Epoch ms, stored as createdAt. */
  now: number;
}

/** Validates everything, hashes the password, then writes the account and its scope in one transaction. */
export async function createUser(options: CreateUserOptions): Promise<UserRecord> {
  const { input } = options;
  const username = checkUsername(input.username);
  const displayName = checkDisplayName(input.displayName ?? username);
  const scope = checkScope({ role: checkRole(input.role), regions: input.regions ?? [], chains: input.chains ?? [] });
  checkNewPassword(input.password, username, 'password');
  const passwordHash = await hashPassword({ password: input.password, cost: options.cost });
  return options.executor.transaction('WRITE', async (tx) => {
    if ((await tx.run('auth/user-credentials', { username })).length > 0) {
      throw lianpuError(ErrorCode.CONFLICT, `用户名 ${username} 已被使用 (the username ${username} is taken)`, {
        field: 'username',
      });
    }
    await checkScopeExists(tx.run, scope);
    const id = randomUUID();
    await tx.run('auth/user-create', {
      id,
      username,
      displayName,
      role: scope.role,
      passwordHash,
      createdAt: int(options.now),
    });
    await tx.run('auth/user-set-scope', { id, regions: scope.regions, chains: scope.chains });
    return (await loadUser({ run: tx.run, id }))!;
  });
}

export interface UserChanges {
  displayName?: string | null;
  role?: string | null;
  regions?: string[] | null;
  chains?: string[] | null;
  disabled?: boolean | null;
}

export interface UpdateUserOptions {
  executor: Executor;
  /** The account to change. */
  id: string;
  /** Only the fields given change. */
  changes: UserChanges;
}

function notFound(id: string) {
  return lianpuError(ErrorCode.NOT_FOUND, `没有找到用户 ${id} (no user with id ${id})`, { field: 'id' });
}

/**
 * Changes an account in one transaction: read it, merge, validate, refuse to leave no
 * enabled administrator, write, and end its sessions when it is disabled. A role that
 * takes no regions or chains drops them unless new ones are given (which is refused).
 */
export async function updateUser(options: UpdateUserOptions): Promise<UserRecord> {
  const { changes } = options;
  const displayName = changes.displayName == null ? null : checkDisplayName(changes.displayName);
  const newRole: Role | null = changes.role == null ? null : checkRole(changes.role);
  return options.executor.transaction('WRITE', async (tx) => {
    const current = await loadUser({ run: tx.run, id: options.id });
    if (current === null) throw notFound(options.id);
    const role = newRole ?? current.role;
    const scoped = role === 'recruiter' || role === 'chain_leader';
    const scope = checkScope({
      role,
      regions: changes.regions ?? (scoped ? current.regions.map((r) => r.code) : []),
      chains: changes.chains ?? (role === 'chain_leader' ? current.chains.map((c) => c.id) : []),
    });
    const disabled = changes.disabled ?? current.disabled;
    const wasActiveAdmin = current.role === 'admin' && !current.disabled;
    if (wasActiveAdmin && (role !== 'admin' || disabled)) {
      const [record] = await tx.run('auth/active-admins', { except: current.id });
      if (Number(record?.get('admins') ?? 0) === 0) {
        throw lianpuError(
          ErrorCode.CONFLICT,
          '不能停用或降级最后一个启用的管理员 (the last enabled administrator cannot be disabled or demoted)',
          { field: role !== 'admin' ? 'role' : 'disabled' },
        );
      }
    }
    await checkScopeExists(tx.run, scope);
    await tx.run('auth/user-update', {
      id: current.id,
      displayName: displayName ?? current.displayName,
      role,
      disabled,
    });
    await tx.run('auth/user-set-scope', { id: current.id, regions: scope.regions, chains: scope.chains });
    if (disabled) await tx.run('auth/sessions-delete-of-user', { userId: current.id, keep: null });
    return (await loadUser({ run: tx.run, id: current.id }))!;
  });
}

export interface SetPasswordOptions {
  executor: Executor;
  /** The account. */
  id: string;
  /** The new password, checked against the policy. */
  password: string;
  /** The input field to name when the password is refused. */
  field: string;
  cost: ScryptCost;
  /** This session (by token hash) survives; every other session of the account ends. */
  keepSession: string | null;
}

/** Stores a new password and ends the account's other sessions, in one transaction. */
export async function setPassword(options: SetPasswordOptions): Promise<void> {
  const user = await loadUser({ run: readRun(options.executor), id: options.id });
  if (user === null) throw notFound(options.id);
  checkNewPassword(options.password, user.username, options.field);
  const passwordHash = await hashPassword({ password: options.password, cost: options.cost });
  await options.executor.transaction('WRITE', async (tx) => {
    await tx.run('auth/user-set-password', { id: user.id, passwordHash });
    await tx.run('auth/sessions-delete-of-user', { userId: user.id, keep: options.keepSession });
  });
}
