/**
 * The signed-in account as the page shows it, and what the sign-in form says when the
 * server refuses. Pure (tested in Node); `editing.ts` draws them.
 */
import { ApiError } from '../api';
import { displayName } from '../elements';
import { type Lang, type MessageKey, t } from '../i18n';
import type { Account, Role } from './forms-api';
import type { FieldProblem } from './validate';

export const defaults = {
  /**
   * Roles that get the edit buttons. Viewers (and anonymous visitors) never see them;
   * for the others the server still decides per region and chain (docs/security.md).
   */
  editorRoles: ['RECRUITER', 'CHAIN_LEADER', 'ADMIN'] as readonly Role[],
};

/** Whether to offer edit forms to this account (null = anonymous). */
export function canEdit(account: Account | null): boolean {
  return account !== null && defaults.editorRoles.includes(account.role);
}

export function roleLabel(lang: Lang, role: Role): string {
  return t(lang, `role${role}` as MessageKey);
}

/** "张三 · 招商员", then the regions and chains when the account has any. */
export function accountLines(lang: Lang, account: Account): string[] {
  const sep = t(lang, 'listSep');
  const lines = [`${account.displayName || account.username} · ${roleLabel(lang, account.role)}`];
  if (account.regions.length > 0) {
    lines.push(t(lang, 'accountRegions', { regions: account.regions.map((r) => r.name).join(sep) }));
  }
  if (account.chains.length > 0) {
    lines.push(t(lang, 'accountChains', { chains: account.chains.map((c) => displayName(lang, c)).join(sep) }));
  }
  return lines;
}

/**
 * What a failed `login` means for the user. The server answers UNAUTHENTICATED for a
 * wrong username or password and for a disabled account, told apart by
 * `extensions.reason` (`credentials` / `disabled`); RATE_LIMITED says when to retry.
 */
export function loginErrorMessage(error: unknown): FieldProblem {
  if (!(error instanceof ApiError)) {
    return { key: 'loginFailed', params: { message: error instanceof Error ? error.message : String(error) } };
  }
  const ext = error.errors[0]?.extensions ?? {};
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return { key: ext['reason'] === 'disabled' ? 'loginDisabled' : 'loginWrong' };
    case 'RATE_LIMITED':
      return { key: 'loginRateLimited', params: { seconds: Number(ext['retryAfter'] ?? 60) } };
    default:
      return { key: 'loginFailed', params: { message: error.message } };
  }
}

/** Whether an error means "sign in first" (reads closed, or the session ended). */
export function needsSignIn(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'UNAUTHENTICATED';
}
