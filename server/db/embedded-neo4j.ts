import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';

export interface EmbeddedNeo4jOptions {
  /** Store folder; created if missing, reused (with its data) if present. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  boltPort: number;
  /** Page cache size, e.g. 512m. */
  pageCache: string;
  /** JVM maximum heap, e.g. 1g. */
  heap: string;
  /** The Maven project (server/neo4j) whose `target/` holds the built launcher and jars. */
  mavenDir: string;
  /** Give up if the database has not announced readiness within this many ms. */
  startTimeoutMs?: number;
  /** Where the JVM's own log lines go; defaults to stderr, prefixed. */
  log?: (line: string) => void;
  /**
   * How often to start the JVM again when it exits without `stop()` (a crash, the OOM
   * killer, kill -9), on the same port and folder; 0 (the default here) leaves it down.
   */
  restartAttempts?: number;
  /** Wait before the first restart attempt, doubled after each failed one (capped at 30 s). */
  restartBackoffMs?: number;
}

export interface EmbeddedNeo4j {
  /** bolt://127.0.0.1:PORT */
  uri: string;
  /** Shuts the database down cleanly and waits for the JVM to exit. */
  stop(): Promise<void>;
  /**
   * Ends the JVM at once with SIGKILL, as a crash or the OOM killer would, and waits for
   * it to exit. For outage drills and tests (test/database-outage.int.test.ts): to bring
   * the database back, call startEmbeddedNeo4j again with the same dataDir and boltPort;
   * Neo4j recovers the store from its transaction log, and the app's driver reconnects.
   */
  kill(): Promise<void>;
  /** The process id of the JVM running now (a restarted one has a new id); null while none runs. */
  pid(): number | null;
}

/** The longest wait between two restart attempts. */
const MAX_RESTART_BACKOFF_MS = 30_000;

const READY = 'LIANPU-NEO4J-READY ';

/**
 * Starts Neo4j Community 5.26 (built from Maven Central by `npm run build:neo4j`) as a
 * child JVM and resolves once its Bolt connector accepts connections. The JVM watches
 * its stdin and shuts down when we close it, so it never outlives this process, even
 * when this process is killed with -9.
 *
 * With `restartAttempts` > 0 the JVM is supervised: when it exits without `stop()` the
 * exit is logged and it is started again on the same port and folder (Neo4j recovers the
 * store from its transaction log; the app's driver reconnects by itself), after
 * `restartBackoffMs`, doubling after each failed attempt; after the last failed attempt
 * it logs that it gives up and leaves the database down (/healthz stays 503). `stop()`
 * during a restart waits for the attempt and shuts down what it started.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const port = options.boltPort === 0 ? await freePort() : options.boltPort;
  const log = options.log ?? ((line: string) => process.stderr.write(`[neo4j] ${line}\n`));
  const attempts = options.restartAttempts ?? 0;
  const backoffMs = options.restartBackoffMs ?? 1000;
  let current: Jvm | null = await launchJvm({ ...options, boltPort: port, log });
  let stopped = false;
  let restarting: Promise<void> | undefined;
  // Ends a JVM that a restart is still starting when stop() is called: waiting for it to
  // be ready only to shut it down again made stop() take half a minute.
  const stopping$ = new AbortController();
  // Wakes a restart that is waiting out its backoff when stop() is called.
  let wake: () => void = () => undefined;

  const restart = async (reason: string) => {
    const downAt = Date.now();
    log(`Neo4j JVM exited unexpectedly (${reason}); restarting it on port ${port} (up to ${attempts} attempts)`);
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const wait = Math.min(backoffMs * 2 ** (attempt - 1), MAX_RESTART_BACKOFF_MS);
      await new Promise<void>((done) => {
        const timer = setTimeout(done, wait);
        wake = () => {
          clearTimeout(timer);
          done();
        };
      });
      if (stopped) return;
      try {
        const next = await launchJvm({ ...options, boltPort: port, log, signal: stopping$.signal });
        if (stopped) {
          await next.stop();
          return;
        }
        current = next;
        watch(next);
        log(`Neo4j is back on port ${port} after attempt ${attempt} (${Date.now() - downAt} ms down)`);
        return;
      } catch (error) {
        if (stopped) return;
        log(`Neo4j restart attempt ${attempt} of ${attempts} failed: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    log(
      `Neo4j stays down: gave up after ${attempts} restart attempts (LIANPU_NEO4J_RESTART_ATTEMPTS); restart the app once the cause is fixed`,
    );
  };
  const watch = (jvm: Jvm) => {
    void jvm.exited.then(({ code, signal }) => {
      if (stopped || current !== jvm) return;
      current = null;
      const reason = signal !== null ? `signal ${signal}` : `exit code ${code}`;
      if (attempts === 0) {
        log(`Neo4j JVM exited unexpectedly (${reason}); not restarting it (LIANPU_NEO4J_RESTART_ATTEMPTS=0)`);
        return;
      }
      restarting = restart(reason).finally(() => {
        restarting = undefined;
      });
    });
  };
  watch(current);

  let stopping: Promise<void> | undefined;
  return {
    uri: current.uri,
    pid: () => current?.pid ?? null,
    async kill() {
      await current?.kill();
    },
    stop() {
      stopping ??= (async () => {
        stopped = true;
        wake();
        stopping$.abort();
        await restarting;
        await current?.stop();
      })();
      return stopping;
    },
  };
}

/** One JVM: started, ready, and how to end it. */
interface Jvm {
  uri: string;
  pid: number | null;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

async function launchJvm(
  options: EmbeddedNeo4jOptions & { log: (line: string) => void; signal?: AbortSignal },
): Promise<Jvm> {
  const classes = join(options.mavenDir, 'target', 'classes');
  const lib = join(options.mavenDir, 'target', 'lib');
  if (!existsSync(join(classes, 'lianpu', 'neo4j', 'EmbeddedNeo4j.class')) || !existsSync(lib)) {
    throw new Error(
      `The embedded Neo4j is not built (${classes} missing). Run \`npm run build:neo4j\` (needs Java 17 and Maven).`,
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const port = options.boltPort;
  const log = options.log;

  const child = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      // Neo4j 5 uses these JDK internals; without them it logs warnings and runs slower.
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-cp',
      [classes, join(lib, '*')].join(delimiter),
      'lianpu.neo4j.EmbeddedNeo4j',
      '--home',
      options.dataDir,
      '--bolt-port',
      String(port),
      '--page-cache',
      options.pageCache,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  const uri = await waitForReady({
    child,
    exited: exited.then((e) => e.code),
    log,
    timeoutMs: options.startTimeoutMs ?? 120_000,
    signal: options.signal,
  });

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid ?? null,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.stdin?.end();
        const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

function waitForReady(args: {
  child: ChildProcess;
  exited: Promise<number | null>;
  log: (line: string) => void;
  timeoutMs: number;
  /** Abandons the start: the JVM is sent SIGTERM (its shutdown hook closes the store) and the start fails when it has exited. */
  signal?: AbortSignal;
}): Promise<string> {
  const { child, exited, log, timeoutMs, signal } = args;
  const tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
  };
  return new Promise<string>((resolveReady, reject) => {
    let ready = false;
    const timer = setTimeout(() => {
      child.stdin?.end();
      child.kill('SIGTERM');
      reject(new Error(`Neo4j did not start within ${timeoutMs} ms. Last output:\n${tail.join('\n')}`));
    }, timeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!ready && line.startsWith(READY)) {
        ready = true;
        clearTimeout(timer);
        resolveReady(line.slice(READY.length).trim());
      } else if (line.trim()) {
        remember(line);
      }
    });
    createInterface({ input: child.stderr! }).on('line', (line) => {
      remember(line);
      // Neo4j's startup chatter goes to stderr; keep WARN and ERROR lines visible.
      if (/\b(WARN|ERROR|Exception)\b/.test(line)) log(line);
    });
    signal?.addEventListener(
      'abort',
      () => {
        if (ready) return;
        clearTimeout(timer);
        // The start fails once the JVM has exited (below), so stop() never leaves it behind.
        child.kill('SIGTERM');
        const hard = setTimeout(() => child.kill('SIGKILL'), 30_000);
        void exited.then(() => clearTimeout(hard));
      },
      { once: true },
    );
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not run java (is Java 17 installed and on PATH?): ${error.message}`));
    });
    void exited.then((code) => {
      if (!ready) {
        clearTimeout(timer);
        reject(new Error(`Neo4j exited with code ${code} before it was ready. Last output:\n${tail.join('\n')}`));
      }
    });
  });
}

/** A port the OS says is free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
