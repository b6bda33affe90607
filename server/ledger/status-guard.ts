import type { RowValues } from '../edit/entities.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import { STATUS_LABELS, allowedMoves, type ProjectStatus } from './transitions.js';

/**
 * `updateProject` must not be a way around the pipeline's rules: a status change there is
 * refused and pointed at `moveProject`, which checks the transition and the date, keeps
 * the history and feeds production into the gap analysis. (A dataset import may still
 * set any status: it loads facts as they are, docs/ledger.md.)
 */
export function refuseStatusChange(before: RowValues, after: RowValues): void {
  if (before.status === after.status) return;
  const from = before.status as ProjectStatus;
  const to = after.status as ProjectStatus;
  const allowed = allowedMoves({
    status: from,
    dates: { startedOn: typeof before.started_on === 'string' ? before.started_on : null },
  });
  const zh = allowed.length === 0 ? '无（已是最终状态）' : allowed.map((s) => `${STATUS_LABELS[s].zh} ${s}`).join('、');
  const en = allowed.length === 0 ? 'none, the status is final' : allowed.join(', ');
  throw lianpuError(
    ErrorCode.BAD_USER_INPUT,
    `项目《${String(before.name)}》(${String(before.id)}) 的状态请用 moveProject 修改：当前为 ${STATUS_LABELS[from].zh} ${from}，可改为：${zh} ` +
      `(change the status of project 《${String(before.name)}》 (${String(before.id)}) with moveProject: it is ${from}, not ${to}; allowed: ${en})`,
    { field: 'status', reason: 'transition', allowed: allowed.map((s) => s.toUpperCase()) },
  );
}
