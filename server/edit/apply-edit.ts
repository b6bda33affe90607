import { requirePermission, requireRole, requireUser } from '../auth/guards.js';
import type { CypherTx } from '../db/executor.js';
import type { Row } from '../db/rows.js';
import type { Context } from '../graphql/context.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import { toParameters } from '../import/write.js';
import { TABLES } from '../import/tables.js';
import { checkNote, recordChange } from './audit.js';
import { mergeStale, refreshTotals, staleTotals } from '../db/derived-totals.js';
import { diffRows } from './diff.js';
import { entityId, type EntitySpec, type RowValues } from './entities.js';
import { keyParams, keyRow, mergeCells, rowFromStored } from './row-input.js';
import { loadScope, mergeScopes, mergeTouches } from './scope.js';
import { validateRow } from './validate-row.js';

export type EditContext = Pick<Context, 'auth' | 'executor' | 'authServices'>;

export interface ApplyEditOptions {
  ctx: EditContext;
  /** The kind of thing edited (entities.ts). */
  spec: EntitySpec;
  /**
   * - `create`: `input` is a whole row; refused when its key exists.
   * - `update`: `key` names the row, `input` only the fields that change (null clears one).
   * - `delete`: `key` names the row.
   */
  action: 'create' | 'update' | 'delete';
  /** The key as GraphQL arguments (property names); for a create, taken from `input`. */
  key?: Readonly<Record<string, unknown>>;
  /** Field → value, by graph property name. */
  input?: Readonly<Record<string, unknown>>;
  /** Why (kept in the audit record). */
  note?: string | null;
}

/**
 * One edit, whole or not at all, in ONE write transaction: read the row as it is, check
 * the new row with the importer's validator, check the role and scope against both the
 * old and the new state, write through the importer's own Cypher (so an edit and an
 * import of the same row write the same graph), refresh the derived totals it makes stale
 * and record the change. Returns the audit record, or null for an update that changes
 * nothing (nothing is written then).
 */
export async function applyEdit(options: ApplyEditOptions): Promise<Row | null> {
  const { ctx, spec, action } = options;
  const user = requireUser(ctx);
  // A role that may never do this is told so before anything about its input.
  await requireRole(ctx, spec.action);
  const note = checkNote(options.note);
  const table = spec.table;
  const input = options.input ?? {};

  return ctx.executor.transaction('WRITE', async (tx) => {
    const key = keyRow(table, action === 'create' ? input : (options.key ?? {}));
    const before = await loadRow(tx, spec, key);
    const id = entityId({ key: TABLES[table].key, row: key });
    if (action !== 'create' && before === null) {
      throw lianpuError(ErrorCode.NOT_FOUND, `没有找到 ${spec.entityType} ${id} (no ${spec.entityType} ${id})`, {
        entityType: spec.entityType,
        entityId: id,
      });
    }
    if (action === 'create' && before !== null) {
      throw lianpuError(
        ErrorCode.CONFLICT,
        `${spec.entityType} ${id} 已存在，请修改它 (${spec.entityType} ${id} already exists; update it instead)`,
        { entityType: spec.entityType, entityId: id },
      );
    }
    const after =
      action === 'delete' ? null : await validateRow({ tx, table, cells: mergeCells({ table, base: before, input }) });

    if (action === 'update') spec.checkUpdate?.(before!, after!);
    const diff = diffRows({ table, before, after });
    const scopeBefore = await loadScope({ tx, touches: mergeTouches(spec, [before]) });
    const scopeAfter = await loadScope({ tx, touches: mergeTouches(spec, [after]) });
    let scope = mergeScopes(scopeBefore, scopeAfter);
    await requirePermission(ctx, { action: spec.action, regions: scope.regions, chains: scope.chains, tx });
    if (action === 'update' && diff.changed === 0) return null;

    const derived = spec.derived(before, after);
    const staleBefore = await staleTotals({ tx, touches: derived });
    if (action === 'delete') {
      await refuseIfDependents(tx, spec, before!, id);
      await tx.run(`edit/delete-${table}`, keyParams(table, before!));
    } else {
      await tx.run(`import/${table}`, { rows: [toParameters(table, { at: { file: 'input' }, values: after! })] });
      // A created firm's region is only known to the graph now.
      scope = mergeScopes(scope, await loadScope({ tx, touches: mergeTouches(spec, [after]) }));
    }
    const staleAfter = await staleTotals({ tx, touches: derived });
    await refreshTotals({ tx, stale: mergeStale(staleBefore, staleAfter) });
    return recordChange({
      tx,
      userId: user.id,
      at: ctx.authServices.now(),
      action,
      entityType: spec.entityType,
      entityId: id,
      before: action === 'create' ? null : diff.before,
      after: action === 'delete' ? null : diff.after,
      note,
      scope,
    });
  });
}

/** The stored row with `key` as the graph has it now, or null (shared with the import's scope check). */
export async function loadRow(tx: CypherTx, spec: EntitySpec, key: RowValues): Promise<RowValues | null> {
  // A key with a missing part names nothing (a create whose input lacks it is then refused by validation).
  if (Object.values(key).some((v) => v === null)) return null;
  const [record] = await tx.run(`edit/current-${spec.table}`, keyParams(spec.table, key));
  if (record === undefined) return null;
  return rowFromStored({
    table: spec.table,
    props: record.get('props') as Record<string, unknown>,
    refs: record.get('refs') as Record<string, unknown>,
  });
}

const KIND_NAMES: Readonly<Record<string, string>> = {
  produces: '产能 production',
  supplies: '供货 supplies',
  subsidiaries: '股权 holdings',
  masters: '链主 link-master designations',
  projects: '项目 projects',
  leads: '招商线索 leads',
  chain_links: '产业链环节 chain links',
  feeds: '物料流向 feeds',
};

/**
 * Deleting a firm or a link never cascades into facts of their own (a production, a
 * supply, a project): each of those is deleted by its own mutation with its own audit
 * record, so the trail says what happened to each. Only the firm's location and the
 * derived totals go with it.
 */
async function refuseIfDependents(tx: CypherTx, spec: EntitySpec, row: RowValues, id: string): Promise<void> {
  if (spec.dependents === undefined) return;
  const [record] = await tx.run(spec.dependents, keyParams(spec.table, row));
  const dependents = (record?.get('dependents') as { kind: string; count: unknown }[] | undefined) ?? [];
  if (dependents.length === 0) return;
  const list = dependents.map((d) => ({ kind: d.kind, count: Number(d.count) }));
  const words = list.map((d) => `${d.count} ${KIND_NAMES[d.kind] ?? d.kind}`).join(', ');
  throw lianpuError(
    ErrorCode.CONFLICT,
    `${spec.entityType} ${id} 仍有关联数据，请先删除它们 (${spec.entityType} ${id} still has ${words}; delete those first)`,
    { entityType: spec.entityType, entityId: id, dependents: list },
  );
}
