/**
 * Pure formatting of numbers, quantities, money and provenance for labels and panels.
 * Rule from the domain: keep units explicit and never add numbers of different units.
 */
import { type Lang, t, UNIT_EN } from './i18n';
import type { Provenance, Quantity } from './types';

/** A plain number: at most 2 decimals; thousands separators in English only (Chinese reports write 5000万吨). */
export function formatNumber(lang: Lang, value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return lang === 'en'
    ? rounded.toLocaleString('en-US', { maximumFractionDigits: 2 })
    : rounded.toLocaleString('zh-CN', { maximumFractionDigits: 2, useGrouping: false });
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * One quantity: zh "266万吨"; en "2,660 kt" (an exact power-of-ten conversion of the
 * usual Chinese units, see `UNIT_EN`); unknown units as given ("12 GWh").
 */
export function formatQuantity(lang: Lang, q: Quantity): string {
  if (lang === 'en') {
    const conv = UNIT_EN[q.unit];
    if (conv) return `${formatNumber('en', q.value * conv.factor)} ${conv.unit}`;
    return q.unit ? `${formatNumber('en', q.value)} ${q.unit}` : formatNumber('en', q.value);
  }
  if (!q.unit) return formatNumber('zh', q.value);
  const sep = CJK.test(q.unit.charAt(0)) ? '' : ' ';
  return `${formatNumber('zh', q.value)}${sep}${q.unit}`;
}

/** Several quantities, one per unit, listed side by side ("266万吨、40万千瓦"), never summed. */
export function formatQuantities(lang: Lang, qs: readonly Quantity[]): string {
  return qs.map((q) => formatQuantity(lang, q)).join(t(lang, 'listSep'));
}

/**
 * Totals per unit, in order of first appearance. Items without a value or a unit are
 * skipped: a figure whose unit is unknown cannot be added to anything.
 */
export function sumByUnit(items: ReadonlyArray<{ capacity?: number | null; unit?: string | null }>): Quantity[] {
  const totals = new Map<string, number>();
  for (const item of items) {
    if (item.capacity == null || !Number.isFinite(item.capacity) || !item.unit) continue;
    totals.set(item.unit, (totals.get(item.unit) ?? 0) + item.capacity);
  }
  return [...totals].map(([unit, value]) => ({ value, unit }));
}

/** Money given in 万元: zh "12000万元", en "CNY 120M". */
export function formatMoneyWan(lang: Lang, wan: number): string {
  return t(lang, 'revenueValue', { n: formatNumber(lang, lang === 'en' ? wan / 100 : wan) });
}

/** Money given in 亿元: zh "45亿元", en "CNY 4,500M". */
export function formatMoneyYi(lang: Lang, yi: number): string {
  return t(lang, 'investmentValue', { n: formatNumber(lang, lang === 'en' ? yi * 100 : yi) });
}

/** A source that is an estimate says so at its start (interchange format rule). */
export function isEstimate(source: string | null | undefined): boolean {
  return !!source && /^\s*(估算|estimate)/i.test(source);
}

/** "来源：通辽日报 2022-11（2022-11）"; says so when the figure has no recorded source. */
export function formatProvenance(lang: Lang, p: Provenance): string {
  if (!p.source && !p.asOf) return t(lang, 'sourceUnknown');
  return t(lang, 'sourceLine', {
    source: p.source || t(lang, 'notRecorded'),
    asOf: p.asOf || t(lang, 'notRecorded'),
  });
}
