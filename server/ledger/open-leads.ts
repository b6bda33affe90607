/**
 * `Target.openLead`: the open lead of a target firm for the list's link and region, for
 * those who may read follow-ups there (docs/ledger.md). One query per target page
 * (a DataLoader per request batches the page's firms), and never an error: a caller who
 * may not read leads gets null, so the public targets answer is never broken by it.
 */
import DataLoader from 'dataloader';
import { requirePermission } from '../auth/guards.js';
import { refusedByRole } from '../auth/roles.js';
import type { Row } from '../db/rows.js';
import type { Context } from '../graphql/context.js';

/** What a Target carries to find its lead: the firm, the list's link and recruiting region. */
export interface LeadKey {
  enterprise: string;
  link: string;
  region: string;
}

// One loader per request (the Context object lives exactly as long as the request).
const loaders = new WeakMap<Context, DataLoader<LeadKey, Row | null, string>>();

const keyOf = (k: LeadKey) => JSON.stringify([k.region, k.link, k.enterprise]);

async function load(ctx: Context, keys: readonly LeadKey[]): Promise<Array<Row | null>> {
  // Anonymous callers, viewers and disabled accounts never read leads: no query for them.
  const user = ctx.auth.user;
  if (user === null || refusedByRole(user, 'followup.read')) {
    return keys.map(() => null);
  }
  const found = new Map<string, Row>();
  // A target page has one link and region: one query; a batch mixing several runs one each.
  const groups = new Map<string, { link: string; region: string; enterprises: string[] }>();
  for (const k of keys) {
    const g = groups.get(`${k.region}|${k.link}`) ?? { link: k.link, region: k.region, enterprises: [] };
    g.enterprises.push(k.enterprise);
    groups.set(`${k.region}|${k.link}`, g);
  }
  for (const g of groups.values()) {
    const records = await ctx.executor.read('ledger/open-leads', g);
    const leads = records.map((r) => r.get('lead') as Row);
    if (leads.length === 0) continue;
    try {
      // Same link and region for the group: one check, with the link's chains (chain leaders).
      await requirePermission(ctx, {
        action: 'followup.read',
        regions: [g.region],
        chains: (leads[0]!.chains as string[]) ?? [],
      });
    } catch {
      continue;
    }
    for (const lead of leads) {
      found.set(keyOf({ ...g, enterprise: String((lead.enterprise as Row).id) }), lead);
    }
  }
  return keys.map((k) => found.get(keyOf(k)) ?? null);
}

/** The open lead of a target, or null (none, or the caller may not read it). */
export function openLeadOf(ctx: Context, key: LeadKey): Promise<Row | null> {
  let loader = loaders.get(ctx);
  if (loader === undefined) {
    loader = new DataLoader<LeadKey, Row | null, string>((keys) => load(ctx, keys), { cacheKeyFn: keyOf });
    loaders.set(ctx, loader);
  }
  return loader.load(key);
}
