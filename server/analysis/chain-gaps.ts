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
import type { Row } from '../db/rows.js';

export interface ChainGapsOptions {
  executor: Executor;
  chain: string;
  region: string;
  thresholds: GapThresholds;
  /** Cap on the link-master list. */
  max: number;
}

export interface ChainGapsResult {
  chain: Row;
  region: Row;
  gaps: LinkGap[];
  masters: Row[];
  leader: Row | null;
  /** The chain's projects located in the region (status, investmentYi). */
  chainProjects: { status: string; investmentYi: number | null }[];
}

/** The parameters of queries/chain-gaps; shared with bench/ so the benchmark runs exactly what the API runs. */
export function chainGapsQueryParams(
  options: Pick<ChainGapsOptions, 'chain' | 'region' | 'max'>,
): Record<string, unknown> {
  return { chain: options.chain, region: options.region, max: int(options.max) };
}

/** Runs queries/chain-gaps (one round trip) and the analysis; null when the chain or region does not exist. */
export async function loadChainGaps(options: ChainGapsOptions): Promise<ChainGapsResult | null> {
  const [record] = await options.executor.read('queries/chain-gaps', chainGapsQueryParams(options));
  if (!record) return null;
  const links = (record.get('links') as Row[]).map(toChainLink);
  const chainIds = new Set(links.map((l) => l.id));
  const factRows = record.get('facts') as Row[];
  const localByLink = groupBy(record.get('local') as LocalGroup[], (g) => g.link);
  const projects = record.get('projects') as LocalProject[];
  const projectsByLink = groupBy(projects, (p) => p.link);
  const facts = new Map<string, LinkFacts>(
    factRows.map((row) => [
      String(row.id),
      toFacts({
        row,
        local: localByLink.get(String(row.id)) ?? [],
        projects: projectsByLink.get(String(row.id)) ?? [],
      }),
    ]),
  );
  const otherLinks: LinkInfo[] = factRows.filter((row) => !chainIds.has(String(row.id))).map(toLinkInfo);
  const gaps = analyseChain({
    links,
    feeds: (record.get('feeds') as Row[]).map((f): FeedInfo => ({
      from: String(f.from),
      to: String(f.to),
      inputPerUnit: (f.inputPerUnit as number | null) ?? null,
    })),
    otherLinks,
    facts,
    thresholds: options.thresholds,
  });
  // A project counts once for the chain's pipeline even if it is for several of its links.
  const chainProjects = new Map<string, ChainGapsResult['chainProjects'][number]>();
  for (const p of projects) {
    if (chainIds.has(p.link)) chainProjects.set(p.id, { status: p.status, investmentYi: p.investmentYi ?? null });
  }
  return {
    chain: record.get('chain') as Row,
    region: record.get('region') as Row,
    gaps,
    masters: record.get('masters') as Row[],
    leader: (record.get('leader') as Row | null) ?? null,
    chainProjects: [...chainProjects.values()],
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function toLinkInfo(row: Row): LinkInfo {
  return {
    id: String(row.id),
    name: String(row.name),
    nameEn: (row.nameEn as string | null) ?? null,
    unit: (row.unit as string | null) ?? null,
  };
}

function toChainLink(row: Row): ChainLinkInfo {
  // Spelled out: an object spread here was the slowest line of the whole analysis.
  return {
    id: String(row.id),
    name: String(row.name),
    nameEn: (row.nameEn as string | null) ?? null,
    unit: (row.unit as string | null) ?? null,
    stage: row.stage as ChainLinkInfo['stage'],
    position: Number(row.position ?? 0),
  };
}

/** What one local region makes of one link (a MAKES relationship). */
export interface LocalGroup {
  link: string;
  operatingFirms: number;
  pipelineFirms: number;
  /** Parallel lists: capacity per status and unit ('' = no unit). */
  statuses: ProductionStatus[];
  units: string[];
  capacities: number[];
}

/** A project located in the region for one of the links. */
export interface LocalProject {
  id: string;
  link: string;
  status: string;
  investmentYi: number | null;
}

/** A national operating total of one link (cypher/maintenance/refresh-link-totals.cypher). */
interface NationalTotal {
  status: ProductionStatus;
  unit: string | null;
  capacity: number | null;
}

/** Turns one link's rows of the query into the analysis's facts. */
export function toFacts(args: { row: Row; local: LocalGroup[]; projects: LocalProject[] }): LinkFacts {
  const { row, local } = args;
  const projects: ProjectCounts = { ...noProjects };
  for (const p of args.projects) {
    if (p.status in projects) projects[p.status as keyof ProjectCounts] += 1;
  }
  // A firm is in one region only, so the regions' counts and capacities add up.
  const capacity = new Map<string, { status: ProductionStatus; unit: string; value: number }>();
  for (const g of local) {
    g.statuses.forEach((status, i) => {
      const unit = g.units[i] ?? '';
      const value = g.capacities[i] ?? 0;
      if (unit === '' || !(value > 0)) return;
      const key = `${status}\u0000${unit}`;
      const entry = capacity.get(key);
      if (entry) entry.value += value;
      else capacity.set(key, { status, unit, value });
    });
  }
  const national = (row.national as NationalTotal[] | null) ?? [];
  return {
    localOperatingFirms: local.reduce((n, g) => n + g.operatingFirms, 0),
    localPipelineFirms: local.reduce((n, g) => n + g.pipelineFirms, 0),
    local: [...capacity.values()],
    projects,
    nationalOperatingFirms: Number(row.nationalOperatingFirms ?? 0),
    nationalOperating: national
      .filter((t) => t.status === 'operating' && t.unit !== null && (t.capacity ?? 0) > 0)
      .map((t) => ({ unit: t.unit!, value: t.capacity! })),
  };
}
