import { requireUser } from '../auth/guards.js';
import { can } from '../auth/roles.js';
import type { Context } from '../graphql/context.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import { isLedgerTable, type TableName } from '../import/tables.js';

/**
 * The ledger's tables (project_moves, leads, followups) in an upload need `followup.edit`
 * everywhere (administrators): a dataset's leads may lie in any region, and its rows
 * replace records users wrote. Checked on the tables the upload holds, before any
 * reference is looked up, so a refused upload learns nothing about which leads exist.
 */
export function requireLedgerImport(options: { ctx: Pick<Context, 'auth'>; tables: readonly TableName[] }): void {
  const ledger = options.tables.filter(isLedgerTable);
  if (ledger.length === 0) return;
  const user = requireUser(options.ctx);
  if (can({ user, action: 'followup.edit' }).allowed) return;
  throw lianpuError(
    ErrorCode.FORBIDDEN,
    `只有管理员可以导入跟踪台账 ${ledger.join('、')} (only administrators may import the ledger's tables: ${ledger.join(', ')})`,
    { action: 'followup.edit', reason: 'role', tables: ledger },
  );
}
