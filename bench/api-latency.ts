import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { chainGapsQueryParams } from '../server/analysis/chain-gaps.js';
import { momentumSince, targetsQueryParams } from '../server/analysis/load-targets.js';
import { loadConfig } from '../server/config/config.js';
import { CypherCatalog } from '../server/db/cypher.js';
import { openBenchDatabase, readBenchMeta, benchCypher, repositoryRoot, countGraph } from './bench-database.js';
import { ms, overhead, summarise, type LatencySummary } from './latency.js';
import { sampleChainRegions, sampleLinkRegions } from './sample.js';
import { jsonPoster, startServerProcess } from './server-process.js';

/**
 * `npm run bench:api`: p50/p95 of `chainGaps` and `targets` on the generated national
 * knowledge base (bench/generate.ts), warm, one request at a time, through GraphQL over
 * HTTP (the whole server: Apollo, resolvers, the analysis in TypeScript) and through the
 * bare driver running the same Cypher with the same parameters. The difference is what
 * the API layer costs. A benchmark that prints figures, never a pass/fail test.
 *
 * The server runs in its own process, started as `npm start` starts it, and both paths
 * are measured from this process: the driver path is a client of Neo4j, the GraphQL path
 * a client of the server. (Until 2026-11 the server ran inside this process and was
 * called with fetch, which charged the load generator's HTTP client, JSON parsing and
 * garbage to the server: about 3 ms of the 8 ms "overhead" at p50.)
 */

export const defaults = {
  /** Distinct (chain, region) and (link, region) arguments, drawn by bench/sample.ts. */
  samples: 40,
  /** Measured calls per operation and path, cycling through the samples. */
  iterations: 400,
  /** Unmeasured calls first, so plans are cached and pages are in memory ("warm"). */
  warmup: 120,
  /** Page size of `targets`, as the front end asks for. */
  targetsFirst: 20,
  /** Node flags of the server process; keep in step with the `start` script in package.json. */
  serverNodeArgs: [] as string[],
  /** Targets from the issue: p95 in ms, and the GraphQL overhead over the driver. */
  goals: { chainGapsP95: 50, targetsP95: 100, graphqlOverhead: 0.3 },
};

const CHAIN_GAPS = `query ($chain: ID!, $region: String!) {
  chainGaps(chain: $chain, region: $region) {
    link { id name nameEn unit } stage position status existsNationally opportunity opportunities score
    explanation { zh en } localEnterprises localCapacity { value unit } localPipeline { status value unit }
    projects { signed started producing stalled cancelled } nationalEnterprises nationalCapacity { value unit }
    balance { unit supply demand value complete notes { zh en } } upstream downstream
  }
}`;

const TARGETS = `query ($link: ID!, $region: String!, $first: Int) {
  targets(link: $link, region: $region, first: $first) {
    total hasNextPage endCursor
    targets {
      rank score viaGroup cursor
      enterprise { id name ownership tags region { code name } }
      capacity { value unit }
      components { name value weight points reason { zh en } }
      reasons { zh en }
    }
  }
}`;

interface Flags {
  samples: number;
  iterations: number;
  warmup: number;
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
}

function parseFlags(argv: readonly string[]): Flags {
  const root = repositoryRoot();
  const flags: Flags = {
    samples: defaults.samples,
    iterations: defaults.iterations,
    warmup: defaults.warmup,
    dataDir: resolve(root, 'data/bench-neo4j'),
    port: 17720,
    heap: '4g',
    pageCache: '4g',
  };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.replace(/^--/, '').split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    if (name === 'samples' || name === 'iterations' || name === 'warmup' || name === 'port') {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name}: a whole number, not ${value}`);
      flags[name] = n;
    } else if (name === 'data-dir') flags.dataDir = resolve(value);
    else if (name === 'heap') flags.heap = value;
    else if (name === 'page-cache') flags.pageCache = value;
    else
      throw new Error(
        `unknown option --${name} (options: --samples --iterations --warmup --data-dir --port --heap --page-cache)`,
      );
  }
  return flags;
}

interface Operation<S> {
  name: 'chainGaps' | 'targets';
  samples: S[];
  /** The GraphQL request for a sample. */
  graphql: (s: S) => { query: string; variables: Record<string, unknown> };
  /** The named query and parameters the resolver runs for a sample. */
  cypher: (s: S) => { name: string; params: Record<string, unknown> };
}

interface Measured {
  operation: string;
  graphql: LatencySummary;
  driver: LatencySummary;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const log = (line: string) => console.log(line);
  const root = repositoryRoot();
  const bench = await openBenchDatabase({
    dataDir: flags.dataDir,
    port: flags.port,
    heap: flags.heap,
    pageCache: flags.pageCache,
    log,
  });
  const catalog = new CypherCatalog(join(root, 'cypher'));
  try {
    const meta = await readBenchMeta(bench, benchCypher(root));
    if (!meta.complete) throw new Error('no complete benchmark KB here: run `npm run bench:generate` first');
    const counts = await countGraph(bench, benchCypher(root));
    log(`KB ${meta.params}`);
    log(
      `   ${fmt(counts.Enterprise)} enterprises, ${fmt((counts.PRODUCES ?? 0) + (counts.SUPPLIES ?? 0))} PRODUCES+SUPPLIES, ` +
        `${fmt(counts.Region)} regions, ${fmt(counts.Chain)} chains, ${fmt(counts.Link)} links`,
    );

    const chainRegions = await sampleChainRegions(bench.driver, { n: flags.samples, database: bench.database });
    const linkRegions = await sampleLinkRegions(bench.driver, { n: flags.samples, database: bench.database });
    log(
      `Samples: ${chainRegions.length} (chain, region) and ${linkRegions.length} (link, region), half cities, half counties`,
    );

    // The same configuration the server process reads (its environment plus NEO4J_URI),
    // for the parameters the driver path passes.
    const config = loadConfig({ ...process.env, LIANPU_SEED: 'false', LIANPU_ROOT: root });
    const server = await startServerProcess({
      root,
      neo4jUri: bench.uri,
      nodeArgs: defaults.serverNodeArgs,
      log: (line) => {
        if (/error|warn/i.test(line)) log(line);
      },
    });
    try {
      const analysis = { max: config.maxPageSize, candidates: config.targetCandidates };
      const since = momentumSince(new Date(), config.momentumYears);
      const operations: [Operation<(typeof chainRegions)[number]>, Operation<(typeof linkRegions)[number]>] = [
        {
          name: 'chainGaps',
          samples: chainRegions,
          graphql: (s) => ({ query: CHAIN_GAPS, variables: { chain: s.chain, region: s.region } }),
          cypher: (s) => ({
            name: 'queries/chain-gaps',
            params: chainGapsQueryParams({ chain: s.chain, region: s.region, max: analysis.max }),
          }),
        },
        {
          name: 'targets',
          samples: linkRegions,
          graphql: (s) => ({
            query: TARGETS,
            variables: { link: s.link, region: s.region, first: defaults.targetsFirst },
          }),
          cypher: (s) => ({
            name: 'queries/targets',
            params: targetsQueryParams({
              links: [s.link],
              region: s.region,
              filter: {},
              since,
              candidates: analysis.candidates,
            }),
          }),
        },
      ];
      const results: Measured[] = [];
      for (const op of operations as Operation<unknown>[]) {
        results.push(await measure({ op, url: `${server.url}/graphql`, bench, catalog, flags, log }));
      }
      report(results, log);
      const out = join(root, 'bench', 'out');
      mkdirSync(out, { recursive: true });
      writeFileSync(
        join(out, 'api-latency.json'),
        JSON.stringify(
          { when: new Date().toISOString(), kb: JSON.parse(meta.params ?? 'null'), counts, flags, results },
          null,
          2,
        ),
      );
      log(`\nWritten to bench/out/api-latency.json`);
    } finally {
      await server.stop();
    }
  } finally {
    await bench.close();
  }
}

/**
 * Alternates the two paths call by call (driver, then GraphQL, same sample) so drift in
 * the machine's load hits both alike; one request in flight at a time, as a user clicking.
 */
async function measure<S>(args: {
  op: Operation<S>;
  url: string;
  bench: Awaited<ReturnType<typeof openBenchDatabase>>;
  catalog: CypherCatalog;
  flags: Flags;
  log: (line: string) => void;
}): Promise<Measured> {
  const { op, url, bench, catalog, flags, log } = args;
  if (op.samples.length === 0) throw new Error(`no samples for ${op.name}`);
  const viaDriver = async (s: S) => {
    const { name, params } = op.cypher(s);
    const session = bench.driver.session({ database: bench.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(catalog.get(name), params));
      return result.records.length;
    } finally {
      await session.close();
    }
  };
  const client = jsonPoster(url);
  const viaGraphql = async (s: S) => {
    const body = (await client.post(op.graphql(s))) as { errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${op.name}: ${body.errors[0]!.message}`);
  };
  const time = async (work: () => Promise<unknown>) => {
    const t0 = process.hrtime.bigint();
    await work();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  try {
    const warmStarted = Date.now();
    for (let i = 0; i < flags.warmup; i++) {
      const s = op.samples[i % op.samples.length]!;
      await viaDriver(s);
      await viaGraphql(s);
    }
    log(
      `\n${op.name}: warmed up with ${flags.warmup} calls per path in ${((Date.now() - warmStarted) / 1000).toFixed(1)} s`,
    );
    const driver: number[] = [];
    const graphql: number[] = [];
    for (let i = 0; i < flags.iterations; i++) {
      const s = op.samples[i % op.samples.length]!;
      driver.push(await time(() => viaDriver(s)));
      graphql.push(await time(() => viaGraphql(s)));
    }
    return { operation: op.name, graphql: summarise(graphql), driver: summarise(driver) };
  } finally {
    client.close();
  }
}

function report(results: Measured[], log: (line: string) => void): void {
  const { goals } = defaults;
  log('\noperation   path        n      p50      p95      p99     mean      max   (ms)');
  for (const r of results) {
    for (const [path, s] of [
      ['graphql', r.graphql],
      ['driver', r.driver],
    ] as const) {
      log(
        `${r.operation.padEnd(11)} ${path.padEnd(8)} ${String(s.n).padStart(4)} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.p99)} ${ms(s.mean)} ${ms(s.max)}`,
      );
    }
  }
  log('\nagainst the goals:');
  for (const r of results) {
    const goal = r.operation === 'chainGaps' ? goals.chainGapsP95 : goals.targetsP95;
    const over = r.graphql.p95 / r.driver.p95 - 1;
    log(
      `  ${r.operation}: GraphQL p95 ${r.graphql.p95.toFixed(1)} ms (goal ≤ ${goal}: ${r.graphql.p95 <= goal ? 'met' : 'MISSED'}); ` +
        `GraphQL over driver p50 ${overhead(r.graphql.p50, r.driver.p50)}, p95 ${overhead(r.graphql.p95, r.driver.p95)} ` +
        `(goal ≤ +${goals.graphqlOverhead * 100} %: ${over <= goals.graphqlOverhead ? 'met' : 'MISSED'})`,
    );
  }
}

const fmt = (n: number | undefined) => (n ?? 0).toLocaleString('en-US');

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
