import { computeBalance } from './balance.js';
import { explainGap } from './explain-gap.js';
import type {
  Balance,
  ChainLinkInfo,
  FeedInfo,
  GapStatus,
  LinkFacts,
  LinkGap,
  LinkInfo,
  Opportunity,
} from './gap-types.js';
import { noProjects } from './gap-types.js';
import { round, sumByUnit } from './quantities.js';
import type { GapThresholds } from './thresholds.js';

export interface AnalyseChainOptions {
  /** The chain's links with stage and position. */
  links: ChainLinkInfo[];
  /** Every feed out of a chain link (its target may be outside the chain). */
  feeds: FeedInfo[];
  /** Links outside the chain that chain links feed (for their names and units). */
  otherLinks: LinkInfo[];
  /** Facts per link id, for the chain's links and the links they feed. */
  facts: ReadonlyMap<string, LinkFacts>;
  thresholds: GapThresholds;
}

/** How much each kind of opportunity weighs in the gap score (see docs/gap-analysis.md). */
export const opportunityWeights: Record<Opportunity, number> = {
  FILL: 1,
  EXTEND_DOWNSTREAM: 0.9,
  EXTEND_UPSTREAM: 0.85,
  STRENGTHEN: 0.6,
  NONE: 0,
};

const order: Opportunity[] = ['FILL', 'EXTEND_DOWNSTREAM', 'EXTEND_UPSTREAM', 'STRENGTHEN'];

const emptyFacts: LinkFacts = {
  localOperatingFirms: 0,
  localPipelineFirms: 0,
  local: [],
  projects: noProjects,
  nationalOperatingFirms: 0,
  nationalOperating: [],
};

/**
 * The gap analysis of one chain in one region, from facts the database gathered in one
 * query. Pure: the same facts always give the same answer, so the rules are unit-tested
 * here and the Cypher only counts.
 */
export function analyseChain(options: AnalyseChainOptions): LinkGap[] {
  const { links, feeds, facts, thresholds } = options;
  const chainIds = new Set(links.map((l) => l.id));
  const info = new Map<string, LinkInfo>([...options.otherLinks, ...links].map((l) => [l.id, l]));
  const factsOf = (id: string) => facts.get(id) ?? emptyFacts;
  const present = (id: string) => factsOf(id).localOperatingFirms > 0;

  const balances = new Map<string, Balance | null>();
  for (const link of links) {
    balances.set(
      link.id,
      computeBalance({
        link,
        consumers: feeds.filter((f) => f.from === link.id),
        facts: (id) => facts.get(id),
        info: (id) => info.get(id),
      }),
    );
  }

  const gaps = links.map((link): LinkGap => {
    const f = factsOf(link.id);
    const balance = balances.get(link.id) ?? null;
    const upstream = unique(feeds.filter((x) => x.to === link.id && chainIds.has(x.from)).map((x) => x.from));
    const downstream = unique(feeds.filter((x) => x.from === link.id && chainIds.has(x.to)).map((x) => x.to));
    const status = gapStatus({ facts: f, balance, thresholds });

    const surplusUpstream = upstream
      .map((id) => ({ id, balance: balances.get(id) ?? null }))
      .filter((u): u is { id: string; balance: Balance } => u.balance !== null && u.balance.value > 0)
      .sort((a, b) => b.balance.value / b.balance.supply - a.balance.value / a.balance.supply);

    const applies: Record<Exclude<Opportunity, 'NONE'>, boolean> = {
      FILL: (status === 'MISSING' || status === 'FILLING') && upstream.some(present) && downstream.some(present),
      EXTEND_DOWNSTREAM: status !== 'STRONG' && surplusUpstream.length > 0,
      EXTEND_UPSTREAM: balance !== null && balance.value < 0,
      STRENGTHEN: status === 'WEAK',
    };
    const opportunities: Opportunity[] = order.filter((o) => applies[o as Exclude<Opportunity, 'NONE'>]);
    const opportunity = opportunities[0] ?? 'NONE';
    const existsNationally = f.nationalOperatingFirms > 0;

    const magnitude = opportunityMagnitude({ opportunity, balance, surplus: surplusUpstream[0]?.balance });
    const score =
      opportunity === 'NONE'
        ? 0
        : round(100 * opportunityWeights[opportunity] * (0.6 + 0.4 * magnitude) * (existsNationally ? 1 : 0.5), 1);

    const localCapacity = sumByUnit(f.local.filter((q) => q.status === 'operating'));
    const localPipeline = f.local.filter((q) => q.status !== 'operating');
    const gap: LinkGap = {
      link,
      status,
      existsNationally,
      opportunity,
      opportunities,
      score,
      explanation: { zh: '', en: '' },
      localEnterprises: f.localOperatingFirms,
      localCapacity,
      localPipeline,
      projects: f.projects,
      nationalEnterprises: f.nationalOperatingFirms,
      nationalCapacity: sumByUnit(f.nationalOperating),
      balance,
      upstream,
      downstream,
    };
    gap.explanation = explainGap({
      gap,
      name: (id) => info.get(id),
      surplusFrom: surplusUpstream[0]
        ? { link: info.get(surplusUpstream[0].id)!, balance: surplusUpstream[0].balance }
        : null,
      presentUpstream: upstream.filter(present),
      presentDownstream: downstream.filter(present),
    });
    return gap;
  });

  const stageOrder = { upstream: 0, midstream: 1, downstream: 2 };
  return gaps.sort(
    (a, b) =>
      b.score - a.score ||
      stageOrder[a.link.stage] - stageOrder[b.link.stage] ||
      a.link.position - b.link.position ||
      a.link.id.localeCompare(b.link.id),
  );
}

function gapStatus(args: { facts: LinkFacts; balance: Balance | null; thresholds: GapThresholds }): GapStatus {
  const { facts, balance, thresholds } = args;
  if (facts.localOperatingFirms === 0) {
    const building = facts.localPipelineFirms > 0 || facts.local.some((q) => q.status !== 'operating');
    const projects = facts.projects.signed + facts.projects.started > 0;
    return building || projects ? 'FILLING' : 'MISSING';
  }
  if (facts.localOperatingFirms <= thresholds.weakMaxProducers) return 'WEAK';
  if (balance !== null && balance.demand > 0 && balance.supply < thresholds.weakSupplyShare * balance.demand) {
    return 'WEAK';
  }
  return 'STRONG';
}

/** 0-1: how large the opportunity is, from the numbers behind it. */
function opportunityMagnitude(args: {
  opportunity: Opportunity;
  balance: Balance | null;
  surplus: Balance | undefined;
}) {
  const { opportunity, balance, surplus } = args;
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  switch (opportunity) {
    case 'FILL':
      return 1;
    case 'EXTEND_DOWNSTREAM':
      // the share of the upstream output that leaves the region unprocessed
      return surplus && surplus.supply > 0 ? clamp(surplus.value / surplus.supply) : 0;
    case 'EXTEND_UPSTREAM':
      // the share of local demand bought from outside
      return balance && balance.demand > 0 ? clamp(-balance.value / balance.demand) : 0;
    case 'STRENGTHEN':
      return balance && balance.demand > 0 ? clamp(1 - balance.supply / balance.demand) : 0.5;
    case 'NONE':
      return 0;
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
