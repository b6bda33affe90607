import { isRetryableError, type Driver, type QueryResult, type Session } from 'neo4j-driver';

/** Provenance stamped on every node and relationship the generator creates. */
export const PROVENANCE = { source: 'synthetic benchmark data (bench/generate.ts)', asOf: '2025' } as const;

export interface WriteStats {
  rows: number;
  /** Nodes + relationships created, from the transaction summaries. */
  created: number;
  seconds: number;
}

/**
 * Streams rows into Neo4j as `UNWIND $rows` transactions of `batchSize`. Up to
 * `concurrency` transactions are in flight while the next batch is generated (a single
 * transaction keeps only one of Neo4j's cores busy), and never more, so memory stays flat
 * whatever the total. Prints progress every few seconds.
 */
export async function writeRows<T>(args: {
  driver: Driver;
  database: string | undefined;
  label: string;
  cypher: string;
  rows: Iterable<T>;
  batchSize: number;
  concurrency: number;
  /** For the progress line; omitted when unknown. */
  expected?: number;
  log: (line: string) => void;
}): Promise<WriteStats> {
  const { driver, database, label, cypher, batchSize, log } = args;
  const idle: Session[] = Array.from({ length: Math.max(1, args.concurrency) }, () => driver.session({ database }));
  const all = [...idle];
  const pending = new Set<Promise<void>>();
  const started = Date.now();
  let rows = 0;
  let created = 0;
  let lastReport = started;
  let failure: unknown;

  const report = (force: boolean) => {
    const now = Date.now();
    if (!force && now - lastReport < 5000) return;
    lastReport = now;
    const seconds = (now - started) / 1000;
    const of = args.expected === undefined ? '' : ` / ${format(args.expected)}`;
    log(
      `  ${label.padEnd(12)} ${format(rows)}${of} rows, ${format(created)} nodes+rels` +
        ` (${format(rows / seconds)} rows/s, ${format(created / seconds)} created/s) ${seconds.toFixed(1)} s`,
    );
  };

  const send = async (batch: T[]) => {
    while (pending.size >= all.length) await Promise.race(pending);
    if (failure !== undefined) throw failure;
    const session = idle.pop()!;
    // The handlers are attached at once: a failure while we generate the next batch must
    // not count as an unhandled rejection; it is rethrown at the next send or at the end.
    const done: Promise<void> = runBatch(session, cypher, batch)
      .then((result) => {
        const u = result.summary.counters.updates();
        created += u.nodesCreated + u.relationshipsCreated;
        rows += batch.length;
        report(false);
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => {
        pending.delete(done);
        idle.push(session);
      });
    pending.add(done);
  };

  try {
    let batch: T[] = [];
    for (const row of args.rows) {
      batch.push(row);
      if (batch.length >= batchSize) {
        await send(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await send(batch);
    await Promise.all(pending);
    if (failure !== undefined) throw failure;
  } finally {
    await Promise.all(all.map((s) => s.close()));
  }
  report(true);
  return { rows, created, seconds: (Date.now() - started) / 1000 };
}

/**
 * One batch in one write transaction. Concurrent batches can deadlock on a shared node
 * (a county, a dense link, a busy supplier); Neo4j rolls one back with a transient error
 * and it is simply run again, beyond the driver's own short retry window.
 */
async function runBatch<T>(session: Session, cypher: string, batch: T[]): Promise<QueryResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await session.executeWrite((tx) => tx.run(cypher, { rows: batch, ...PROVENANCE }), { timeout: 600_000 });
    } catch (error) {
      if (attempt >= 8 || !isRetryableError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** Math.min(attempt, 5) * (1 + Math.random())));
    }
  }
}

export function format(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
