import type { RequestHandler } from 'express';

export interface CorsOptions {
  /** Exact origins allowed (lower case); empty: same origin only, no CORS headers at all. */
  origins: readonly string[];
}

/** Headers a cross-origin client may send: JSON bodies, bearer tokens, Apollo's CSRF header. */
const ALLOWED_HEADERS = 'content-type, authorization, accept, apollo-require-preflight, x-apollo-operation-name';

/**
 * CORS for an allow-list, not for everyone: a listed origin gets its own origin back
 * (never `*`), with credentials, since the session cookie is SameSite=Strict and bearer
 * tokens are sent by the caller. An unlisted origin gets no CORS headers, so the browser
 * keeps the answer from its page; its preflight gets 403, so a write never even starts.
 * Same-origin requests (the front end) need none of this.
 */
export function cors(options: CorsOptions): RequestHandler {
  const allowed = new Set(options.origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    res.vary('Origin');
    const listed = typeof origin === 'string' && allowed.has(origin.toLowerCase());
    if (listed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    }
    if (req.method === 'OPTIONS' && typeof req.headers['access-control-request-method'] === 'string') {
      if (!listed) {
        res.status(403).end();
        return;
      }
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
