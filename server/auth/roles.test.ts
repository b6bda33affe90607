import { ACTIONS, ROLES, can, refusedByRole, type Action, type Role, type Target } from './roles';

// A user scoped to 通辽市 (150500) who leads the aluminium chain there.
const scope = { regions: [{ code: '150500', name: '通辽市' }], chains: [{ id: 'aluminium', name: '铝产业链' }] };
const tongliao = { code: '150500', lineage: ['150500', '150000'] };
const huolinguole = { code: '150581', lineage: ['150581', '150500', '150000'] };
const wuhai = { code: '150300', lineage: ['150300', '150000'] };

/** The situations each row of the matrix is judged in, in this order. */
const situations: [string, Target | undefined][] = [
  ['own region, led chain', { regions: [tongliao], chains: ['aluminium'] }],
  ['region below own, led chain', { regions: [huolinguole], chains: ['aluminium'] }],
  ['own region, another chain', { regions: [tongliao], chains: ['nickel'] }],
  ['own region, no chain', { regions: [huolinguole] }],
  ['another region, led chain', { regions: [wuhai], chains: ['aluminium'] }],
  ['own and another region', { regions: [huolinguole, wuhai], chains: ['aluminium'] }],
  ['national (no region)', { chains: ['aluminium'] }],
];

/**
 * The expected matrix, written out by hand (Y allowed, N refused) rather than derived from
 * PERMISSIONS, so a change to the table has to be made here too, on purpose.
 */
const expected: Record<Role, Record<Action, string>> = {
  viewer: {
    read: 'YYYYYYY',
    'followup.read': 'NNNNNNN',
    'followup.edit': 'NNNNNNN',
    'firm.edit': 'NNNNNNN',
    'project.edit': 'NNNNNNN',
    'chain.edit': 'NNNNNNN',
    'user.manage': 'NNNNNNN',
  },
  recruiter: {
    read: 'YYYYYYY',
    'followup.read': 'YYYYNNN',
    'followup.edit': 'YYYYNNN',
    'firm.edit': 'YYYYNNN',
    'project.edit': 'YYYYNNN',
    'chain.edit': 'NNNNNNN',
    'user.manage': 'NNNNNNN',
  },
  chain_leader: {
    read: 'YYYYYYY',
    'followup.read': 'YYNNNNN',
    'followup.edit': 'YYNNNNN',
    'firm.edit': 'YYNNNNN',
    'project.edit': 'YYNNNNN',
    'chain.edit': 'YYNNNNN',
    'user.manage': 'NNNNNNN',
  },
  admin: {
    read: 'YYYYYYY',
    'followup.read': 'YYYYYYY',
    'followup.edit': 'YYYYYYY',
    'firm.edit': 'YYYYYYY',
    'project.edit': 'YYYYYYY',
    'chain.edit': 'YYYYYYY',
    'user.manage': 'YYYYYYY',
  },
};

const cases = ROLES.flatMap((role) =>
  ACTIONS.flatMap((action) =>
    situations.map(([situation, target], i) => ({
      role,
      action,
      situation,
      target,
      allowed: expected[role][action][i] === 'Y',
    })),
  ),
);

describe('can: the whole role × action × target matrix', () => {
  it('covers every role, action and situation', () => {
    expect(cases).toHaveLength(ROLES.length * ACTIONS.length * situations.length);
    for (const role of ROLES)
      for (const action of ACTIONS) expect(expected[role][action]).toHaveLength(situations.length);
  });

  it.each(cases)('$role $action ($situation) → $allowed', ({ role, action, target, allowed }) => {
    expect(can({ user: { role, disabled: false, ...scope }, action, target }).allowed).toBe(allowed);
  });

  it.each(ROLES)('a disabled %s may do nothing, not even read', (role) => {
    for (const action of ACTIONS) {
      expect(can({ user: { role, disabled: true, ...scope }, action, target: situations[0]![1] })).toEqual({
        allowed: false,
        reason: 'disabled',
      });
    }
  });
});

describe('can: why it refuses', () => {
  const recruiter = { role: 'recruiter' as const, disabled: false, ...scope };
  const leader = { role: 'chain_leader' as const, disabled: false, ...scope };

  it('names the regions outside the scope', () => {
    expect(can({ user: recruiter, action: 'firm.edit', target: { regions: [huolinguole, wuhai] } })).toEqual({
      allowed: false,
      reason: 'region',
      outside: ['150300'],
    });
  });

  it('treats an unknown region (no lineage) as outside', () => {
    expect(
      can({ user: recruiter, action: 'firm.edit', target: { regions: [{ code: '999999', lineage: [] }] } }),
    ).toEqual({ allowed: false, reason: 'region', outside: ['999999'] });
  });

  it('names the chains a chain leader does not lead', () => {
    expect(
      can({ user: leader, action: 'chain.edit', target: { regions: [tongliao], chains: ['aluminium', 'nickel'] } }),
    ).toEqual({ allowed: false, reason: 'chain', outside: ['nickel'] });
  });

  it('refuses by role before looking at the target', () => {
    expect(can({ user: recruiter, action: 'user.manage', target: { regions: [tongliao] } })).toEqual({
      allowed: false,
      reason: 'role',
    });
  });

  it('refuses a scoped user with no regions at all', () => {
    const none = { ...recruiter, regions: [] };
    expect(can({ user: none, action: 'firm.edit', target: { regions: [tongliao] } }).allowed).toBe(false);
  });
});

describe('refusedByRole', () => {
  it('is true only where no target could help: the role has no reach, or the account is disabled', () => {
    expect(refusedByRole({ role: 'viewer', disabled: false, ...scope }, 'firm.edit')).toBe(true);
    expect(refusedByRole({ role: 'recruiter', disabled: false, ...scope }, 'chain.edit')).toBe(true);
    expect(refusedByRole({ role: 'admin', disabled: true, ...scope }, 'read')).toBe(true);
    // Scoped roles depend on the target: not refused by role alone.
    expect(refusedByRole({ role: 'recruiter', disabled: false, ...scope }, 'firm.edit')).toBe(false);
    expect(refusedByRole({ role: 'chain_leader', disabled: false, ...scope }, 'followup.read')).toBe(false);
    expect(refusedByRole({ role: 'viewer', disabled: false, ...scope }, 'read')).toBe(false);
  });
});
