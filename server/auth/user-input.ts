import { ErrorCode, lianpuError } from '../graphql/errors.js';
import { ROLES, isRole, type Role } from './roles.js';

/** Regions or chains one account may carry; the scope travels with every request. */
export const MAX_SCOPE_ENTRIES = 50;
const USERNAME = /^[\p{L}\p{N}._-]{2,64}$/u;

/** A BAD_USER_INPUT naming the input field, so a form can mark it. */
export function inputError(field: string, message: string) {
  return lianpuError(ErrorCode.BAD_USER_INPUT, message, { field });
}

/** Usernames compare case- and width-insensitively: stored and looked up in this form. */
export function normaliseUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}

/** The normalised username, or a BAD_USER_INPUT naming `username`. */
export function checkUsername(username: string): string {
  const normalised = normaliseUsername(username);
  if (!USERNAME.test(normalised)) {
    throw inputError(
      'username',
      '用户名须为 2 到 64 个字母、数字、点、下划线或连字符 (username: 2 to 64 letters, digits, dots, underscores or hyphens)',
    );
  }
  return normalised;
}

export function checkDisplayName(displayName: string): string {
  const trimmed = displayName.normalize('NFKC').trim();
  if (trimmed.length < 1 || trimmed.length > 100) {
    throw inputError('displayName', '显示名称须为 1 到 100 个字符 (displayName: 1 to 100 characters)');
  }
  return trimmed;
}

export function checkRole(role: string): Role {
  if (!isRole(role)) throw inputError('role', `未知角色 ${role} (unknown role; one of ${ROLES.join(', ')})`);
  return role;
}

export interface ScopeInput {
  /** The account's role after the change. */
  role: Role;
  /** Region codes after the change. */
  regions: string[];
  /** Chain ids after the change. */
  chains: string[];
}

/**
 * Which scope a role takes: recruiters need regions, chain leaders regions and chains,
 * viewers and administrators neither (their reach does not depend on it, and a scope that
 * means nothing would only mislead whoever reads the account later).
 */
export function checkScope(input: ScopeInput): ScopeInput {
  const regions = [...new Set(input.regions.map((r) => r.trim()))];
  const chains = [...new Set(input.chains.map((c) => c.trim()))];
  if (regions.length > MAX_SCOPE_ENTRIES) {
    throw inputError('regions', `最多 ${MAX_SCOPE_ENTRIES} 个地区 (at most ${MAX_SCOPE_ENTRIES} regions)`);
  }
  if (chains.length > MAX_SCOPE_ENTRIES) {
    throw inputError('chains', `最多 ${MAX_SCOPE_ENTRIES} 条产业链 (at most ${MAX_SCOPE_ENTRIES} chains)`);
  }
  const scoped = input.role === 'recruiter' || input.role === 'chain_leader';
  if (scoped && regions.length === 0) {
    throw inputError('regions', '招商员和链长至少需要一个地区 (a recruiter or chain leader needs at least one region)');
  }
  if (!scoped && regions.length > 0) {
    throw inputError('regions', '只有招商员和链长按地区限定 (only recruiters and chain leaders have regions)');
  }
  if (input.role === 'chain_leader' && chains.length === 0) {
    throw inputError('chains', '链长至少需要一条产业链 (a chain leader needs at least one chain)');
  }
  if (input.role !== 'chain_leader' && chains.length > 0) {
    throw inputError('chains', '只有链长负责产业链 (only chain leaders lead chains)');
  }
  return { role: input.role, regions, chains };
}
