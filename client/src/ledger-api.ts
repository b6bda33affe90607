/**
 * The GraphQL queries of the ledger view (台账, server/graphql/ledger.graphql): the
 * pipeline, the overdue list and a month's moves in one request (all public), and the
 * month's lead figures apart: they are private, and a refusal of a non-null field would
 * take the whole answer with it.
 */
import type { TypedQuery } from './api';
import type { ProjectRow } from './forms/project-form';
import type { Quantity, ProjectStatus } from './types';

export interface LedgerFigures {
  projects: number;
  investmentYi: number;
  capacity: Quantity[];
}

export interface PipelineStatusFigures extends LedgerFigures {
  status: ProjectStatus;
}

/** A project as the ledger lists it (and the edit form takes it). */
export type LedgerProject = ProjectRow & { link: { id: string; name: string } };

export interface LedgerData {
  projectPipeline: {
    total: number;
    links: Array<{ link: { id: string; name: string; nameEn?: string | null }; statuses: PipelineStatusFigures[] }>;
    totals: PipelineStatusFigures[];
    projects: LedgerProject[];
  };
  overdueProjects: {
    days: number;
    cutoff: string;
    overdueTotal: number;
    dateUnknownTotal: number;
    overdue: Array<{ signedOn: string; daysSinceSigned: number; project: LedgerProject }>;
    dateUnknown: LedgerProject[];
  };
  monthlySummary: {
    month: string;
    moves: Array<LedgerFigures & { to: ProjectStatus }>;
  };
}

export interface LedgerVars {
  chain: string;
  region: string;
  /** Null: the server's default (LIANPU_OVERDUE_DAYS). */
  days: number | null;
  month: string;
  first: number;
}

const PROJECT = `id name status investmentYi capacity unit signedOn startedOn producingOn stalledOn cancelledOn
  leader source asOf enterprise { id name } region { code name } link { id name }`;
const FIGURES = 'projects investmentYi capacity { value unit }';

export const LEDGER: TypedQuery<LedgerData, LedgerVars> = {
  text: `query Ledger($chain: ID!, $region: String!, $days: Int, $month: String!, $first: Int) {
    projectPipeline(chain: $chain, region: $region, first: $first) {
      total
      links { link { id name nameEn } statuses { status ${FIGURES} } }
      totals { status ${FIGURES} }
      projects { ${PROJECT} }
    }
    overdueProjects(region: $region, chain: $chain, days: $days, first: $first) {
      days cutoff overdueTotal dateUnknownTotal
      overdue { signedOn daysSinceSigned project { ${PROJECT} } }
      dateUnknown { ${PROJECT} }
    }
    monthlySummary(region: $region, chain: $chain, month: $month) { month moves { to ${FIGURES} } }
  }`,
};

export interface MonthlyLeads {
  opened: number;
  won: number;
  dropped: number;
  followUps: Array<{ kind: 'VISIT' | 'CALL' | 'MEETING'; count: number }>;
}

/** Private: FORBIDDEN or UNAUTHENTICATED for those who may not read follow-ups there. */
export const MONTHLY_LEADS: TypedQuery<
  { monthlySummary: { leads: MonthlyLeads } },
  { chain: string; region: string; month: string }
> = {
  text: `query MonthlyLeads($chain: ID, $region: String!, $month: String!) {
    monthlySummary(region: $region, chain: $chain, month: $month) {
      leads { opened won dropped followUps { kind count } }
    }
  }`,
};
