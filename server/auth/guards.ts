import type { Context } from '../graphql/context.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import type { CypherTx } from '../db/executor.js';
import { loadTargetRegions } from './region-scope.js';
import { ACTION_LABELS, ROLE_LABELS, can, refusedByRole, type Action, type AuthUser, type Decision } from './roles.js';
import type { UserRecord } from './users.js';

type AuthContext = Pick<Context, 'auth' | 'executor' | 'authServices'>;

/** UNAUTHENTICATED, saying whether to log in or log in again; HTTP 401 when it stops the whole request. */
export function unauthenticated(problem: 'expired' | 'invalid' | null) {
  const message =
    problem === 'expired'
      ? '登录已过期，请重新登录 (your session has expired; log in again)'
      : problem === 'invalid'
        ? '登录已失效，请重新登录 (your session is no longer valid; log in again)'
        : '请先登录 (log in first)';
  return lianpuError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

/** RATE_LIMITED with HTTP 429 and Retry-After (whole seconds, at least 1). */
export function rateLimited(options: { retryAfterMs: number; what: { zh: string; en: string } }) {
  const seconds = Math.max(1, Math.ceil(options.retryAfterMs / 1000));
  return lianpuError(
    ErrorCode.RATE_LIMITED,
    `${options.what.zh}过于频繁，请 ${seconds} 秒后再试 (too many ${options.what.en}; try again in ${seconds} s)`,
    { retryAfter: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
  );
}

/** The signed-in user, or UNAUTHENTICATED. */
export function requireUser(ctx: Pick<Context, 'auth'>): UserRecord {
  const { user } = ctx.auth;
  if (user === null) throw unauthenticated(ctx.auth.problem);
  return user;
}

/** For anything that reads the knowledge base outside GraphQL (the CSV exports): closed reads need a user. */
export function requireRead(ctx: Pick<Context, 'auth' | 'authServices'>): void {
  if (ctx.authServices.config.readAccess === 'login') requireUser(ctx);
}

const READ_ACTIONS: ReadonlySet<Action> = new Set(['read', 'followup.read']);

/** Why `decision` refused, in words, naming the regions or chains the account may use. */
export function refusalMessage(options: { user: AuthUser; action: Action; decision: Decision }): string {
  const { user, action, decision } = options;
  const verb = READ_ACTIONS.has(action) ? { zh: '查看', en: 'see' } : { zh: '修改', en: 'change' };
  if (decision.allowed) return '';
  switch (decision.reason) {
    case 'disabled':
      return '你的账号已停用 (your account is disabled)';
    case 'role':
      return `${ROLE_LABELS[user.role].zh}无权${ACTION_LABELS[action].zh} (the ${ROLE_LABELS[user.role].en} role may not ${ACTION_LABELS[action].en})`;
    case 'region': {
      if (user.regions.length === 0) return '你的账号没有分配地区 (your account has no regions assigned)';
      const names = user.regions.map((r) => r.name);
      return `你的账号只能${verb.zh} ${names.join('、')} 的数据 (your account may only ${verb.en} data in ${names.join(', ')})`;
    }
    case 'chain': {
      if (user.chains.length === 0) return '你的账号没有负责的产业链 (your account leads no chain)';
      const names = user.chains.map((c) => c.name);
      return `你的账号只能${verb.zh} ${names.join('、')} 的数据 (your account may only ${verb.en} data of ${names.join(', ')})`;
    }
  }
}

export interface RequirePermissionOptions {
  /** What the resolver is about to do. */
  action: Action;
  /** Region codes the change touches (a firm's region; both regions when it moves). */
  regions?: string[];
  /** Chain ids the change concerns. */
  chains?: string[];
  /**
   * The write transaction that depends on the answer: the regions' lineage is then read in
   * it, so a region moved meanwhile cannot slip through between the check and the write.
   */
  tx?: CypherTx;
}

/**
 * Refuses (FORBIDDEN, or UNAUTHENTICATED without a session) a user whose role may never do
 * `action`, before anything about the request's input is checked or read; the full check
 * with the target's scope (`requirePermission`) comes later, inside the write transaction.
 */
export async function requireRole(ctx: AuthContext, action: Action): Promise<void> {
  if (refusedByRole(requireUser(ctx), action)) await requirePermission(ctx, { action });
}

/**
 * The signed-in user if they may do `action` on the target; otherwise UNAUTHENTICATED or
 * FORBIDDEN with a message saying what was refused and why. Every mutation and every
 * private field resolver calls this (docs/security.md).
 */
export async function requirePermission(ctx: AuthContext, options: RequirePermissionOptions): Promise<UserRecord> {
  const user = requireUser(ctx);
  const first = can({ user, action: options.action });
  // Only scoped roles need to know where the target lies.
  const needsTarget = !first.allowed && (first.reason === 'region' || first.reason === 'chain');
  const regions = needsTarget
    ? await loadTargetRegions({
        run: options.tx?.run ?? ((name, params) => ctx.executor.read(name, params)),
        codes: options.regions ?? [],
      })
    : [];
  const decision = needsTarget
    ? can({ user, action: options.action, target: { regions, chains: options.chains ?? [] } })
    : first;
  if (decision.allowed) return user;
  const outside = 'outside' in decision ? decision.outside : [];
  throw lianpuError(ErrorCode.FORBIDDEN, refusalMessage({ user, action: options.action, decision }), {
    action: options.action,
    reason: decision.reason,
    ...(outside.length > 0 ? { outside } : {}),
  });
}
