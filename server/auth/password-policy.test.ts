import { MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each([
    ['short1234', /至少需要 10 个字符.*at least 10/],
    ['x'.repeat(257), /at most 256/],
    ['zhangsan-2024-spring', /must not contain the username/],
    ['ZhangSan-2024-spring', /must not contain the username/],
    ['aaaaaaaaaaaa', /repeat one character/],
    ['Password123', /too common/],
  ])('refuses %s', (password, message) => {
    expect(passwordProblem({ password, username: 'zhangsan' })).toMatch(message);
  });

  it.each(['correct horse battery', '链谱招商平台的登录密码', 'Tl-2024-aluminium'])('accepts %s', (password) => {
    expect(passwordProblem({ password, username: 'zhangsan' })).toBeNull();
  });

  it('counts characters, not bytes: ten Chinese characters are enough', () => {
    expect(passwordProblem({ password: '通辽霍林郭勒铝产业链', username: 'li' })).toBeNull();
    expect(passwordProblem({ password: '通辽霍林郭勒铝产业', username: 'li' })).toMatch(String(MIN_PASSWORD_LENGTH));
  });
});
