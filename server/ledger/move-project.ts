import { randomUUID } from 'node:crypto';
import { requirePermission, requireRole, requireUser } from '../auth/guards.js';
import type { CypherTx } from '../db/executor.js';
import type { Row } from '../db/rows.js';
import { checkNote, recordChange } from '../edit/audit.js';
import { mergeStale, refreshTotals, staleTotals } from '../db/derived-totals.js';
import type { EditContext } from '../edit/apply-edit.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import { checkText } from './text.js';
import { STATUS_DATE, checkMove, chinaToday, type ProjectState, type ProjectStatus } from './transitions.js';

export interface ProjectMoveInput {
  to: ProjectStatus;
  /** YYYY-MM-DD, not after today (in China) nor before the project's previous move. */
  on: string;
  /** Updated on the project when given (a producing project's capacity as built). */
  capacity?: number | null;
  unit?: string | null;
  investmentYi?: number | null;
  /** For a move to producing: the local firm that operates the plant (default: the investor). */
  operator?: string | null;
  /** Required for stalled and cancelled. */
  reason?: string | null;
}

export interface MoveProjectOptions {
  ctx: EditContext;
  id: string;
  input: ProjectMoveInput;
  note?: string | null;
}

/** A project as project-state.cypher reads it. */
interface StoredProject {
  project: Row;
  investor: string | null;
  region: string | null;
  link: string | null;
  chains: string[];
}

/**
 * Moves a project along the pipeline (docs/ledger.md), in ONE write transaction: the
 * scope check, the transition and date rules, the new status and date, the move kept as
 * history, for a move to producing the operating firm's PRODUCES and the derived totals
 * (so chainGaps shows the new capacity at once), and the audit records.
 */
export async function moveProject(options: MoveProjectOptions): Promise<Row> {
  const { ctx, id, input } = options;
  const user = requireUser(ctx);
  await requireRole(ctx, 'project.edit');
  const note = checkNote(options.note);
  const reason = checkText({ value: input.reason, field: 'reason', max: 2000 });
  const figures = checkFigures(input);

  return ctx.executor.transaction('WRITE', async (tx) => {
    const stored = await loadProject(tx, id);
    await requirePermission(ctx, {
      action: 'project.edit',
      regions: stored.region === null ? [] : [stored.region],
      chains: stored.chains,
      tx,
    });
    const p = stored.project;
    const state: ProjectState = {
      id,
      name: String(p.name),
      status: p.status as ProjectStatus,
      dates: Object.fromEntries(Object.values(STATUS_DATE).map((k) => [k, (p[k] as string | null) ?? null])),
    };
    const now = ctx.authServices.now();
    const problem = checkMove({ project: state, to: input.to, on: input.on, today: chinaToday(now), reason });
    if (problem !== null) {
      throw lianpuError(ErrorCode.BAD_USER_INPUT, problem.message, {
        field: problem.kind === 'transition' ? 'to' : problem.kind === 'date' ? 'on' : 'reason',
        reason: problem.kind,
        projectId: id,
        status: state.status.toUpperCase(),
        ...(problem.kind === 'transition' ? { allowed: problem.allowed.map((s) => s.toUpperCase()) } : {}),
      });
    }

    // A resume keeps the date the project was first signed or started; the move keeps the resume's date.
    const resume = state.status === 'stalled' && (input.to === 'signed' || input.to === 'started');
    const set: Record<string, unknown> = {
      status: input.to,
      ...(resume ? {} : { [STATUS_DATE[input.to]]: input.on }),
      ...figures,
    };
    const capacity = (figures.capacity ?? p.capacity ?? null) as number | null;
    const unit = (figures.unit ?? p.unit ?? null) as string | null;
    const enterprises = stored.investor === null ? [] : [stored.investor];
    let operator: string | null = null;
    if (input.to === 'producing') {
      operator = await produce({ ctx, tx, stored, state, capacity, unit, on: input.on, operator: input.operator });
      if (!enterprises.includes(operator)) enterprises.push(operator);
    }

    const move = {
      id: randomUUID(),
      from: state.status,
      to: input.to,
      on: input.on,
      reason,
      userId: user.id,
      // Kept as text too, as leads and follow-ups keep createdBy: a backup restored into
      // another database (accounts are not in a dataset) still says who moved it.
      username: user.username,
      at: now,
      operator,
      // The figures as they were at the move, so a monthly summary sums what happened that month.
      capacity,
      unit,
      investmentYi: (figures.investmentYi ?? p.investmentYi ?? null) as number | null,
    };
    const [record] = await tx.run('ledger/project-move', { id, set, move });
    const before: Record<string, unknown> = {};
    for (const key of Object.keys(set)) before[key] = p[key] ?? null;
    await recordChange({
      tx,
      userId: user.id,
      at: now,
      action: 'update',
      entityType: 'Project',
      entityId: id,
      before,
      after: { ...set, ...(reason === null ? {} : { reason }) },
      note,
      scope: {
        regions: stored.region === null ? [] : [stored.region],
        chains: stored.chains,
        enterprises: enterprises.sort(),
        links: stored.link === null ? [] : [stored.link],
        projects: [id],
      },
    });
    return { ...(record!.get('move') as Row), projectId: id };
  });
}

function checkFigures(input: ProjectMoveInput): Record<string, number | string> {
  const figures: Record<string, number | string> = {};
  for (const field of ['capacity', 'investmentYi'] as const) {
    const value = input[field];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) {
      throw lianpuError(
        ErrorCode.BAD_USER_INPUT,
        `字段 ${field} 有误 (invalid ${field}): ${value} is negative (must be 0 or more)`,
        { field },
      );
    }
    figures[field] = value;
  }
  const unit = checkText({ value: input.unit, field: 'unit', max: 50 });
  if (unit !== null) figures.unit = unit;
  return figures;
}

async function loadProject(tx: CypherTx, id: string): Promise<StoredProject> {
  const [record] = await tx.run('ledger/project-state', { id });
  if (record === undefined) {
    throw lianpuError(ErrorCode.NOT_FOUND, `没有找到项目 ${id} (no project ${id})`, {
      entityType: 'Project',
      entityId: id,
    });
  }
  return {
    project: record.get('project') as Row,
    investor: record.get('investor') as string | null,
    region: record.get('region') as string | null,
    link: record.get('link') as string | null,
    chains: (record.get('chains') as string[]).sort(),
  };
}

interface ProduceOptions {
  ctx: EditContext;
  tx: CypherTx;
  stored: StoredProject;
  state: ProjectState;
  capacity: number | null;
  unit: string | null;
  on: string;
  operator: string | null | undefined;
}

/**
 * The production a producing project adds: to the operating firm's operating PRODUCES of
 * the link, in the project's unit, then the link's and the firm's region's totals are
 * refreshed. Returns the operating firm's id.
 */
async function produce(options: ProduceOptions): Promise<string> {
  const { ctx, tx, stored, state, capacity, unit, on } = options;
  const who = `项目《${state.name}》(${state.id})`;
  const whoEn = `project 《${state.name}》 (${state.id})`;
  if (capacity === null || unit === null) {
    throw lianpuError(
      ErrorCode.BAD_USER_INPUT,
      `${who} 投产须有产能和单位，请填写 capacity 和 unit (${whoEn} needs a capacity and a unit to start production; give capacity and unit)`,
      { field: capacity === null ? 'capacity' : 'unit', projectId: state.id },
    );
  }
  const operatorId = options.operator ?? stored.investor;
  if (operatorId === null) {
    throw lianpuError(
      ErrorCode.BAD_USER_INPUT,
      `${who} 没有投资企业，请用 operator 指明当地运营企业 (${whoEn} has no investor; name the local operating company as operator)`,
      { field: 'operator', projectId: state.id },
    );
  }
  const [record] = await tx.run('ledger/operator', {
    enterprise: operatorId,
    region: stored.region,
    link: stored.link,
  });
  if (record === undefined) {
    throw lianpuError(ErrorCode.BAD_USER_INPUT, `没有找到企业 ${operatorId} (no enterprise ${operatorId})`, {
      field: 'operator',
    });
  }
  const name = String(record.get('name'));
  if (record.get('local') !== true) {
    throw lianpuError(
      ErrorCode.BAD_USER_INPUT,
      `${name}(${operatorId}) 不在项目所在地区 ${stored.region}，请用 operator 指明当地运营企业 ` +
        `(${name} (${operatorId}) is not located in the project's region ${stored.region} or below it; name the local operating company as operator)`,
      { field: 'operator', projectId: state.id },
    );
  }
  // Producing capacity is a firm's fact too: the scope of a firm edit in the operator's region.
  await requirePermission(ctx, {
    action: 'firm.edit',
    regions: [String(record.get('region'))],
    chains: stored.chains,
    tx,
  });
  const operating = record.get('operating') as Row | null;
  if (operating !== null && operating.capacity !== null && operating.unit !== null && operating.unit !== unit) {
    throw lianpuError(
      ErrorCode.BAD_USER_INPUT,
      `${name}(${operatorId}) 已有该环节的运营产能，单位为 ${String(operating.unit)}，与项目的单位 ${unit} 不同，不能相加 ` +
        `(${name} (${operatorId}) already operates this link in ${String(operating.unit)}, not ${unit}: different units cannot be added; correct the project's unit)`,
      { field: 'unit', projectId: state.id },
    );
  }
  const touches = { links: [stored.link!], firms: [operatorId] };
  const staleBefore = await staleTotals({ tx, touches });
  const [written] = await tx.run('ledger/produce-from-project', {
    enterprise: operatorId,
    link: stored.link,
    capacity,
    unit,
    source: `项目《${state.name}》投产 (${state.id})`,
    asOf: on,
  });
  const staleAfter = await staleTotals({ tx, touches });
  await refreshTotals({ tx, stale: mergeStale(staleBefore, staleAfter) });
  const user = requireUser(ctx);
  await recordChange({
    tx,
    userId: user.id,
    at: ctx.authServices.now(),
    action: operating === null ? 'create' : 'update',
    entityType: 'Production',
    entityId: `${operatorId}/${stored.link}/operating`,
    before: operating === null ? null : { capacity: operating.capacity ?? null, source: operating.source ?? null },
    after: written!.get('production') as Row,
    note: `${who} 投产 (${whoEn} started production)`,
    scope: {
      regions: [String(record.get('region'))],
      chains: stored.chains,
      enterprises: [operatorId],
      links: [stored.link!],
      projects: [state.id],
    },
  });
  return operatorId;
}
