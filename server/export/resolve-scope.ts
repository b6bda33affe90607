import type { Executor } from '../db/executor.js';
import type { ExportScope } from './scope.js';

/**
 * The parameters every `cypher/export/<table>.cypher` query takes besides its page
 * position: which scope, and for a scoped export the chains, links and regions the
 * dataset holds. Each list is bounded by the size of its table (links, chains, regions:
 * thousands nationally), never by the number of firms.
 */
export interface ScopeParameters {
  /** Which predicate of each query applies. */
  scope: ExportScope['kind'];
  /** Chain ids to export (scoped exports only). */
  chains: string[];
  /** Link ids to export; for a chain, exactly its links (scoped exports only). */
  links: string[];
  /** Region codes to export: those named by the rows and all their ancestors (scoped exports only). */
  regions: string[];
  /** For a region: its code and those of every region below it. */
  subtree: string[];
  /**
   * Whether the ledger's private tables (moves, leads, follow-ups) are exported, and the
   * firms and regions their rows name are added to a scope (docs/ledger.md, "backup").
   */
  ledger: boolean;
}

/** The chain or region to export is not in the knowledge base. */
export class UnknownScopeError extends Error {
  override name = 'UnknownScopeError';
  constructor(
    /** Which argument named it. */
    readonly argument: 'chain' | 'region',
    /** What it named. */
    readonly value: string,
  ) {
    super(
      argument === 'chain'
        ? `知识库中没有产业链 "${value}" there is no chain "${value}" in the knowledge base`
        : `知识库中没有地区 "${value}" there is no region "${value}" in the knowledge base`,
    );
  }
}

export interface ResolveScopeOptions {
  /** Only `transaction` is used. */
  executor: Pick<Executor, 'transaction'>;
  /** What to export; the whole knowledge base needs no lookup. */
  scope: ExportScope;
  /** Whether the ledger is exported too: only for operators and those who may read follow-ups everywhere. */
  ledger: boolean;
  /** Timeout of the one read transaction. */
  timeoutMs: number;
}

/**
 * Looks up what a scoped export holds besides the rows each table query finds by itself
 * (see cypher/export/scope-*.cypher), in one read transaction. Throws UnknownScopeError
 * before anything is written, so the CLI creates no file and the download route can
 * still answer 400.
 */
export async function resolveScope({
  executor,
  scope,
  ledger,
  timeoutMs,
}: ResolveScopeOptions): Promise<ScopeParameters> {
  if (scope.kind === 'all') return { scope: 'all', chains: [], links: [], regions: [], subtree: [], ledger };
  const [record] = await executor.transaction(
    'READ',
    (tx) =>
      scope.kind === 'chain'
        ? tx.run('export/scope-chain', { chain: scope.chain, ledger })
        : tx.run('export/scope-region', { region: scope.region, ledger }),
    timeoutMs,
  );
  if (record === undefined) {
    throw scope.kind === 'chain'
      ? new UnknownScopeError('chain', scope.chain)
      : new UnknownScopeError('region', scope.region);
  }
  const list = (key: string) => [...(record.get(key) as string[])].sort();
  return {
    scope: scope.kind,
    chains: list('chains'),
    links: list('links'),
    regions: list('regions'),
    subtree: list('subtree'),
    ledger,
  };
}
