/**
 * GraphQL resolvers of ledger.graphql (docs/ledger.md). Mutations check role and scope
 * in their own transaction (move-project.ts, leads.ts); private fields (leads,
 * follow-ups, a month's lead counts) check `followup.read` before reading anything.
 */
import { int } from 'neo4j-driver';
import { requirePermission } from '../auth/guards.js';
import type { Row } from '../db/rows.js';
import type { Context } from '../graphql/context.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import { pageSize } from '../graphql/paging.js';
import {
  FOLLOW_UP_KINDS,
  convertLead,
  deleteFollowUp,
  dropLead,
  leadFollowUps,
  listLeads,
  readLead,
  recordFollowUp,
  updateFollowUp,
  type FollowUpFields,
  type FollowUpInput,
  type LeadProjectInput,
} from './leads.js';
import { moveProject, type ProjectMoveInput } from './move-project.js';
import { type LeadKey, openLeadOf } from './open-leads.js';
import { chinaToday } from './transitions.js';
import {
  daysBetween,
  figuresByStatus,
  isMonth,
  leadCounts,
  overdueCutoff,
  pipelineOf,
  type PipelineRow,
  type ProjectFigures,
} from './views.js';

type Note = { note?: string | null };

const iso = (ms: unknown) => new Date(Number(ms)).toISOString();
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const lower = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<string, T>;

/** Projects by id as the API shows them, in the order asked. */
async function projectsById(ctx: Context, ids: string[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  const records = await ctx.executor.read('ledger/projects-by-id', { ids });
  const byId = new Map(records.map((r) => [String((r.get('project') as Row).id), r.get('project') as Row]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** The region (and chain) a view is about; NOT_FOUND for an unknown one, so an empty view is never a typo. */
async function regionAndChain(
  ctx: Context,
  region: string,
  chain: string | null,
): Promise<{ region: Row; chain: Row | null }> {
  const [record] = await ctx.executor.read('ledger/region-chain', { region, chain });
  const r = record?.get('region') as Row | null;
  const c = record?.get('chain') as Row | null;
  if (r === null || r === undefined)
    throw lianpuError(ErrorCode.NOT_FOUND, `没有找到地区 ${region} (no region ${region})`);
  if (chain !== null && c === null)
    throw lianpuError(ErrorCode.NOT_FOUND, `没有找到产业链 ${chain} (no chain ${chain})`);
  return { region: r, chain: c };
}

const figures = (r: { get(key: string): unknown; has(key: string): boolean }): ProjectFigures => ({
  id: r.get('id') as string,
  // month-projects names the status a project reached in the month `to`; pipeline its current `status`.
  status: r.get(r.has('to') ? 'to' : 'status') as ProjectFigures['status'],
  investmentYi: r.get('investmentYi') as number | null,
  capacity: r.get('capacity') as number | null,
  unit: r.get('unit') as string | null,
});

export const ledgerResolvers = {
  LeadStatus: { OPEN: 'open', WON: 'won', DROPPED: 'dropped' },
  FollowUpKind: lower(FOLLOW_UP_KINDS),

  Query: {
    leads: (
      _: unknown,
      args: {
        region: string;
        chain?: string | null;
        status?: string | null;
        first?: number | null;
        after?: string | null;
      },
      ctx: Context,
    ) =>
      listLeads({
        ctx,
        region: args.region,
        chain: args.chain ?? null,
        status: args.status ?? null,
        first: pageSize(args.first, 50, ctx.maxPageSize),
        after: args.after ?? null,
      }),

    lead: (_: unknown, args: { id: string }, ctx: Context) => readLead(ctx, args.id),

    projectPipeline: async (
      _: unknown,
      args: { chain: string; region: string; first?: number | null },
      ctx: Context,
    ) => {
      const first = pageSize(args.first, 50, ctx.maxPageSize);
      const { region, chain } = await regionAndChain(ctx, args.region, args.chain);
      const records = await ctx.executor.read('ledger/pipeline', { chain: args.chain, region: args.region });
      const rows: PipelineRow[] = records.map((r) => ({
        ...figures(r),
        link: r.get('link') as string,
        signedOn: r.get('signedOn') as string | null,
      }));
      const pipeline = pipelineOf(rows);
      const links = await Promise.all(pipeline.links.map((l) => ctx.loaders.link.load(l.link)));
      return {
        chain,
        region,
        links: pipeline.links.map((l, i) => ({ link: links[i], statuses: l.statuses })),
        totals: pipeline.totals,
        total: pipeline.total,
        projects: await projectsById(ctx, pipeline.order.slice(0, first)),
      };
    },

    overdueProjects: async (
      _: unknown,
      args: { region: string; chain?: string | null; days?: number | null; first?: number | null },
      ctx: Context,
    ) => {
      const first = pageSize(args.first, 50, ctx.maxPageSize);
      const days = args.days ?? ctx.analysis.overdueDays;
      if (!Number.isInteger(days) || days < 0 || days > 3650) {
        throw lianpuError(
          ErrorCode.BAD_USER_INPUT,
          `days 必须在 0 到 3650 之间 (days must be between 0 and 3650), got ${days}`,
          {
            argumentName: 'days',
          },
        );
      }
      await regionAndChain(ctx, args.region, args.chain ?? null);
      const today = chinaToday(ctx.authServices.now());
      const cutoff = overdueCutoff(today, days);
      const records = await ctx.executor.read('ledger/overdue', {
        region: args.region,
        chain: args.chain ?? null,
        cutoff,
      });
      const overdue = records.filter((r) => r.get('signedOn') !== null);
      const unknown = records.filter((r) => r.get('signedOn') === null);
      const overduePage = overdue.slice(0, first);
      const projects = await projectsById(
        ctx,
        overduePage.map((r) => r.get('id') as string),
      );
      const byId = new Map(projects.map((p) => [String(p.id), p]));
      return {
        days,
        cutoff,
        overdue: overduePage.map((r) => ({
          project: byId.get(r.get('id') as string),
          signedOn: r.get('signedOn'),
          daysSinceSigned: daysBetween(r.get('signedEnd') as string, today),
        })),
        overdueTotal: overdue.length,
        dateUnknown: await projectsById(
          ctx,
          unknown.slice(0, first).map((r) => r.get('id') as string),
        ),
        dateUnknownTotal: unknown.length,
      };
    },

    monthlySummary: async (
      _: unknown,
      args: { region: string; chain?: string | null; month: string },
      ctx: Context,
    ) => {
      if (!isMonth(args.month)) {
        throw lianpuError(ErrorCode.BAD_USER_INPUT, `month 应为 YYYY-MM (month must be YYYY-MM), got "${args.month}"`, {
          argumentName: 'month',
        });
      }
      const { region } = await regionAndChain(ctx, args.region, args.chain ?? null);
      const params = { region: args.region, chain: args.chain ?? null, month: args.month };
      const records = await ctx.executor.read('ledger/month-projects', params);
      const moves = figuresByStatus(records.map(figures)).map(({ status, ...rest }) => ({ to: status, ...rest }));
      return { month: args.month, region, moves, params };
    },
  },

  MonthlySummary: {
    // Private: only a caller who may read follow-ups in the region (and chain) sees lead counts.
    leads: async (s: { params: { region: string; chain: string | null; month: string } }, _: unknown, ctx: Context) => {
      const { region, chain } = s.params;
      await requirePermission(ctx, {
        action: 'followup.read',
        regions: [region],
        chains: chain === null ? [] : [chain],
      });
      const [record] = await ctx.executor.read('ledger/month-leads', s.params);
      return leadCounts(strings(record?.get('leads')), strings(record?.get('followUps')));
    },
  },

  Mutation: {
    moveProject: (_: unknown, args: { id: string; input: ProjectMoveInput } & Note, ctx: Context) =>
      moveProject({ ctx, id: args.id, input: args.input, note: args.note ?? null }),
    recordFollowUp: (_: unknown, args: { input: FollowUpInput } & Note, ctx: Context) =>
      recordFollowUp({ ctx, input: args.input, note: args.note ?? null }),
    updateFollowUp: (_: unknown, args: { id: string; input: FollowUpFields } & Note, ctx: Context) =>
      updateFollowUp({ ctx, id: args.id, input: args.input, note: args.note ?? null }),
    deleteFollowUp: (_: unknown, args: { id: string } & Note, ctx: Context) =>
      deleteFollowUp({ ctx, id: args.id, note: args.note ?? null }),
    dropLead: async (_: unknown, args: { id: string; reason: string } & Note, ctx: Context) =>
      readLead(ctx, await dropLead({ ctx, id: args.id, reason: args.reason, note: args.note ?? null })),
    convertLead: async (_: unknown, args: { id: string; project: LeadProjectInput } & Note, ctx: Context) =>
      readLead(ctx, await convertLead({ ctx, id: args.id, project: args.project, note: args.note ?? null })),
  },

  Project: {
    taskForce: (p: Row) => strings(p.taskForce),
    stalledOn: (p: Row) => p.stalledOn ?? null,
    cancelledOn: (p: Row) => p.cancelledOn ?? null,
    plan: (p: Row) => p.plan ?? null,
    moves: async (p: Row, args: { first?: number | null }, ctx: Context) => {
      const first = pageSize(args.first, 20, ctx.maxPageSize);
      const records = await ctx.executor.read('ledger/project-moves', { id: p.id, first: int(first) });
      return records.map((r) => ({ ...(r.get('move') as Row), projectId: p.id }));
    },
  },

  ProjectMove: {
    project: async (m: Row, _: unknown, ctx: Context) => (await projectsById(ctx, [String(m.projectId)]))[0] ?? null,
    operator: (m: Row, _: unknown, ctx: Context) =>
      m.operator === null || m.operator === undefined ? null : ctx.loaders.enterprise.load(String(m.operator)),
    at: (m: Row) => iso(m.at),
  },

  Target: {
    // Private, never an error: null for those who may not read follow-ups in the region.
    openLead: (t: { leadKey: LeadKey }, _: unknown, ctx: Context) => openLeadOf(ctx, t.leadKey),
  },

  Lead: {
    createdAt: (l: Row) => iso(l.createdAt),
    // Only reached through a lead the caller was allowed to read.
    followUps: (l: Row, args: { first?: number | null }, ctx: Context) =>
      leadFollowUps(ctx, String(l.id), pageSize(args.first, 20, ctx.maxPageSize)),
  },

  FollowUp: {
    people: (f: Row) => strings(f.people),
    createdAt: (f: Row) => iso(f.createdAt),
    // Checks again: a follow-up answered by a mutation names its lead by id only.
    lead: (f: Row, _: unknown, ctx: Context) => readLead(ctx, String(f.lead)),
  },
};
