/**
 * TypeScript mirrors of the parts of `server/graphql/schema.graphql` the client reads.
 * Only the fields the queries in `api.ts` select are declared; optional (`?`) fields
 * are those some queries leave out. Keep in step with the schema by hand (it is small).
 */

export type Stage = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'PARK';
export type Ownership = 'CENTRAL_SOE' | 'LOCAL_SOE' | 'PRIVATE' | 'FOREIGN' | 'MIXED';
export type ProductionStatus = 'OPERATING' | 'BUILDING' | 'PLANNED';
export type ProjectStatus = 'SIGNED' | 'STARTED' | 'PRODUCING' | 'STALLED' | 'CANCELLED';

/** The stages in map order, upstream (left) to downstream (right). */
export const STAGES: readonly Stage[] = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];

/** Where a figure comes from; every figure in the API carries these. */
export interface Provenance {
  source?: string | null;
  asOf?: string | null;
}

/** A capacity total in one unit (the server never adds different units). */
export interface Quantity {
  value: number;
  unit: string;
}

export interface RegionRef {
  code: string;
  name: string;
  level?: RegionLevel;
}

export interface Region extends RegionRef, Provenance {
  level: RegionLevel;
  path?: RegionRef[];
}

export interface ChainSummary {
  id: string;
  name: string;
  nameEn?: string | null;
}

export interface Chain extends ChainSummary, Provenance {
  description?: string | null;
}

export interface LinkRef {
  id: string;
  name?: string;
  nameEn?: string | null;
}

export interface Link extends Provenance {
  id: string;
  name: string;
  nameEn?: string | null;
  unit?: string | null;
}

export interface EnterpriseRef {
  id: string;
  name: string;
}

export interface ChainMapNode {
  link: Link;
  stage: Stage;
  position: number;
  /** Operating producers located in the region (nationwide when no region). */
  enterprises: number;
  /** Operating capacity, one entry per unit. */
  capacity: Quantity[];
  /** Building or planned capacity, one entry per unit. */
  pipelineCapacity: Quantity[];
  masterEnterprises: EnterpriseRef[];
}

export interface Feed extends Provenance {
  from: LinkRef;
  to: LinkRef;
  inputPerUnit?: number | null;
  note?: string | null;
}

export interface LinkMaster extends Provenance {
  enterprise: EnterpriseRef;
  region: RegionRef;
}

export interface ChainLeader extends Provenance {
  name: string;
  title?: string | null;
  region: RegionRef;
}

export interface ChainMap {
  chain: Chain;
  /** Null for the national view. */
  region: Region | null;
  nodes: ChainMapNode[];
  edges: Feed[];
  masters: LinkMaster[];
  leader: ChainLeader | null;
}

export interface ProducerEnterprise extends EnterpriseRef {
  ownership?: Ownership | null;
  tags: string[];
  region?: RegionRef | null;
}

/** One PRODUCES relation: a firm's capacity for a link (operating, building or planned). */
export interface Production extends Provenance {
  enterprise: ProducerEnterprise;
  link?: Link;
  capacity?: number | null;
  unit?: string | null;
  status: ProductionStatus;
}

export interface LinkDetail extends Link {
  producers: Production[];
}

export interface Supply extends Provenance {
  supplier: EnterpriseRef;
  customer: EnterpriseRef;
  link: LinkRef;
  volume?: number | null;
  unit?: string | null;
}

export interface Project extends Provenance {
  id: string;
  name: string;
  region: RegionRef;
  link: LinkRef;
  investmentYi?: number | null;
  capacity?: number | null;
  unit?: string | null;
  status: ProjectStatus;
  signedOn?: string | null;
  startedOn?: string | null;
  producingOn?: string | null;
  leader?: string | null;
}

export interface Shareholding extends Provenance {
  parent: EnterpriseRef;
  share?: number | null;
}

export interface EnterpriseMasterOf extends Provenance {
  chain: ChainSummary;
  region: RegionRef;
}

export interface EnterpriseDetail extends Provenance {
  id: string;
  name: string;
  aliases: string[];
  region?: RegionRef | null;
  ownership?: Ownership | null;
  tags: string[];
  founded?: string | null;
  employees?: number | null;
  revenueWan?: number | null;
  website?: string | null;
  produces: Production[];
  suppliers: Supply[];
  customers: Supply[];
  parents: Shareholding[];
  /** Firms this one holds shares in; absent in data from older queries. */
  subsidiaries?: Array<Provenance & { child: EnterpriseRef; share?: number | null }>;
  projects: Project[];
  masterOf: EnterpriseMasterOf[];
}
