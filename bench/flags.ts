import { resolve } from 'node:path';

/**
 * What defines a generated knowledge base. Stored as JSON on the (:BenchMeta) node: a
 * later run with the same parameters reuses the data instead of regenerating it.
 * Bump `version` whenever the generator's output changes for the same flags.
 */
export interface GenerationParams {
  version: number;
  seed: number;
  enterprises: number;
  chains: number;
  linksPerChain: number;
  supplies: number;
  subsidiaries: number;
  projects: number;
}

export const GENERATOR_VERSION = 1;

export interface RunOptions {
  params: GenerationParams;
  /** Embedded Neo4j store folder (ignored when NEO4J_URI is set). */
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
  batchSize: number;
  /** Transactions in flight at once. */
  concurrency: number;
  /** Regenerate even when the parameters match, or replace a database that is not a benchmark KB. */
  force: boolean;
}

export const USAGE = `usage: node dist/bench/generate.js [options]

Generates the national-scale synthetic knowledge base for benchmarks into the Neo4j at
NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), or into an embedded Neo4j it
starts in --data-dir. A database that already holds a complete KB generated with the
same parameters is reused as it is.

  --enterprises N       enterprises (default 1000000)
  --supplies N          SUPPLIES relationships, about (default 1.5 x enterprises)
  --projects N          projects (default 5 % of enterprises)
  --subsidiaries N      SUBSIDIARY_OF relationships (default 0.2 % of enterprises)
  --chains N            chains (default 50; beyond 50 they are synthetic)
  --links-per-chain N   links per chain, about (default 30)
  --seed N              random seed (default 2025)
  --data-dir DIR        embedded store (default data/bench-neo4j under the repository)
  --port N              embedded Bolt port (default 17720; 0 = any free port)
  --heap SIZE           embedded JVM heap (default 4g)
  --page-cache SIZE     embedded page cache (default 4g)
  --batch-size N        rows per transaction (default 10000)
  --concurrency N       transactions in flight at once (default 2, one per core)
  --force               regenerate even if the parameters match; replace a non-benchmark database
  -h, --help            this text`;

const INTEGER_FLAGS = [
  'enterprises',
  'supplies',
  'projects',
  'subsidiaries',
  'chains',
  'links-per-chain',
  'seed',
  'port',
  'batch-size',
  'concurrency',
] as const;
type IntegerFlag = (typeof INTEGER_FLAGS)[number];

export function parseFlags(argv: readonly string[], root: string): RunOptions | { error: string } | { help: true } {
  const ints = new Map<IntegerFlag, number>();
  const strings = new Map<string, string>();
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '--force') {
      force = true;
      continue;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (match === null) return { error: `unexpected argument ${arg}` };
    const name = match[1]!;
    const value = match[2] ?? argv[++i];
    if (value === undefined) return { error: `--${name} needs a value` };
    if ((INTEGER_FLAGS as readonly string[]).includes(name)) {
      const n = Number(value);
      const min =
        name === 'seed' || name === 'port' || name === 'supplies' || name === 'projects' || name === 'subsidiaries'
          ? 0
          : 1;
      if (!Number.isSafeInteger(n) || n < min)
        return { error: `--${name} needs a whole number ≥ ${min}, not ${value}` };
      ints.set(name as IntegerFlag, n);
    } else if (name === 'data-dir' || name === 'heap' || name === 'page-cache') {
      if ((name === 'heap' || name === 'page-cache') && !/^\d+[kmg]$/i.test(value)) {
        return { error: `--${name} needs a size such as 4g or 512m, not ${value}` };
      }
      strings.set(name, value);
    } else {
      return { error: `unknown option --${name}` };
    }
  }
  const enterprises = ints.get('enterprises') ?? 1_000_000;
  const chains = ints.get('chains') ?? 50;
  const linksPerChain = ints.get('links-per-chain') ?? 30;
  if (chains > 300) return { error: '--chains: at most 300' };
  if (linksPerChain > 36) return { error: '--links-per-chain: at most 36 (the generic link lists run out)' };
  if (enterprises > 9_999_999) return { error: '--enterprises: at most 9999999' };
  return {
    params: {
      version: GENERATOR_VERSION,
      seed: ints.get('seed') ?? 2025,
      enterprises,
      chains,
      linksPerChain,
      supplies: ints.get('supplies') ?? Math.round(enterprises * 1.5),
      subsidiaries: ints.get('subsidiaries') ?? Math.round(enterprises * 0.002),
      projects: ints.get('projects') ?? Math.round(enterprises * 0.05),
    },
    dataDir: resolve(strings.get('data-dir') ?? resolve(root, 'data/bench-neo4j')),
    port: ints.get('port') ?? 17720,
    heap: strings.get('heap') ?? '4g',
    pageCache: strings.get('page-cache') ?? '4g',
    batchSize: ints.get('batch-size') ?? 10_000,
    concurrency: ints.get('concurrency') ?? 2,
    force,
  };
}
