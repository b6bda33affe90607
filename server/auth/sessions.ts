import { int } from 'neo4j-driver';
import type { Executor } from '../db/executor.js';
import { MAX_SCOPE_ENTRIES } from './user-input.js';
import { hashToken, looksLikeToken, newSession, sessionState, type NewSession } from './session-token.js';
import { toUserRecord, type UserRecord } from './users.js';

/** Expired sessions deleted per login, so the sweep never becomes a long transaction. */
const EXPIRED_SWEEP_BATCH = 1000;

export interface CreateSessionOptions {
  executor: Executor;
  userId: string;
  /** Epoch ms. */
  now: number;
  lifetimeMs: number;
  /** Sessions the account keeps; older ones end. */
  keep: number;
  /** A new password hash to store in the same transaction (the stored one used an older cost). */
  rehash?: string | null;
}

/** Starts a session (login): stores the token's hash, trims the account's sessions and sweeps expired ones, in one transaction. */
export async function createSession(options: CreateSessionOptions): Promise<NewSession> {
  const session = newSession({ now: options.now, lifetimeMs: options.lifetimeMs });
  await options.executor.transaction('WRITE', async (tx) => {
    await tx.run('auth/session-create', {
      userId: options.userId,
      tokenHash: session.tokenHash,
      createdAt: int(session.createdAt),
      expiresAt: int(session.expiresAt),
    });
    await tx.run('auth/sessions-trim', { userId: options.userId, keep: int(options.keep) });
    await tx.run('auth/sessions-delete-expired', { now: int(options.now), max: int(EXPIRED_SWEEP_BATCH) });
    if (options.rehash) await tx.run('auth/user-set-password', { id: options.userId, passwordHash: options.rehash });
  });
  return session;
}

export type SessionLookup =
  | { user: UserRecord; tokenHash: string; problem: null }
  | { user: null; tokenHash: null; problem: 'expired' | 'invalid' };

export interface LookupSessionOptions {
  executor: Executor;
  /** The token the client sent. */
  token: string;
  /** Epoch ms. */
  now: number;
}

/**
 * The account behind a token, or why there is none. A disabled account's session reads
 * as invalid: the client is told to log in again, which then says the account is disabled.
 */
export async function lookupSession(options: LookupSessionOptions): Promise<SessionLookup> {
  if (!looksLikeToken(options.token)) return { user: null, tokenHash: null, problem: 'invalid' };
  const tokenHash = hashToken(options.token);
  const [record] = await options.executor.read('auth/session-lookup', { tokenHash, max: int(MAX_SCOPE_ENTRIES) });
  if (!record) return { user: null, tokenHash: null, problem: 'invalid' };
  const user = toUserRecord(record.get('user') as Record<string, unknown>);
  const state = sessionState({ expiresAt: Number(record.get('expiresAt')), disabled: user.disabled, now: options.now });
  if (state === 'active') return { user, tokenHash, problem: null };
  return { user: null, tokenHash: null, problem: state === 'expired' ? 'expired' : 'invalid' };
}

/** Logout: ends the session with this token hash. */
export async function revokeSession(options: { executor: Executor; tokenHash: string }): Promise<void> {
  await options.executor.write('auth/session-delete', { tokenHash: options.tokenHash });
}

/** Ends every session of an account, except `keep` (a token hash) when given. */
export async function revokeUserSessions(options: {
  executor: Executor;
  userId: string;
  keep: string | null;
}): Promise<number> {
  const [record] = await options.executor.write('auth/sessions-delete-of-user', {
    userId: options.userId,
    keep: options.keep,
  });
  return Number(record?.get('deleted') ?? 0);
}
