import { RateLimiter } from './rate-limit';

function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter (sliding window, fake clock)', () => {
  it('allows `limit` hits per key, then refuses with the time until the oldest leaves the window', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, now: clock.now });
    expect(limiter.hit('ip:1')).toEqual({ allowed: true, remaining: 2 });
    clock.advance(10_000);
    expect(limiter.hit('ip:1')).toEqual({ allowed: true, remaining: 1 });
    clock.advance(10_000);
    expect(limiter.hit('ip:1')).toEqual({ allowed: true, remaining: 0 });
    clock.advance(5_000);
    expect(limiter.hit('ip:1')).toEqual({ allowed: false, retryAfterMs: 35_000 });
    // Other keys are counted apart.
    expect(limiter.hit('ip:2').allowed).toBe(true);
  });

  it('slides: the first hit leaving the window frees one place, not all of them', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 1_000, now: clock.now });
    limiter.hit('k');
    clock.advance(600);
    limiter.hit('k');
    clock.advance(399);
    expect(limiter.hit('k')).toEqual({ allowed: false, retryAfterMs: 1 });
    clock.advance(1);
    expect(limiter.hit('k')).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.hit('k')).toEqual({ allowed: false, retryAfterMs: 600 });
  });

  it('does not count refused hits, so a client that keeps trying is not locked out for longer', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 1_000, now: clock.now });
    limiter.hit('k');
    for (let i = 0; i < 10; i++) {
      clock.advance(50);
      expect(limiter.hit('k').allowed).toBe(false);
    }
    clock.advance(500);
    expect(limiter.hit('k').allowed).toBe(true);
  });

  it('forgets a key on reset', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 1_000, now: fakeClock().now });
    limiter.hit('user:li');
    expect(limiter.hit('user:li').allowed).toBe(false);
    limiter.reset('user:li');
    expect(limiter.hit('user:li').allowed).toBe(true);
  });

  it('keeps at most maxKeys keys, sweeping expired ones first', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 5, windowMs: 1_000, now: clock.now, maxKeys: 3 });
    limiter.hit('old');
    clock.advance(2_000);
    limiter.hit('a');
    limiter.hit('b');
    limiter.hit('c');
    expect(limiter.size).toBe(3);
    limiter.hit('d');
    expect(limiter.size).toBe(3);
    // 'old' had expired and went first; then the earliest live key made room.
    expect(limiter.hit('d')).toEqual({ allowed: true, remaining: 3 });
  });
});
