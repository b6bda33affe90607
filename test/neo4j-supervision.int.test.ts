import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../server/config/config';
import { start, type RunningServer } from '../server/main';

/**
 * The embedded Neo4j's JVM dies (kill -9, as a crash or the OOM killer would) under a
 * server started by `start()`: the app logs it, starts the JVM again on the same port and
 * folder by itself, and answers again without any action by the test. /healthz is 503
 * and requests fail fast with DATABASE_UNAVAILABLE meanwhile. stop() during a restart
 * shuts down cleanly; no JVM of this test outlives it.
 */
const ROOT = resolve(__dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'lianpu-supervise-test-'));
/** A restarted JVM must serve within this (a cold start on a busy 2-core machine is slow). */
const BACK_WITHIN_MS = 120_000;
const FAIL_FAST_MS = 5000;

const lines: string[] = [];
let server: RunningServer | undefined;

const startServer = (env: Record<string, string>) => {
  const config = loadConfig({
    LIANPU_ROOT: ROOT,
    LIANPU_DATA_DIR: dataDir,
    LIANPU_NEO4J_BOLT_PORT: '0',
    LIANPU_NEO4J_PAGE_CACHE: '64m',
    LIANPU_NEO4J_HEAP: '512m',
    ...env,
  });
  return start({ config: { ...config, port: 0, seedOnEmpty: false }, log: (line) => lines.push(line) });
};

/** JVMs whose command line names this test's data folder (none may be left at the end). */
function jvmsOfThisTest(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes('lianpu.neo4j.EmbeddedNeo4j') && cmdline.includes(dataDir)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function ask(s: RunningServer) {
  const at = Date.now();
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ chains(first: 5) { id } }' }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code ?? null, ms: Date.now() - at };
}

const health = async (s: RunningServer) => (await fetch(`${s.url}/healthz`)).status;

async function until(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not within ${withinMs} ms`);
}

afterAll(async () => {
  await server?.stop();
  // Whatever happened above, no JVM of this test may survive it.
  for (const pid of jvmsOfThisTest()) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

test('kill -9 of the JVM: 503 while it is down, then back by itself on the same port and folder', async () => {
  server = await startServer({ LIANPU_NEO4J_RESTART_ATTEMPTS: '3', LIANPU_NEO4J_RESTART_BACKOFF_MS: '500' });
  const embedded = server.db.embedded!;
  expect(await health(server)).toBe(200);
  expect((await ask(server)).code).toBeNull();
  const firstPid = embedded.pid()!;
  const uri = server.db.uri;

  const killedAt = Date.now();
  process.kill(firstPid, 'SIGKILL');
  // While it is down: unhealthy, and requests fail fast and typed.
  const unhealthyIn = await until(async () => (await health(server!)) === 503, 10_000);
  const failed = await ask(server);
  expect(failed).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  expect(failed.ms).toBeLessThan(FAIL_FAST_MS);

  // Back with no action by the test.
  await until(async () => (await health(server!)) === 200, BACK_WITHIN_MS);
  await until(async () => (await ask(server!)).code === null, BACK_WITHIN_MS);
  const backMs = Date.now() - killedAt;
  process.stderr.write(`kill -9: unhealthy after ${unhealthyIn} ms, serving again ${backMs} ms after the kill\n`);
  expect(alive(firstPid)).toBe(false);
  expect(embedded.pid()).not.toBe(firstPid);
  expect(server.db.uri).toBe(uri);
  expect(jvmsOfThisTest()).toEqual([embedded.pid()]);
  expect(lines.some((l) => /Neo4j JVM exited unexpectedly \(signal SIGKILL\); restarting it on port \d+/.test(l))).toBe(
    true,
  );
  expect(lines.some((l) => /Neo4j is back on port \d+ after attempt 1/.test(l))).toBe(true);

  // stop() while a restart is under way still shuts everything down.
  process.kill(embedded.pid()!, 'SIGKILL');
  await until(async () => lines.filter((l) => /exited unexpectedly/.test(l)).length === 2, 10_000);
  await new Promise((r) => setTimeout(r, 700)); // past the backoff: the new JVM is starting
  const stopping = Date.now();
  await server.stop();
  server = undefined;
  process.stderr.write(`stop() during a restart took ${Date.now() - stopping} ms\n`);
  expect(jvmsOfThisTest()).toEqual([]);
  expect(embedded.pid()).toBeNull();
});
