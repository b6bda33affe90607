import { loadConfig, ConfigError, type Config } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { passwordProblem } from '../auth/password-policy.js';
import { DEFAULT_COST } from '../auth/password.js';
import { checkUsername } from '../auth/user-input.js';
import { createUser, listUsers, readRun, setPassword, updateUser, type UserRecord } from '../auth/users.js';

export const ADMIN_USAGE = `用法 usage: npm run admin -- <command>

  create-admin <username> [--display-name <name>] [--reset]
      Creates an administrator. The password comes from LIANPU_ADMIN_PASSWORD, or is
      asked for twice on the terminal without echo (or read from the first line of
      piped input). Weak passwords are refused (at least 10 characters, not containing
      the username). Refuses when the username exists, unless --reset: then that account
      becomes an enabled administrator with the new password, and its sessions end.

  list-users [--first N]
      Lists accounts by username (at most N, default 100, up to 1000).

Connects like the server: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) or the embedded
Neo4j in LIANPU_DATA_DIR. The embedded store can only be open in one process: stop the
server first, or point NEO4J_URI at the running one (bolt://127.0.0.1:7687).`;

/** Where the command talks to its user; the terminal in production, buffers in tests. */
export interface AdminIo {
  out(line: string): void;
  err(line: string): void;
  /** Asks for a secret without echoing it; null when nothing can be read (no terminal, nothing piped). */
  readSecret(prompt: string): Promise<string | null>;
  /** Whether readSecret is a person at a terminal (then the password is asked twice). */
  interactive: boolean;
}

export interface RunAdminOptions {
  /** The arguments after `npm run admin --`. */
  argv: string[];
  /** LIANPU_ADMIN_PASSWORD and the database settings. */
  env: NodeJS.ProcessEnv;
  io: AdminIo;
  /** Connect with this configuration instead of reading it from `env` (tests). */
  config?: Config;
}

type Parsed =
  | { command: 'help' }
  | { command: 'create-admin'; username: string; displayName: string | null; reset: boolean }
  | { command: 'list-users'; first: number }
  | { error: string };

export function parseAdminArguments(argv: readonly string[]): Parsed {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    return { command: 'help' };
  }
  const [command, ...rest] = argv;
  if (command === 'create-admin') {
    let username: string | null = null;
    let displayName: string | null = null;
    let reset = false;
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i]!;
      if (arg === '--reset') reset = true;
      else if (arg === '--display-name') {
        displayName = rest[++i] ?? null;
        if (displayName === null) return { error: '--display-name needs a value' };
      } else if (arg.startsWith('-')) return { error: `unknown option ${arg}` };
      else if (username === null) username = arg;
      else return { error: `only one username is accepted (got ${username} and ${arg})` };
    }
    return username === null ? { error: 'the username is missing' } : { command, username, displayName, reset };
  }
  if (command === 'list-users') {
    let first = 100;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '--first') {
        first = Number(rest[++i]);
        if (!Number.isInteger(first) || first < 1 || first > 1000)
          return { error: '--first needs a number from 1 to 1000' };
      } else return { error: `unknown option ${rest[i]}` };
    }
    return { command, first };
  }
  return { error: `unknown command ${command}` };
}

/** Runs one admin command; returns the exit status (0 done, 1 refused or failed, 2 bad usage or configuration). */
export async function runAdmin(options: RunAdminOptions): Promise<number> {
  const { io } = options;
  const parsed = parseAdminArguments(options.argv);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n\n${ADMIN_USAGE}`);
    return 2;
  }
  if (parsed.command === 'help') {
    io.out(ADMIN_USAGE);
    return 0;
  }
  let config: Config;
  try {
    config = options.config ?? loadConfig(options.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`配置错误 Configuration error: ${error.message}`);
    return 2;
  }

  let password: string | null = null;
  let username = '';
  if (parsed.command === 'create-admin') {
    try {
      username = checkUsername(parsed.username);
    } catch (error) {
      io.err((error as Error).message);
      return 2;
    }
    const read = await readPassword(options);
    if ('error' in read) {
      io.err(read.error);
      return 1;
    }
    password = read.password;
    const problem = passwordProblem({ password, username });
    if (problem !== null) {
      io.err(`密码太弱，未创建 Weak password, nothing changed: ${problem}`);
      return 1;
    }
  }

  const db = await openDatabase({ config, log: (line) => io.err(line) });
  try {
    if (parsed.command === 'list-users') {
      const page = await listUsers({ executor: db.executor, first: parsed.first, after: null });
      for (const user of page.users) io.out(describe(user));
      io.out(`${page.users.length} 个用户 users${page.hasNextPage ? ' (more: use --first)' : ''}`);
      return 0;
    }
    const [existing] = await readRun(db.executor)('auth/user-credentials', { username });
    if (existing === undefined) {
      const user = await createUser({
        executor: db.executor,
        input: { username, displayName: parsed.displayName, role: 'admin', password: password! },
        cost: DEFAULT_COST,
        now: Date.now(),
      });
      io.out(`已创建管理员 Created administrator ${user.username} (${user.id})`);
      return 0;
    }
    if (!parsed.reset) {
      io.err(
        `用户 ${username} 已存在，未修改 User ${username} exists; nothing changed (use --reset to make it an enabled administrator with this password).`,
      );
      return 1;
    }
    const id = existing.get('id') as string;
    await updateUser({
      executor: db.executor,
      id,
      changes: { role: 'admin', disabled: false, ...(parsed.displayName ? { displayName: parsed.displayName } : {}) },
    });
    await setPassword({
      executor: db.executor,
      id,
      password: password!,
      field: 'password',
      cost: DEFAULT_COST,
      keepSession: null,
    });
    io.out(`已重置 Reset ${username}: enabled administrator, new password, its sessions ended.`);
    return 0;
  } finally {
    await db.close();
  }
}

async function readPassword(options: RunAdminOptions): Promise<{ password: string } | { error: string }> {
  const fromEnv = options.env.LIANPU_ADMIN_PASSWORD;
  if (fromEnv) return { password: fromEnv };
  const first = await options.io.readSecret('密码 Password: ');
  if (first === null) return { error: '没有密码 No password: set LIANPU_ADMIN_PASSWORD or run in a terminal.' };
  if (!options.io.interactive) return { password: first };
  const again = await options.io.readSecret('再输入一次 Again: ');
  return again === first
    ? { password: first }
    : { error: '两次输入不一致，未修改 The two entries differ; nothing changed.' };
}

function describe(user: UserRecord): string {
  const scope = [...user.regions.map((r) => `${r.code} ${r.name}`), ...user.chains.map((c) => c.id)].join(', ');
  return [user.username, user.role, user.displayName, user.disabled ? 'disabled' : 'enabled', scope].join('\t');
}
