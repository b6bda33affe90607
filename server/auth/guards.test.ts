import { GraphQLError } from 'graphql';
import { rateLimited, refusalMessage, requireUser, unauthenticated } from './guards';
import type { AuthUser } from './roles';

const recruiter: AuthUser = {
  id: 'u1',
  username: 'li',
  displayName: '李招商',
  role: 'recruiter',
  disabled: false,
  regions: [{ code: '150000', name: '内蒙古自治区' }],
  chains: [],
};

describe('refusal messages say what was refused and why, Chinese first', () => {
  it('names the regions the account may change', () => {
    expect(
      refusalMessage({
        user: recruiter,
        action: 'firm.edit',
        decision: { allowed: false, reason: 'region', outside: ['320000'] },
      }),
    ).toBe('你的账号只能修改 内蒙古自治区 的数据 (your account may only change data in 内蒙古自治区)');
  });

  it('says "see" for private reads and names the chains for chain leaders', () => {
    const leader: AuthUser = { ...recruiter, role: 'chain_leader', chains: [{ id: 'al', name: '铝产业链' }] };
    expect(
      refusalMessage({
        user: leader,
        action: 'followup.read',
        decision: { allowed: false, reason: 'chain', outside: [] },
      }),
    ).toBe('你的账号只能查看 铝产业链 的数据 (your account may only see data of 铝产业链)');
  });

  it('names the role and the action when the role cannot do it anywhere', () => {
    expect(
      refusalMessage({ user: recruiter, action: 'user.manage', decision: { allowed: false, reason: 'role' } }),
    ).toBe('招商员无权管理用户 (the recruiter role may not manage users)');
  });
});

describe('requireUser and the typed errors', () => {
  const cookies = { set: () => undefined, clear: () => undefined };
  const anonymous = (problem: 'expired' | 'invalid' | null) => ({
    auth: { user: null, problem, tokenHash: null, ip: '127.0.0.1', cookies },
  });

  it('returns the user when there is one', () => {
    const user = { ...recruiter, createdAt: 0 };
    expect(requireUser({ auth: { ...anonymous(null).auth, user } })).toBe(user);
  });

  it.each([
    [null, /请先登录 \(log in first\)/],
    ['expired', /登录已过期.*expired/],
    ['invalid', /登录已失效.*no longer valid/],
  ] as const)('refuses an anonymous request (%s) with UNAUTHENTICATED and HTTP 401', (problem, message) => {
    expect(() => requireUser(anonymous(problem))).toThrow(message);
    const error = unauthenticated(problem);
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  });

  it('rounds Retry-After up to whole seconds', () => {
    const error = rateLimited({ retryAfterMs: 1_200, what: { zh: '登录', en: 'login attempts' } });
    expect(error.message).toBe('登录过于频繁，请 2 秒后再试 (too many login attempts; try again in 2 s)');
    expect(error.extensions.retryAfter).toBe(2);
    const http = error.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(http.headers.get('retry-after')).toBe('2');
  });
});
