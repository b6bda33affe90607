import { TABLE_NAMES, type TableName } from './tables.js';

/**
 * Where a row or a cell came from. A CSV row has the line a text editor shows (header =
 * line 1); a JSON row has its table and its 1-based position in that table's array,
 * because JSON.parse keeps no line numbers.
 */
export interface Location {
  /** File name as the user knows it: `enterprises.csv`, `dataset.json`, or the path given. */
  file: string;
  /** CSV only: the line the row starts on. */
  line?: number;
  /** JSON only: the table (key of the top-level object). */
  table?: TableName;
  /** JSON only: 1-based index of the row within its table. */
  row?: number;
}

/** One thing wrong with a dataset, pointing at the file, row and column to fix. */
export interface Problem extends Location {
  /** The column (CSV header name / JSON field) at fault, when there is one. */
  column?: string;
  message: string;
}

/** The number of problems printed before the rest are summarised as "... and N more". */
export const DEFAULT_PROBLEM_LIMIT = 200;

/**
 * `file:line: column: what is wrong` for CSV; for JSON the table and row number take the
 * place of the line: `dataset.json: enterprises row 3: region: what is wrong`.
 */
export function formatProblem(problem: Problem): string {
  const parts = [problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`];
  if (problem.table !== undefined) {
    parts.push(problem.row === undefined ? problem.table : `${problem.table} row ${problem.row}`);
  }
  if (problem.column !== undefined) parts.push(problem.column);
  parts.push(problem.message);
  return parts.join(': ');
}

/** The problems as printable lines, at most `limit` of them plus a line saying how many were left out. */
export function formatProblems(problems: readonly Problem[], limit: number = DEFAULT_PROBLEM_LIMIT): string[] {
  const lines = problems.slice(0, limit).map(formatProblem);
  if (problems.length > limit) {
    lines.push(`... and ${problems.length - limit} more (还有 ${problems.length - limit} 个问题)`);
  }
  return lines;
}

/** How another row is named inside a message: "line 5" in a CSV file, "row 5" in JSON. */
export function describeRow(at: Location): string {
  if (at.line !== undefined) return `line ${at.line}`;
  if (at.row !== undefined) return `row ${at.row}`;
  return 'another row';
}

/**
 * Problems in reading order: by table (dependency order, so a broken region is read
 * before the enterprises that cannot find it), then by line or row. Dataset-wide
 * problems (a missing path, a bad zip) come first. The sort is stable, so problems of
 * one row keep their column order.
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const tableRank = (p: Problem): number => {
    const table = p.table ?? p.file.replace(/\.csv$/i, '');
    const index = (TABLE_NAMES as readonly string[]).indexOf(table);
    return index === -1 ? -1 : index;
  };
  const position = (p: Problem): number => p.line ?? p.row ?? 0;
  return [...problems].sort((a, b) => tableRank(a) - tableRank(b) || position(a) - position(b));
}

/** Thrown by `importDataset` when the dataset has any problem; nothing has been written. */
export class DatasetInvalidError extends Error {
  override readonly name = 'DatasetInvalidError';

  constructor(readonly problems: readonly Problem[]) {
    super(
      `数据集有 ${problems.length} 个问题，未写入任何数据 The dataset has ${problems.length} ` +
        `problem${problems.length === 1 ? '' : 's'}; nothing was written.\n` +
        formatProblems(problems, 20).join('\n'),
    );
  }
}
