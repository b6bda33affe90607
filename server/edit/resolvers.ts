/**
 * GraphQL resolvers of edit.graphql: every mutation is the same `applyEdit` on one of the
 * ten kinds of entities.ts; only the arguments naming the key differ.
 */
import type { Row } from '../db/rows.js';
import type { Context } from '../graphql/context.js';
import { pageSize } from '../graphql/paging.js';
import { applyEdit } from './apply-edit.js';
import { listChanges } from './changes.js';
import { ENTITIES, type EntitySpec } from './entities.js';

type Args = Record<string, unknown> & { input?: Record<string, unknown>; note?: string | null };

/** create<Name>, update<Name>, delete<Name> for one kind. */
function family(name: string, spec: EntitySpec) {
  // The key is every argument but the input and the note.
  const keyOf = (args: Args) => Object.fromEntries(Object.entries(args).filter(([k]) => k !== 'input' && k !== 'note'));
  return {
    [`create${name}`]: (_: unknown, args: Args, ctx: Context) =>
      applyEdit({ ctx, spec, action: 'create', input: args.input ?? {}, note: args.note ?? null }),
    [`update${name}`]: (_: unknown, args: Args, ctx: Context) =>
      applyEdit({ ctx, spec, action: 'update', key: keyOf(args), input: args.input ?? {}, note: args.note ?? null }),
    [`delete${name}`]: (_: unknown, args: Args, ctx: Context) =>
      applyEdit({ ctx, spec, action: 'delete', key: keyOf(args), note: args.note ?? null }),
  };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export const editResolvers = {
  ChangeAction: { CREATE: 'create', UPDATE: 'update', DELETE: 'delete', IMPORT: 'import' },

  Query: {
    changes: (
      _: unknown,
      args: {
        enterprise?: string | null;
        chain?: string | null;
        user?: string | null;
        first?: number | null;
        after?: string | null;
      },
      ctx: Context,
    ) => listChanges({ ctx, ...args, first: pageSize(args.first, 50, ctx.maxPageSize) }),
  },

  Mutation: {
    ...family('Enterprise', ENTITIES.enterprises!),
    ...family('Link', ENTITIES.links!),
    ...family('ChainLink', ENTITIES.chain_links!),
    ...family('Feed', ENTITIES.feeds!),
    ...family('Production', ENTITIES.produces!),
    ...family('Supply', ENTITIES.supplies!),
    ...family('Shareholding', ENTITIES.subsidiaries!),
    ...family('LinkMaster', ENTITIES.masters!),
    ...family('ChainLeader', ENTITIES.leaders!),
    ...family('Project', ENTITIES.projects!),
  },

  Enterprise: {
    changes: async (e: Row, args: { first?: number | null }, ctx: Context) =>
      (await listChanges({ ctx, enterprise: String(e.id), first: pageSize(args.first, 20, ctx.maxPageSize) })).changes,
  },

  Change: {
    at: (c: Row) => new Date(Number(c.at)).toISOString(),
    regions: (c: Row) => strings(c.regions),
    chains: (c: Row) => strings(c.chains),
    enterprises: (c: Row) => strings(c.enterprises),
  },
};
