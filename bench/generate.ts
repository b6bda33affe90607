import type { CypherCatalog } from '../server/db/cypher.js';
import {
  benchCypher,
  countGraph,
  emptyBenchDatabase,
  openBenchDatabase,
  readBenchMeta,
  refreshTotals,
  repositoryRoot,
  type BenchDatabase,
  type BenchDatabaseOptions,
} from './bench-database.js';
import { buildCatalog } from './catalog.js';
import { designations } from './designations.js';
import { EnterpriseGenerator } from './enterprises.js';
import { parseFlags, USAGE, type GenerationParams, type RunOptions } from './flags.js';
import { projectRows } from './projects.js';
import { buildRegionTree } from './regions.js';
import { subsidiaries } from './subsidiaries.js';
import { SupplyGenerator } from './supplies.js';
import { format, PROVENANCE, writeRows } from './writer.js';

/**
 * `node dist/bench/generate.js [flags]`: writes the national-scale synthetic knowledge
 * base (bench/README.md) and prints progress, the time taken and the final counts.
 */
async function main(): Promise<number> {
  const root = repositoryRoot();
  const parsed = parseFlags(process.argv.slice(2), root);
  if ('help' in parsed) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    console.error(`${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const options: RunOptions = parsed;
  const log = (line: string) => console.log(line);
  const cypher = benchCypher(root);
  const dbOptions: BenchDatabaseOptions = {
    dataDir: options.dataDir,
    port: options.port,
    heap: options.heap,
    pageCache: options.pageCache,
    log,
  };
  const params = options.params;
  const paramsJson = JSON.stringify(params);
  log(`Benchmark KB parameters: ${paramsJson}`);

  const started = Date.now();
  let db: BenchDatabase = await openBenchDatabase(dbOptions);
  try {
    log(`Connected to ${db.mode} Neo4j at ${db.uri}${db.mode === 'embedded' ? ` (store ${options.dataDir})` : ''}`);
    const meta = await readBenchMeta(db, cypher);
    if (meta.complete && meta.params === paramsJson && !options.force) {
      log(
        `The database already holds a complete KB with these parameters (generated in ${meta.seconds ?? '?'} s): reusing it.`,
      );
      await refreshTotals(db, { onlyIfMissing: true, log, root });
      printCounts(await countGraph(db, cypher), log);
      return 0;
    }
    if (meta.hasData || meta.params !== null) {
      if (meta.params === null && !options.force) {
        console.error('The database holds a knowledge base that is not benchmark data; pass --force to replace it.');
        return 1;
      }
      log(
        meta.params === null
          ? 'Replacing the existing (non-benchmark) data as --force asks ...'
          : `Regenerating: the database holds ${meta.complete ? 'a KB generated with other parameters' : 'an incomplete generation'} (${meta.params}).`,
      );
      db = await emptyBenchDatabase(db, cypher, dbOptions);
    }
    await generate({
      db,
      cypher,
      params,
      paramsJson,
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      log,
    });
    await refreshTotals(db, { onlyIfMissing: false, log, root });
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const counts = await countGraph(db, cypher);
    await runWrite(db, cypher.get('meta-finish'), {
      now: new Date().toISOString(),
      seconds,
      counts: JSON.stringify(counts),
    });
    log(`Generated in ${seconds} s (${(seconds / 60).toFixed(1)} min).`);
    printCounts(counts, log);
    return 0;
  } finally {
    await db.close();
  }
}

async function generate(args: {
  db: BenchDatabase;
  cypher: CypherCatalog;
  params: GenerationParams;
  paramsJson: string;
  batchSize: number;
  concurrency: number;
  log: (line: string) => void;
}): Promise<void> {
  const { db, cypher, params, batchSize, concurrency, log } = args;
  const { seed } = params;
  const write = <T>(label: string, name: string, rows: Iterable<T>, expected?: number, size = batchSize) =>
    writeRows({
      driver: db.driver,
      database: db.database,
      label,
      cypher: cypher.get(name),
      rows,
      batchSize: size,
      concurrency,
      expected,
      log,
    });

  await runWrite(db, cypher.get('meta-start'), {
    params: args.paramsJson,
    now: new Date().toISOString(),
    ...PROVENANCE,
  });

  const regions = buildRegionTree(seed);
  const catalog = buildCatalog({ seed, chains: params.chains, linksPerChain: params.linksPerChain });
  log(
    `Regions: ${regions.regions.length} (${regions.provinces.length} provinces, ${regions.cityGroupRegion.filter((r) => r >= 0).length} cities, ` +
      `${regions.counties.length} counties, ${regions.regions.filter((r) => r.level === 'park').length} parks); ` +
      `${catalog.chains.length} chains, ${catalog.links.length} links, ${catalog.feeds.length} feeds`,
  );
  await write(
    'regions',
    'regions',
    regions.regions.map((r) => ({ code: r.code, name: r.name, level: r.level })),
  );
  await write(
    'part_of',
    'part-of',
    regions.regions
      .filter((r) => r.parent >= 0)
      .map((r) => ({ code: r.code, parent: regions.regions[r.parent]!.code })),
  );
  await write(
    'chains',
    'chains',
    catalog.chains.map(({ id, name, nameEn, description }) => ({ id, name, nameEn, description })),
  );
  await write(
    'links',
    'links',
    catalog.links.map(({ id, name, nameEn, unit }) => ({ id, name, nameEn, unit })),
  );
  await write(
    'has_link',
    'chain-links',
    catalog.chains.flatMap((c) =>
      c.links.map((l) => ({ chain: c.id, link: catalog.links[l.link]!.id, stage: l.stage, position: l.position })),
    ),
  );
  await write(
    'feeds',
    'feeds',
    catalog.feeds.map((f) => ({
      from: catalog.links[f.from]!.id,
      to: catalog.links[f.to]!.id,
      inputPerUnit: f.inputPerUnit,
      note: f.note,
    })),
  );

  // Enterprises carry their PRODUCES (about 1.6 each): half-size batches keep each
  // transaction at roughly the same number of created entities as the others.
  const enterprises = new EnterpriseGenerator({ seed, count: params.enterprises, regions, catalog });
  function* enterpriseRows() {
    for (let i = 0; i < params.enterprises; i++) yield enterprises.row(i);
  }
  await write(
    'enterprises',
    'enterprises',
    enterpriseRows(),
    params.enterprises,
    Math.max(1, Math.floor(batchSize / 2)),
  );
  const world = enterprises.world;

  const supplies = new SupplyGenerator({ seed, world, regions, catalog, target: params.supplies });
  log(
    `  supplies: ${format(supplies.eligible)} PRODUCES of links with inputs, ${(params.supplies / Math.max(1, supplies.eligible)).toFixed(2)} suppliers each on average`,
  );
  await write('supplies', 'supplies', supplies.rows(), params.supplies);

  await write(
    'subsidiaries',
    'subsidiaries',
    subsidiaries({ seed, world, count: params.subsidiaries }),
    params.subsidiaries,
  );
  const { masters, leaders } = designations({ seed, world, regions, catalog });
  await write('masters', 'masters', masters, masters.length);
  await write('leaders', 'leaders', leaders, leaders.length);
  await write(
    'projects',
    'projects',
    projectRows({ seed, count: params.projects, world, regions, catalog }),
    params.projects,
  );
}

async function runWrite(db: BenchDatabase, text: string, params: Record<string, unknown>): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite((tx) => tx.run(text, params));
  } finally {
    await session.close();
  }
}

function printCounts(counts: Record<string, number>, log: (line: string) => void): void {
  log('Counts:');
  const line = (name: string, n: number) => log(`  ${name.padEnd(18)}${format(n).padStart(10)}`);
  for (const [name, n] of Object.entries(counts)) line(name, n);
  line('PRODUCES+SUPPLIES', (counts.PRODUCES ?? 0) + (counts.SUPPLIES ?? 0));
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
