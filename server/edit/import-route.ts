import express, { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { rateLimited, requirePermission, requireUser } from '../auth/guards.js';
import type { Context } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';
import { formatProblem, DEFAULT_PROBLEM_LIMIT } from '../import/problems.js';
import { MAX_NOTE_LENGTH } from './audit.js';
import { checkUpload, writeUpload, type UploadFormat } from './import-upload.js';
import { mayImport, type RefusedRow } from './import-scope.js';
import type { UserRecord } from '../auth/users.js';
import { requireLedgerImport } from './ledger-import.js';
import { httpStatusOf } from '../http/error-status.js';

const FORMATS: Readonly<Record<string, UploadFormat>> = {
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  'application/json': 'json',
};

/**
 * POST /import: a dataset as the raw request body (`Content-Type: application/zip` for a
 * zip of CSV files, `application/json` for one JSON file; docs/editing.md), optional
 * `?note=` for the audit record. Administrators import anything; recruiters and chain
 * leaders datasets whose every row they could also change by a mutation (their regions,
 * their chains; regions and chains tables never). Everything is checked before anything
 * is committed:
 * - problems: HTTP 422 with every problem (file, line or table and row, column, message);
 * - rows outside the importer's scope: HTTP 403 listing each (judged in the write
 *   transaction, which is then rolled back);
 * - otherwise HTTP 200 and an NDJSON stream: `{"type":"validated"}`, a `progress` line per
 *   batch written (table, done, total; inside the one still uncommitted transaction), then
 *   `done` with the rows per table and the audit record's id once committed, or `error`.
 */
export function importRoutes(options: {
  context: (http: { req: Request; res: Response }) => Promise<Context>;
  /** Largest body accepted (LIANPU_IMPORT_MAX_MB). */
  maxBytes: number;
}): Router {
  const router = Router();
  const raw = express.raw({ type: Object.keys(FORMATS), limit: options.maxBytes });
  // Who asks is settled before the body is read, so a refused upload costs no memory.
  const gate = async (req: Request, res: Response, next: (error?: unknown) => void) => {
    try {
      const ctx = await options.context({ req, res });
      // Who may import at all is settled here; which rows they may import, row by row in the write.
      const user = requireUser(ctx);
      if (!mayImport(user)) await requirePermission(ctx, { action: 'firm.edit' });
      const hit = ctx.authServices.writes.hit(`user:${user.id}`);
      if (!hit.allowed) throw rateLimited({ retryAfterMs: hit.retryAfterMs, what: { zh: '修改', en: 'changes' } });
      res.locals.ctx = ctx;
      res.locals.user = user;
      next();
    } catch (error) {
      sendError(res, error);
    }
  };
  router.post('/', gate, raw, async (req, res) => {
    let streaming = false;
    try {
      const ctx = res.locals.ctx as Context;
      const user = res.locals.user as UserRecord;
      const format = FORMATS[(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()];
      if (format === undefined || !Buffer.isBuffer(req.body)) {
        res.status(415).json({
          error: {
            code: ErrorCode.BAD_USER_INPUT,
            message:
              '请以 application/zip 或 application/json 上传数据集 (send the dataset as application/zip or application/json)',
          },
        });
        return;
      }
      const note = typeof req.query.note === 'string' ? req.query.note.trim().slice(0, MAX_NOTE_LENGTH) || null : null;
      const checked = await checkUpload({
        executor: ctx.executor,
        format,
        bytes: new Uint8Array(req.body),
        // The ledger's private tables: administrators only, whoever else may import (ledger-import.ts).
        allowTables: (tables) => requireLedgerImport({ ctx, tables }),
      });
      if (!checked.ok) {
        res.status(422).json({
          error: {
            code: ErrorCode.BAD_USER_INPUT,
            message: `数据集有 ${checked.problems.length} 个问题，未写入任何数据 (the dataset has ${checked.problems.length} problems; nothing was written)`,
          },
          total: checked.problems.length,
          problems: checked.problems.slice(0, DEFAULT_PROBLEM_LIMIT).map((p) => ({ ...p, text: formatProblem(p) })),
        });
        return;
      }
      const line = (value: unknown) => res.write(`${JSON.stringify(value)}\n`);
      const change = await writeUpload({
        executor: ctx.executor,
        records: checked.records,
        rows: checked.rows,
        user,
        at: ctx.authServices.now(),
        note,
        // The answer's status is chosen only now: until the rows are known to be in scope it may still be 403.
        onAllowed: () => {
          streaming = true;
          res.status(200).type('application/x-ndjson; charset=utf-8');
          line({ type: 'validated', rows: checked.rows });
        },
        onProgress: (p) => line({ type: 'progress', ...p }),
      });
      line({ type: 'done', rows: checked.rows, change });
      res.end();
    } catch (error) {
      if (!streaming) return sendError(res, error);
      const { code, message } = describe(error);
      res.end(`${JSON.stringify({ type: 'error', code, message })}\n`);
    }
  });
  // express.raw's own refusals (a body over the limit) as the same JSON shape.
  router.use((error: { status?: number; type?: string }, _req: Request, res: Response, next: (e: unknown) => void) => {
    if (error.type !== 'entity.too.large') return next(error);
    res.status(413).json({
      error: {
        code: ErrorCode.BAD_USER_INPUT,
        message: `数据集超过上限 ${Math.round(options.maxBytes / 1048576)} MB (the dataset is larger than ${Math.round(options.maxBytes / 1048576)} MB)`,
      },
    });
  });
  return router;
}

function describe(error: unknown): { code: string; status: number; message: string } {
  const code = error instanceof GraphQLError ? String(error.extensions.code) : ErrorCode.INTERNAL_SERVER_ERROR;
  const status = httpStatusOf(code);
  if (status === 500) console.error('import failed:', error);
  return { code, status, message: status === 500 ? '服务器内部错误 Internal server error.' : (error as Error).message };
}

function sendError(res: Response, error: unknown): void {
  const { code, status, message } = describe(error);
  if (error instanceof GraphQLError && typeof error.extensions.retryAfter === 'number') {
    res.set('Retry-After', String(error.extensions.retryAfter));
  }
  const refused = error instanceof GraphQLError ? (error.extensions.refused as RefusedRow[] | undefined) : undefined;
  if (refused !== undefined) {
    // Like the 422 of a dataset with problems: the total, and the rows to fix (at most the same number).
    res
      .status(status)
      .json({ error: { code, message }, total: refused.length, refused: refused.slice(0, DEFAULT_PROBLEM_LIMIT) });
    return;
  }
  res.status(status).json({ error: { code, message } });
}
