import type { Database } from '../db/database.js';
import type { HealthReport } from '../graphql/context.js';

/**
 * Asks Neo4j which version it is (CALL dbms.components()). A failure is reported, not
 * thrown: /healthz answers 503 with the reason while the database is away.
 */
export async function checkHealth(db: Database): Promise<HealthReport> {
  try {
    const records = await db.executor.read('system/components');
    const kernel = records.find((r) => r.get('name') === 'Neo4j Kernel') ?? records[0];
    return {
      ok: true,
      database: {
        ok: true,
        version: (kernel?.get('version') as string | undefined) ?? null,
        edition: (kernel?.get('edition') as string | undefined) ?? null,
        address: db.uri,
        mode: db.mode,
        error: null,
      },
    };
  } catch (error) {
    return {
      ok: false,
      database: {
        ok: false,
        version: null,
        edition: null,
        address: db.uri,
        mode: db.mode,
        error: error instanceof Error ? error.message : String(error),
      },
    };
  }
}
