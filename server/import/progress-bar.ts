import type { ImportProgress } from './write.js';

export interface ProgressWriterOptions {
  /** Where to draw (stderr, so stdout carries only the summary). */
  stream: { write(text: string): unknown };
  /** On a terminal the bar redraws in place; in a log file every batch is its own line. */
  interactive: boolean;
  /** Bar width in characters. */
  width?: number;
}

/** A progress callback for `importDataset` that draws a one-line bar per table. */
export function progressWriter({
  stream,
  interactive,
  width = 30,
}: ProgressWriterOptions): (p: ImportProgress) => void {
  return (progress) => {
    const line = formatProgress(progress, interactive ? width : 0);
    if (!interactive) stream.write(`${line}\n`);
    else stream.write(`\r${line}${progress.done >= progress.total ? '\n' : ''}`);
  };
}

/** `enterprises  [#########.........]  1000/3000  33%`; without the bar when width is 0. */
export function formatProgress({ table, done, total }: ImportProgress, width: number): string {
  const fraction = total === 0 ? 1 : done / total;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const filled = Math.round(fraction * width);
  const bar = width === 0 ? '' : ` [${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
  return `${table.padEnd(12)}${bar} ${String(done).padStart(String(total).length)}/${total} ${percent}`;
}
