/** The browser's session cookie: HttpOnly (page scripts cannot read it), SameSite=Strict (never sent by other sites' pages). */
export const SESSION_COOKIE = 'lianpu_session';

/** One cookie's value from a Cookie header, or null. Values we set are base64url, so no decoding is needed. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The bearer token of an Authorization header, or null. */
export function readBearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}
