import type { Balance, FeedInfo, LinkFacts, LinkInfo, Text } from './gap-types.js';
import { formatNumber, inUnit, round } from './quantities.js';

export interface BalanceOptions {
  link: LinkInfo;
  /** Feeds out of `link`, to any link (inside the chain or not: power feeds nickel too). */
  consumers: FeedInfo[];
  facts: (linkId: string) => LinkFacts | undefined;
  info: (linkId: string) => LinkInfo | undefined;
}

const operating = (facts: LinkFacts | undefined) =>
  (facts?.local ?? []).filter((q) => q.status === 'operating').map(({ value, unit }) => ({ value, unit }));

/**
 * Local supply of a link minus local demand for it, in the link's unit. Demand from a
 * consumer link M is M's local operating capacity (in M's own unit) times the feed's
 * input_per_unit. A consumer whose ratio is unknown, or whose capacity is in another
 * unit, is left out and named in `notes` rather than guessed.
 */
export function computeBalance(options: BalanceOptions): Balance | null {
  const { link, consumers } = options;
  const supplyRows = operating(options.facts(link.id));
  const unit = link.unit ?? (new Set(supplyRows.map((q) => q.unit)).size === 1 ? supplyRows[0]!.unit : null);
  if (unit === null) return null;

  const notes: Text[] = [];
  const supply = inUnit(supplyRows, unit);
  const otherSupply = supplyRows.filter((q) => q.unit !== unit);
  if (otherSupply.length > 0) {
    const units = [...new Set(otherSupply.map((q) => q.unit))].join('、');
    notes.push({
      zh: `部分本地产能以${units}计，与${unit}不可相加，未计入供给`,
      en: `some local capacity is in ${units}, which cannot be added to ${unit}; left out of supply`,
    });
  }

  let demand = 0;
  let complete = true;
  for (const feed of consumers) {
    const consumer = options.info(feed.to);
    const rows = operating(options.facts(feed.to));
    if (!consumer || rows.length === 0) continue; // no local consumer, no local demand
    const consumerUnit = consumer.unit ?? rows[0]!.unit;
    const capacity = inUnit(rows, consumerUnit);
    const names = { zh: consumer.name, en: consumer.nameEn ?? consumer.name };
    if (feed.inputPerUnit === null) {
      complete = false;
      notes.push({
        zh: `本地${names.zh}产能${formatNumber(capacity)}${consumerUnit}，但单耗未知，其需求未计入`,
        en: `local ${names.en} (${formatNumber(capacity)} ${consumerUnit}) has no known input ratio; its demand is left out`,
      });
      continue;
    }
    if (capacity === 0) {
      complete = false;
      notes.push({
        zh: `本地${names.zh}产能单位与${consumerUnit}不同，其需求未计入`,
        en: `local ${names.en} capacity is not in ${consumerUnit}; its demand is left out`,
      });
      continue;
    }
    demand += capacity * feed.inputPerUnit;
  }
  if (supply === 0 && demand === 0) return null;
  return { unit, supply: round(supply), demand: round(demand), value: round(supply - demand), complete, notes };
}
