/** What part of the knowledge base an export holds (docs/interchange-format.md, "Export"). */
export type ExportScope =
  | { kind: 'all' }
  /** One chain: its links, the firms making them and what those rows name. */
  | { kind: 'chain'; chain: string }
  /** One region and those below it: its firms and everything their rows name. */
  | { kind: 'region'; region: string };

export interface ScopeArguments {
  /** `--chain` / `?chain=`: a chain id, or undefined when not given. */
  chain?: string | undefined;
  /** `--region` / `?region=`: a region code, or undefined when not given. */
  region?: string | undefined;
}

/** The same characters the importer allows in ids and region codes (server/import/values.ts). */
const STABLE_ID = /^[A-Za-z0-9_-]+$/;

/**
 * The scope named by a chain id or a region code, shared by the CLI and the download
 * route so both refuse the same things with the same words. Whether the chain or region
 * exists is only known to the database (resolve-scope.ts).
 */
export function scopeFrom({ chain, region }: ScopeArguments): ExportScope | { error: string } {
  if (chain !== undefined && region !== undefined) {
    return { error: '只能按一个产业链或一个地区导出 give a chain or a region, not both' };
  }
  if (chain !== undefined) {
    const problem = checkId(chain, '产业链编号 chain id');
    return problem === undefined ? { kind: 'chain', chain } : { error: problem };
  }
  if (region !== undefined) {
    const problem = checkId(region, '地区代码 region code');
    return problem === undefined ? { kind: 'region', region } : { error: problem };
  }
  return { kind: 'all' };
}

function checkId(value: string, what: string): string | undefined {
  if (value === '') return `缺少${what} the ${what.split(' ').slice(1).join(' ')} is empty`;
  if (!STABLE_ID.test(value)) {
    return `${what} "${value}" 只能包含字母、数字、- 和 _ may only contain letters, digits, - and _`;
  }
  return undefined;
}

/** `whole knowledge base`, `chain aluminium`, `region 150581`: for messages and file names. */
export function describeScope(scope: ExportScope): string {
  if (scope.kind === 'chain') return `chain ${scope.chain}`;
  if (scope.kind === 'region') return `region ${scope.region}`;
  return 'whole knowledge base';
}
