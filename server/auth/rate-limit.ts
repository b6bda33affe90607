/**
 * An in-memory sliding-window limiter: at most `limit` hits per key in any `windowMs`.
 * It keeps the time of each counted hit (at most `limit` per key), so the window really
 * slides instead of resetting on the minute. It lives in one process: behind several app
 * servers each would count on its own, and a shared store (Redis, or a node in Neo4j)
 * would be needed for one limit across them (docs/security.md).
 */
export interface RateLimiterOptions {
  /** Hits allowed per key in any window. */
  limit: number;
  /** Window length in ms. */
  windowMs: number;
  /** The clock, epoch ms; tests pass a fake one. */
  now?: () => number;
  /**
   * Keys remembered at most (default 100,000), so a flood of distinct usernames cannot
   * grow memory without bound; past it, expired keys are swept, then the oldest dropped.
   */
  maxKeys?: number;
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterMs: number };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? 100_000;
  }

  /** Counts a hit for `key` if the window has room; a refused hit is not counted, so waiting always helps. */
  hit(key: string): RateDecision {
    const now = this.now();
    const times = this.recent(key, now);
    if (times.length >= this.options.limit) {
      return { allowed: false, retryAfterMs: Math.max(1, times[0]! + this.options.windowMs - now) };
    }
    times.push(now);
    if (!this.hits.has(key)) {
      this.makeRoom(now);
      this.hits.set(key, times);
    }
    return { allowed: true, remaining: this.options.limit - times.length };
  }

  /** Forgets `key`'s hits (a successful login clears that username's failures). */
  reset(key: string): void {
    this.hits.delete(key);
  }

  /** Keys currently remembered. */
  get size(): number {
    return this.hits.size;
  }

  private recent(key: string, now: number): number[] {
    const times = this.hits.get(key) ?? [];
    const since = now - this.options.windowMs;
    let drop = 0;
    while (drop < times.length && times[drop]! <= since) drop++;
    if (drop > 0) times.splice(0, drop);
    return times;
  }

  private makeRoom(now: number): void {
    if (this.hits.size < this.maxKeys) return;
    const since = now - this.options.windowMs;
    for (const [key, times] of this.hits) {
      if (times.length === 0 || times[times.length - 1]! <= since) this.hits.delete(key);
    }
    // Still full: drop the keys added first (Map keeps insertion order).
    for (const key of this.hits.keys()) {
      if (this.hits.size < this.maxKeys) break;
      this.hits.delete(key);
    }
  }
}
