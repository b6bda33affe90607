/**
 * The typed GraphQL queries of the recruiter and planner views (targets, the chain's
 * target firm list, the heat map, the report's gap table) and the result shapes they
 * select. Kept apart from `api.ts` so the chain-map queries stay small.
 */
import type { TypedQuery } from './api';
import type { Ownership, Quantity, RegionLevel, RegionRef, Stage } from './types';

/** A sentence the server built in both languages. */
export interface Text {
  zh: string;
  en: string;
}

export type ScoreComponentName = 'SCALE' | 'QUALITY' | 'TIES' | 'MOMENTUM' | 'PROXIMITY';

/** The score components in the order the server documents them. */
export const SCORE_COMPONENTS: readonly ScoreComponentName[] = ['SCALE', 'QUALITY', 'TIES', 'MOMENTUM', 'PROXIMITY'];

export interface ScoreComponent {
  name: ScoreComponentName;
  /** 0-1. */
  value: number;
  /** Normalised weight; the weights sum to 1. */
  weight: number;
  /** value × weight × 100: this component's part of the 0-100 score. */
  points: number;
  reason: Text;
}

export interface TargetEnterprise {
  id: string;
  name: string;
  ownership?: Ownership | null;
  tags: string[];
  region?: (RegionRef & { path?: RegionRef[] }) | null;
}

export interface Target {
  enterprise: TargetEnterprise;
  score: number;
  rank: number;
  cursor: string;
  components: ScoreComponent[];
  capacity: Quantity[];
  viaGroup: boolean;
  reasons: Text[];
  /** The firm's open lead for this link and region; null when none or not readable (private). */
  openLead?: { id: string; openedOn: string } | null;
}

export interface TargetPage {
  link: { id: string; name: string; nameEn?: string | null; unit?: string | null };
  region: RegionRef;
  targets: Target[];
  total: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The API's `TargetFilter` input; absent fields do not filter. */
export interface TargetFilterInput {
  tags?: string[];
  ownership?: Ownership[];
  includeProvinces?: string[];
  excludeProvinces?: string[];
  minCapacity?: number;
}

export interface ChainTarget {
  enterprise: TargetEnterprise;
  score: number;
  links: { id: string; name: string; nameEn?: string | null }[];
  reasons: Text[];
}

export interface GapCounts {
  fill: number;
  extendDownstream: number;
  extendUpstream: number;
  strengthen: number;
  missing: number;
  filling: number;
  weak: number;
  strong: number;
}

export interface HeatmapRow {
  region: RegionRef & { level: RegionLevel };
  gapCount: number;
  opportunityScore: number;
  completeness: number;
  gaps: GapCounts;
}

export type GapStatus = 'MISSING' | 'FILLING' | 'WEAK' | 'STRONG';
export type Opportunity = 'FILL' | 'EXTEND_DOWNSTREAM' | 'EXTEND_UPSTREAM' | 'STRENGTHEN' | 'NONE';

export interface ReportGap {
  link: { id: string; name: string; nameEn?: string | null };
  stage: Stage;
  status: GapStatus;
  opportunity: Opportunity;
  score: number;
  explanation: Text;
  localEnterprises: number;
  localCapacity: Quantity[];
}

export interface ReportSummary {
  completeness: number;
  linksTotal: number;
  linksPresent: number;
  gaps: GapCounts;
  projects: { signed: number; started: number; producing: number; stalled: number; cancelled: number };
}

const ENTERPRISE_FIELDS = 'id name ownership tags region { code name path { code name level } }';

export const TARGETS: TypedQuery<
  { targets: TargetPage },
  { link: string; region: string; filter: TargetFilterInput | null; first: number; after: string | null }
> = {
  text: `
  query Targets($link: ID!, $region: String!, $filter: TargetFilter, $first: Int, $after: String) {
    targets(link: $link, region: $region, filter: $filter, first: $first, after: $after) {
      link { id name nameEn unit }
      region { code name }
      total hasNextPage endCursor
      targets {
        rank score cursor viaGroup
        enterprise { ${ENTERPRISE_FIELDS} }
        components { name value weight points reason { zh en } }
        capacity { value unit }
        reasons { zh en }
        openLead { id openedOn }
      }
    }
  }
`,
};

export const CHAIN_TARGETS: TypedQuery<
  { chainTargets: ChainTarget[] },
  { chain: string; region: string; filter: TargetFilterInput | null; perLink: number; first: number }
> = {
  text: `
  query ChainTargets($chain: ID!, $region: String!, $filter: TargetFilter, $perLink: Int, $first: Int) {
    chainTargets(chain: $chain, region: $region, filter: $filter, perLink: $perLink, first: $first) {
      score
      enterprise { ${ENTERPRISE_FIELDS} }
      links { id name nameEn }
      reasons { zh en }
    }
  }
`,
};

const GAP_COUNT_FIELDS = 'fill extendDownstream extendUpstream strengthen missing filling weak strong';

export const HEATMAP: TypedQuery<
  { heatmap: HeatmapRow[] },
  { chain: string; level: RegionLevel; within: string | null; first: number }
> = {
  text: `
  query Heatmap($chain: ID!, $level: RegionLevel, $within: String, $first: Int) {
    heatmap(chain: $chain, level: $level, within: $within, first: $first) {
      region { code name level }
      gapCount opportunityScore completeness
      gaps { ${GAP_COUNT_FIELDS} }
    }
  }
`,
};

export const REPORT: TypedQuery<
  { chainGaps: ReportGap[]; chainSummary: ReportSummary; chainTargets: ChainTarget[] },
  { chain: string; region: string; targets: number }
> = {
  text: `
  query Report($chain: ID!, $region: String!, $targets: Int) {
    chainGaps(chain: $chain, region: $region) {
      link { id name nameEn } stage status opportunity score explanation { zh en }
      localEnterprises localCapacity { value unit }
    }
    chainSummary(chain: $chain, region: $region) {
      completeness linksTotal linksPresent
      gaps { ${GAP_COUNT_FIELDS} }
      projects { signed started producing stalled cancelled }
    }
    chainTargets(chain: $chain, region: $region, first: $targets) {
      score
      enterprise { ${ENTERPRISE_FIELDS} }
      links { id name nameEn }
      reasons { zh en }
    }
  }
`,
};

export interface GapLink {
  link: { id: string; name: string; nameEn?: string | null; unit?: string | null };
  opportunity: Opportunity;
  score: number;
}

/** The gap links of a chain in a region, for the targets view's link picker. */
export const GAP_LINKS: TypedQuery<{ chainGaps: GapLink[] }, { chain: string; region: string }> = {
  text: `
  query GapLinks($chain: ID!, $region: String!) {
    chainGaps(chain: $chain, region: $region) { link { id name nameEn unit } opportunity score }
  }
`,
};
