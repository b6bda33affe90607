import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CypherCatalog } from './cypher';

/**
 * No Cypher is built from user input: every statement is a file in cypher/, run by name.
 * This scans server/ so a later change cannot quietly add a raw driver call or a query
 * glued together from strings.
 */
const SERVER = resolve(__dirname, '..');
const catalog = new CypherCatalog(resolve(SERVER, '..', 'cypher'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sources(SERVER).map((path) => ({ path: relative(SERVER, path), text: readFileSync(path, 'utf8') }));

/** The only two places that hand text to the driver, and exactly what they hand it (all from the catalogue). */
const DRIVER_CALLS: Record<string, string[]> = {
  'db/executor.ts': ['`EXPLAIN ${this.options.catalog.get(name)}`', 'this.options.catalog.get(name)'],
  // cypher/schema/*.cypher, split into statements
  'db/database.ts': ['statement'],
};

/** First arguments of `.run(` calls in a file. */
function runArguments(text: string): string[] {
  return [...text.matchAll(/\.run\(\s*((?:`[^`]*`)|(?:'[^']*')|(?:[\w.]+\([^()]*\))|[^,)]+)/g)].map((m) =>
    m[1]!.trim(),
  );
}

test('the scan sees the calls it is about', () => {
  expect(files.length).toBeGreaterThan(30);
  expect(runArguments(files.find((f) => f.path === 'db/executor.ts')!.text)).toContain(
    'this.options.catalog.get(name)',
  );
  expect(files.flatMap((f) => runArguments(f.text)).length).toBeGreaterThan(20);
});

test('only the Executor and the schema loader open driver sessions or transactions', () => {
  const offenders = files
    .filter((f) => /\.session\(|\.executeRead\(|\.executeWrite\(|\.executeQuery\(|beginTransaction\(/.test(f.text))
    .map((f) => f.path);
  expect(offenders.sort()).toEqual(['db/database.ts', 'db/executor.ts']);
});

test.each(files.map((f) => [f.path, f]))('%s runs only catalogue Cypher', (path, file) => {
  for (const arg of runArguments(file.text)) {
    const allowed = DRIVER_CALLS[path as string];
    if (allowed && allowed.includes(arg)) continue;
    // Elsewhere `.run` is CypherTx.run(name): the Executor looks the name up in the catalogue
    // and throws for anything else. A literal name must exist; no text may look like Cypher.
    expect([path, arg, /\b(MATCH|MERGE|CREATE|DELETE|RETURN|CALL|SET|UNWIND|WITH)\b/.test(arg)]).toEqual([
      path,
      arg,
      false,
    ]);
    if (arg.startsWith("'")) expect(() => catalog.get(arg.slice(1, -1))).not.toThrow();
    // A template literal may only pick a name from a fixed folder and prefix, e.g.
    // `import/${table}` or `edit/current-${spec.table}` (table names come from a fixed list).
    if (arg.startsWith('`'))
      expect([path, arg]).toEqual([path, expect.stringMatching(/^`[a-z-]+\/[a-z-]*\$\{[\w.]+\}`$/)]);
  }
});
