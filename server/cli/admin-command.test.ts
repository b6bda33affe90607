import { parseAdminArguments, runAdmin, type AdminIo } from './admin-command';

function bufferIo(secrets: (string | null)[] = []): AdminIo & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
    interactive: true,
    readSecret: async () => secrets.shift() ?? null,
  };
}

describe('admin command arguments', () => {
  it.each([
    [['create-admin', 'root'], { command: 'create-admin', username: 'root', displayName: null, reset: false }],
    [
      ['create-admin', '--reset', 'root', '--display-name', '系统管理员'],
      { command: 'create-admin', username: 'root', displayName: '系统管理员', reset: true },
    ],
    [['list-users', '--first', '20'], { command: 'list-users', first: 20 }],
    [['--help'], { command: 'help' }],
    [[], { command: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseAdminArguments(argv)).toEqual(expected);
  });

  it.each([
    [['create-admin'], /username is missing/],
    [['create-admin', 'a', 'b'], /only one username/],
    [['create-admin', 'a', '--force'], /unknown option --force/],
    [['list-users', '--first', '0'], /--first needs a number/],
    [['drop-all'], /unknown command drop-all/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseAdminArguments(argv);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});

// These stop before any database is opened: the NEO4J_URI below points nowhere and would fail.
describe('create-admin refuses before touching the database', () => {
  const env = { NEO4J_URI: 'bolt://127.0.0.1:1' };

  it('prints help with exit 0', async () => {
    const io = bufferIo();
    expect(await runAdmin({ argv: ['--help'], env, io })).toBe(0);
    expect(io.lines.join('\n')).toMatch(/create-admin <username>/);
  });

  it('refuses a weak password from the environment', async () => {
    const io = bufferIo();
    const code = await runAdmin({
      argv: ['create-admin', 'root'],
      env: { ...env, LIANPU_ADMIN_PASSWORD: 'short' },
      io,
    });
    expect(code).toBe(1);
    expect(io.lines.join('\n')).toMatch(/Weak password, nothing changed: .*at least 10/);
  });

  it('refuses when the two typed entries differ', async () => {
    const io = bufferIo(['a long enough password', 'a long enough passw0rd']);
    expect(await runAdmin({ argv: ['create-admin', 'root'], env, io })).toBe(1);
    expect(io.lines).toEqual(['两次输入不一致，未修改 The two entries differ; nothing changed.']);
  });

  it('refuses a bad username with exit 2', async () => {
    const io = bufferIo();
    expect(await runAdmin({ argv: ['create-admin', 'bad name'], env, io })).toBe(2);
  });
});
