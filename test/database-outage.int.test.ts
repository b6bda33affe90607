import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../server/config/config';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/db/embedded-neo4j';
import { start, type RunningServer } from '../server/main';

/**
 * The database goes away under load and comes back: the app's own Neo4j on a temp data
 * folder and a fixed port is stopped (cleanly, then with SIGKILL) while requests keep
 * coming. Requests must fail fast with DATABASE_UNAVAILABLE and HTTP 503, /healthz must
 * say 503, and when Neo4j is started again on the same port and folder, service and
 * health must come back by themselves, with no restart of the app.
 */
const ROOT = resolve(__dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'lianpu-outage-test-'));
const QUERY_TIMEOUT_MS = 15_000;
/** The driver retries a lost connection this long before giving up (LIANPU_NEO4J_RETRY_MS default). */
const RETRY_MS = 1000;
/** A failing request must answer within this: the retry window plus slack, well under the query timeout. */
const FAIL_FAST_MS = 5000;
/** After Neo4j is back, the app must serve again within this. */
const RECOVER_MS = 20_000;

let port: number;
let neo4j: EmbeddedNeo4j | undefined;
let server: RunningServer | undefined;

const startNeo4j = () =>
  startEmbeddedNeo4j({
    dataDir,
    boltPort: port,
    pageCache: '64m',
    heap: '512m',
    mavenDir: join(ROOT, 'server', 'neo4j'),
  });

interface Outcome {
  /** When the request was sent, ms since the epoch. */
  at: number;
  ms: number;
  status: number;
  /** `errors[0].extensions.code`, null for a clean answer. */
  code: string | null;
  message: string | null;
}

async function ask(): Promise<Outcome> {
  const at = Date.now();
  const res = await fetch(`${server!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ chains(first: 5) { id } }' }),
  });
  const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  const error = body.errors?.[0];
  return {
    at,
    ms: Date.now() - at,
    status: res.status,
    code: error ? (error.extensions?.code ?? 'NONE') : null,
    message: error?.message ?? null,
  };
}

async function health(): Promise<{
  status: number;
  ms: number;
  body: { ok: boolean; database: { error: string | null } };
}> {
  const at = Date.now();
  const res = await fetch(`${server!.url}/healthz`);
  return { status: res.status, ms: Date.now() - at, body: (await res.json()) as never };
}

/** Keeps `concurrency` requests in flight until stopped; every outcome is kept. */
function load(concurrency: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const workers = Array.from({ length: concurrency }, async () => {
    while (running) {
      outcomes.push(await ask());
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}

/** Polls until `check` is true; returns how long it took, or throws after `withinMs`. */
async function until(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not within ${withinMs} ms`);
}

beforeAll(async () => {
  port = await freePort();
  neo4j = await startNeo4j();
  const config = loadConfig({ NEO4J_URI: neo4j.uri, LIANPU_ROOT: ROOT });
  expect(config.neo4jDriver.maxRetryTimeMs).toBe(RETRY_MS);
  expect(config.queryTimeoutMs).toBe(QUERY_TIMEOUT_MS);
  server = await start({ config: { ...config, port: 0, seedOnEmpty: false }, log: () => undefined });
});

afterAll(async () => {
  await server?.stop();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** While Neo4j is down: fast, typed, 503 failures and an unhealthy /healthz. */
async function expectOutage() {
  const failed = await ask();
  expect(failed).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  expect(failed.message).toBe('数据库暂不可用 The database is unavailable; try again shortly.');
  expect(failed.ms).toBeLessThan(FAIL_FAST_MS);
  const h = await health();
  expect(h.status).toBe(503);
  expect(h.body.ok).toBe(false);
  expect(h.body.database.error).toBeTruthy();
  expect(h.ms).toBeLessThan(FAIL_FAST_MS);
}

/** Neo4j is started again on the same port and folder; the app must notice by itself. */
async function expectRecovery() {
  neo4j = await startNeo4j();
  const healthyIn = await until(async () => (await health()).status === 200, RECOVER_MS);
  const servedIn = await until(async () => (await ask()).code === null, RECOVER_MS);
  return { healthyIn, servedIn };
}

/**
 * Under load: every answer is data or DATABASE_UNAVAILABLE (503), none waits as long as
 * the query timeout, and those sent while Neo4j was fully down (after it exited, before
 * it was started again) failed fast. Requests sent while it shuts down or starts may wait
 * for it (the driver's connection and acquisition timeouts bound that).
 */
function expectBoundedOutcomes(options: { outcomes: Outcome[]; downFrom: number; downUntil: number }) {
  const { outcomes, downFrom, downUntil } = options;
  expect(outcomes.length).toBeGreaterThan(10);
  const codes = [...new Set(outcomes.map((o) => o.code))];
  expect(codes.filter((c) => c !== null && c !== 'DATABASE_UNAVAILABLE')).toEqual([]);
  for (const o of outcomes) expect([o.code, o.status]).toEqual([o.code, o.code === null ? 200 : 503]);
  expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(QUERY_TIMEOUT_MS);
  const down = outcomes.filter((o) => o.at >= downFrom && o.at + o.ms <= downUntil);
  expect(down.length).toBeGreaterThan(3);
  expect(down.filter((o) => o.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
  expect(Math.max(...down.map((o) => o.ms))).toBeLessThan(FAIL_FAST_MS);
  return { requests: outcomes.length, down: down.length, slowestDownMs: Math.max(...down.map((o) => o.ms)) };
}

test('a clean stop under load: fast 503s, unhealthy, then back by itself', async () => {
  expect((await health()).status).toBe(200);
  const traffic = load(4);
  const events: Record<string, number> = {};
  let recovery: { healthyIn: number; servedIn: number };
  try {
    await new Promise((r) => setTimeout(r, 500));
    events.stop = Date.now();
    await neo4j!.stop();
    events.stopped = Date.now();
    await new Promise((r) => setTimeout(r, 1000));
    await expectOutage();
    // Stay down a while, so the load sees the outage and not just its edges.
    await new Promise((r) => setTimeout(r, 6000));
    events.restart = Date.now();
    recovery = await expectRecovery();
    await new Promise((r) => setTimeout(r, 500));
  } finally {
    await traffic.stop();
  }
  const { healthyIn, servedIn } = recovery;
  const seen = expectBoundedOutcomes({
    outcomes: traffic.outcomes,
    downFrom: events.stopped!,
    downUntil: events.restart!,
  });
  expect(traffic.outcomes.some((o) => o.code === null)).toBe(true);
  expect(traffic.outcomes.some((o) => o.code === 'DATABASE_UNAVAILABLE')).toBe(true);
  // The last answers are clean again.
  expect(traffic.outcomes.slice(-4).map((o) => o.code)).toEqual([null, null, null, null]);
  process.stderr.write(
    `clean stop: ${JSON.stringify(seen)}; healthy ${healthyIn} ms, serving ${servedIn} ms after Neo4j was back\n`,
  );
});

test('SIGKILL (a crash) under load: the same, and the store recovers', async () => {
  const traffic = load(4);
  const events: Record<string, number> = {};
  let recovery: { healthyIn: number; servedIn: number };
  try {
    await new Promise((r) => setTimeout(r, 500));
    events.kill = Date.now();
    await neo4j!.kill();
    events.killed = Date.now();
    await new Promise((r) => setTimeout(r, 1000));
    await expectOutage();
    // Stay down a while, so the load sees the outage and not just its edges.
    await new Promise((r) => setTimeout(r, 6000));
    events.restart = Date.now();
    recovery = await expectRecovery();
    await new Promise((r) => setTimeout(r, 500));
  } finally {
    await traffic.stop();
  }
  const { healthyIn, servedIn } = recovery;
  const seen = expectBoundedOutcomes({
    outcomes: traffic.outcomes,
    downFrom: events.killed!,
    downUntil: events.restart!,
  });
  expect(traffic.outcomes.slice(-4).map((o) => o.code)).toEqual([null, null, null, null]);
  process.stderr.write(
    `SIGKILL: ${JSON.stringify(seen)}; healthy ${healthyIn} ms, serving ${servedIn} ms after Neo4j was back\n`,
  );
});
