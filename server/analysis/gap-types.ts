import type { Quantity } from './quantities.js';

export type Stage = 'upstream' | 'midstream' | 'downstream';
export type ProductionStatus = 'operating' | 'building' | 'planned';
export type GapStatus = 'MISSING' | 'FILLING' | 'WEAK' | 'STRONG';
export type Opportunity = 'FILL' | 'EXTEND_DOWNSTREAM' | 'EXTEND_UPSTREAM' | 'STRENGTHEN' | 'NONE';

/** A sentence in both languages. */
export interface Text {
  zh: string;
  en: string;
}

export interface LinkInfo {
  id: string;
  name: string;
  nameEn: string | null;
  /** The link's usual capacity unit; balances are computed in it. */
  unit: string | null;
}

export interface ChainLinkInfo extends LinkInfo {
  stage: Stage;
  position: number;
}

export interface ProjectCounts {
  signed: number;
  started: number;
  producing: number;
  stalled: number;
  cancelled: number;
}

/** What the knowledge base says about one link in one region, and nationally. */
export interface LinkFacts {
  /** Distinct operating producers located in the region or below it. */
  localOperatingFirms: number;
  /** Distinct building or planned producers located in the region (capacity may be unknown). */
  localPipelineFirms: number;
  /** Local capacity per status and unit. */
  local: { status: ProductionStatus; value: number; unit: string }[];
  /** Projects for the link located in the region, by status. */
  projects: ProjectCounts;
  nationalOperatingFirms: number;
  nationalOperating: Quantity[];
}

export interface FeedInfo {
  from: string;
  to: string;
  /** Units of `from` per unit of `to`; null when unknown. */
  inputPerUnit: number | null;
}

export interface Balance {
  unit: string;
  supply: number;
  demand: number;
  value: number;
  complete: boolean;
  notes: Text[];
}

export interface LinkGap {
  link: ChainLinkInfo;
  status: GapStatus;
  existsNationally: boolean;
  opportunity: Opportunity;
  opportunities: Opportunity[];
  score: number;
  explanation: Text;
  localEnterprises: number;
  localCapacity: Quantity[];
  localPipeline: { status: ProductionStatus; value: number; unit: string }[];
  projects: ProjectCounts;
  nationalEnterprises: number;
  nationalCapacity: Quantity[];
  balance: Balance | null;
  upstream: string[];
  downstream: string[];
}

export const noProjects: ProjectCounts = { signed: 0, started: 0, producing: 0, stalled: 0, cancelled: 0 };
