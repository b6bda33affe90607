import type { ChainGapsResult } from '../analysis/chain-gaps.js';
import { loadChainGaps } from '../analysis/chain-gaps.js';
import { countGaps } from '../analysis/gap-counts.js';
import type { LinkGap } from '../analysis/gap-types.js';
import { loadHeatmap } from '../analysis/heatmap.js';
import { loadTargets, momentumSince, type TargetFilterInput } from '../analysis/load-targets.js';
import { resolveWeights, type TargetWeights } from '../analysis/target-weights.js';
import { explainCandidate, type RankedCandidate } from '../analysis/targets.js';
import { resolveThresholds, type GapThresholds } from '../analysis/thresholds.js';
import type { Context } from './context.js';
import { ErrorCode, lianpuError } from './errors.js';
import { partialRow } from '../db/rows.js';
import type { Row } from './loaders.js';
import { pageSize } from './paging.js';

type ThresholdsArg = { thresholds?: Partial<Record<keyof GapThresholds, number | null>> | null };
type WeightsArg = { weights?: Partial<Record<keyof TargetWeights, number | null>> | null };
export interface TargetsArgs extends WeightsArg {
  link: string;
  region: string;
  filter?: TargetFilterInput | null;
  first?: number | null;
  after?: string | null;
}

function thresholdsFrom(ctx: Context, args: ThresholdsArg): GapThresholds {
  const t = resolveThresholds(args.thresholds, ctx.analysis.thresholds);
  if ('error' in t) throw lianpuError(ErrorCode.BAD_USER_INPUT, t.error, { argumentName: 'thresholds' });
  return t;
}

function weightsFrom(ctx: Context, args: WeightsArg): TargetWeights {
  const w = resolveWeights(args.weights, ctx.analysis.weights);
  if ('error' in w) throw lianpuError(ErrorCode.BAD_USER_INPUT, w.error, { argumentName: 'weights' });
  return w;
}

async function notFound(ctx: Context, what: { chain?: string; link?: string; region: string }): Promise<never> {
  if (what.chain !== undefined && (await ctx.loaders.chain.load(what.chain)) === null) {
    throw lianpuError(ErrorCode.NOT_FOUND, `没有找到产业链 ${what.chain} (no chain with id ${what.chain})`, {
      argumentName: 'chain',
    });
  }
  if (what.link !== undefined && (await ctx.loaders.link.load(what.link)) === null) {
    throw lianpuError(ErrorCode.NOT_FOUND, `没有找到环节 ${what.link} (no link with id ${what.link})`, {
      argumentName: 'link',
    });
  }
  throw lianpuError(ErrorCode.NOT_FOUND, `没有找到地区 ${what.region} (no region with code ${what.region})`, {
    argumentName: 'region',
  });
}

/** The gap analysis of a chain in a region; shared by the GraphQL fields and the CSV export. */
export async function chainGaps(
  ctx: Context,
  args: { chain: string; region: string } & ThresholdsArg,
): Promise<ChainGapsResult> {
  const result = await loadChainGaps({
    executor: ctx.executor,
    chain: args.chain,
    region: args.region,
    thresholds: thresholdsFrom(ctx, args),
    max: ctx.maxPageSize,
  });
  return result ?? notFound(ctx, args);
}

export interface TargetsPage {
  link: Row;
  region: Row;
  ranked: RankedCandidate[];
  enterprises: Map<string, Row>;
  offset: number;
  first: number;
}

/** Ranked targets for one gap link; shared by GraphQL and the CSV export. */
export async function targets(ctx: Context, args: TargetsArgs): Promise<TargetsPage> {
  const first = pageSize(args.first, 20, ctx.maxPageSize);
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  const weights = weightsFrom(ctx, args);
  const found = await loadTargets({
    executor: ctx.executor,
    links: [args.link],
    region: args.region,
    filter: args.filter ?? {},
    weights,
    since: momentumSince(new Date(), ctx.analysis.momentumYears),
    candidates: ctx.analysis.targetCandidates,
  });
  const entry = found.get(args.link);
  if (entry) {
    // The query read the link and the region already: no further round trip (the
    // resolvers load any other field a client asks for).
    const link = partialRow({ ...entry.link });
    const region = partialRow({ ...entry.region });
    return { link, region, ranked: entry.ranked, enterprises: entry.enterprises, offset, first };
  }
  // No candidates: tell a missing link or region apart from an empty answer.
  const [link, region] = await Promise.all([ctx.loaders.link.load(args.link), ctx.loaders.region.load(args.region)]);
  if (!link || !region) return notFound(ctx, args);
  return { link, region, ranked: [], enterprises: new Map(), offset, first };
}

export function encodeCursor(index: number): string {
  return Buffer.from(`target:${index}`).toString('base64');
}

function decodeCursor(cursor: string): number {
  const match = /^target:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match)
    throw lianpuError(ErrorCode.BAD_USER_INPUT, `无效的分页游标 (invalid cursor) ${cursor}`, { argumentName: 'after' });
  return Number(match[1]);
}

function targetView(page: TargetsPage, candidate: RankedCandidate, index: number) {
  const f = candidate.facts;
  const components = explainCandidate(candidate);
  return {
    enterprise: page.enterprises.get(f.enterpriseId),
    score: candidate.score,
    rank: index + 1,
    cursor: encodeCursor(index),
    components,
    capacity: f.capacity,
    viaGroup: f.viaGroup,
    reasons: components.filter((c) => c.value > 0).map((c) => c.reason),
    // For Target.openLead (server/ledger/open-leads.ts): the lead is per firm, link and region.
    leadKey: { enterprise: f.enterpriseId, link: String(page.link.id), region: String(page.region.code) },
  };
}

/** The visible slice of a ranked page, as GraphQL `Target`s. */
export function pageTargets(page: TargetsPage) {
  const slice = page.ranked.slice(page.offset, page.offset + page.first);
  return slice.map((c, i) => targetView(page, c, page.offset + i));
}

export const analysisResolvers = {
  Query: {
    chainGaps: async (_: unknown, args: { chain: string; region: string } & ThresholdsArg, ctx: Context) =>
      (await chainGaps(ctx, args)).gaps,

    chainSummary: async (_: unknown, args: { chain: string; region: string } & ThresholdsArg, ctx: Context) => {
      const r = await chainGaps(ctx, args);
      const present = r.gaps.filter((g) => g.localEnterprises > 0).length;
      const projects = { signed: 0, started: 0, producing: 0, stalled: 0, cancelled: 0 };
      const investmentYi = { signed: 0, started: 0, producing: 0 };
      for (const p of r.chainProjects) {
        if (p.status in projects) projects[p.status as keyof typeof projects]++;
        if (p.status in investmentYi) investmentYi[p.status as keyof typeof investmentYi] += p.investmentYi ?? 0;
      }
      return {
        chain: r.chain,
        region: r.region,
        completeness: r.gaps.length === 0 ? 0 : present / r.gaps.length,
        linksTotal: r.gaps.length,
        linksPresent: present,
        gaps: countGaps(r.gaps),
        masters: r.masters,
        leader: r.leader,
        projects,
        investmentYi,
      };
    },

    targets: async (_: unknown, args: TargetsArgs, ctx: Context) => {
      const page = await targets(ctx, args);
      const list = pageTargets(page);
      const end = page.offset + list.length;
      return {
        link: page.link,
        region: page.region,
        targets: list,
        total: page.ranked.length,
        hasNextPage: end < page.ranked.length,
        endCursor: list.length > 0 ? list[list.length - 1]!.cursor : null,
      };
    },

    chainTargets: async (
      _: unknown,
      args: {
        chain: string;
        region: string;
        filter?: TargetFilterInput | null;
        perLink?: number | null;
        first?: number | null;
      } & WeightsArg,
      ctx: Context,
    ) => {
      const first = pageSize(args.first, 100, ctx.maxPageSize);
      const perLink = pageSize(args.perLink, 10, ctx.maxPageSize);
      const gaps = (await chainGaps(ctx, { chain: args.chain, region: args.region })).gaps.filter(
        (g) => g.opportunity !== 'NONE',
      );
      if (gaps.length === 0) return [];
      const found = await loadTargets({
        executor: ctx.executor,
        links: gaps.map((g) => g.link.id),
        region: args.region,
        filter: args.filter ?? {},
        weights: weightsFrom(ctx, args),
        since: momentumSince(new Date(), ctx.analysis.momentumYears),
        candidates: ctx.analysis.targetCandidates,
      });
      interface Merged {
        enterprise: Row;
        score: number;
        links: { link: object; score: number }[];
        reasons: Map<string, { zh: string; en: string }>;
      }
      const merged = new Map<string, Merged>();
      for (const gap of gaps) {
        const entry = found.get(gap.link.id);
        if (!entry) continue;
        for (const c of entry.ranked.slice(0, perLink)) {
          const id = c.facts.enterpriseId;
          const m: Merged = merged.get(id) ?? {
            enterprise: entry.enterprises.get(id)!,
            score: 0,
            links: [],
            reasons: new Map(),
          };
          m.score = Math.max(m.score, c.score);
          m.links.push({ link: gap.link, score: c.score });
          for (const comp of explainCandidate(c)) if (comp.value > 0) m.reasons.set(comp.reason.zh, comp.reason);
          merged.set(id, m);
        }
      }
      return [...merged.values()]
        .sort(
          (a, b) =>
            b.score - a.score ||
            b.links.length - a.links.length ||
            String(a.enterprise.id).localeCompare(String(b.enterprise.id)),
        )
        .slice(0, first)
        .map((m) => ({
          enterprise: m.enterprise,
          score: m.score,
          links: m.links.sort((a, b) => b.score - a.score).map((l) => l.link),
          reasons: [...m.reasons.values()],
        }));
    },

    heatmap: async (
      _: unknown,
      args: { chain: string; level?: string | null; within?: string | null; first?: number | null },
      ctx: Context,
    ) => {
      const first = pageSize(args.first, 100, ctx.maxPageSize);
      const rows = await loadHeatmap({
        executor: ctx.executor,
        chain: args.chain,
        level: args.level ?? 'city',
        within: args.within ?? null,
        thresholds: ctx.analysis.thresholds,
        first,
      });
      if (rows === null) return notFound(ctx, { chain: args.chain, region: args.within ?? '' });
      return rows.map((r) => ({ ...r, gaps: countGaps(r.gaps) }));
    },
  },

  // Read from the gap's link rather than copied onto each gap: copying (object spread)
  // thirty gaps of twenty fields cost more than the whole rest of their resolution.
  LinkGap: {
    stage: (g: LinkGap) => g.link.stage,
    position: (g: LinkGap) => g.link.position,
  },
};
