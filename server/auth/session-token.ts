import { createHash, randomBytes } from 'node:crypto';

/**
 * Session tokens are opaque random strings; only their SHA-256 is stored. A token has 256
 * random bits, so a fast hash is enough (no guessing to slow down), and a copy of the
 * database holds nothing that opens a session.
 */
const TOKEN_BYTES = 32;
/** base64url of 32 bytes, unpadded. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface NewSession {
  /** Given to the client once, never stored. */
  token: string;
  /** What the database keeps and looks sessions up by. */
  tokenHash: string;
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms; the session is refused from this instant on. */
  expiresAt: number;
}

export interface NewSessionOptions {
  /** The current time in epoch ms (injected so expiry can be tested without waiting). */
  now: number;
  /** How long the session lasts. */
  lifetimeMs: number;
}

export function newSession(options: NewSessionOptions): NewSession {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, tokenHash: hashToken(token), createdAt: options.now, expiresAt: options.now + options.lifetimeMs };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Rejects garbage before it costs a database round trip. */
export function looksLikeToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

export type SessionState = 'active' | 'expired' | 'disabled';

export interface SessionStateOptions {
  /** The stored session's expiry, epoch ms. */
  expiresAt: number;
  /** Whether its user is disabled. */
  disabled: boolean;
  /** The current time, epoch ms. */
  now: number;
}

/** Whether a stored session still opens the account. */
export function sessionState(options: SessionStateOptions): SessionState {
  if (options.disabled) return 'disabled';
  return options.now < options.expiresAt ? 'active' : 'expired';
}
