import { existsSync } from 'node:fs';
import { defaultGapThresholds, type GapThresholds } from '../analysis/thresholds.js';
import { defaultTargetWeights, type TargetWeights } from '../analysis/target-weights.js';
import { dirname, join, resolve } from 'node:path';

/**
 * Everything the server can be told, read from the environment in one place at start.
 * A bad value stops the process at once with a message that names the variable,
 * rather than failing later in the middle of a request.
 */
export interface Config {
  /** HTTP port for the API and the front end (PORT, default 4000; 0 picks a free port). */
  port: number;
  /** Address the HTTP server binds to (HOST, default 127.0.0.1; 0.0.0.0 to serve a LAN). */
  host: string;
  /** Where the Neo4j database is: embedded (started by us) or an external server. */
  neo4j: EmbeddedNeo4jConfig | ExternalNeo4jConfig;
  /** Largest `first` a list query may ask for (LIANPU_MAX_PAGE_SIZE, default 200). */
  maxPageSize: number;
  /** Per-transaction timeout in ms (LIANPU_QUERY_TIMEOUT_MS, default 15000). */
  queryTimeoutMs: number;
  /** Import `seedPath` when the database holds no chains yet (LIANPU_SEED, default true). */
  seedOnEmpty: boolean;
  /** The seed knowledge base (LIANPU_SEED_PATH, default ./seeds). */
  seedPath: string;
  /** The built front end served at / (default ./dist/client). */
  clientDir: string;
  /** The Cypher files (default ./cypher). */
  cypherDir: string;
  /**
   * Default gap thresholds (LIANPU_GAP_WEAK_SHARE, default 0.5;
   * LIANPU_GAP_WEAK_MAX_PRODUCERS, default 1); a query may override them.
   */
  gapThresholds: GapThresholds;
  /**
   * Default weights of the target score (LIANPU_TARGET_WEIGHTS, e.g.
   * "scale=0.3,quality=0.2,ties=0.25,momentum=0.15,proximity=0.1"); a query may override them.
   */
  targetWeights: TargetWeights;
  /** Projects signed within this many years count as a target's momentum (LIANPU_MOMENTUM_YEARS, default 3). */
  momentumYears: number;
  /**
   * A signed project not started after this many days is overdue in the recruitment ledger
   * (LIANPU_OVERDUE_DAYS, default 180: half a year from 签约 to 开工 is the usual
   * "五个一" follow-up horizon); `overdueProjects(days:)` may ask for another (docs/ledger.md).
   */
  overdueDays: number;
  /**
   * Firms ranked per link: every qualifying firm already trading with the region, then the
   * largest others up to this many in all (LIANPU_TARGET_CANDIDATES, default 300). Bounds
   * the cost of a target search on links with thousands of producers.
   */
  targetCandidates: number;
  /** Accounts, sessions and rate limits (docs/security.md). */
  auth: AuthConfig;
  /**
   * Largest dataset accepted by POST /import, in bytes (LIANPU_IMPORT_MAX_MB, default 50):
   * the body is held in memory while it is checked, so this bounds the memory one upload takes.
   */
  importMaxBytes: number;
  /** Bounds on what one GraphQL request may ask for (docs/security.md). */
  graphqlLimits: GraphQLLimits;
  /**
   * Whether the schema may be introspected (LIANPU_INTROSPECTION, default true): planners'
   * tools (Apollo Sandbox, Postman) need it. Closed reads close it for anonymous clients anyway.
   */
  introspection: boolean;
  /** HTTP hardening: body size, CORS, HSTS, timeouts. */
  http: HttpConfig;
  /** Driver waits, so a lost database fails requests quickly instead of queueing them. */
  neo4jDriver: DriverTimeouts;
}

/**
 * Every limit is checked before any resolver runs; a request over one gets
 * QUERY_TOO_COMPLEX (HTTP 400) naming the limit and both numbers. The defaults leave the
 * front end's largest query (the report) several times below each limit.
 */
export interface GraphQLLimits {
  /** Characters of query text (LIANPU_GQL_MAX_QUERY_CHARS, default 20000). */
  maxQueryChars: number;
  /** Lexical tokens of query text; bounds parsing and validation work (LIANPU_GQL_MAX_TOKENS, default 3000). */
  maxTokens: number;
  /** Nesting of fields, fragments looked through (LIANPU_GQL_MAX_DEPTH, default 12). */
  maxDepth: number;
  /** Aliased fields in one operation (LIANPU_GQL_MAX_ALIASES, default 30). */
  maxAliases: number;
  /** Top-level fields of one operation, each its own database query (LIANPU_GQL_MAX_ROOT_FIELDS, default 10). */
  maxRootFields: number;
  /** Directives used in one operation (LIANPU_GQL_MAX_DIRECTIVES, default 20). */
  maxDirectives: number;
  /**
   * Estimated cost: each field counts 1, times the page sizes (`first`, capped by
   * maxPageSize) of the lists around it (LIANPU_GQL_MAX_COST, default 100000; the
   * front end's largest query, the report with every page at maxPageSize, costs about 30000).
   */
  maxCost: number;
  /** Items assumed for a list without `first` (a chain's links, a region's path) in the estimate (LIANPU_GQL_LIST_SIZE, default 20). */
  assumedListSize: number;
}

export interface HttpConfig {
  /** Largest request body in bytes; larger get 413 (LIANPU_MAX_BODY_KB, default 100 KB). */
  maxBodyBytes: number;
  /**
   * Origins allowed to call the API from a browser, with credentials
   * (LIANPU_CORS_ORIGINS, comma-separated, e.g. https://a.example; default none: same origin only).
   */
  corsOrigins: string[];
  /**
   * Send Strict-Transport-Security (LIANPU_HSTS, default false): only when every client
   * reaches the server over HTTPS (a TLS proxy), or browsers would refuse plain HTTP for a year.
   */
  hsts: boolean;
  /**
   * A request must arrive whole, and a connection may sit idle, at most this long
   * (LIANPU_HTTP_REQUEST_TIMEOUT_MS, default 30000; above the query timeout so a slow
   * query answers DATABASE_TIMEOUT rather than a cut connection).
   */
  requestTimeoutMs: number;
}

export interface DriverTimeouts {
  /**
   * Opening a TCP/Bolt connection (LIANPU_NEO4J_CONNECT_TIMEOUT_MS, default 3000): a
   * database that accepts TCP but does not answer (a JVM still starting) fails this fast.
   */
  connectionTimeoutMs: number;
  /** Waiting for a pooled connection when all are busy (LIANPU_NEO4J_ACQUIRE_TIMEOUT_MS, default 10000). */
  acquisitionTimeoutMs: number;
  /**
   * How long a transaction is retried on transient errors such as a cluster leader
   * switch (LIANPU_NEO4J_RETRY_MS, default 1000); also about how long a request waits on
   * a lost database before it answers DATABASE_UNAVAILABLE (the driver's backoff doubles
   * from 1 s, so 3000 would mean about 7 s). Raise it for a cluster whose elections take longer.
   */
  maxRetryTimeMs: number;
}

export interface AuthConfig {
  /**
   * Whether reading the knowledge base needs an account (LIANPU_READ_ACCESS, `open` or
   * `login`, default open). Writes always need one, whatever this says.
   */
  readAccess: 'open' | 'login';
  /**
   * How long a session lasts from login, in ms (LIANPU_SESSION_HOURS, default 12, fractions
   * allowed). Absolute, not sliding: a stolen token is useful for at most this long.
   */
  sessionLifetimeMs: number;
  /**
   * Mark the session cookie `Secure` even when the request did not arrive over HTTPS
   * (LIANPU_SECURE_COOKIE, default false), for a TLS proxy that Express cannot see.
   * Requests that Express sees as HTTPS always get a Secure cookie.
   */
  secureCookie: boolean;
  /**
   * Reverse proxies in front of the server whose X-Forwarded-For is believed
   * (LIANPU_TRUST_PROXY, default 0). Without it every client behind a proxy shares the
   * proxy's address and so one login rate limit.
   */
  trustProxyHops: number;
  /** Login attempts allowed per client address and per username in a sliding window. */
  loginRateLimit: {
    /** Attempts per window from one address (LIANPU_LOGIN_LIMIT_IP, default 30). */
    perIp: number;
    /** Failed attempts per window for one username (LIANPU_LOGIN_LIMIT_USER, default 10). */
    perUsername: number;
    /** Window length in ms (LIANPU_LOGIN_WINDOW_SECONDS, default 900). */
    windowMs: number;
  };
  /** Mutations allowed per signed-in user in a sliding window. */
  writeRateLimit: {
    /** Mutations per window (LIANPU_WRITE_LIMIT, default 120). */
    perUser: number;
    /** Window length in ms (LIANPU_WRITE_WINDOW_SECONDS, default 60). */
    windowMs: number;
  };
}

export interface EmbeddedNeo4jConfig {
  mode: 'embedded';
  /** Store folder, git-ignored, survives restarts (LIANPU_DATA_DIR, default ./data/neo4j). */
  dataDir: string;
  /** Bolt port on 127.0.0.1 (LIANPU_NEO4J_BOLT_PORT, default 7687; 0 picks a free port). */
  boltPort: number;
  /** Page cache size, e.g. 512m or 2g (LIANPU_NEO4J_PAGE_CACHE, default 512m). */
  pageCache: string;
  /** JVM heap, e.g. 1g (LIANPU_NEO4J_HEAP, default 1g). */
  heap: string;
  /** The built Maven project (default ./server/neo4j). */
  mavenDir: string;
  /**
   * How often the JVM is started again when it exits without being stopped (a crash, the
   * OOM killer, kill -9), on the same port and folder, before the app gives up and leaves
   * the database down (LIANPU_NEO4J_RESTART_ATTEMPTS, default 5; 0 never restarts).
   */
  restartAttempts: number;
  /**
   * Wait before the first restart attempt, doubled after each failed one up to 30 s
   * (LIANPU_NEO4J_RESTART_BACKOFF_MS, default 1000).
   */
  restartBackoffMs: number;
}

export interface ExternalNeo4jConfig {
  mode: 'external';
  /** bolt://, neo4j:// (routing, for clusters and Aura), or their +s/+ssc TLS forms. */
  uri: string;
  user: string;
  password: string;
  /** Database name; undefined uses the server's home database. */
  database: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The repository root: the nearest folder above this file holding the Maven project (works from server/ and dist/). */
function findProjectRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'server', 'neo4j', 'pom.xml'))) return dir;
  }
  return process.cwd();
}

const projectRoot = findProjectRoot(__dirname);

/** Reads and checks the configuration; throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const root = env.LIANPU_ROOT ? resolve(env.LIANPU_ROOT) : projectRoot;
  const uri = env.NEO4J_URI?.trim();
  const neo4j: Config['neo4j'] = uri
    ? {
        mode: 'external',
        uri: checkUri(uri),
        user: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE?.trim() || undefined,
      }
    : {
        mode: 'embedded',
        dataDir: resolve(root, env.LIANPU_DATA_DIR ?? 'data/neo4j'),
        boltPort: integer(env, 'LIANPU_NEO4J_BOLT_PORT', 7687, 0, 65535),
        pageCache: size(env, 'LIANPU_NEO4J_PAGE_CACHE', '512m'),
        heap: size(env, 'LIANPU_NEO4J_HEAP', '1g'),
        mavenDir: resolve(root, 'server/neo4j'),
        restartAttempts: integer(env, 'LIANPU_NEO4J_RESTART_ATTEMPTS', 5, 0, 1000),
        restartBackoffMs: integer(env, 'LIANPU_NEO4J_RESTART_BACKOFF_MS', 1000, 0, 600_000),
      };
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    neo4j,
    maxPageSize: integer(env, 'LIANPU_MAX_PAGE_SIZE', 200, 1, 10000),
    queryTimeoutMs: integer(env, 'LIANPU_QUERY_TIMEOUT_MS', 15000, 100, 3_600_000),
    seedOnEmpty: boolean(env, 'LIANPU_SEED', true),
    seedPath: resolve(root, env.LIANPU_SEED_PATH ?? 'seeds'),
    clientDir: resolve(root, 'dist/client'),
    cypherDir: resolve(root, 'cypher'),
    gapThresholds: {
      weakSupplyShare: fraction(env, 'LIANPU_GAP_WEAK_SHARE', defaultGapThresholds.weakSupplyShare),
      weakMaxProducers: integer(env, 'LIANPU_GAP_WEAK_MAX_PRODUCERS', defaultGapThresholds.weakMaxProducers, 0, 1000),
    },
    targetWeights: weights(env, 'LIANPU_TARGET_WEIGHTS', defaultTargetWeights),
    momentumYears: integer(env, 'LIANPU_MOMENTUM_YEARS', 3, 1, 50),
    overdueDays: integer(env, 'LIANPU_OVERDUE_DAYS', 180, 1, 3650),
    targetCandidates: integer(env, 'LIANPU_TARGET_CANDIDATES', 300, 10, 100000),
    auth: {
      readAccess: oneOf(env, 'LIANPU_READ_ACCESS', ['open', 'login'] as const, 'open'),
      sessionLifetimeMs: Math.round(hours(env, 'LIANPU_SESSION_HOURS', 12) * 3_600_000),
      secureCookie: boolean(env, 'LIANPU_SECURE_COOKIE', false),
      trustProxyHops: integer(env, 'LIANPU_TRUST_PROXY', 0, 0, 10),
      loginRateLimit: {
        perIp: integer(env, 'LIANPU_LOGIN_LIMIT_IP', 30, 1, 100_000),
        perUsername: integer(env, 'LIANPU_LOGIN_LIMIT_USER', 10, 1, 10_000),
        windowMs: integer(env, 'LIANPU_LOGIN_WINDOW_SECONDS', 900, 1, 86_400) * 1000,
      },
      writeRateLimit: {
        perUser: integer(env, 'LIANPU_WRITE_LIMIT', 120, 1, 100_000),
        windowMs: integer(env, 'LIANPU_WRITE_WINDOW_SECONDS', 60, 1, 86_400) * 1000,
      },
    },
    importMaxBytes: integer(env, 'LIANPU_IMPORT_MAX_MB', 50, 1, 2048) * 1024 * 1024,
    graphqlLimits: {
      maxQueryChars: integer(env, 'LIANPU_GQL_MAX_QUERY_CHARS', 20_000, 100, 10_000_000),
      maxTokens: integer(env, 'LIANPU_GQL_MAX_TOKENS', 3000, 50, 1_000_000),
      maxDepth: integer(env, 'LIANPU_GQL_MAX_DEPTH', 12, 2, 1000),
      maxAliases: integer(env, 'LIANPU_GQL_MAX_ALIASES', 30, 0, 100_000),
      maxRootFields: integer(env, 'LIANPU_GQL_MAX_ROOT_FIELDS', 10, 1, 10_000),
      maxDirectives: integer(env, 'LIANPU_GQL_MAX_DIRECTIVES', 20, 0, 100_000),
      maxCost: integer(env, 'LIANPU_GQL_MAX_COST', 100_000, 10, 1_000_000_000),
      assumedListSize: integer(env, 'LIANPU_GQL_LIST_SIZE', 20, 1, 10_000),
    },
    introspection: boolean(env, 'LIANPU_INTROSPECTION', true),
    http: {
      maxBodyBytes: integer(env, 'LIANPU_MAX_BODY_KB', 100, 1, 1_048_576) * 1024,
      corsOrigins: origins(env, 'LIANPU_CORS_ORIGINS'),
      hsts: boolean(env, 'LIANPU_HSTS', false),
      requestTimeoutMs: integer(env, 'LIANPU_HTTP_REQUEST_TIMEOUT_MS', 30_000, 1000, 3_600_000),
    },
    neo4jDriver: {
      connectionTimeoutMs: integer(env, 'LIANPU_NEO4J_CONNECT_TIMEOUT_MS', 3000, 100, 600_000),
      acquisitionTimeoutMs: integer(env, 'LIANPU_NEO4J_ACQUIRE_TIMEOUT_MS', 10_000, 100, 600_000),
      maxRetryTimeMs: integer(env, 'LIANPU_NEO4J_RETRY_MS', 1000, 0, 600_000),
    },
  };
}

/** Exact origins (scheme://host[:port]); a typo or a path would silently never match, so it stops the start instead. */
function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((origin) => {
      if (!/^https?:\/\/[^\s/]+$/.test(origin) || origin.endsWith('*')) {
        throw new ConfigError(`${name}=${raw}: expected origins such as https://app.example or http://localhost:5173`);
      }
      return origin.toLowerCase();
    });
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (!(values as readonly string[]).includes(raw))
    throw new ConfigError(`${name}=${raw}: expected ${values.join(' or ')}`);
  return raw as T;
}

/** A positive number of hours up to a year; fractions allowed so tests and kiosks can use minutes. */
function hours(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!(value > 0 && value <= 8760))
    throw new ConfigError(`${name}=${raw}: expected a number of hours above 0, at most 8760`);
  return value;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${raw}: expected an integer from ${min} to ${max}`);
  }
  return value;
}

function fraction(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!(value >= 0 && value <= 1)) throw new ConfigError(`${name}=${raw}: expected a number from 0 to 1`);
  return value;
}

function weights(env: NodeJS.ProcessEnv, name: string, fallback: TargetWeights): TargetWeights {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const result: TargetWeights = { ...fallback };
  for (const part of raw.split(',')) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if (!key || !(key in result) || value === undefined || !(Number(value) >= 0)) {
      throw new ConfigError(`${name}=${raw}: expected name=weight pairs for ${Object.keys(fallback).join(', ')}`);
    }
    result[key as keyof TargetWeights] = Number(value);
  }
  return result;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name}=${raw}: expected true or false`);
}

function size(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+[kmg]?$/i.test(raw)) throw new ConfigError(`${name}=${raw}: expected a size such as 512m or 2g`);
  return raw;
}

function checkUri(uri: string): string {
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
    throw new ConfigError(`NEO4J_URI=${uri}: expected bolt://host:port or neo4j://host:port (optionally +s or +ssc)`);
  }
  return uri;
}
