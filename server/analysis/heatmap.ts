import { int } from 'neo4j-driver';
import type { Executor } from '../db/executor.js';
import { analyseChain } from './gaps.js';
import type {
  ChainLinkInfo,
  FeedInfo,
  LinkFacts,
  LinkGap,
  LinkInfo,
  ProductionStatus,
  ProjectCounts,
} from './gap-types.js';
import { noProjects } from './gap-types.js';
import type { GapThresholds } from './thresholds.js';

type Row = Record<string, unknown>;

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

  // region → link → facts
  const perRegion = new Map<string, Map<string, LinkFacts>>();
  const emptyFacts = (link: string): LinkFacts => {
    const n = national.get(link);
    return {
      localOperatingFirms: 0,
      localPipelineFirms: 0,
      local: [],
      projects: { ...noProjects },
      nationalOperatingFirms: Number(n?.firms ?? 0),
      nationalOperating: ((n?.capacity as { unit: string; value: number }[]) ?? []).filter((q) => q.value > 0),
    };
  };
  const factsFor = (region: string, link: string): LinkFacts => {
    let byLink = perRegion.get(region);
    if (!byLink) perRegion.set(region, (byLink = new Map()));
    let f = byLink.get(link);
    if (!f) byLink.set(link, (f = emptyFacts(link)));
    return f;
  };
  const firms = new Map<string, Set<string>>();
  for (const r of record.get('rows') as {
    link: string;
    region: string;
    status: ProductionStatus;
    unit: string | null;
    value: number | null;
    firm: string;
  }[]) {
    const f = factsFor(r.region, r.link);
    const key = `${r.region}|${r.link}|${r.status === 'operating' ? 'op' : 'pipe'}`;
    const set = firms.get(key) ?? new Set<string>();
    if (!set.has(r.firm)) {
      set.add(r.firm);
      firms.set(key, set);
      if (r.status === 'operating') f.localOperatingFirms++;
      else f.localPipelineFirms++;
    }
    if (r.unit !== null && r.value !== null && r.value > 0) {
      const same = f.local.find((q) => q.status === r.status && q.unit === r.unit);
      if (same) same.value += r.value;
      else f.local.push({ status: r.status, unit: r.unit, value: r.value });
    }
  }
  for (const p of record.get('projects') as {
    link: string;
    region: string;
    status: keyof ProjectCounts;
    count: number;
  }[]) {
    const f = factsFor(p.region, p.link);
    if (p.status in f.projects) f.projects[p.status] += p.count;
  }

  const rows: HeatmapRow[] = (record.get('regions') as Row[]).map((region) => {
    const code = String(region.code);
    const facts = new Map<string, LinkFacts>();
    for (const id of national.keys()) facts.set(id, perRegion.get(code)?.get(id) ?? emptyFacts(id));
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
