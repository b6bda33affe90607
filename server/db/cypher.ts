import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The Cypher catalogue: every `.cypher` file under `cypher/`, loaded once, addressed by
 * its path without extension (`queries/chain-map`). Queries are never assembled at run
 * time; user input only ever reaches Neo4j as `$parameters`.
 */
export class CypherCatalog {
  private readonly queries: ReadonlyMap<string, string>;

  constructor(readonly root: string) {
    const found = new Map<string, string>();
    for (const file of walk(root)) {
      if (!file.endsWith('.cypher')) continue;
      const name = relative(root, file)
        .split(sep)
        .join('/')
        .replace(/\.cypher$/, '');
      found.set(name, readFileSync(file, 'utf8').trim());
    }
    this.queries = found;
  }

  /** The text of one query; throws at once for a name that does not exist (a programming error). */
  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) {
      throw new Error(`no Cypher file named ${name}.cypher under ${this.root}`);
    }
    return text;
  }

  /** Names under a folder, sorted, e.g. the schema statements in `schema/`. */
  list(prefix: string): string[] {
    return [...this.queries.keys()].filter((n) => n.startsWith(`${prefix}/`)).sort();
  }
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Schema files may hold several statements separated by `;` (one per constraint or index). */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
