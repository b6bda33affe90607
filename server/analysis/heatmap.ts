import { int } from 'neo4j-driver';
import type { Executor } from '../db/executor.js';
import { analyseChain } from './gaps.js';
import { toFacts, type LocalGroup } from './chain-gaps.js';
import type { ChainLinkInfo, FeedInfo, LinkFacts, LinkGap, LinkInfo, ProjectCounts } from './gap-types.js';
import { noProjects } from './gap-types.js';
import type { GapThresholds } from './thresholds.js';
import type { Row } from '../db/rows.js';

export interface HeatmapOptions {
  executor: Executor;
  chain: string;
  /** province, city, county or park (lower case, as stored). */
  level: string;
  within: string | null;
  thresholds: GapThresholds;
  first: number;
}

export interface HeatmapRow {
  region: Row;
  gapCount: number;
  opportunityScore: number;
  completeness: number;
  gaps: LinkGap[];
}

/** Runs queries/heatmap (one round trip) and the gap analysis for each region; null if the chain or `within` is unknown. */
export async function loadHeatmap(options: HeatmapOptions): Promise<HeatmapRow[] | null> {
  const [record] = await options.executor.read('queries/heatmap', {
    chain: options.chain,
    level: options.level,
    within: options.within,
    first: int(options.first),
  });
  if (!record) return null;
  const links = (record.get('links') as Row[]).map((r): ChainLinkInfo => ({
    id: String(r.id),
    name: String(r.name),
    nameEn: (r.nameEn as string | null) ?? null,
    unit: (r.unit as string | null) ?? null,
    stage: r.stage as ChainLinkInfo['stage'],
    position: Number(r.position ?? 0),
  }));
  const chainIds = new Set(links.map((l) => l.id));
  const feeds = (record.get('feeds') as Row[]).map((f): FeedInfo => ({
    from: String(f.from),
    to: String(f.to),
    inputPerUnit: (f.inputPerUnit as number | null) ?? null,
  }));
  const national = new Map((record.get('national') as Row[]).map((n) => [String(n.id), n]));
  const otherLinks: LinkInfo[] = [...national.values()]
    .filter((n) => !chainIds.has(String(n.id)))
    .map((n) => ({
      id: String(n.id),
      name: String(n.name),
      nameEn: (n.nameEn as string | null) ?? null,
      unit: (n.unit as string | null) ?? null,
    }));

  // region → link → what its regions make, and its projects per status
  const local = new Map<string, Map<string, LocalGroup[]>>();
  for (const g of record.get('local') as (LocalGroup & { region: string })[]) {
    const byLink = local.get(g.region) ?? new Map<string, LocalGroup[]>();
    local.set(g.region, byLink);
    byLink.set(g.link, [...(byLink.get(g.link) ?? []), g]);
  }
  const projects = new Map<string, ProjectCounts>();
  for (const p of record.get('projects') as { link: string; region: string; status: string; count: number }[]) {
    const key = `${p.region}|${p.link}`;
    const counts = projects.get(key) ?? { ...noProjects };
    projects.set(key, counts);
    if (p.status in counts) counts[p.status as keyof ProjectCounts] += Number(p.count);
  }
  const factsFor = (region: string, link: string): LinkFacts => ({
    ...toFacts({ row: national.get(link)!, local: local.get(region)?.get(link) ?? [], projects: [] }),
    projects: projects.get(`${region}|${link}`) ?? { ...noProjects },
  });

  const rows: HeatmapRow[] = (record.get('regions') as Row[]).map((region) => {
    const code = String(region.code);
    const facts = new Map<string, LinkFacts>();
    for (const id of national.keys()) facts.set(id, factsFor(code, id));
    const gaps = analyseChain({ links, feeds, otherLinks, facts, thresholds: options.thresholds });
    const withGap = gaps.filter((g) => g.opportunity !== 'NONE');
    return {
      region,
      gapCount: withGap.length,
      opportunityScore: Math.round(withGap.reduce((s, g) => s + g.score, 0) * 10) / 10,
      completeness: links.length === 0 ? 0 : gaps.filter((g) => g.localEnterprises > 0).length / links.length,
      gaps,
    };
  });
  return rows
    .sort(
      (a, b) =>
        b.opportunityScore - a.opportunityScore ||
        b.completeness - a.completeness ||
        String(a.region.code).localeCompare(String(b.region.code)),
    )
    .slice(0, options.first);
}
