import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Executor } from '../db/executor.js';
import { ErrorCode } from '../graphql/errors.js';
import { SESSION_COOKIE, readBearer, readCookie } from './cookies.js';
import type { AuthServices } from './services.js';
import { lookupSession } from './sessions.js';
import type { UserRecord } from './users.js';

/** Sets or clears the browser's session cookie on the current response. */
export interface SessionCookies {
  set(token: string, expiresAt: number): void;
  clear(): void;
}

/** Who is asking, as every resolver sees it (`ctx.auth`). */
export interface RequestAuth {
  /** The signed-in user, null when anonymous. */
  user: UserRecord | null;
  /** Why a token that was sent opened nothing; lets the error say "log in again" rather than "log in". */
  problem: 'expired' | 'invalid' | null;
  /** The hash of the session's token (logout ends exactly this session). */
  tokenHash: string | null;
  /** The client's address, for the login rate limit. */
  ip: string;
  cookies: SessionCookies;
}

const byRequest = new WeakMap<Request, RequestAuth>();

function cookiesFor(req: Request, res: Response, services: AuthServices): SessionCookies {
  const secure = req.secure || services.config.secureCookie;
  return {
    set: (token, expiresAt) =>
      res.cookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure,
        path: '/',
        maxAge: Math.max(0, expiresAt - services.now()),
      }),
    clear: () => res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' }),
  };
}

/**
 * Express middleware for /graphql and /export: finds the session from an
 * `Authorization: Bearer <token>` header (API clients) or the HttpOnly session cookie
 * (the browser); the header wins when both are sent. An unknown or expired token does
 * not fail the request: it runs anonymously, with `problem` saying why, so open reads
 * keep working and anything needing a login says "log in again".
 */
export function authenticate(options: { executor: Executor; services: AuthServices }): RequestHandler {
  const { executor, services } = options;
  return async (req: Request, res: Response, next: NextFunction) => {
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const cookies = cookiesFor(req, res, services);
    const token = readBearer(req.headers.authorization) ?? readCookie(req.headers.cookie, SESSION_COOKIE);
    if (token === null) {
      byRequest.set(req, { user: null, problem: null, tokenHash: null, ip, cookies });
      next();
      return;
    }
    try {
      const found = await lookupSession({ executor, token, now: services.now() });
      byRequest.set(req, { ...found, ip, cookies });
      next();
    } catch (error) {
      // Answer like GraphQL would: the executor has typed database trouble; anything else stays on the server.
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      const unavailable = code === ErrorCode.DATABASE_UNAVAILABLE || code === ErrorCode.DATABASE_TIMEOUT;
      if (!unavailable) console.error('session lookup failed:', error);
      res.status(unavailable ? 503 : 500).json({
        errors: [
          unavailable
            ? { message: (error as GraphQLError).message, extensions: { code } }
            : {
                message: '服务器内部错误 Internal server error.',
                extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
              },
        ],
      });
    }
  };
}

/** The request's authentication; anonymous when `authenticate` did not run (fails closed). */
export function requestAuth(req: Request, res: Response, services: AuthServices): RequestAuth {
  return (
    byRequest.get(req) ?? {
      user: null,
      problem: null,
      tokenHash: null,
      ip: req.ip ?? 'unknown',
      cookies: cookiesFor(req, res, services),
    }
  );
}
