/**
 * Roles and the one permission table. `can` is pure: the caller brings the facts about
 * the target (which regions it lies in, with the regions above them, and which chains it
 * concerns), so the whole matrix is tested without a database and every resolver asks
 * the same question the same way.
 */

export const ROLES = ['viewer', 'recruiter', 'chain_leader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'read',
  'followup.read',
  'followup.edit',
  'firm.edit',
  'project.edit',
  'chain.edit',
  'user.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * How far a role may do an action:
 * - `all`: anywhere;
 * - `regions`: only for targets that lie in one of the user's regions (or below one);
 * - `regions+chains`: as `regions`, and the target must concern only chains the user leads;
 * - `none`: never.
 */
export type Reach = 'all' | 'regions' | 'regions+chains' | 'none';

/** The permission table; docs/security.md shows the same as a table, keep them together. */
export const PERMISSIONS: Readonly<Record<Role, Readonly<Record<Action, Reach>>>> = {
  viewer: {
    read: 'all',
    'followup.read': 'none',
    'followup.edit': 'none',
    'firm.edit': 'none',
    'project.edit': 'none',
    'chain.edit': 'none',
    'user.manage': 'none',
  },
  recruiter: {
    read: 'all',
    'followup.read': 'regions',
    'followup.edit': 'regions',
    'firm.edit': 'regions',
    'project.edit': 'regions',
    'chain.edit': 'none',
    'user.manage': 'none',
  },
  chain_leader: {
    read: 'all',
    'followup.read': 'regions+chains',
    'followup.edit': 'regions+chains',
    'firm.edit': 'regions+chains',
    'project.edit': 'regions+chains',
    'chain.edit': 'regions+chains',
    'user.manage': 'none',
  },
  admin: {
    read: 'all',
    'followup.read': 'all',
    'followup.edit': 'all',
    'firm.edit': 'all',
    'project.edit': 'all',
    'chain.edit': 'all',
    'user.manage': 'all',
  },
};

/** A region with a display name, as the user's scope carries it (names go into messages). */
export interface NamedRegion {
  code: string;
  name: string;
}

export interface NamedChain {
  id: string;
  name: string;
}

/** The signed-in user as every request sees it; never carries the password hash. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  /** Regions a recruiter or chain leader may change (each covers its subtree). */
  regions: NamedRegion[];
  /** Chains a chain leader leads. */
  chains: NamedChain[];
}

/** A region the target lies in, with every region above it (its lineage), from the graph. */
export interface TargetRegion {
  /** The region's code. */
  code: string;
  /** The code itself and the codes of the regions it is PART_OF, up to the province; empty when unknown. */
  lineage: string[];
}

/** What an action touches. Omitted regions or chains mean national or chain-less data. */
export interface Target {
  /** Every region the change touches (a firm that moves touches two). */
  regions?: TargetRegion[];
  /** Every chain the change concerns. */
  chains?: string[];
}

export type Decision =
  | { allowed: true }
  | { allowed: false; reason: 'disabled' | 'role' }
  | { allowed: false; reason: 'region'; outside: string[] }
  | { allowed: false; reason: 'chain'; outside: string[] };

export interface CanOptions {
  /** Who asks. */
  user: Pick<AuthUser, 'role' | 'disabled' | 'regions' | 'chains'>;
  /** What they want to do. */
  action: Action;
  /** What it touches; needed for region- and chain-scoped roles. */
  target?: Target;
}

/**
 * Whether `user` may do `action` on `target`. Scoped roles need every touched region to
 * lie in one of theirs and, for chain leaders, every touched chain to be one they lead;
 * a target with no region (national data) or no chain is outside any scope, so only a
 * role with `all` reach may change it.
 */
export function can(options: CanOptions): Decision {
  const { user, action, target = {} } = options;
  if (user.disabled) return { allowed: false, reason: 'disabled' };
  const reach = PERMISSIONS[user.role][action];
  if (reach === 'all') return { allowed: true };
  if (reach === 'none') return { allowed: false, reason: 'role' };

  const scope = new Set(user.regions.map((r) => r.code));
  const regions = target.regions ?? [];
  const outsideRegions = regions.filter((r) => !r.lineage.some((code) => scope.has(code))).map((r) => r.code);
  if (regions.length === 0 || outsideRegions.length > 0) {
    return { allowed: false, reason: 'region', outside: outsideRegions };
  }
  if (reach === 'regions') return { allowed: true };

  const led = new Set(user.chains.map((c) => c.id));
  const chains = target.chains ?? [];
  const outsideChains = chains.filter((id) => !led.has(id));
  if (chains.length === 0 || outsideChains.length > 0) {
    return { allowed: false, reason: 'chain', outside: outsideChains };
  }
  return { allowed: true };
}

/**
 * Whether `user` may never do `action`, wherever the target lies: the role has no reach
 * for it, or the account is disabled. Such a request is refused before its input is
 * checked or anything is read; a scoped refusal needs the target's regions first.
 */
export function refusedByRole(user: CanOptions['user'], action: Action): boolean {
  const first = can({ user, action });
  return !first.allowed && (first.reason === 'role' || first.reason === 'disabled');
}

/** Role names for messages, Chinese first. */
export const ROLE_LABELS: Readonly<Record<Role, { zh: string; en: string }>> = {
  viewer: { zh: '查看者', en: 'viewer' },
  recruiter: { zh: '招商员', en: 'recruiter' },
  chain_leader: { zh: '链长', en: 'chain leader' },
  admin: { zh: '管理员', en: 'administrator' },
};

/** Actions for messages, phrased to follow "may not". */
export const ACTION_LABELS: Readonly<Record<Action, { zh: string; en: string }>> = {
  read: { zh: '查看知识库', en: 'read the knowledge base' },
  'followup.read': { zh: '查看跟踪台账', en: 'see follow-up records' },
  'followup.edit': { zh: '修改跟踪台账', en: 'change follow-up records' },
  'firm.edit': { zh: '修改企业信息', en: 'change firms' },
  'project.edit': { zh: '修改项目', en: 'change projects' },
  'chain.edit': { zh: '修改产业链图谱', en: 'change chain maps' },
  'user.manage': { zh: '管理用户', en: 'manage users' },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
