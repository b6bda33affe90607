import type { RequestAuth } from '../auth/authenticate.js';
import type { AuthServices } from '../auth/services.js';
import type { Executor } from '../db/executor.js';
import type { GapThresholds } from '../analysis/thresholds.js';
import type { TargetWeights } from '../analysis/target-weights.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What a health check reports; shared by GET /healthz and the `health` query. */
export interface HealthReport {
  ok: boolean;
  database: {
    ok: boolean;
    version: string | null;
    edition: string | null;
    address: string | null;
    mode: 'embedded' | 'external';
    error: string | null;
  };
}

export interface ContextOptions {
  /** Runs the named Cypher; one per process, shared by all requests. */
  executor: Executor;
  /** Largest `first` any list accepts. */
  maxPageSize: number;
  /** Checks the database; called by the `health` query. */
  health: () => Promise<HealthReport>;
  /** Defaults of the gap analysis and target ranking (a query may override them). */
  analysis: AnalysisDefaults;
  /** Who is asking (from the session token or cookie); resolvers check it with auth/guards.ts. */
  auth: RequestAuth;
  /** The process's auth configuration, clock and rate limiters. */
  authServices: AuthServices;
}

export interface AnalysisDefaults {
  thresholds: GapThresholds;
  weights: TargetWeights;
  /** Projects signed within this many years count as a firm's momentum. */
  momentumYears: number;
  /** Signed projects not started after this many days are overdue (the ledger's default). */
  overdueDays: number;
  /** At most this many candidates per link are scored. */
  targetCandidates: number;
}

/** Per-request context: the loaders cache and batch lookups within one request only. */
export interface Context extends ContextOptions {
  loaders: Loaders;
}

export function createContext(options: ContextOptions): Context {
  return { ...options, loaders: createLoaders({ executor: options.executor, max: options.maxPageSize }) };
}
