import { GraphQLError } from 'graphql';

/** Codes on `GraphQLError.extensions.code`; the client switches on these, never on messages. */
export enum ErrorCode {
  /** The request is malformed or asks for more than the limits allow. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The thing asked for does not exist. */
  NOT_FOUND = 'NOT_FOUND',
  /** Neo4j cannot be reached or is not available right now; retrying later may work. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** The query took longer than the configured transaction timeout. */
  DATABASE_TIMEOUT = 'DATABASE_TIMEOUT',
  /** A write conflicted with the data (e.g. a uniqueness constraint). */
  CONFLICT = 'CONFLICT',
  /**
   * No valid session: not logged in, or the token expired, was revoked or its user was
   * disabled. Logging in (again) helps. A failed login answers this too, with the same
   * message for an unknown username and a wrong password.
   */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /**
   * Logged in, but the role or the account's regions or chains do not allow this; the
   * message says what was refused and why. Logging in again does not help.
   */
  FORBIDDEN = 'FORBIDDEN',
  /**
   * Too many login attempts or writes in the window; `extensions.retryAfter` (seconds) and
   * the Retry-After header say when to try again. Sent with HTTP 429.
   */
  RATE_LIMITED = 'RATE_LIMITED',
  /**
   * The operation is over one of the GraphQL limits (depth, aliases, root fields,
   * directives, estimated cost, tokens, length); `extensions.limit`, `max` and `actual`
   * say which and by how much. Sent with HTTP 400.
   */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The request body is larger than LIANPU_MAX_BODY_KB; `extensions.maxBytes` says the limit. Sent with HTTP 413. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /**
   * The HTTP request is not a GraphQL request: bad JSON, a batch (array) body, a
   * mutation over GET, a missing query (Apollo's own code for these, kept as is).
   */
  BAD_REQUEST = 'BAD_REQUEST',
  /** Anything else: logged on the server, reported without internals. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * A typed error for clients. `cause` (e.g. the Neo4j error) stays on the server: it is
 * logged for internal errors and never serialised to the client.
 */
export function lianpuError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, cause?: Error) {
  return new GraphQLError(message, { extensions: { code, ...extra }, ...(cause ? { originalError: cause } : {}) });
}
