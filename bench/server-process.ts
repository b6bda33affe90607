import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';

/**
 * The API server as a deployment runs it: its own Node process, started from the same
 * entry point as `npm start`, connected to an existing Neo4j. Benchmarks measure it from
 * another process so that the load generator's own work (its HTTP client, parsing the
 * answers, its garbage) never lands on the server's event loop or heap.
 */
export interface ServerProcessOptions {
  /** Repository root (dist/server/cli/start.js is started from here). */
  root: string;
  /** Bolt URI of the database the server should use (NEO4J_URI). */
  neo4jUri: string;
  /** Extra environment, e.g. credentials or the database name. */
  env?: NodeJS.ProcessEnv;
  /** Node flags, as the `start` script in package.json passes them. */
  nodeArgs?: string[];
  /** Give up when the server has not said it is running after this long. */
  startTimeoutMs?: number;
  /** Where the server's own output goes (one line at a time). */
  log?: (line: string) => void;
}

export interface ServerProcess {
  /** http://host:port of the running server. */
  url: string;
  /** SIGINT, as Ctrl-C: the server stops Apollo and its driver, then exits. */
  stop(): Promise<void>;
}

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), join(options.root, 'dist/server/cli/start.js')], {
    cwd: options.root,
    env: {
      ...process.env,
      ...options.env,
      NODE_ENV: 'production',
      NEO4J_URI: options.neo4jUri,
      LIANPU_SEED: 'false',
      HOST: '127.0.0.1',
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start within ${options.startTimeoutMs ?? 120_000} ms`)),
      options.startTimeoutMs ?? 120_000,
    );
    const onLine = (line: string) => {
      options.log?.(`  [server] ${line}`);
      const match = /running at (http:\/\/\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    lines(child, onLine);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before it was running`));
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}

function lines(child: ChildProcess, onLine: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) onLine(line);
    });
  }
}

/**
 * POSTs JSON over one kept-alive connection with Node's own HTTP client and parses the
 * answer, as a browser would keep its connection open between clicks. (fetch/undici is
 * about 1 ms slower per call here, a cost of the client, not of the API.)
 */
export function jsonPoster(url: string): { post(body: unknown): Promise<unknown>; close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    post: (body) =>
      new Promise((resolve, reject) => {
        const data = Buffer.from(JSON.stringify(body));
        const req = request(
          url,
          {
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'content-length': data.length },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('error', reject);
            res.on('end', () => {
              try {
                resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
              } catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
              }
            });
          },
        );
        req.on('error', reject);
        req.end(data);
      }),
    close: () => agent.destroy(),
  };
}
