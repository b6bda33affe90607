import type { RequestHandler } from 'express';

/**
 * What the built front end needs, and nothing more: its own script (no inline script, no
 * eval), its stylesheet plus inline style, because Cytoscape injects a <style> element
 * and the map does not draw without it (test/security-headers.int.test.ts saw that; inline
 * style cannot run code), images from data: and blob: (the favicon and the PNG/SVG
 * exports), API calls to its own origin. `frame-ancestors 'none'` and
 * X-Frame-Options keep other sites from framing the map (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface SecurityHeadersOptions {
  /** Send Strict-Transport-Security (only behind TLS: browsers remember it for a year). */
  hsts: boolean;
  /**
   * Paths that keep their own page policy: Apollo's landing page at /graphql loads its
   * sandbox from Apollo's CDN, which the front end's policy would block. Its JSON
   * answers still get every other header.
   */
  cspExemptPaths: readonly string[];
}

/** The usual hardening headers on every answer (helmet's defaults that matter here, without the package). */
export function securityHeaders(options: SecurityHeadersOptions): RequestHandler {
  return (req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('X-Permitted-Cross-Domain-Policies', 'none');
    if (!options.cspExemptPaths.includes(req.path)) res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    if (options.hsts) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
