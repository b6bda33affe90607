import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { resolve } from 'node:path';
import { CypherCatalog } from '../server/db/cypher';

/**
 * PROFILEs one named query of cypher/ against NEO4J_URI and prints its operators with
 * rows and db hits, flagging label scans. Used to check that API queries stay on indexes.
 *   node dist/bench/profile-query.js queries/targets '{"links":["alumina"],"region":"150581",...}'
 */
async function main() {
  const [name, json] = process.argv.slice(2);
  if (!name) throw new Error('usage: profile-query <name> [params-json]');
  const params = JSON.parse(json ?? '{}') as Record<string, unknown>;
  for (const key of ['first', 'max', 'candidates'])
    if (typeof params[key] === 'number') params[key] = neo4j.int(params[key] as number);
  const catalog = new CypherCatalog(resolve(__dirname, '..', '..', 'cypher'));
  const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687');
  const session = driver.session();
  try {
    const started = Date.now();
    const result = await session.run(`PROFILE ${catalog.get(name)}`, params);
    const took = Date.now() - started;
    const plan = result.summary.profile;
    if (!plan) throw new Error('no profile');
    let hits = 0;
    const walk = (p: ProfiledPlan, depth: number) => {
      hits += p.dbHits;
      const flag = /AllNodesScan|NodeByLabelScan/.test(p.operatorType) ? '  <-- label scan' : '';
      console.log(`${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} hits=${p.dbHits}${flag}`);
      p.children.forEach((c) => walk(c, depth + 1));
    };
    walk(plan, 0);
    console.log(`\n${result.records.length} records, ${hits} db hits, ${took} ms`);
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
