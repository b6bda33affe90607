import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The SDL, read from the .graphql file beside the sources (copied next to the build). */
export function loadTypeDefs(): string {
  const candidates = [
    join(__dirname, 'schema.graphql'),
    join(__dirname, '..', '..', '..', 'server', 'graphql', 'schema.graphql'),
  ];
  for (const path of candidates) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      // try the next location
    }
  }
  throw new Error(`schema.graphql not found (looked in ${candidates.join(', ')})`);
}
