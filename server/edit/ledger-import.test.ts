import type { GraphQLError } from 'graphql';
import type { Role } from '../auth/roles.js';
import { requireLedgerImport } from './ledger-import.js';

function ctx(role: Role | null) {
  const user =
    role === null
      ? null
      : {
          id: 'u1',
          username: 'u',
          displayName: 'U',
          role,
          disabled: false,
          regions: [{ code: '150581', name: '霍林郭勒市' }],
          chains: [{ id: 'aluminium', name: '铝' }],
        };
  return { auth: { user, problem: null } } as unknown as Parameters<typeof requireLedgerImport>[0]['ctx'];
}

function refusal(role: Role | null, tables: Parameters<typeof requireLedgerImport>[0]['tables']) {
  try {
    requireLedgerImport({ ctx: ctx(role), tables });
    return null;
  } catch (error) {
    const e = error as GraphQLError;
    return { code: e.extensions.code, message: e.message };
  }
}

describe('importing the ledger through the API', () => {
  it('is for those who may change follow-ups everywhere: administrators', () => {
    expect(refusal('admin', ['projects', 'leads', 'followups'])).toBeNull();
    for (const role of ['recruiter', 'chain_leader', 'viewer'] as const) {
      expect(refusal(role, ['enterprises', 'project_moves', 'followups'])).toEqual({
        code: 'FORBIDDEN',
        message:
          "只有管理员可以导入跟踪台账 project_moves、followups (only administrators may import the ledger's tables: project_moves, followups)",
      });
    }
    expect(refusal(null, ['leads'])).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('leaves datasets without ledger tables to the route’s own check', () => {
    expect(refusal('recruiter', ['enterprises', 'produces', 'projects'])).toBeNull();
    expect(refusal(null, [])).toBeNull();
  });
});
