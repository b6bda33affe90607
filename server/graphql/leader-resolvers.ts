/**
 * Queries behind the chain leader's map (issue 4): expanding a link into its firms, and
 * the searches of the top bar and the region picker. Each runs one named Cypher query,
 * bounded by `first` and the server's page size.
 */
import { int } from 'neo4j-driver';
import type { Context } from './context.js';
import { ErrorCode, lianpuError } from './errors.js';
import type { Row } from './loaders.js';
import { toLuceneQuery } from './lucene.js';
import { pageSize } from './paging.js';

interface SearchArgs {
  query: string;
  first?: number | null;
}

export interface LinkFirmsArgs {
  chain: string;
  link: string;
  region?: string | null;
  first?: number | null;
}

/** Which argument names something that does not exist, checked in the order a user would fix them. */
async function linkFirmsNotFound(ctx: Context, args: LinkFirmsArgs): Promise<never> {
  if ((await ctx.loaders.chain.load(args.chain)) === null) {
    throw lianpuError(ErrorCode.NOT_FOUND, `没有找到产业链 ${args.chain} (no chain with id ${args.chain})`, {
      argumentName: 'chain',
    });
  }
  if (args.region != null && (await ctx.loaders.region.load(args.region)) === null) {
    throw lianpuError(ErrorCode.NOT_FOUND, `没有找到地区 ${args.region} (no region with code ${args.region})`, {
      argumentName: 'region',
    });
  }
  throw lianpuError(
    ErrorCode.NOT_FOUND,
    `产业链 ${args.chain} 没有环节 ${args.link} (chain ${args.chain} has no link ${args.link})`,
    { argumentName: 'link' },
  );
}

export const leaderResolvers = {
  Query: {
    searchChains: async (_: unknown, args: SearchArgs, ctx: Context) => {
      const first = pageSize(args.first, 20, ctx.maxPageSize);
      const query = toLuceneQuery(args.query);
      if (query === null || first === 0) return [];
      const records = await ctx.executor.read('queries/search-chains', {
        query,
        text: args.query.normalize('NFKC').trim(),
        first: int(first),
      });
      return records.map((r) => ({ chain: r.get('chain') as Row, score: r.get('score') as number }));
    },

    searchRegions: async (_: unknown, args: SearchArgs, ctx: Context) => {
      const first = pageSize(args.first, 20, ctx.maxPageSize);
      const text = args.query.normalize('NFKC').trim();
      if (text === '' || first === 0) return [];
      const records = await ctx.executor.read('queries/search-regions', { query: text, first: int(first) });
      return records.map((r) => r.get('region') as Row);
    },

    linkFirms: async (_: unknown, args: LinkFirmsArgs, ctx: Context) => {
      const first = pageSize(args.first, 50, ctx.maxPageSize);
      const records = await ctx.executor.read('queries/link-firms', {
        chain: args.chain,
        link: args.link,
        region: args.region ?? null,
        first: int(first),
        maxEdges: int(ctx.maxPageSize),
      });
      const record = records[0];
      if (!record) return linkFirmsNotFound(ctx, args);
      const row = record.toObject() as Row;
      // The neighbours come from at most `maxEdges` relations; cap them the same way.
      const neighbours = Array.isArray(row.neighbours) ? row.neighbours.slice(0, ctx.maxPageSize) : [];
      return { ...row, neighbours, total: Number(row.total) };
    },
  },

  Link: {
    projects: async (l: Row, args: { region?: string | null; first?: number | null }, ctx: Context) => {
      const first = pageSize(args.first, 50, ctx.maxPageSize);
      const records = await ctx.executor.read('queries/link-projects', {
        link: l.id,
        region: args.region ?? null,
        first: int(first),
      });
      return records.map((r) => r.get('project') as Row);
    },
  },
};
