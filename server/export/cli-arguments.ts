import { DEFAULT_PAGE_SIZE } from './dataset-export.js';
import { scopeFrom, type ExportScope } from './scope.js';

export interface ExportArguments {
  /** Where to write: a folder, or a file ending in .zip or .json. */
  path: string;
  /** The whole knowledge base, or the chain or region named by --chain / --region. */
  scope: ExportScope;
  /** Key nodes read per query. */
  pageSize: number;
  /** The ledger's tables too (moves, leads, follow-ups): yes unless `--without-ledger`. */
  ledger: boolean;
}

const VALUE_OPTIONS = ['--chain', '--region', '--page-size'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/**
 * `npm run export -- <path> [--chain <id> | --region <code>] [--page-size N] [--without-ledger]`: the
 * arguments, or a message (Chinese, then English) saying what is wrong with them.
 */
export function parseExportArguments(argv: readonly string[]): ExportArguments | { error: string } {
  let path: string | undefined;
  let ledger = true;
  const values = new Map<ValueOption, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg, '=') : [arg, undefined];
    if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      const option = name as ValueOption;
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('-'))) {
        return { error: `${option} 缺少取值 needs a value` };
      }
      if (values.has(option)) return { error: `${option} 只能给一次 may be given once` };
      values.set(option, value);
    } else if (arg === '--without-ledger') {
      ledger = false;
    } else if (arg.startsWith('-')) {
      return { error: `未知选项 unknown option ${arg}` };
    } else if (path === undefined) {
      path = arg;
    } else {
      return { error: `只能给一个输出路径 only one output path is accepted (got ${path} and ${arg})` };
    }
  }
  if (path === undefined) return { error: '缺少输出路径 the output path is missing' };

  const scope = scopeFrom({ chain: values.get('--chain'), region: values.get('--region') });
  if ('error' in scope) return scope;

  const rawPageSize = values.get('--page-size');
  const pageSize = rawPageSize === undefined ? DEFAULT_PAGE_SIZE : Number(rawPageSize);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100_000) {
    return { error: `--page-size 需要 1 到 100000 的整数 needs a whole number from 1 to 100000, not ${rawPageSize}` };
  }
  return { path, scope, pageSize, ledger };
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + separator.length)];
}
