import { int } from 'neo4j-driver';
import { requireUser } from '../auth/guards.js';
import { ROLE_LABELS } from '../auth/roles.js';
import type { Row } from '../db/rows.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import type { EditContext } from './apply-edit.js';

export interface ChangePage {
  changes: Row[];
  hasNextPage: boolean;
  /** Pass as `after` for the next page. */
  endCursor: string | null;
}

export interface ListChangesOptions {
  ctx: EditContext;
  enterprise?: string | null;
  chain?: string | null;
  user?: string | null;
  /** Page size, already bounded by the caller. */
  first: number;
  /** `endCursor` of the previous page. */
  after?: string | null;
}

/**
 * Who may read the trail (docs/security.md): administrators everything; recruiters and
 * chain leaders the changes touching their regions (or regions below them), which is
 * what they could have made or need to follow; viewers nothing, since notes are editors'
 * working remarks. National changes (link definitions) touch no region, so only
 * administrators see them. Returns the region codes to filter by, or null for all.
 */
export function readableScope(ctx: Pick<EditContext, 'auth'>): string[] | null {
  const user = requireUser(ctx);
  if (user.disabled) {
    throw lianpuError(ErrorCode.FORBIDDEN, '你的账号已停用 (your account is disabled)', { reason: 'disabled' });
  }
  if (user.role === 'admin') return null;
  if (user.role === 'viewer') {
    const label = ROLE_LABELS.viewer;
    throw lianpuError(
      ErrorCode.FORBIDDEN,
      `${label.zh}无权查看修改记录 (the ${label.en} role may not see the change history)`,
      { reason: 'role' },
    );
  }
  return user.regions.map((r) => r.code);
}

/** A page of the audit trail, newest first. */
export async function listChanges(options: ListChangesOptions): Promise<ChangePage> {
  const scope = readableScope(options.ctx);
  const cursor = parseCursor(options.after ?? null);
  const records = await options.ctx.executor.read('edit/changes', {
    enterprise: options.enterprise ?? null,
    chain: options.chain ?? null,
    user: options.user ?? null,
    scope,
    afterAt: cursor?.at ?? null,
    afterId: cursor?.id ?? null,
    first: int(options.first + 1),
  });
  const rows = records.map((r) => r.get('change') as Row);
  const changes = rows.slice(0, options.first);
  const last = changes.at(-1);
  return {
    changes,
    hasNextPage: rows.length > options.first,
    endCursor: last === undefined ? null : `${Number(last.at)}:${String(last.id)}`,
  };
}

/** `at:id` of the last record of a page. */
export function parseCursor(cursor: string | null): { at: number; id: string } | null {
  if (cursor === null || cursor === '') return null;
  const match = /^(\d{1,15}):([0-9a-f-]{1,64})$/.exec(cursor);
  if (match === null) {
    throw lianpuError(ErrorCode.BAD_USER_INPUT, `无效的分页游标 (not a cursor from this list: ${cursor})`, {
      field: 'after',
    });
  }
  return { at: Number(match[1]), id: match[2]! };
}
