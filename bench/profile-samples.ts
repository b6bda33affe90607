import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { join } from 'node:path';
import { chainGapsQueryParams } from '../server/analysis/chain-gaps.js';
import { momentumSince, targetsQueryParams } from '../server/analysis/load-targets.js';
import { loadConfig } from '../server/config/config.js';
import { CypherCatalog } from '../server/db/cypher.js';
import { repositoryRoot } from './bench-database.js';
import { percentile } from './latency.js';
import { sampleChainRegions, sampleLinkRegions } from './sample.js';

/**
 * `npm run bench:hits`: PROFILEs queries/chain-gaps and queries/targets for the same
 * samples the latency benchmark uses and prints their database hits (p50/p95/max) and
 * any label scan. Hits do not depend on what else the machine is doing, so they show
 * whether a change to the Cypher helps even on a busy machine. Needs NEO4J_URI.
 */
async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('set NEO4J_URI to the benchmark database (e.g. bolt://127.0.0.1:17720)');
  const n = Number(process.argv[2] ?? 30);
  const root = repositoryRoot();
  const config = loadConfig({ ...process.env, LIANPU_ROOT: root });
  const catalog = new CypherCatalog(join(root, 'cypher'));
  const driver = neo4j.driver(uri);
  try {
    const since = momentumSince(new Date(), config.momentumYears);
    const jobs: { name: string; runs: { label: string; params: Record<string, unknown> }[] }[] = [
      {
        name: 'queries/chain-gaps',
        runs: (await sampleChainRegions(driver, { n })).map((s) => ({
          label: `${s.chain}@${s.region} (${s.level}, ${s.localProducers} local firms)`,
          params: chainGapsQueryParams({ chain: s.chain, region: s.region, max: config.maxPageSize }),
        })),
      },
      {
        name: 'queries/targets',
        runs: (await sampleLinkRegions(driver, { n })).map((s) => ({
          label: `${s.link}@${s.region} (${s.level}, ${s.nationalProduces} producers)`,
          params: targetsQueryParams({
            links: [s.link],
            region: s.region,
            filter: {},
            since,
            candidates: config.targetCandidates,
          }),
        })),
      },
    ];
    for (const job of jobs) {
      const hits: number[] = [];
      let worst = { hits: 0, label: '' };
      const scans = new Set<string>();
      for (const run of job.runs) {
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.run(`PROFILE ${catalog.get(job.name)}`, run.params);
          let total = 0;
          const walk = (p: ProfiledPlan) => {
            total += p.dbHits;
            if (/AllNodesScan|NodeByLabelScan/.test(p.operatorType)) scans.add(p.operatorType);
            p.children.forEach(walk);
          };
          const plan = result.summary.profile;
          if (!plan) throw new Error(`${job.name}: no profile returned`);
          walk(plan);
          hits.push(total);
          if (process.env.VERBOSE) console.log(`  ${total}\t${run.label}`);
          if (total > worst.hits) worst = { hits: total, label: run.label };
        } finally {
          await session.close();
        }
      }
      hits.sort((a, b) => a - b);
      console.log(
        `${job.name}: ${hits.length} samples, db hits p50 ${percentile(hits, 50)}, p95 ${percentile(hits, 95)}, ` +
          `max ${worst.hits} (${worst.label}); label scans: ${scans.size === 0 ? 'none' : [...scans].join(', ')}`,
      );
    }
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
