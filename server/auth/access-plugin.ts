import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import { rateLimited, unauthenticated } from './guards.js';
import { topLevelFields } from './top-level-fields.js';

/** What an anonymous client may ask for when reads are closed: enough to check health, see it is logged out, and log in. */
const OPEN_QUERY_FIELDS: ReadonlySet<string> = new Set(['health', 'me', '__typename']);
/** Mutations an anonymous client may send; every other mutation needs a session, whatever the read access. */
const OPEN_MUTATION_FIELDS: ReadonlySet<string> = new Set(['login', 'logout', '__typename']);
/** Mutations outside the write limit: login has its own limits, logout must always work. */
const UNLIMITED_MUTATION_FIELDS: ReadonlySet<string> = new Set(['login', 'logout', '__typename']);

/** Fields that run scrypt; one per request, so aliases cannot queue dozens of hashes behind one request. */
const PASSWORD_FIELDS: ReadonlySet<string> = new Set(['login', 'changePassword']);

const WRITES = { zh: '修改', en: 'changes' };

/**
 * Checks each operation before it runs, from its root fields: closed reads need a session
 * for anything but health, me and introspection of the type name; writes always need
 * one; signed-in writers are rate limited. Resolvers still check roles and scope with
 * requirePermission: this is the gate, not the whole lock.
 */
export function accessPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          // Apollo has resolved the operation by now; without one it has already answered with an error.
          if (!operation) return;
          const { auth, authServices } = contextValue;
          const fields = topLevelFields({ operation, document });
          if (operation.operation === 'mutation') {
            if (fields.filter((f) => PASSWORD_FIELDS.has(f)).length > 1) {
              throw lianpuError(
                ErrorCode.BAD_USER_INPUT,
                '一次请求只能登录或改密码一次 (one login or password change per request)',
                { http: { status: 400 } },
              );
            }
            if (auth.user === null && !fields.every((f) => OPEN_MUTATION_FIELDS.has(f))) {
              throw unauthenticated(auth.problem);
            }
            // One hit per write field, so aliases cannot pack many writes into one counted request.
            const writes = auth.user === null ? 0 : fields.filter((f) => !UNLIMITED_MUTATION_FIELDS.has(f)).length;
            for (let i = 0; i < writes; i++) {
              const decision = authServices.writes.hit(`user:${auth.user!.id}`);
              if (!decision.allowed) throw rateLimited({ retryAfterMs: decision.retryAfterMs, what: WRITES });
            }
            return;
          }
          if (authServices.config.readAccess === 'login' && auth.user === null) {
            if (!fields.every((f) => OPEN_QUERY_FIELDS.has(f))) throw unauthenticated(auth.problem);
          }
        },
      };
    },
  };
}
