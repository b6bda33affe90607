/**
 * Accounts and sessions: login, logout, me, and user management for administrators.
 * The rules live in server/auth/; these resolvers only connect them to GraphQL.
 */
import { requirePermission, requireUser } from '../auth/guards.js';
import { checkPassword, login } from '../auth/login.js';
import { revokeSession, revokeUserSessions } from '../auth/sessions.js';
import {
  createUser,
  listUsers,
  setPassword,
  updateUser,
  type CreateUserInput,
  type UserChanges,
  type UserRecord,
} from '../auth/users.js';
import type { Context } from './context.js';
import type { Row } from './loaders.js';
import { pageSize } from './paging.js';

const ROLE_VALUES = { VIEWER: 'viewer', RECRUITER: 'recruiter', CHAIN_LEADER: 'chain_leader', ADMIN: 'admin' };

export const authResolvers = {
  Role: ROLE_VALUES,

  Query: {
    me: (_: unknown, __: unknown, ctx: Context) => ctx.auth.user,

    users: async (_: unknown, args: { first?: number | null; after?: string | null }, ctx: Context) => {
      await requirePermission(ctx, { action: 'user.manage' });
      const first = pageSize(args.first, 50, ctx.maxPageSize);
      const page = await listUsers({ executor: ctx.executor, first, after: args.after ?? null });
      return { ...page, endCursor: page.users.at(-1)?.username ?? null };
    },
  },

  Mutation: {
    login: async (
      _: unknown,
      args: { username: string; password: string; useCookie?: boolean | null },
      ctx: Context,
    ) => {
      const { session, user } = await login({
        executor: ctx.executor,
        services: ctx.authServices,
        username: args.username,
        password: args.password,
        ip: ctx.auth.ip,
      });
      if (args.useCookie) ctx.auth.cookies.set(session.token, session.expiresAt);
      return {
        token: args.useCookie ? null : session.token,
        expiresAt: new Date(session.expiresAt).toISOString(),
        user,
      };
    },

    logout: async (_: unknown, args: { everywhere?: boolean | null }, ctx: Context) => {
      ctx.auth.cookies.clear();
      const { user, tokenHash } = ctx.auth;
      if (user === null || tokenHash === null) return false;
      if (args.everywhere) await revokeUserSessions({ executor: ctx.executor, userId: user.id, keep: null });
      else await revokeSession({ executor: ctx.executor, tokenHash });
      return true;
    },

    createUser: async (_: unknown, args: { input: CreateUserInput }, ctx: Context) => {
      await requirePermission(ctx, { action: 'user.manage' });
      return createUser({
        executor: ctx.executor,
        input: args.input,
        cost: ctx.authServices.cost,
        now: ctx.authServices.now(),
      });
    },

    updateUser: async (_: unknown, args: { id: string; input: UserChanges }, ctx: Context) => {
      await requirePermission(ctx, { action: 'user.manage' });
      return updateUser({ executor: ctx.executor, id: args.id, changes: args.input });
    },

    resetPassword: async (_: unknown, args: { id: string; newPassword: string }, ctx: Context) => {
      await requirePermission(ctx, { action: 'user.manage' });
      await setPassword({
        executor: ctx.executor,
        id: args.id,
        password: args.newPassword,
        field: 'newPassword',
        cost: ctx.authServices.cost,
        keepSession: null,
      });
      return true;
    },

    changePassword: async (_: unknown, args: { oldPassword: string; newPassword: string }, ctx: Context) => {
      const user = requireUser(ctx);
      // The same limits and the same answer as a login, so this cannot be used to guess passwords faster.
      await checkPassword({
        executor: ctx.executor,
        services: ctx.authServices,
        username: user.username,
        password: args.oldPassword,
        ip: ctx.auth.ip,
      });
      await setPassword({
        executor: ctx.executor,
        id: user.id,
        password: args.newPassword,
        field: 'newPassword',
        cost: ctx.authServices.cost,
        keepSession: ctx.auth.tokenHash,
      });
      return true;
    },
  },

  User: {
    // Full Region and Chain rows (level, path, links) come from the request's loaders.
    regions: async (u: UserRecord, _: unknown, ctx: Context) =>
      (await ctx.loaders.region.loadMany(u.regions.map((r) => r.code))).filter(isRow),
    chains: async (u: UserRecord, _: unknown, ctx: Context) =>
      (await ctx.loaders.chain.loadMany(u.chains.map((c) => c.id))).filter(isRow),
    createdAt: (u: UserRecord) => new Date(u.createdAt).toISOString(),
  },
};

function isRow(value: Row | null | Error): value is Row {
  return value !== null && !(value instanceof Error);
}
