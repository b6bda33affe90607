import type { AuthConfig } from '../config/config.js';
import { DEFAULT_COST, type ScryptCost } from './password.js';
import { RateLimiter } from './rate-limit.js';

/** The per-process parts of authentication: the configuration, the clock and the limiters. */
export interface AuthServices {
  config: AuthConfig;
  /** Epoch ms; injected so expiry can be tested. */
  now: () => number;
  /** scrypt cost for new password hashes. */
  cost: ScryptCost;
  /** Login attempts per client address. */
  loginByIp: RateLimiter;
  /** Failed login (and password change) attempts per username; cleared by a success. */
  loginByUsername: RateLimiter;
  /** Mutations per signed-in user. */
  writes: RateLimiter;
  /** Sessions kept per account; a login beyond it ends the oldest. */
  maxSessionsPerUser: number;
}

export interface AuthServicesOptions {
  /** `config.auth`. */
  config: AuthConfig;
  /** The clock (default Date.now). */
  now?: () => number;
  /** scrypt cost (default DEFAULT_COST). */
  cost?: ScryptCost;
}

export function createAuthServices(options: AuthServicesOptions): AuthServices {
  const { config } = options;
  const now = options.now ?? Date.now;
  const login = config.loginRateLimit;
  return {
    config,
    now,
    cost: options.cost ?? DEFAULT_COST,
    loginByIp: new RateLimiter({ limit: login.perIp, windowMs: login.windowMs, now }),
    loginByUsername: new RateLimiter({ limit: login.perUsername, windowMs: login.windowMs, now }),
    writes: new RateLimiter({
      limit: config.writeRateLimit.perUser,
      windowMs: config.writeRateLimit.windowMs,
      now,
    }),
    maxSessionsPerUser: 20,
  };
}
