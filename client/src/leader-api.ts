/**
 * The typed GraphQL queries and result shapes of the chain leader's map (issue 4): the
 * gap analysis and summary beside the map, a link expanded into its firms, the link's
 * projects, and the searches. Kept apart from `api.ts` so each view owns its queries.
 */
import { type TypedQuery } from './api';
import type { ChainSummary, EnterpriseRef, LinkRef, Ownership, Provenance, Quantity, Region, RegionRef } from './types';

export type GapStatus = 'MISSING' | 'FILLING' | 'WEAK' | 'STRONG';
export type Opportunity = 'FILL' | 'EXTEND_DOWNSTREAM' | 'EXTEND_UPSTREAM' | 'STRENGTHEN' | 'NONE';

/** The statuses from most to least urgent (legend order). */
export const GAP_STATUSES: readonly GapStatus[] = ['MISSING', 'FILLING', 'WEAK', 'STRONG'];
/** The opportunities that are worth a badge, in the order the summary lists them. */
export const OPPORTUNITIES: readonly Exclude<Opportunity, 'NONE'>[] = [
  'FILL',
  'EXTEND_UPSTREAM',
  'EXTEND_DOWNSTREAM',
  'STRENGTHEN',
];

/** A sentence the server built in both languages from the numbers. */
export interface BilingualText {
  zh: string;
  en: string;
}

export interface GapBalance {
  unit: string;
  supply: number;
  demand: number;
  value: number;
  complete: boolean;
  notes: BilingualText[];
}

export interface GapProjectCounts {
  signed: number;
  started: number;
  producing: number;
  stalled: number;
  cancelled: number;
}

export interface LinkGap {
  link: { id: string; name: string; nameEn?: string | null; unit?: string | null };
  status: GapStatus;
  opportunity: Opportunity;
  opportunities: Opportunity[];
  score: number;
  explanation: BilingualText;
  localEnterprises: number;
  localCapacity: Quantity[];
  projects: GapProjectCounts;
  balance: GapBalance | null;
}

export interface GapSummary {
  completeness: number;
  linksTotal: number;
  linksPresent: number;
  gaps: {
    fill: number;
    extendDownstream: number;
    extendUpstream: number;
    strengthen: number;
    missing: number;
    filling: number;
    weak: number;
    strong: number;
  };
  masters: Array<Provenance & { enterprise: EnterpriseRef; region: RegionRef }>;
  leader: (Provenance & { name: string; title?: string | null }) | null;
  projects: GapProjectCounts;
}

export const CHAIN_GAPS: TypedQuery<
  { chainGaps: LinkGap[]; chainSummary: GapSummary },
  { chain: string; region: string }
> = {
  text: `
  query ChainGaps($chain: ID!, $region: String!) {
    chainGaps(chain: $chain, region: $region) {
      link { id name nameEn unit }
      status opportunity opportunities score
      explanation { zh en }
      localEnterprises
      localCapacity { value unit }
      projects { signed started producing stalled cancelled }
      balance { unit supply demand value complete notes { zh en } }
    }
    chainSummary(chain: $chain, region: $region) {
      completeness linksTotal linksPresent
      gaps { fill extendDownstream extendUpstream strengthen missing filling weak strong }
      masters { enterprise { id name } region { code name } source asOf }
      leader { name title source asOf }
      projects { signed started producing stalled cancelled }
    }
  }
`,
};

export interface LinkFirmProduction extends Provenance {
  capacity?: number | null;
  unit?: string | null;
  status: 'OPERATING' | 'BUILDING' | 'PLANNED';
}

export interface LinkFirm {
  enterprise: EnterpriseRef & { ownership?: Ownership | null; tags: string[]; region?: RegionRef | null };
  productions: LinkFirmProduction[];
  links: string[];
  master: boolean;
}

export interface FirmSupply extends Provenance {
  supplier: EnterpriseRef;
  customer: EnterpriseRef;
  link: LinkRef;
  volume?: number | null;
  unit?: string | null;
}

export interface LinkFirmGraph {
  link: { id: string };
  total: number;
  firms: LinkFirm[];
  neighbours: LinkFirm[];
  supplies: FirmSupply[];
}

/** How many firms an expanded link shows (a projector map stays readable). */
export const EXPAND_PAGE = 24;

export const LINK_FIRMS: TypedQuery<
  { linkFirms: LinkFirmGraph | null },
  { chain: string; link: string; region: string | null }
> = {
  text: `
  query LinkFirms($chain: ID!, $link: ID!, $region: String) {
    linkFirms(chain: $chain, link: $link, region: $region, first: ${EXPAND_PAGE}) {
      link { id }
      total
      firms {
        enterprise { id name ownership tags region { code name } }
        productions { capacity unit status source asOf }
        links master
      }
      neighbours { enterprise { id name ownership tags region { code name } } productions { status } links master }
      supplies { supplier { id name } customer { id name } link { id name nameEn } volume unit source asOf }
    }
  }
`,
};

export interface LinkProject extends Provenance {
  id: string;
  name: string;
  status: 'SIGNED' | 'STARTED' | 'PRODUCING' | 'STALLED' | 'CANCELLED';
  investmentYi?: number | null;
  capacity?: number | null;
  unit?: string | null;
  signedOn?: string | null;
  startedOn?: string | null;
  producingOn?: string | null;
  leader?: string | null;
  enterprise?: EnterpriseRef | null;
  region: RegionRef;
}

/** Page size of the projects list in the link panel. */
export const PROJECTS_PAGE = 20;

export const LINK_PROJECTS: TypedQuery<
  { link: { id: string; projects: LinkProject[] } | null },
  { id: string; region: string | null }
> = {
  text: `
  query LinkProjects($id: ID!, $region: String) {
    link(id: $id) {
      id
      projects(region: $region, first: ${PROJECTS_PAGE}) {
        id name status investmentYi capacity unit signedOn startedOn producingOn leader source asOf
        enterprise { id name } region { code name }
      }
    }
  }
`,
};

export const SEARCH_REGIONS: TypedQuery<{ searchRegions: Region[] }, { query: string; first: number }> = {
  text: `
  query SearchRegions($query: String!, $first: Int) {
    searchRegions(query: $query, first: $first) { code name level path { code name level } }
  }
`,
};

export interface GlobalSearchResult {
  searchEnterprises: Array<{ score: number; enterprise: EnterpriseRef & { region?: RegionRef | null } }>;
  searchLinks: Array<{
    score: number;
    link: { id: string; name: string; nameEn?: string | null; chains: ChainSummary[] };
  }>;
  searchChains: Array<{ score: number; chain: ChainSummary }>;
}

export const GLOBAL_SEARCH: TypedQuery<GlobalSearchResult, { query: string; first: number }> = {
  text: `
  query GlobalSearch($query: String!, $first: Int) {
    searchChains(query: $query, first: $first) { score chain { id name nameEn } }
    searchLinks(query: $query, first: $first) { score link { id name nameEn chains(first: 5) { id name nameEn } } }
    searchEnterprises(query: $query, first: $first) { score enterprise { id name region { code name } } }
  }
`,
};
