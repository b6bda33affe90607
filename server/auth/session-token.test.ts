import { hashToken, looksLikeToken, newSession, sessionState } from './session-token';

describe('session tokens', () => {
  it('are random, 256-bit, and only their SHA-256 is meant for storage', () => {
    const a = newSession({ now: 1_000, lifetimeMs: 60_000 });
    const b = newSession({ now: 1_000, lifetimeMs: 60_000 });
    expect(a.token).not.toBe(b.token);
    expect(looksLikeToken(a.token)).toBe(true);
    expect(a.tokenHash).toBe(hashToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token);
  });

  it('rejects anything that is not a token before any lookup', () => {
    expect(looksLikeToken('')).toBe(false);
    expect(looksLikeToken('short')).toBe(false);
    expect(looksLikeToken(`${'a'.repeat(42)}=`)).toBe(false);
    expect(looksLikeToken(`${'a'.repeat(42)}'`)).toBe(false);
  });
});

describe('session expiry with an injected clock', () => {
  const created = Date.UTC(2026, 0, 1, 8, 0, 0);
  const session = newSession({ now: created, lifetimeMs: 12 * 3_600_000 });

  it('expires exactly one lifetime after login', () => {
    expect(session.expiresAt - session.createdAt).toBe(12 * 3_600_000);
    expect(sessionState({ expiresAt: session.expiresAt, disabled: false, now: created })).toBe('active');
    expect(sessionState({ expiresAt: session.expiresAt, disabled: false, now: session.expiresAt - 1 })).toBe('active');
    expect(sessionState({ expiresAt: session.expiresAt, disabled: false, now: session.expiresAt })).toBe('expired');
    expect(sessionState({ expiresAt: session.expiresAt, disabled: false, now: session.expiresAt + 86_400_000 })).toBe(
      'expired',
    );
  });

  it('ends at once when the user is disabled', () => {
    expect(sessionState({ expiresAt: session.expiresAt, disabled: true, now: created })).toBe('disabled');
  });
});
