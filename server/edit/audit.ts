import { randomUUID } from 'node:crypto';
import type { CypherTx } from '../db/executor.js';
import type { Row } from '../db/rows.js';
import { loadTargetRegions } from '../auth/region-scope.js';
import type { EditScope } from './scope.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';

export type ChangeAction = 'create' | 'update' | 'delete' | 'import';

/** The longest note kept with a change. */
export const MAX_NOTE_LENGTH = 2000;

/** The "why" of a change (every edit and ledger mutation): trimmed, empty = none, bounded. */
export function checkNote(note: string | null | undefined): string | null {
  const text = note?.trim() ?? '';
  if (text === '') return null;
  if ([...text].length > MAX_NOTE_LENGTH) {
    throw lianpuError(
      ErrorCode.BAD_USER_INPUT,
      `说明过长，最多 ${MAX_NOTE_LENGTH} 字 (the note is longer than ${MAX_NOTE_LENGTH} characters)`,
      { field: 'note' },
    );
  }
  return text;
}

export interface RecordChangeOptions {
  /** The write transaction of the change itself: the record commits with it or not at all. */
  tx: CypherTx;
  /** Who made the change. */
  userId: string;
  /** Epoch milliseconds. */
  at: number;
  action: ChangeAction;
  entityType: string;
  entityId: string;
  /** Changed properties before and after (null for a create's before and a delete's after). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Why, in the editor's words. */
  note: string | null;
  /** Where the change lies and what it is about. */
  scope: EditScope;
}

/**
 * Writes one audit record (`Change`, docs/editing.md). It also keeps the touched regions'
 * lineage (each region and every region above it), so a recruiter's trail is a list
 * membership test instead of a walk down the region tree per record.
 */
export async function recordChange(options: RecordChangeOptions): Promise<Row> {
  const { tx, scope } = options;
  const lineage = await loadTargetRegions({ run: tx.run, codes: scope.regions });
  const change = {
    id: randomUUID(),
    at: options.at,
    action: options.action,
    entityType: options.entityType,
    entityId: options.entityId,
    before: options.before === null ? null : JSON.stringify(options.before),
    after: options.after === null ? null : JSON.stringify(options.after),
    note: options.note,
    userId: options.userId,
    regions: scope.regions,
    regionLineage: [...new Set(lineage.flatMap((r) => (r.lineage.length > 0 ? r.lineage : [r.code])))],
    chains: scope.chains,
    enterprises: scope.enterprises,
    links: scope.links,
    projects: scope.projects,
  };
  const [record] = await tx.run('edit/change-create', { change });
  if (record === undefined) throw new Error(`no user ${options.userId} to record the change against`);
  return record.get('change') as Row;
}
