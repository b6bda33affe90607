import { int } from 'neo4j-driver';
import type { Executor } from '../db/executor.js';
import { partialRow, type Row } from '../db/rows.js';
import { sumByUnit, type Quantity } from './quantities.js';
import type { TargetWeights } from './target-weights.js';
import { rankCandidate, rankCandidates, type CandidateFacts, type RankedCandidate } from './targets.js';

export interface TargetFilterInput {
  tags?: string[] | null;
  /** Stored (lower-case) ownership values. */
  ownership?: string[] | null;
  includeProvinces?: string[] | null;
  excludeProvinces?: string[] | null;
  minCapacity?: number | null;
}

export interface LoadTargetsOptions {
  executor: Executor;
  /** Gap links to find targets for; one round trip for all of them. */
  links: string[];
  region: string;
  filter: TargetFilterInput;
  weights: TargetWeights;
  /** Projects signed on or after this date (YYYY-MM) count as momentum. */
  since: string;
  /** At most this many candidates per link are scored (largest capacity first). */
  candidates: number;
}

export interface LinkTargets {
  link: { id: string; name: string; nameEn: string | null; unit: string | null };
  /** The region asked about, as far as the query read it (the GraphQL layer loads the rest). */
  region: { code: string; name: string; level: string };
  /** Best first; `explainCandidate` writes the sentences of the ones shown. */
  ranked: RankedCandidate[];
  /** Enterprise rows (with region) by id, for the GraphQL Enterprise type. */
  enterprises: Map<string, Row>;
}

/** The parameters of queries/targets; shared with bench/ so the benchmark runs exactly what the API runs. */
export function targetsQueryParams(options: Omit<LoadTargetsOptions, 'executor' | 'weights'>): Record<string, unknown> {
  const { filter } = options;
  return {
    links: options.links,
    region: options.region,
    // One map of fixed shape: see the comment at the top of cypher/queries/targets.cypher.
    filter: {
      tags: filter.tags ?? [],
      ownership: filter.ownership ?? [],
      includeProvinces: filter.includeProvinces ?? [],
      excludeProvinces: filter.excludeProvinces ?? [],
      minCapacity: filter.minCapacity ?? 0,
    },
    since: options.since,
    candidates: int(options.candidates),
  };
}

/** Runs queries/targets once for all links and ranks each link's candidates. */
export async function loadTargets(options: LoadTargetsOptions): Promise<Map<string, LinkTargets>> {
  const records = await options.executor.read('queries/targets', targetsQueryParams(options));
  const byLink = new Map<
    string,
    { link: LinkTargets['link']; region: LinkTargets['region']; facts: CandidateFacts[]; enterprises: Map<string, Row> }
  >();
  for (const r of records) {
    const linkId = r.get('link') as string;
    let entry = byLink.get(linkId);
    if (!entry) {
      entry = {
        link: {
          id: linkId,
          name: r.get('linkName') as string,
          nameEn: r.get('linkNameEn') as string | null,
          unit: r.get('unit') as string | null,
        },
        region: {
          code: options.region,
          name: r.get('regionName') as string,
          level: r.get('regionLevel') as string,
        },
        facts: [],
        enterprises: new Map(),
      };
      byLink.set(linkId, entry);
    }
    // Only the fields the ranking needs (see the end of queries/targets.cypher).
    const e = partialRow(r.get('enterprise') as Row);
    if (e.region) partialRow(e.region as Row);
    entry.enterprises.set(String(e.id), e);
    entry.facts.push({
      enterpriseId: String(e.id),
      enterpriseName: String(e.name),
      tags: Array.isArray(e.tags) ? (e.tags as string[]) : [],
      viaGroup: r.get('viaGroup') as boolean,
      capacity: sumByUnit(r.get('capacity') as Quantity[]),
      capacityInUnit: Number(r.get('capacityInUnit') ?? 0),
      nationalCapacity: Number(r.get('nationalCapacity') ?? 0),
      unit: r.get('unit') as string | null,
      province: r.get('province') as string | null,
      provinceName: r.get('provinceName') as string | null,
      regionProvince: r.get('regionProvince') as string | null,
      directTies: r.get('directTies') as CandidateFacts['directTies'],
      indirectTies: r.get('indirectTies') as CandidateFacts['indirectTies'],
      groupInRegion: r.get('groupInRegion') as string[],
      recentProjects: Number(r.get('recentProjects') ?? 0),
      recentInvestmentYi: Number(r.get('recentInvestmentYi') ?? 0),
      recentProjectNames: r.get('recentProjectNames') as string[],
    });
  }
  const result = new Map<string, LinkTargets>();
  for (const [id, entry] of byLink) {
    result.set(id, {
      link: entry.link,
      region: entry.region,
      enterprises: entry.enterprises,
      ranked: rankCandidates(entry.facts.map((f) => rankCandidate(f, options.weights))),
    });
  }
  return result;
}

/** The YYYY-MM a number of years before `now`: the start of the momentum window. */
export function momentumSince(now: Date, years: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
