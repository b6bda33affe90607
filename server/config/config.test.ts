import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database on port 4000 with the seed', () => {
    const config = loadConfig({ LIANPU_ROOT: '/srv/lianpu' });
    expect(config.port).toBe(4000);
    expect(config.neo4j).toMatchObject({ mode: 'embedded', dataDir: '/srv/lianpu/data/neo4j', boltPort: 7687 });
    expect(config.neo4j).toMatchObject({ restartAttempts: 5, restartBackoffMs: 1000 });
    expect(config.seedOnEmpty).toBe(true);
    expect(config.seedPath).toBe('/srv/lianpu/seeds');
  });

  it('reads how the embedded JVM is restarted, and refuses a negative count', () => {
    const config = loadConfig({
      LIANPU_ROOT: '/srv/lianpu',
      LIANPU_NEO4J_RESTART_ATTEMPTS: '0',
      LIANPU_NEO4J_RESTART_BACKOFF_MS: '250',
    });
    expect(config.neo4j).toMatchObject({ restartAttempts: 0, restartBackoffMs: 250 });
    expect(() => loadConfig({ LIANPU_ROOT: '/srv/lianpu', LIANPU_NEO4J_RESTART_ATTEMPTS: '-1' })).toThrow(ConfigError);
  });

  it('uses NEO4J_URI and its credentials instead of starting anything', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://cluster.example:7687',
      NEO4J_USER: 'lianpu',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'kb',
    });
    expect(config.neo4j).toEqual({
      mode: 'external',
      uri: 'neo4j+s://cluster.example:7687',
      user: 'lianpu',
      password: 'pw',
      database: 'kb',
    });
  });

  it('opens reads, closes nothing else, and reads the auth limits', () => {
    const open = loadConfig({});
    expect(open.auth.readAccess).toBe('open');
    expect(open.auth.sessionLifetimeMs).toBe(12 * 3_600_000);
    const closed = loadConfig({
      LIANPU_READ_ACCESS: 'LOGIN',
      LIANPU_SESSION_HOURS: '0.5',
      LIANPU_LOGIN_LIMIT_IP: '7',
      LIANPU_LOGIN_WINDOW_SECONDS: '60',
      LIANPU_WRITE_LIMIT: '9',
      LIANPU_IMPORT_MAX_MB: '2',
    });
    expect(closed.importMaxBytes).toBe(2 * 1024 * 1024);
    expect(open.importMaxBytes).toBe(50 * 1024 * 1024);
    expect(closed.auth).toMatchObject({
      readAccess: 'login',
      sessionLifetimeMs: 1_800_000,
      loginRateLimit: { perIp: 7, perUsername: 10, windowMs: 60_000 },
      writeRateLimit: { perUser: 9, windowMs: 60_000 },
    });
  });

  it.each([
    ['PORT', 'abc', /PORT=abc: expected an integer/],
    ['PORT', '70000', /PORT=70000/],
    ['LIANPU_SEED', 'maybe', /LIANPU_SEED=maybe: expected true or false/],
    ['LIANPU_NEO4J_HEAP', '2 gigs', /LIANPU_NEO4J_HEAP/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI=http/],
    ['LIANPU_READ_ACCESS', 'closed', /LIANPU_READ_ACCESS=closed: expected open or login/],
    ['LIANPU_SESSION_HOURS', '0', /LIANPU_SESSION_HOURS=0/],
    ['LIANPU_LOGIN_LIMIT_USER', '0', /LIANPU_LOGIN_LIMIT_USER=0/],
  ])('fails fast on a bad %s, naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('reads the HTTP hardening and driver timeouts, refusing an origin that could never match', () => {
    const c = loadConfig({});
    expect(c.http).toEqual({ maxBodyBytes: 100 * 1024, corsOrigins: [], hsts: false, requestTimeoutMs: 30_000 });
    expect(c.neo4jDriver).toEqual({ connectionTimeoutMs: 3000, acquisitionTimeoutMs: 10_000, maxRetryTimeMs: 1000 });
    expect(c.introspection).toBe(true);
    const set = loadConfig({
      LIANPU_CORS_ORIGINS: 'https://A.example, http://localhost:5173',
      LIANPU_MAX_BODY_KB: '8',
      LIANPU_HSTS: 'true',
    });
    expect(set.http).toMatchObject({
      corsOrigins: ['https://a.example', 'http://localhost:5173'],
      maxBodyBytes: 8192,
      hsts: true,
    });
    expect(() => loadConfig({ LIANPU_CORS_ORIGINS: 'https://a.example/app' })).toThrow(/LIANPU_CORS_ORIGINS/);
    expect(() => loadConfig({ LIANPU_CORS_ORIGINS: '*' })).toThrow(/LIANPU_CORS_ORIGINS/);
  });
});
