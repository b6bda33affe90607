import { ApiError } from '../api';
import { FORM_MESSAGES } from './messages';
import { accountLines, canEdit, loginErrorMessage, needsSignIn } from './account';
import type { Account, Role } from './forms-api';

const account = (role: Role, extra: Partial<Account> = {}): Account => ({
  id: 'u1',
  username: 'zhang',
  displayName: '张三',
  role,
  regions: [],
  chains: [],
  ...extra,
});

const err = (code: string, extensions: Record<string, unknown> = {}) =>
  new ApiError(code, 'm', 401, [{ message: 'm', extensions: { code, ...extensions } }]);

describe('account', () => {
  it('offers editing to recruiters, chain leaders and administrators only', () => {
    expect(canEdit(null)).toBe(false);
    expect(canEdit(account('VIEWER'))).toBe(false);
    expect(['RECRUITER', 'CHAIN_LEADER', 'ADMIN'].map((r) => canEdit(account(r as Role)))).toEqual([true, true, true]);
  });

  it('names the role and the regions and chains', () => {
    const a = account('CHAIN_LEADER', {
      regions: [
        { code: '150500', name: '通辽市' },
        { code: '150581', name: '霍林郭勒市' },
      ],
      chains: [{ id: 'aluminium', name: '铝产业链', nameEn: 'Aluminium' }],
    });
    expect(accountLines('zh', a)).toEqual(['张三 · 链长', '地区：通辽市、霍林郭勒市', '产业链：铝产业链']);
    expect(accountLines('en', a)[0]).toBe('张三 · Chain leader');
    expect(accountLines('en', a)[2]).toBe('Chains: Aluminium');
  });

  it('has a label for every role in both languages', () => {
    for (const role of ['VIEWER', 'RECRUITER', 'CHAIN_LEADER', 'ADMIN']) {
      expect(FORM_MESSAGES).toHaveProperty(`role${role}.zh`);
      expect(FORM_MESSAGES).toHaveProperty(`role${role}.en`);
    }
  });

  it('tells a wrong password, a disabled account and a rate limit apart by code and reason', () => {
    expect(loginErrorMessage(err('UNAUTHENTICATED', { reason: 'credentials' }))).toEqual({ key: 'loginWrong' });
    expect(loginErrorMessage(err('UNAUTHENTICATED', { reason: 'disabled' }))).toEqual({ key: 'loginDisabled' });
    expect(loginErrorMessage(err('RATE_LIMITED', { retryAfter: 42 }))).toEqual({
      key: 'loginRateLimited',
      params: { seconds: 42 },
    });
    expect(loginErrorMessage(new Error('down'))).toEqual({ key: 'loginFailed', params: { message: 'down' } });
  });

  it('knows when the server wants a sign-in', () => {
    expect(needsSignIn(err('UNAUTHENTICATED'))).toBe(true);
    expect(needsSignIn(err('FORBIDDEN'))).toBe(false);
  });
});
