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

/** Runs queries/chain-gaps (one round trip) and the analysis; null when the chain or region does not exist. */
export async function loadChainGaps(options: ChainGapsOptions): Promise<ChainGapsResult | null> {
  const [record] = await options.executor.read('queries/chain-gaps', {
    chain: options.chain,
    region: options.region,
    max: int(options.max),
  });
  if (!record) return null;
  const links = (record.get('links') as Row[]).map(toChainLink);
  const chainIds = new Set(links.map((l) => l.id));
  const factRows = record.get('facts') as Row[];
  const facts = new Map<string, LinkFacts>(factRows.map((row) => [String(row.id), toFacts(row)]));
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
  return {
    chain: record.get('chain') as Row,
    region: record.get('region') as Row,
    gaps,
    masters: record.get('masters') as Row[],
    leader: (record.get('leader') as Row | null) ?? null,
    chainProjects: record.get('chainProjects') as ChainGapsResult['chainProjects'],
  };
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
  return { ...toLinkInfo(row), stage: row.stage as ChainLinkInfo['stage'], position: Number(row.position ?? 0) };
}

interface Group {
  local: boolean;
  status: ProductionStatus;
  unit: string | null;
  value: number | null;
  ids: string[];
}

/** Turns the per-(local, status, unit) groups of the query into the analysis's facts. */
export function toFacts(row: Row): LinkFacts {
  const groups = (row.groups as Group[]) ?? [];
  const ids = (pred: (g: Group) => boolean) => new Set(groups.filter(pred).flatMap((g) => g.ids)).size;
  const projects: ProjectCounts = { ...noProjects };
  for (const p of (row.projects as { status: keyof ProjectCounts; count: number }[]) ?? []) {
    if (p.status in projects) projects[p.status] += p.count;
  }
  return {
    localOperatingFirms: ids((g) => g.local && g.status === 'operating'),
    localPipelineFirms: ids((g) => g.local && g.status !== 'operating'),
    local: groups
      .filter((g) => g.local && g.unit !== null && (g.value ?? 0) > 0)
      .map((g) => ({ status: g.status, unit: g.unit!, value: g.value! })),
    projects,
    nationalOperatingFirms: Number(row.nationalOperatingFirms ?? 0),
    nationalOperating: groups
      .filter((g) => g.status === 'operating' && g.unit !== null && (g.value ?? 0) > 0)
      .map((g) => ({ unit: g.unit!, value: g.value! })),
  };
}
