import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import {
  DEFAULT_BATCH_SIZE,
  DatasetInvalidError,
  TABLE_NAMES,
  formatProblems,
  importDataset,
} from '../import/index.js';
import { parseArguments } from '../import/cli-arguments.js';
import { progressWriter } from '../import/progress-bar.js';

const USAGE = `用法 usage: npm run import -- <path> [--batch-size N]

  <path>          a folder of CSV files, a .zip of one, or a .json file
                  (docs/interchange-format.md)
  --batch-size N  rows sent to Neo4j per statement (default ${DEFAULT_BATCH_SIZE})

Connects like the server: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) or the embedded
Neo4j in LIANPU_DATA_DIR. Nothing is written unless the whole dataset is valid.`;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const args = parseArguments(argv);
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
    console.error(`导入 Importing ${path} ...`);
    const result = await importDataset({
      path,
      executor: db.executor,
      batchSize: args.batchSize,
      onProgress: progressWriter({ stream: process.stderr, interactive: process.stderr.isTTY === true }),
    });
    const total = TABLE_NAMES.reduce((sum, table) => sum + result.rows[table], 0);
    console.log(`导入完成 Imported ${total} rows into ${db.uri}:`);
    for (const table of TABLE_NAMES) {
      if (result.rows[table] > 0) console.log(`  ${table.padEnd(14)}${String(result.rows[table]).padStart(8)}`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof DatasetInvalidError)) throw error;
    const count = error.problems.length;
    console.error(
      `数据集有 ${count} 个问题，未写入任何数据 The dataset has ${count} problem${count === 1 ? '' : 's'}; nothing was written:`,
    );
    for (const line of formatProblems(error.problems)) console.error(line);
    return 1;
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
      `导入失败 Import failed, nothing was written: ${error instanceof Error ? error.message : String(error)}${detail}`,
    );
    process.exit(1);
  },
);
