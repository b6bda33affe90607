import { ErrorCode, lianpuError } from './errors.js';

/**
 * Checks a list argument `first` against the server's cap. Asking for more than the cap
 * is an error rather than a silent truncation, so a client never mistakes a capped list
 * for a complete one.
 */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw lianpuError(
      ErrorCode.BAD_USER_INPUT,
      `first 必须在 0 到 ${max} 之间 (first must be between 0 and ${max}), got ${value}`,
      {
        argumentName: 'first',
      },
    );
  }
  return value;
}
