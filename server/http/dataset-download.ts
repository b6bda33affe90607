import type { Request, Response } from 'express';
import type { Executor } from '../db/executor.js';
import { streamOutput } from '../export/byte-output.js';
import { DEFAULT_EXPORT_TIMEOUT_MS, exportTables } from '../export/dataset-export.js';
import { jsonSink } from '../export/json-sink.js';
import { resolveScope, UnknownScopeError } from '../export/resolve-scope.js';
import { scopeFrom, type ExportScope } from '../export/scope.js';
import { zipSink } from '../export/zip-sink.js';
import { ErrorCode } from '../graphql/errors.js';
import { httpStatusOf } from './error-status.js';

/** What a request may download. */
export interface DownloadAccess {
  /** The process's executor; each page of the export is one read transaction. */
  executor: Pick<Executor, 'transaction'>;
  /** Whether the ledger's private tables go too: only for those who may read follow-ups everywhere. */
  ledger: boolean;
}

export interface DatasetDownloadOptions {
  /**
   * The request's access, after its read access is checked (it throws UNAUTHENTICATED
   * when reads need a login).
   */
  access: (req: Request, res: Response) => Promise<DownloadAccess>;
}

const FORMATS = ['zip', 'json'] as const;
type DownloadFormat = (typeof FORMATS)[number];

/**
 * GET /export/dataset?format=zip|json[&chain=<id>|&region=<code>]: the knowledge base (or
 * one chain, or one region) in the interchange format, streamed as it is read. Everything
 * that can be refused is checked before the first byte, so a bad request gets a 400 with
 * a message; a failure after that can only cut the download short, which leaves an
 * unreadable zip or JSON rather than a dataset silently missing rows.
 */
export function datasetDownload(options: DatasetDownloadOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const format = req.query.format ?? 'zip';
    if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) {
      return refuse(res, `未知格式 unknown format ${JSON.stringify(format)}: use format=zip or format=json`);
    }
    const chain = single(req, 'chain');
    const region = single(req, 'region');
    if (chain === null || region === null) {
      return refuse(res, '每个参数只能给一次 give chain and region at most once each');
    }
    const scope = scopeFrom({ chain, region });
    if ('error' in scope) return refuse(res, scope.error);

    let executor: Pick<Executor, 'transaction'>;
    let parameters;
    try {
      const access = await options.access(req, res);
      executor = access.executor;
      parameters = await resolveScope({ executor, scope, ledger: access.ledger, timeoutMs: DEFAULT_EXPORT_TIMEOUT_MS });
    } catch (error) {
      if (error instanceof UnknownScopeError) return refuse(res, error.message);
      return fail(res, error);
    }

    const mtime = new Date();
    res
      .status(200)
      .type(format === 'zip' ? 'application/zip' : 'application/json; charset=utf-8')
      .set(
        'Content-Disposition',
        `attachment; filename="${downloadName({ scope, format: format as DownloadFormat, date: mtime })}"`,
      );
    const output = streamOutput(res);
    const sink = format === 'zip' ? zipSink({ output, mtime }) : jsonSink(output);
    try {
      await exportTables({ executor, parameters, sink });
    } catch (error) {
      // The status is sent: all that is left is to cut the download short.
      if (!res.destroyed) console.error('dataset export failed:', error);
      res.destroy();
    }
  };
}

/** `lianpu-chain-aluminium-2026-11-23.zip`; ids and codes are letters, digits, - and _ only. */
export function downloadName(args: { scope: ExportScope; format: DownloadFormat; date: Date }): string {
  const { scope, format, date } = args;
  const what =
    scope.kind === 'chain' ? `chain-${scope.chain}` : scope.kind === 'region' ? `region-${scope.region}` : 'all';
  return `lianpu-${what}-${date.toISOString().slice(0, 10)}.${format}`;
}

/** A query parameter given at most once: its value, undefined when absent, null when repeated. */
function single(req: Request, name: string): string | undefined | null {
  const value = req.query[name];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : null;
}

function refuse(res: Response, message: string): void {
  res.status(400).json({ error: { code: ErrorCode.BAD_USER_INPUT, message } });
}

function fail(res: Response, error: unknown): void {
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  const status = httpStatusOf(code);
  if (status === 500) console.error('dataset export failed:', error);
  res.status(status).json({
    error: {
      code: typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR,
      message: status === 500 ? '服务器内部错误 Internal server error.' : (error as Error).message,
    },
  });
}
