import { build } from 'esbuild';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

/**
 * Compiles `server/cli/<name>.ts` from the current sources into one file in `outDir`, so
 * a test can run the real command as a child process (and kill it) without depending on
 * a `npm run build:server` having been run since the last change. Packages stay external:
 * run the result with NODE_PATH pointing at the project's node_modules (cliEnvironment).
 */
export async function bundleCli(name: 'import' | 'export', outDir: string): Promise<string> {
  const outfile = join(outDir, `${name}.js`);
  await build({
    entryPoints: [join(ROOT, 'server', 'cli', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

/** The environment a bundled CLI needs to find its packages, the Cypher files and the given Neo4j. */
export function cliEnvironment(neo4jUri: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: neo4jUri,
    LIANPU_ROOT: ROOT,
    NODE_PATH: join(ROOT, 'node_modules'),
  };
  delete env.INIT_CWD;
  return env;
}
