import { readBearer, readCookie } from './cookies';

describe('reading credentials from headers', () => {
  it('finds one cookie among others', () => {
    expect(readCookie('a=1; lianpu_session=abc_-; b=2', 'lianpu_session')).toBe('abc_-');
    expect(readCookie('xlianpu_session=abc', 'lianpu_session')).toBeNull();
    expect(readCookie(undefined, 'lianpu_session')).toBeNull();
    expect(readCookie('garbage', 'lianpu_session')).toBeNull();
  });

  it('reads a bearer token and nothing else', () => {
    expect(readBearer('Bearer abc.def')).toBe('abc.def');
    expect(readBearer('bearer   abc ')).toBe('abc');
    expect(readBearer('Basic dXNlcjpwdw==')).toBeNull();
    expect(readBearer('Bearer a b')).toBeNull();
    expect(readBearer(undefined)).toBeNull();
  });
});
