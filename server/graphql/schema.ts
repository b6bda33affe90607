import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The SDL files, in order: the knowledge base, then the accounts and the editing that extend it. */
const SDL_FILES = ['schema.graphql', 'auth.graphql', 'edit.graphql', 'ledger.graphql'];

/** The SDL, read from the .graphql files beside the sources (copied next to the build). */
export function loadTypeDefs(): string {
  return SDL_FILES.map(readSdl).join('\n');
}

function readSdl(file: string): string {
  const candidates = [join(__dirname, file), join(__dirname, '..', '..', '..', 'server', 'graphql', file)];
  for (const path of candidates) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      // try the next location
    }
  }
  throw new Error(`${file} not found (looked in ${candidates.join(', ')})`);
}
