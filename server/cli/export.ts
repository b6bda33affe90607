import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { parseExportArguments } from '../export/cli-arguments.js';
import { DEFAULT_PAGE_SIZE, exportToPath } from '../export/dataset-export.js';
import { OutputPathError } from '../export/output-path.js';
import { UnknownScopeError } from '../export/resolve-scope.js';
import { describeScope } from '../export/scope.js';
import { TABLE_NAMES } from '../import/tables.js';

const USAGE = `用法 usage: npm run export -- <path> [--chain <id> | --region <code>] [--page-size N] [--without-ledger]

  <path>           a folder (CSV files), or a file ending in .zip or .json
                   (docs/interchange-format.md); an existing export there is replaced
  --chain <id>     only this chain: its links, the firms making them and what they name
  --region <code>  only this region and those below it: its firms and what they name
  --page-size N    firms (or chains, links, regions) read per query (default ${DEFAULT_PAGE_SIZE})
  --without-ledger leave out the recruitment ledger (project_moves, leads, followups:
                   private working records, included by default so a restore keeps them)

Connects like the server: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) or the embedded
Neo4j in LIANPU_DATA_DIR. Derived totals are never exported; \`npm run import\` reads
the result back, into this knowledge base or an empty one.`;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const args = parseExportArguments(argv);
  if ('error' in args) {
    console.error(`${args.error}\n\n${USAGE}`);
    return 2;
  }
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), args.path);

  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`配置错误 Configuration error: ${error.message}`);
      return 2;
    }
    throw error;
  }

  const db = await openDatabase({ config });
  try {
    console.error(`导出 Exporting the ${describeScope(args.scope)} to ${path} ...`);
    const interactive = process.stderr.isTTY === true;
    const result = await exportToPath({
      executor: db.executor,
      path,
      scope: args.scope,
      ledger: args.ledger,
      pageSize: args.pageSize,
      onProgress: ({ table, rows }) => {
        if (interactive) process.stderr.write(`\r${table.padEnd(14)}${String(rows).padStart(9)}`);
      },
    });
    if (interactive) process.stderr.write('\r\x1b[K');
    const total = TABLE_NAMES.reduce((sum, table) => sum + result.rows[table], 0);
    console.log(`导出完成 Exported ${total} rows from ${db.uri} to ${path} (${result.format}):`);
    for (const table of result.tables) {
      console.log(`  ${table.padEnd(14)}${String(result.rows[table]).padStart(9)}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UnknownScopeError || error instanceof OutputPathError) {
      console.error(`${error.message}; 未写入任何文件 nothing was written`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Database errors arrive mapped by the executor, with the Neo4j code kept in extensions.
    const code =
      typeof error === 'object' && error !== null
        ? (error as { extensions?: { neo4jCode?: unknown } }).extensions?.neo4jCode
        : undefined;
    const detail = typeof code === 'string' ? ` (${code})` : '';
    console.error(
      `导出失败 Export failed, no dataset was left behind: ${error instanceof Error ? error.message : String(error)}${detail}`,
    );
    process.exit(1);
  },
);
