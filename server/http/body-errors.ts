import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../graphql/errors.js';
import { sendGraphQLError } from './graphql-error-response.js';

/**
 * Turns body-parser's failures on /graphql into GraphQL error bodies instead of Express's
 * HTML page: 413 for a body over the limit (saying the limit), 400 for broken JSON,
 * 415 for an encoding we do not read. Anything else goes on to the default handler.
 */
export function bodyErrors(options: {
  /** The configured limit, named in the 413 message. */
  maxBodyBytes: number;
}): ErrorRequestHandler {
  const kb = Math.round(options.maxBodyBytes / 1024);
  return (error: unknown, req, res, next) => {
    const type = (error as { type?: unknown } | null)?.type;
    if (type === 'entity.too.large') {
      sendGraphQLError({
        req,
        res,
        status: 413,
        message: `请求体过大，上限 ${kb} KB (request body too large; the limit is ${kb} KB)`,
        extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, maxBytes: options.maxBodyBytes },
      });
      return;
    }
    if (type === 'entity.parse.failed') {
      sendGraphQLError({
        req,
        res,
        status: 400,
        message: '请求体不是有效的 JSON (the request body is not valid JSON)',
        extensions: { code: ErrorCode.BAD_REQUEST },
      });
      return;
    }
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      sendGraphQLError({
        req,
        res,
        status: 415,
        message: '不支持的请求编码 (unsupported request encoding or charset)',
        extensions: { code: ErrorCode.BAD_REQUEST },
      });
      return;
    }
    next(error);
  };
}
