import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database on port 4000 with the seed', () => {
    const config = loadConfig({ LIANPU_ROOT: '/srv/lianpu' });
    expect(config.port).toBe(4000);
    expect(config.neo4j).toMatchObject({ mode: 'embedded', dataDir: '/srv/lianpu/data/neo4j', boltPort: 7687 });
    expect(config.seedOnEmpty).toBe(true);
    expect(config.seedPath).toBe('/srv/lianpu/seeds');
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

  it.each([
    ['PORT', 'abc', /PORT=abc: expected an integer/],
    ['PORT', '70000', /PORT=70000/],
    ['LIANPU_SEED', 'maybe', /LIANPU_SEED=maybe: expected true or false/],
    ['LIANPU_NEO4J_HEAP', '2 gigs', /LIANPU_NEO4J_HEAP/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI=http/],
  ])('fails fast on a bad %s, naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
