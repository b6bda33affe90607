import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const started = globalThis.__LIANPU_NEO4J__;
  if (!started) return;
  await started.neo4j.stop();
  rmSync(started.dataDir, { recursive: true, force: true });
}
