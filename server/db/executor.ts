import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Record as Neo4jRecord,
  Neo4jError,
} from 'neo4j-driver';
import { CypherCatalog } from './cypher.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';

export interface ExecutorOptions {
  /** The process's single driver; the executor never creates or closes it. */
  driver: Driver;
  /** The Cypher files, addressed by name. */
  catalog: CypherCatalog;
  /** Database name; undefined uses the server's default database. */
  database?: string | undefined;
  /** Per-transaction timeout so no request can hang on the database forever. */
  timeoutMs: number;
}

/** The subset of a transaction that code above the executor may use: named queries only. */
export interface CypherTx {
  run(name: string, params?: Record<string, unknown>): Promise<Neo4jRecord[]>;
}

/**
 * Runs named Cypher from the catalogue. It is the only place that opens sessions, and
 * it always closes them; Neo4j errors leave it as typed GraphQL errors (see `mapError`),
 * so no stack trace or Cypher text reaches a client.
 */
export class Executor {
  constructor(private readonly options: ExecutorOptions) {}

  get catalog(): CypherCatalog {
    return this.options.catalog;
  }

  /** One read query in its own read transaction (routed to a reader in a cluster). */
  read(name: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    return this.transaction('READ', (tx) => tx.run(name, params));
  }

  /**
   * Plans a read query without running it (EXPLAIN). Neo4j caches the plan for the same
   * text and parameter types, so the first real request does not pay for planning.
   */
  async explain(name: string, params: Record<string, unknown> = {}): Promise<void> {
    const session = this.options.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      await session.executeRead((tx) => tx.run(`EXPLAIN ${this.options.catalog.get(name)}`, params), {
        timeout: this.options.timeoutMs,
      });
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  /** One write query in its own write transaction. */
  write(name: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    return this.transaction('WRITE', (tx) => tx.run(name, params));
  }

  /**
   * Several named queries in one transaction: all of them commit or none does. The
   * importer uses this so a dataset is written whole or not at all.
   */
  async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: CypherTx) => Promise<T>,
    timeoutMs: number = this.options.timeoutMs,
  ): Promise<T> {
    const session = this.options.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const txWork = (tx: ManagedTransaction) =>
        work({
          run: async (name, params = {}) => {
            const result: QueryResult = await tx.run(this.options.catalog.get(name), params);
            return result.records;
          },
        });
      const config = { timeout: timeoutMs };
      return mode === 'READ' ? await session.executeRead(txWork, config) : await session.executeWrite(txWork, config);
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }
}

/** Neo4j error codes → typed GraphQL errors. Errors that are already GraphQL errors pass through. */
export function mapError(error: unknown): Error {
  if (!(error instanceof Neo4jError)) {
    return error instanceof Error ? error : new Error(String(error));
  }
  const code = error.code ?? '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    // The driver's code for a connection that broke mid-query ("Connection was closed by
    // server") or failed its handshake: seen when Neo4j stops under load.
    code === 'ProtocolError' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound'
  ) {
    return lianpuError(
      ErrorCode.DATABASE_UNAVAILABLE,
      '数据库暂不可用 The database is unavailable; try again shortly.',
      // 503 so load balancers, monitors and clients see the outage without reading the body.
      { neo4jCode: code, http: { status: 503 } },
    );
  }
  if (
    code.includes('TransactionTimedOut') ||
    // A transaction whose timeout ends it while it waits for a lock is reported as its
    // lock client having been stopped (Neo4j 5.26, seen in CI), not as timed out.
    code.endsWith('Transaction.LockClientStopped')
  ) {
    return lianpuError(ErrorCode.DATABASE_TIMEOUT, '查询超时 The query took too long and was stopped.', {
      neo4jCode: code,
    });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return lianpuError(ErrorCode.CONFLICT, '数据冲突 The change conflicts with existing data (a duplicate key).', {
      neo4jCode: code,
    });
  }
  return lianpuError(
    ErrorCode.INTERNAL_SERVER_ERROR,
    '服务器内部错误 Internal server error.',
    { neo4jCode: code },
    error,
  );
}
