/** Latency statistics for the benchmarks: nearest-rank percentiles over milliseconds. */

export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile (the value below which `p` % of the samples fall); NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarise(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length === 0 ? Number.NaN : sum / sorted.length,
    max: sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1]!,
  };
}

/** Milliseconds with one decimal, right-aligned to `width`. */
export function ms(value: number, width = 8): string {
  return (Number.isFinite(value) ? value.toFixed(1) : '-').padStart(width);
}

/** How much slower `a` is than `b`, as a signed percentage ("+12 %"). */
export function overhead(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '-';
  const pct = Math.round((a / b - 1) * 100);
  return `${pct >= 0 ? '+' : ''}${pct} %`;
}
