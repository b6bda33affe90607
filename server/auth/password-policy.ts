/**
 * What a new password must be, shared by the API and the admin command. Length is what
 * matters most (NIST SP 800-63B); composition rules are not imposed, but a password that
 * is the username, one repeated character or a well-known one is refused.
 */
export const MIN_PASSWORD_LENGTH = 10;
/** Long enough for any passphrase; bounds the work one login can ask of scrypt's input handling. */
export const MAX_PASSWORD_LENGTH = 256;

const COMMON = new Set([
  '1234567890',
  '12345678910',
  '123456789a',
  '1qaz2wsx3edc',
  'password12',
  'password123',
  'password1234',
  'qwertyuiop',
  'qwerty123456',
  'admin12345',
  'admin123456',
  'abc1234567',
  'a123456789',
  'iloveyou12',
  '1q2w3e4r5t',
  'woaini1314',
  'lianpu12345',
]);

export interface PasswordPolicyOptions {
  /** The proposed password. */
  password: string;
  /** The account's username, which the password must not contain. */
  username: string;
}

/** Why `password` is refused, Chinese first; null when it is acceptable. */
export function passwordProblem(options: PasswordPolicyOptions): string | null {
  const password = options.password.normalize('NFKC');
  const length = Array.from(password).length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符 (the password needs at least ${MIN_PASSWORD_LENGTH} characters)`;
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return `密码最多 ${MAX_PASSWORD_LENGTH} 个字符 (the password may have at most ${MAX_PASSWORD_LENGTH} characters)`;
  }
  const lower = password.toLowerCase();
  const username = options.username.normalize('NFKC').toLowerCase();
  if (username.length > 0 && lower.includes(username)) {
    return '密码不能包含用户名 (the password must not contain the username)';
  }
  if (/^(.)\1*$/u.test(password)) return '密码不能是同一个字符的重复 (the password must not repeat one character)';
  if (COMMON.has(lower)) return '这个密码太常见 (this password is too common)';
  return null;
}
