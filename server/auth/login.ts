import type { Executor } from '../db/executor.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import { rateLimited } from './guards.js';
import { dummyHash, needsRehash, hashPassword, verifyPassword } from './password.js';
import { MAX_PASSWORD_LENGTH } from './password-policy.js';
import type { AuthServices } from './services.js';
import { createSession } from './sessions.js';
import type { NewSession } from './session-token.js';
import { normaliseUsername } from './user-input.js';
import { loadUser, readRun, type UserRecord } from './users.js';

const LOGIN = { zh: '登录尝试', en: 'login attempts' };

/** One message for an unknown username and a wrong password, so neither tells which it was. */
export function wrongCredentials() {
  // `reason` lets the sign-in form choose its message without reading the text.
  return lianpuError(ErrorCode.UNAUTHENTICATED, '用户名或密码错误 (wrong username or password)', {
    reason: 'credentials',
  });
}

export interface CheckPasswordOptions {
  executor: Executor;
  services: AuthServices;
  /** As typed; normalised here. */
  username: string;
  password: string;
  /** The client's address (rate limit). */
  ip: string;
}

/**
 * Rate limits, then checks a username and password. Unknown usernames are checked against
 * a dummy hash of the same cost, so they take as long as wrong passwords and get the same
 * error. Only with the right password is a disabled account told that it is disabled.
 */
export async function checkPassword(options: CheckPasswordOptions): Promise<{ id: string; rehash: string | null }> {
  const { services } = options;
  const username = normaliseUsername(options.username).slice(0, 200);
  const byIp = services.loginByIp.hit(`ip:${options.ip}`);
  if (!byIp.allowed) throw rateLimited({ retryAfterMs: byIp.retryAfterMs, what: LOGIN });
  const byName = services.loginByUsername.hit(`user:${username}`);
  if (!byName.allowed) throw rateLimited({ retryAfterMs: byName.retryAfterMs, what: LOGIN });

  const [record] = await options.executor.read('auth/user-credentials', { username });
  const stored = (record?.get('passwordHash') as string | undefined) ?? (await dummyHash(services.cost));
  // An over-long password cannot be one we stored (the policy bounds it); skip the work, same answer.
  const ok =
    options.password.length <= MAX_PASSWORD_LENGTH * 4 &&
    (await verifyPassword({ password: options.password, stored }));
  if (!record || !ok) throw wrongCredentials();
  if (record.get('disabled') === true) {
    throw lianpuError(
      ErrorCode.UNAUTHENTICATED,
      '账号已停用，请联系管理员 (this account is disabled; ask an administrator)',
      { reason: 'disabled' },
    );
  }
  services.loginByUsername.reset(`user:${username}`);
  const rehash = needsRehash({ stored, cost: services.cost })
    ? await hashPassword({ password: options.password, cost: services.cost })
    : null;
  return { id: record.get('id') as string, rehash };
}

/** Logs in: checks the password, then starts a session. */
export async function login(options: CheckPasswordOptions): Promise<{ session: NewSession; user: UserRecord }> {
  const { executor, services } = options;
  const { id, rehash } = await checkPassword(options);
  const session = await createSession({
    executor,
    userId: id,
    now: services.now(),
    lifetimeMs: services.config.sessionLifetimeMs,
    keep: services.maxSessionsPerUser,
    rehash,
  });
  const user = await loadUser({ run: readRun(executor), id });
  return { session, user: user! };
}
