import { int } from 'neo4j-driver';
import { analysisResolvers } from './analysis-resolvers.js';
import { authResolvers } from './auth-resolvers.js';
import { editResolvers } from '../edit/resolvers.js';
import { ledgerResolvers } from '../ledger/resolvers.js';
import type { Context } from './context.js';
import { enumResolvers } from './enums.js';
import { leaderResolvers } from './leader-resolvers.js';
import { ErrorCode, lianpuError } from './errors.js';
import { isPartialRow } from '../db/rows.js';
import type { Row } from './loaders.js';
import { toLuceneQuery } from './lucene.js';
import { pageSize } from './paging.js';

interface First {
  first?: number | null;
}

const list = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** A relation field: taken from the parent when the query already projected it, else from the loader. */
async function related(parent: Row, field: string, load: () => Promise<Row | null>): Promise<unknown> {
  if (field in parent) return parent[field];
  const full = await load();
  return full?.[field] ?? null;
}

type Load = (row: Row, ctx: Context) => Promise<Row | null>;
const loadEnterprise: Load = (e, ctx) => ctx.loaders.enterprise.load(String(e.id));
const loadLink: Load = (l, ctx) => ctx.loaders.link.load(String(l.id));
const loadRegion: Load = (r, ctx) => ctx.loaders.region.load(String(r.code));

/**
 * A property of a row; one that a partial row left out is loaded. Synchronous when the
 * row has it: graphql-js completes a plain value much faster than a promise, and a chain
 * map or gap table resolves thousands of these.
 */
function scalarField(field: string, load: Load = loadEnterprise, map: (value: unknown) => unknown = (v) => v) {
  return (row: Row, _: unknown, ctx: Context): unknown => {
    if (field in row || !isPartialRow(row)) return map(row[field] ?? null);
    return load(row, ctx).then((full) => map(full?.[field] ?? null));
  };
}

async function relatedList(parent: Row, field: string, load: () => Promise<Row | null>, first: number): Promise<Row[]> {
  return list(await related(parent, field, load)).slice(0, first);
}

export const resolvers = {
  ...enumResolvers,
  Role: authResolvers.Role,
  User: authResolvers.User,
  ChangeAction: editResolvers.ChangeAction,
  Change: editResolvers.Change,
  LinkGap: analysisResolvers.LinkGap,
  Mutation: { ...authResolvers.Mutation, ...editResolvers.Mutation, ...ledgerResolvers.Mutation },
  LeadStatus: ledgerResolvers.LeadStatus,
  FollowUpKind: ledgerResolvers.FollowUpKind,
  MonthlySummary: ledgerResolvers.MonthlySummary,
  ProjectMove: ledgerResolvers.ProjectMove,
  Lead: ledgerResolvers.Lead,
  FollowUp: ledgerResolvers.FollowUp,
  Target: ledgerResolvers.Target,

  Query: {
    ...analysisResolvers.Query,
    ...leaderResolvers.Query,
    ...authResolvers.Query,
    ...editResolvers.Query,
    ...ledgerResolvers.Query,
    health: (_: unknown, __: unknown, ctx: Context) => ctx.health(),

    limits: (_: unknown, __: unknown, ctx: Context) => ({ maxPageSize: ctx.maxPageSize }),

    chains: async (_: unknown, args: First, ctx: Context) => {
      const first = pageSize(args.first, 50, ctx.maxPageSize);
      const records = await ctx.executor.read('queries/chains', { first: int(first) });
      return records.map((r) => r.get('chain') as Row);
    },

    chain: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.chain.load(args.id),

    regions: async (_: unknown, args: First & { parent?: string | null }, ctx: Context) => {
      const first = pageSize(args.first, 100, ctx.maxPageSize);
      const records = await ctx.executor.read('queries/regions', { parent: args.parent ?? null, first: int(first) });
      return records.map((r) => r.get('region') as Row);
    },

    region: (_: unknown, args: { code: string }, ctx: Context) => ctx.loaders.region.load(args.code),

    enterprise: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.enterprise.load(args.id),

    link: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.link.load(args.id),

    searchEnterprises: async (_: unknown, args: First & { query: string }, ctx: Context) => {
      const first = pageSize(args.first, 20, ctx.maxPageSize);
      const query = toLuceneQuery(args.query);
      if (query === null || first === 0) return [];
      const records = await ctx.executor.read('queries/search-enterprises', { query, first: int(first) });
      return records.map((r) => ({ enterprise: r.get('enterprise') as Row, score: r.get('score') as number }));
    },

    searchLinks: async (_: unknown, args: First & { query: string }, ctx: Context) => {
      const first = pageSize(args.first, 20, ctx.maxPageSize);
      const query = toLuceneQuery(args.query);
      if (query === null || first === 0) return [];
      const records = await ctx.executor.read('queries/search-links', { query, first: int(first) });
      return records.map((r) => ({ link: r.get('link') as Row, score: r.get('score') as number }));
    },

    chainMap: async (_: unknown, args: { chain: string; region?: string | null }, ctx: Context) => {
      const records = await ctx.executor.read('queries/chain-map', {
        chain: args.chain,
        region: args.region ?? null,
        max: int(ctx.maxPageSize),
      });
      if (records.length === 0) {
        const chain = await ctx.loaders.chain.load(args.chain);
        throw lianpuError(
          ErrorCode.NOT_FOUND,
          chain === null
            ? `没有找到产业链 ${args.chain} (no chain with id ${args.chain})`
            : `没有找到地区 ${args.region} (no region with code ${args.region})`,
          { argumentName: chain === null ? 'chain' : 'region' },
        );
      }
      return records[0]!.toObject();
    },
  },

  Region: {
    name: scalarField('name', loadRegion),
    level: scalarField('level', loadRegion),
    source: scalarField('source', loadRegion),
    asOf: scalarField('asOf', loadRegion),
    parent: (r: Row, _: unknown, ctx: Context) => related(r, 'parent', () => ctx.loaders.region.load(String(r.code))),
    path: async (r: Row, _: unknown, ctx: Context) =>
      list(await related(r, 'path', () => ctx.loaders.region.load(String(r.code)))),
    children: async (r: Row, args: First, ctx: Context) => {
      const first = pageSize(args.first, 100, ctx.maxPageSize);
      const records = await ctx.executor.read('queries/regions', { parent: r.code, first: int(first) });
      return records.map((rec) => rec.get('region') as Row);
    },
  },

  Chain: {
    links: (c: Row, args: First, ctx: Context) =>
      relatedList(c, 'links', () => ctx.loaders.chain.load(String(c.id)), pageSize(args.first, 100, ctx.maxPageSize)),
    feeds: (c: Row, args: First, ctx: Context) =>
      relatedList(c, 'feeds', () => ctx.loaders.chain.load(String(c.id)), pageSize(args.first, 200, ctx.maxPageSize)),
  },

  Link: {
    ...leaderResolvers.Link,
    name: scalarField('name', loadLink),
    nameEn: scalarField('nameEn', loadLink),
    unit: scalarField('unit', loadLink),
    source: scalarField('source', loadLink),
    asOf: scalarField('asOf', loadLink),
    chains: (l: Row, args: First, ctx: Context) =>
      relatedList(l, 'chains', () => ctx.loaders.link.load(String(l.id)), pageSize(args.first, 50, ctx.maxPageSize)),
    producers: async (l: Row, args: First & { region?: string | null; status?: string | null }, ctx: Context) => {
      const first = pageSize(args.first, 50, ctx.maxPageSize);
      const records = await ctx.executor.read('queries/link-producers', {
        link: l.id,
        region: args.region ?? null,
        status: args.status ?? null,
        first: int(first),
      });
      return records.map((r) => r.get('production') as Row);
    },
  },

  Enterprise: {
    aliases: scalarField('aliases', loadEnterprise, strings),
    tags: scalarField('tags', loadEnterprise, strings),
    ownership: scalarField('ownership'),
    founded: scalarField('founded'),
    employees: scalarField('employees'),
    revenueWan: scalarField('revenueWan'),
    website: scalarField('website'),
    source: scalarField('source'),
    asOf: scalarField('asOf'),
    region: (e: Row, _: unknown, ctx: Context) => related(e, 'region', () => ctx.loaders.enterprise.load(String(e.id))),
    produces: (e: Row, args: First, ctx: Context) => enterpriseList(e, 'produces', args, ctx, 50),
    suppliers: (e: Row, args: First, ctx: Context) => enterpriseList(e, 'suppliers', args, ctx, 50),
    customers: (e: Row, args: First, ctx: Context) => enterpriseList(e, 'customers', args, ctx, 50),
    parents: (e: Row, args: First, ctx: Context) => enterpriseList(e, 'parents', args, ctx, 10),
    subsidiaries: (e: Row, args: First, ctx: Context) => enterpriseList(e, 'subsidiaries', args, ctx, 50),
    projects: (e: Row, args: First, ctx: Context) => enterpriseList(e, 'projects', args, ctx, 50),
    masterOf: (e: Row, args: First, ctx: Context) => enterpriseList(e, 'masterOf', args, ctx, 20),
    changes: editResolvers.Enterprise.changes,
  },

  Project: {
    ...ledgerResolvers.Project,
    region: (p: Row) => p.region,
    link: (p: Row) => p.link,
  },
};

function enterpriseList(e: Row, field: string, args: First, ctx: Context, fallback: number) {
  return relatedList(
    e,
    field,
    () => ctx.loaders.enterprise.load(String(e.id)),
    pageSize(args.first, fallback, ctx.maxPageSize),
  );
}
