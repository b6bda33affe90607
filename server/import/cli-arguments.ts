import { DEFAULT_BATCH_SIZE } from './index.js';

export interface ImportArguments {
  path: string;
  batchSize: number;
}

/** `npm run import -- <path> [--batch-size N]`: the arguments, or a message saying what is wrong with them. */
export function parseArguments(argv: readonly string[]): ImportArguments | { error: string } {
  let path: string | undefined;
  let batchSize = DEFAULT_BATCH_SIZE;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const inline = /^--batch-size=(.*)$/.exec(arg);
    if (arg === '--batch-size' || inline !== null) {
      const raw = inline?.[1] ?? argv[++i];
      const value = Number(raw);
      if (raw === undefined || !Number.isInteger(value) || value < 1) {
        return { error: `--batch-size needs a positive whole number, not ${raw ?? 'nothing'}` };
      }
      batchSize = value;
    } else if (arg.startsWith('-')) {
      return { error: `unknown option ${arg}` };
    } else if (path === undefined) {
      path = arg;
    } else {
      return { error: `only one dataset path is accepted (got ${path} and ${arg})` };
    }
  }
  return path === undefined ? { error: 'the dataset path is missing' } : { path, batchSize };
}
