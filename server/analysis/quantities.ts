/** An amount in one unit. Amounts in different units are never added together. */
export interface Quantity {
  value: number;
  unit: string;
}

/** Adds amounts unit by unit; the result has one entry per unit, largest first. */
export function sumByUnit(items: Iterable<Quantity>): Quantity[] {
  const totals = new Map<string, number>();
  for (const { value, unit } of items) totals.set(unit, (totals.get(unit) ?? 0) + value);
  return [...totals]
    .map(([unit, value]) => ({ unit, value: round(value) }))
    .sort((a, b) => b.value - a.value || a.unit.localeCompare(b.unit));
}

/** The amount in `unit`, or 0 when there is none in that unit. */
export function inUnit(items: readonly Quantity[], unit: string): number {
  return items.filter((q) => q.unit === unit).reduce((sum, q) => sum + q.value, 0);
}

/** Rounds away floating-point noise (0.1 + 0.2) without hiding real decimals. */
export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** 266 → "266", 26.0001 → "26", 0.8 → "0.8": for sentences. */
export function formatNumber(value: number): string {
  // A number rounded to two decimals prints in at most two decimals, without trailing
  // zeros; `+ 0` turns -0 into 0.
  return String(round(value, 2) + 0);
}

export function formatQuantities(items: readonly Quantity[], separator = ' + '): string {
  return items.map((q) => `${formatNumber(q.value)}${q.unit}`).join(separator);
}
