import { loadTargetRegions } from '../auth/region-scope.js';
import { ACTION_LABELS, ROLE_LABELS, can, refusedByRole, type Action, type AuthUser } from '../auth/roles.js';
import type { CypherTx } from '../db/executor.js';
import { formatProblem, type Location, type Problem } from '../import/problems.js';
import { TABLES, TABLE_NAMES, type TableName } from '../import/tables.js';
import type { ValidDataset } from '../import/validate.js';
import { loadRow } from './apply-edit.js';
import { ENTITIES, type RowValues } from './entities.js';
import { loadScope, mergeScopes, mergeTouches, type EditScope } from './scope.js';

/** The actions an import's rows may need (entities.ts); regions and chains tables need more than any. */
const IMPORT_ACTIONS: readonly Action[] = ['firm.edit', 'project.edit', 'chain.edit'];

/** Whether `user` may import anything at all: some import action in some scope. */
export function mayImport(user: Pick<AuthUser, 'role' | 'disabled' | 'regions' | 'chains'>): boolean {
  return IMPORT_ACTIONS.some((action) => {
    const decision = can({ user, action });
    return decision.allowed || decision.reason === 'region' || decision.reason === 'chain';
  });
}

/** Whether every row is allowed without looking at it (an administrator). */
export function importsAnywhere(user: Pick<AuthUser, 'role' | 'disabled' | 'regions' | 'chains'>): boolean {
  return IMPORT_ACTIONS.every((action) => can({ user, action }).allowed);
}

/** A row the user may not import: where it is, why, and the regions or chains outside their scope. */
export interface RefusedRow extends Problem {
  /** `national`: a regions or chains row, or a row that lies in no region (administrators only). */
  reason: 'national' | 'role' | 'disabled' | 'region' | 'chain';
  /** The permission the row needs (null for the national tables). */
  action: Action | null;
  /** Region codes or chain ids outside the user's scope. */
  outside: string[];
  /** `file:line: message`, as the CLI prints problems. */
  text: string;
}

/** Where each row of a dataset lay before it was written, keyed by table and position. */
export type ScopesBefore = ReadonlyMap<string, EditScope>;

const rowKey = (table: TableName, index: number) => `${table}#${index}`;

const asRow = (values: Readonly<Record<string, unknown>>) => values as RowValues;

/**
 * Where each row's entity lies in the graph as it is before the import: the stored row
 * with the same key, through the same touches and `edit/scope` as the mutations
 * (applyEdit's "before" state). Call it in the import's write transaction, before the write.
 */
export async function scopesBefore(options: { tx: CypherTx; records: ValidDataset }): Promise<ScopesBefore> {
  const { tx, records } = options;
  const scopes = new Map<string, EditScope>();
  for (const table of TABLE_NAMES) {
    const spec = ENTITIES[table];
    if (spec === undefined) continue;
    for (const [index, record] of records[table].entries()) {
      const key = Object.fromEntries(TABLES[table].key.map((k) => [k, record.values[k] ?? null])) as RowValues;
      const before = await loadRow(tx, spec, key);
      if (before !== null)
        scopes.set(rowKey(table, index), await loadScope({ tx, touches: mergeTouches(spec, [before]) }));
    }
  }
  return scopes;
}

/**
 * The rows `user` may not import, judged like one mutation per row: the row's scope
 * before the import (`before`) merged with its scope now, read after the write in the
 * same transaction (so a firm created or moved by the dataset counts with its new region,
 * and a firm moved meanwhile by someone else with the database's truth), checked by
 * `can` against the row's action. Empty when everything is in scope.
 */
export async function refusedRows(options: {
  tx: CypherTx;
  user: AuthUser;
  records: ValidDataset;
  before: ScopesBefore;
}): Promise<{ refused: RefusedRow[]; regions: string[] }> {
  const { tx, user, records, before } = options;
  const refused: RefusedRow[] = [];
  const pending: { table: TableName; index: number; action: Action; scope: EditScope }[] = [];
  for (const table of TABLE_NAMES) {
    const spec = ENTITIES[table];
    for (const [index, record] of records[table].entries()) {
      // Regions and chains are no editable kind: national data, administrators only.
      if (spec === undefined) {
        refused.push(refusal({ at: record.at, reason: 'national', action: null, outside: [], user }));
        continue;
      }
      if (refusedByRole(user, spec.action)) {
        const reason = user.disabled ? 'disabled' : 'role';
        refused.push(refusal({ at: record.at, reason, action: spec.action, outside: [], user }));
        continue;
      }
      const now = await loadScope({ tx, touches: mergeTouches(spec, [asRow(record.values)]) });
      const was = before.get(rowKey(table, index));
      pending.push({ table, index, action: spec.action, scope: was === undefined ? now : mergeScopes(was, now) });
    }
  }
  // One lineage query for every region of the dataset; `can` itself is pure.
  const allRegions = [...new Set(pending.flatMap((p) => p.scope.regions))];
  const lineage = new Map(
    (await loadTargetRegions({ run: tx.run, codes: allRegions })).map((r) => [r.code, r] as const),
  );
  for (const p of pending) {
    const regions = p.scope.regions.map((code) => lineage.get(code) ?? { code, lineage: [] });
    const decision = can({ user, action: p.action, target: { regions, chains: p.scope.chains } });
    if (decision.allowed) continue;
    const at = records[p.table][p.index]!.at;
    // A row in no region at all (a link, a feed) is national data, whatever the role.
    const reason =
      decision.reason === 'region' && p.scope.regions.length === 0
        ? 'national'
        : (decision.reason as RefusedRow['reason']);
    refused.push(
      refusal({ at, reason, action: p.action, outside: 'outside' in decision ? decision.outside : [], user }),
    );
  }
  return { refused: sortRefused(refused), regions: allRegions.sort() };
}

function sortRefused(rows: RefusedRow[]): RefusedRow[] {
  const order = (r: RefusedRow) => [r.file, r.table ?? '', r.line ?? r.row ?? 0] as const;
  return rows.sort((a, b) => {
    const [fa, ta, la] = order(a);
    const [fb, tb, lb] = order(b);
    return fa.localeCompare(fb) || ta.localeCompare(tb) || la - lb;
  });
}

function refusal(options: {
  at: Location;
  reason: RefusedRow['reason'];
  action: Action | null;
  outside: string[];
  user: AuthUser;
}): RefusedRow {
  const { at, reason, action, outside, user } = options;
  const location = { file: at.file, line: at.line, table: at.table, row: at.row };
  const message = refusalText({ reason, action, outside, user });
  const problem: Problem = Object.fromEntries(
    Object.entries({ ...location, message }).filter(([, v]) => v !== undefined),
  ) as unknown as Problem;
  return { ...problem, reason, action, outside, text: formatProblem(problem) };
}

/** Why one row is refused, naming what lies outside and what the account may change. */
function refusalText(options: {
  reason: RefusedRow['reason'];
  action: Action | null;
  outside: string[];
  user: AuthUser;
}): string {
  const { reason, action, outside, user } = options;
  const regionNames = user.regions.map((r) => `${r.name} ${r.code}`);
  const chainNames = user.chains.map((c) => `${c.name} ${c.id}`);
  switch (reason) {
    case 'national':
      return '全国性数据（地区、产业链、环节、流向，或不在任何地区的行），仅管理员可导入 (national data: regions, chains, links, feeds or a row in no region; administrators only)';
    case 'disabled':
      return '你的账号已停用 (your account is disabled)';
    case 'role': {
      const label = ACTION_LABELS[action ?? 'chain.edit'];
      return `${ROLE_LABELS[user.role].zh}无权${label.zh} (the ${ROLE_LABELS[user.role].en} role may not ${label.en})`;
    }
    case 'region':
      return outside.length === 0
        ? '该行涉及的企业不在任何地区 (the row names a firm that lies in no region)'
        : `地区 ${outside.join('、')} 不在你的范围 ${regionNames.join('、') || '（无）'} 内 (region ${outside.join(', ')} is outside your regions: ${regionNames.join(', ') || 'none'})`;
    case 'chain':
      return outside.length === 0
        ? `该行不涉及你负责的产业链 ${chainNames.join('、') || '（无）'} (the row concerns no chain; you may only change ${chainNames.join(', ') || 'no chain'})`
        : `产业链 ${outside.join('、')} 不是你负责的 ${chainNames.join('、') || '（无）'} (chain ${outside.join(', ')} is not one you lead: ${chainNames.join(', ') || 'none'})`;
  }
}
