import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CypherCatalog, splitStatements } from './cypher';

describe('CypherCatalog', () => {
  it('loads every .cypher file by its path and refuses unknown names', () => {
    const root = mkdtempSync(join(tmpdir(), 'cypher-'));
    mkdirSync(join(root, 'queries'));
    writeFileSync(join(root, 'queries', 'one.cypher'), 'RETURN 1\n');
    writeFileSync(join(root, 'queries', 'notes.txt'), 'ignored');
    const catalog = new CypherCatalog(root);
    expect(catalog.get('queries/one')).toBe('RETURN 1');
    expect(catalog.list('queries')).toEqual(['queries/one']);
    expect(() => catalog.get('queries/two')).toThrow(/no Cypher file named queries\/two\.cypher/);
  });

  it('finds every query the API and importer name in the project catalogue', () => {
    const catalog = new CypherCatalog(resolve(__dirname, '..', '..', 'cypher'));
    for (const name of [
      'queries/chain-map',
      'queries/enterprise-details',
      'queries/link-firms',
      'queries/link-projects',
      'queries/search-regions',
      'queries/search-chains',
      'system/components',
      'schema/1-constraints',
    ]) {
      expect(catalog.get(name).length).toBeGreaterThan(10);
    }
  });
});

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    expect(splitStatements('// why\nCREATE INDEX a;\nCREATE INDEX b;\n')).toEqual(['CREATE INDEX a', 'CREATE INDEX b']);
  });
});
