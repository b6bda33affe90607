import { ErrorCode } from '../graphql/errors.js';

/** The HTTP status of a failed REST request (the downloads under /export), by error code. */
export function httpStatusOf(code: unknown): number {
  const statuses: Partial<Record<string, number>> = {
    [ErrorCode.BAD_USER_INPUT]: 400,
    [ErrorCode.UNAUTHENTICATED]: 401,
    [ErrorCode.FORBIDDEN]: 403,
    [ErrorCode.NOT_FOUND]: 404,
    [ErrorCode.RATE_LIMITED]: 429,
    [ErrorCode.DATABASE_UNAVAILABLE]: 503,
    [ErrorCode.DATABASE_TIMEOUT]: 504,
  };
  return (typeof code === 'string' ? statuses[code] : undefined) ?? 500;
}
