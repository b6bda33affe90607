import { randomUUID } from 'node:crypto';
import { int } from 'neo4j-driver';
import { requirePermission, requireRole, requireUser } from '../auth/guards.js';
import type { CypherTx } from '../db/executor.js';
import type { Row } from '../db/rows.js';
import type { EditContext } from '../edit/apply-edit.js';
import { checkNote, recordChange } from '../edit/audit.js';
import { diffRows } from '../edit/diff.js';
import { mergeCells } from '../edit/row-input.js';
import { validateRow } from '../edit/validate-row.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import { toParameters } from '../import/write.js';
import { checkNames, checkText } from './text.js';
import { chinaToday, isIsoDate } from './transitions.js';

/**
 * Leads and follow-up records (docs/ledger.md): private working records of the
 * recruiters. Every read needs `followup.read` and every write `followup.edit` in the
 * lead's recruiting region and, for chain leaders, a chain of the lead's link they lead.
 */

export const FOLLOW_UP_KINDS = ['visit', 'call', 'meeting'] as const;
type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export interface FollowUpFields {
  kind?: FollowUpKind | null;
  on?: string | null;
  people?: string[] | null;
  outcome?: string | null;
  note?: string | null;
}

export interface FollowUpInput extends FollowUpFields {
  enterprise: string;
  link: string;
  region: string;
}

/** A lead's place as the scope check needs it. */
interface LeadScope {
  lead: Row;
  enterprise: string;
  link: string;
  region: string;
  chains: string[];
}

const MAX_PEOPLE = 20;
const MAX_TEXT = 2000;

/** A date of the ledger: a whole calendar date, not after today in China. */
function checkDay(options: { value: string; field: string; now: number }): string {
  const { value, field } = options;
  if (!isIsoDate(value)) {
    throw lianpuError(
      ErrorCode.BAD_USER_INPUT,
      `字段 ${field} 应为 YYYY-MM-DD (${field} must be YYYY-MM-DD), got "${value}"`,
      { field },
    );
  }
  const today = chinaToday(options.now);
  if (value > today) {
    throw lianpuError(
      ErrorCode.BAD_USER_INPUT,
      `字段 ${field} 的日期 ${value} 晚于今天 ${today} (${field} ${value} is after today, ${today})`,
      { field },
    );
  }
  return value;
}

/** The checked fields of a follow-up (those given). */
function followUpFields(input: FollowUpFields, now: number): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (input.kind !== undefined && input.kind !== null) fields.kind = input.kind;
  if (input.on !== undefined && input.on !== null) fields.on = checkDay({ value: input.on, field: 'on', now });
  if (input.people !== undefined) fields.people = checkNames({ value: input.people, field: 'people', max: MAX_PEOPLE });
  if (input.outcome !== undefined)
    fields.outcome = checkText({ value: input.outcome, field: 'outcome', max: MAX_TEXT });
  if (input.note !== undefined) fields.note = checkText({ value: input.note, field: 'note', max: MAX_TEXT });
  return fields;
}

async function leadScope(tx: CypherTx, id: string): Promise<LeadScope> {
  const [record] = await tx.run('ledger/lead-state', { id });
  if (record === undefined)
    throw lianpuError(ErrorCode.NOT_FOUND, `没有找到线索 ${id} (no lead ${id})`, { entityId: id });
  return {
    lead: record.get('lead') as Row,
    enterprise: record.get('enterprise') as string,
    link: record.get('link') as string,
    region: record.get('region') as string,
    chains: (record.get('chains') as string[]).sort(),
  };
}

function auditScope(s: Pick<LeadScope, 'region' | 'chains' | 'enterprise' | 'link'>, projects: string[] = []) {
  return { regions: [s.region], chains: s.chains, enterprises: [s.enterprise], links: [s.link], projects };
}

/**
 * What the audit record keeps of a follow-up: its kind and date and which fields
 * changed, never the people, outcome or note. Chain leaders see every change in their
 * region (docs/security.md), also those on other chains' leads, which they may not read.
 */
function auditView(fields: Record<string, unknown>, leadId: string): Record<string, unknown> {
  const view: Record<string, unknown> = { lead: leadId };
  for (const [key, value] of Object.entries(fields)) {
    view[key] = key === 'kind' || key === 'on' ? value : '(private)';
  }
  return view;
}

/** Records a follow-up; opens the lead for (enterprise, link, region) when none is open (a target becomes a lead). */
export async function recordFollowUp(options: {
  ctx: EditContext;
  input: FollowUpInput;
  note?: string | null;
}): Promise<Row> {
  const { ctx, input } = options;
  const user = requireUser(ctx);
  await requireRole(ctx, 'followup.edit');
  const note = checkNote(options.note);
  const now = ctx.authServices.now();
  const fields = followUpFields(input, now);
  if (fields.kind === undefined || fields.on === undefined) {
    throw lianpuError(ErrorCode.BAD_USER_INPUT, '跟踪记录须有类型和日期 (a follow-up needs a kind and a date)', {
      field: fields.kind === undefined ? 'kind' : 'on',
    });
  }
  return ctx.executor.transaction('WRITE', async (tx) => {
    const refs = { enterprise: input.enterprise, link: input.link, region: input.region };
    const [target] = await tx.run('ledger/lead-target', refs);
    for (const [field, noun] of [
      ['enterprise', '企业 enterprise'],
      ['link', '环节 link'],
      ['region', '地区 region'],
    ] as const) {
      if (target!.get(field) === null) {
        throw lianpuError(
          ErrorCode.BAD_USER_INPUT,
          `没有找到${noun} ${input[field]} (unknown ${noun.split(' ')[1]} ${input[field]})`,
          {
            field,
          },
        );
      }
    }
    const scope = {
      enterprise: input.enterprise,
      link: input.link,
      region: input.region,
      chains: (target!.get('chains') as string[]).sort(),
    };
    await requirePermission(ctx, { action: 'followup.edit', regions: [scope.region], chains: scope.chains, tx });
    let leadId = target!.get('openLead') as string | null;
    if (leadId === null) {
      leadId = randomUUID();
      const lead = { id: leadId, status: 'open', openedOn: fields.on, createdAt: now, createdBy: user.username };
      await tx.run('ledger/lead-create', { ...refs, lead });
      await recordChange({
        tx,
        userId: user.id,
        at: now,
        action: 'create',
        entityType: 'Lead',
        entityId: leadId,
        before: null,
        after: {
          status: 'open',
          openedOn: fields.on,
          enterprise: input.enterprise,
          link: input.link,
          region: input.region,
        },
        note,
        scope: auditScope(scope),
      });
    }
    const id = randomUUID();
    const followUp = { people: [], outcome: null, note: null, ...fields, id, createdAt: now, createdBy: user.username };
    await tx.run('ledger/followup-create', { lead: leadId, followUp });
    await recordChange({
      tx,
      userId: user.id,
      at: now,
      action: 'create',
      entityType: 'FollowUp',
      entityId: id,
      before: null,
      after: auditView(fields, leadId),
      note,
      scope: auditScope(scope),
    });
    return { ...followUp, lead: leadId };
  });
}

/** Loads a follow-up and its lead and checks that the user may `action` it. */
async function followUpInScope(ctx: EditContext, tx: CypherTx, id: string) {
  const [record] = await tx.run('ledger/followup-state', { id });
  if (record === undefined) {
    throw lianpuError(ErrorCode.NOT_FOUND, `没有找到跟踪记录 ${id} (no follow-up ${id})`, { entityId: id });
  }
  const scope = await leadScope(tx, record.get('lead') as string);
  await requirePermission(ctx, { action: 'followup.edit', regions: [scope.region], chains: scope.chains, tx });
  return { followUp: record.get('followUp') as Row, scope };
}

export async function updateFollowUp(options: {
  ctx: EditContext;
  id: string;
  input: FollowUpFields;
  note?: string | null;
}): Promise<Row> {
  const { ctx, id } = options;
  const user = requireUser(ctx);
  await requireRole(ctx, 'followup.edit');
  const note = checkNote(options.note);
  const now = ctx.authServices.now();
  const fields = followUpFields(options.input, now);
  return ctx.executor.transaction('WRITE', async (tx) => {
    const { followUp, scope } = await followUpInScope(ctx, tx, id);
    const changed = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(followUp[k] ?? null)),
    );
    if (Object.keys(changed).length > 0) {
      await tx.run('ledger/followup-update', { id, set: changed });
      const before = Object.fromEntries(Object.keys(changed).map((k) => [k, followUp[k] ?? null]));
      await recordChange({
        tx,
        userId: user.id,
        at: now,
        action: 'update',
        entityType: 'FollowUp',
        entityId: id,
        before: auditView(before, String(scope.lead.id)),
        after: auditView(changed, String(scope.lead.id)),
        note,
        scope: auditScope(scope),
      });
    }
    return { ...followUp, ...changed, lead: scope.lead.id };
  });
}

export async function deleteFollowUp(options: { ctx: EditContext; id: string; note?: string | null }): Promise<Row> {
  const { ctx, id } = options;
  const user = requireUser(ctx);
  await requireRole(ctx, 'followup.edit');
  const note = checkNote(options.note);
  return ctx.executor.transaction('WRITE', async (tx) => {
    const { followUp, scope } = await followUpInScope(ctx, tx, id);
    await tx.run('ledger/followup-delete', { id });
    return recordChange({
      tx,
      userId: user.id,
      at: ctx.authServices.now(),
      action: 'delete',
      entityType: 'FollowUp',
      entityId: id,
      before: auditView({ kind: followUp.kind, on: followUp.on }, String(scope.lead.id)),
      after: null,
      note,
      scope: auditScope(scope),
    });
  });
}

/** An open lead in the user's scope, or NOT_FOUND / FORBIDDEN / BAD_USER_INPUT (already closed). */
async function openLead(ctx: EditContext, tx: CypherTx, id: string): Promise<LeadScope> {
  const scope = await leadScope(tx, id);
  await requirePermission(ctx, { action: 'followup.edit', regions: [scope.region], chains: scope.chains, tx });
  if (scope.lead.status !== 'open') {
    throw lianpuError(
      ErrorCode.BAD_USER_INPUT,
      `线索 ${id} 已关闭（${String(scope.lead.status)}），不能再改 (lead ${id} is already ${String(scope.lead.status)})`,
      { field: 'id', status: String(scope.lead.status).toUpperCase() },
    );
  }
  return scope;
}

export async function dropLead(options: { ctx: EditContext; id: string; reason: string; note?: string | null }) {
  const { ctx, id } = options;
  const user = requireUser(ctx);
  await requireRole(ctx, 'followup.edit');
  const note = checkNote(options.note);
  const reason = checkText({ value: options.reason, field: 'reason', max: MAX_TEXT });
  if (reason === null) {
    throw lianpuError(ErrorCode.BAD_USER_INPUT, '放弃线索须说明原因 (dropping a lead needs a reason)', {
      field: 'reason',
    });
  }
  const now = ctx.authServices.now();
  return ctx.executor.transaction('WRITE', async (tx) => {
    const scope = await openLead(ctx, tx, id);
    const set = { status: 'dropped', closedOn: chinaToday(now), dropReason: reason };
    await tx.run('ledger/lead-close', { id, set, project: null });
    await recordChange({
      tx,
      userId: user.id,
      at: now,
      action: 'update',
      entityType: 'Lead',
      entityId: id,
      before: { status: 'open' },
      after: { status: 'dropped', closedOn: set.closedOn, dropReason: '(private)' },
      note,
      scope: auditScope(scope),
    });
    return id;
  });
}

export interface LeadProjectInput {
  id: string;
  name: string;
  region: string;
  signedOn: string;
  investmentYi?: number | null;
  capacity?: number | null;
  unit?: string | null;
  leader?: string | null;
  taskForce?: string[] | null;
  plan?: string | null;
  source?: string | null;
  asOf?: string | null;
}

/**
 * A lead becomes a project: a signed project invested by the lead's firm for the lead's
 * link, built in the lead's region or below it, checked and written like a projects.csv
 * row (the importer's validator and Cypher), the lead won and linked to it; one
 * transaction, with an audit record for each.
 */
export async function convertLead(options: {
  ctx: EditContext;
  id: string;
  project: LeadProjectInput;
  note?: string | null;
}): Promise<string> {
  const { ctx, id, project } = options;
  const user = requireUser(ctx);
  await requireRole(ctx, 'followup.edit');
  await requireRole(ctx, 'project.edit');
  const note = checkNote(options.note);
  const now = ctx.authServices.now();
  const signedOn = checkDay({ value: project.signedOn, field: 'signedOn', now });
  return ctx.executor.transaction('WRITE', async (tx) => {
    const scope = await openLead(ctx, tx, id);
    const [within] = await tx.run('ledger/region-within', { code: project.region, within: scope.region });
    if (within?.get('within') !== true) {
      throw lianpuError(
        ErrorCode.BAD_USER_INPUT,
        `项目地区 ${project.region} 须为线索的地区 ${scope.region} 或其下级 (the project's region ${project.region} must be the lead's region ${scope.region} or below it)`,
        { field: 'region' },
      );
    }
    await requirePermission(ctx, { action: 'project.edit', regions: [project.region], chains: scope.chains, tx });
    const [existing] = await tx.run('edit/current-projects', { id: project.id });
    if (existing !== undefined) {
      throw lianpuError(ErrorCode.CONFLICT, `Project ${project.id} 已存在 (Project ${project.id} already exists)`, {
        entityType: 'Project',
        entityId: project.id,
      });
    }
    const input = {
      ...project,
      enterprise: scope.enterprise,
      link: scope.link,
      status: 'signed',
      signedOn,
    };
    const row = await validateRow({
      tx,
      table: 'projects',
      cells: mergeCells({ table: 'projects', base: null, input }),
    });
    await tx.run('import/projects', { rows: [toParameters('projects', { at: { file: 'input' }, values: row })] });
    const set = { status: 'won', closedOn: chinaToday(now) };
    await tx.run('ledger/lead-close', { id, set, project: project.id });
    const diff = diffRows({ table: 'projects', before: null, after: row });
    await recordChange({
      tx,
      userId: user.id,
      at: now,
      action: 'create',
      entityType: 'Project',
      entityId: project.id,
      before: null,
      after: diff.after,
      note,
      scope: { ...auditScope(scope, [project.id]), regions: [...new Set([scope.region, project.region])].sort() },
    });
    await recordChange({
      tx,
      userId: user.id,
      at: now,
      action: 'update',
      entityType: 'Lead',
      entityId: id,
      before: { status: 'open' },
      after: { ...set, project: project.id },
      note,
      scope: auditScope(scope, [project.id]),
    });
    return id;
  });
}

/** One lead, after checking that the user may read it. */
export async function readLead(ctx: EditContext, id: string): Promise<Row | null> {
  const [record] = await ctx.executor.read('ledger/lead', { id });
  if (record === undefined) {
    requireUser(ctx);
    return null;
  }
  const lead = record.get('lead') as Row;
  await requirePermission(ctx, {
    action: 'followup.read',
    regions: [String((lead.region as Row).code)],
    chains: (lead.chains as string[]) ?? [],
  });
  return lead;
}

/** A page of leads of a region (and below); the user must be allowed to read follow-ups there (and the chain). */
export async function listLeads(options: {
  ctx: EditContext;
  region: string;
  chain: string | null;
  status: string | null;
  first: number;
  after: string | null;
}): Promise<{ leads: Row[]; hasNextPage: boolean; endCursor: string | null }> {
  const { ctx, region, chain, status, first, after } = options;
  await requirePermission(ctx, { action: 'followup.read', regions: [region], chains: chain === null ? [] : [chain] });
  const cursor = parseCursor(after);
  const records = await ctx.executor.read('ledger/leads', {
    region,
    chain,
    status,
    afterAt: cursor?.at ?? null,
    afterId: cursor?.id ?? null,
    first: int(first + 1),
  });
  const ids = records.map((r) => r.get('id') as string);
  const page = ids.slice(0, first);
  const leads: Row[] = [];
  for (const id of page) {
    const [record] = await ctx.executor.read('ledger/lead', { id });
    if (record !== undefined) leads.push(record.get('lead') as Row);
  }
  const last = leads[leads.length - 1];
  return {
    leads,
    hasNextPage: ids.length > first,
    endCursor: last === undefined ? null : `${Number(last.createdAt)}:${String(last.id)}`,
  };
}

function parseCursor(after: string | null): { at: number; id: string } | null {
  if (after === null) return null;
  const match = /^(\d+):(.+)$/.exec(after);
  if (match === null) {
    throw lianpuError(ErrorCode.BAD_USER_INPUT, `after 游标无效 (invalid cursor after: "${after}")`, {
      argumentName: 'after',
    });
  }
  return { at: Number(match[1]), id: match[2]! };
}

/** The follow-ups of a lead the caller already read through readLead or listLeads. */
export async function leadFollowUps(ctx: EditContext, leadId: string, first: number): Promise<Row[]> {
  const records = await ctx.executor.read('ledger/lead-followups', { id: leadId, first: int(first) });
  return records.map((r) => r.get('followUp') as Row);
}
