/**
 * The GraphQL operations of the sign-in and the edit forms (server/graphql/auth.graphql,
 * edit.graphql), typed for `GraphQLClient.request`. The pickers reuse the search fields
 * of the global search box, one kind per query.
 */
import type { TypedQuery } from '../api';
import type { GlobalSearchResult } from '../leader-api';
import type { ChainSummary, RegionRef } from '../types';

export type Role = 'VIEWER' | 'RECRUITER' | 'CHAIN_LEADER' | 'ADMIN';

export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regions: RegionRef[];
  chains: ChainSummary[];
}

const ACCOUNT_FIELDS = 'id username displayName role regions { code name } chains { id name nameEn }';

export const ME: TypedQuery<{ me: Account | null }, Record<string, never>> = {
  text: `query Me { me { ${ACCOUNT_FIELDS} } }`,
};

/** `useCookie`: the session goes into an HttpOnly cookie the page's scripts never see. */
export const LOGIN: TypedQuery<
  { login: { expiresAt: string; user: Account } },
  { username: string; password: string }
> = {
  text: `mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password, useCookie: true) { expiresAt user { ${ACCOUNT_FIELDS} } }
  }`,
};

export const LOGOUT: TypedQuery<{ logout: boolean }, Record<string, never>> = {
  text: 'mutation Logout { logout }',
};

/** What a mutation answers: the audit record, or null for an update that changed nothing. */
export interface ChangeRef {
  id: string;
  entityType: string;
  entityId: string;
}
const CHANGE_FIELDS = 'id entityType entityId';

type Vars = Record<string, unknown>;

export type MutationName =
  | 'createEnterprise'
  | 'updateEnterprise'
  | 'createProduction'
  | 'updateProduction'
  | 'createProject'
  | 'updateProject'
  | 'moveProject'
  | 'recordFollowUp';

/**
 * The mutations the forms send; create* answer a Change, update* a Change or null;
 * moveProject a ProjectMove and recordFollowUp a FollowUp, read here in the Change's
 * shape (their type and id).
 */
export const MUTATIONS: Record<MutationName, TypedQuery<{ result: ChangeRef | null }, Vars>> = {
  createEnterprise: {
    text: `mutation CreateEnterprise($input: EnterpriseInput!, $note: String) {
      result: createEnterprise(input: $input, note: $note) { ${CHANGE_FIELDS} } }`,
  },
  updateEnterprise: {
    text: `mutation UpdateEnterprise($id: ID!, $input: EnterpriseChanges!, $note: String) {
      result: updateEnterprise(id: $id, input: $input, note: $note) { ${CHANGE_FIELDS} } }`,
  },
  createProduction: {
    text: `mutation CreateProduction($input: ProductionInput!, $note: String) {
      result: createProduction(input: $input, note: $note) { ${CHANGE_FIELDS} } }`,
  },
  updateProduction: {
    text: `mutation UpdateProduction($enterprise: ID!, $link: ID!, $status: ProductionStatus!,
      $input: ProductionChanges!, $note: String) {
      result: updateProduction(enterprise: $enterprise, link: $link, status: $status, input: $input, note: $note) {
        ${CHANGE_FIELDS}
      } }`,
  },
  createProject: {
    text: `mutation CreateProject($input: ProjectInput!, $note: String) {
      result: createProject(input: $input, note: $note) { ${CHANGE_FIELDS} } }`,
  },
  updateProject: {
    text: `mutation UpdateProject($id: ID!, $input: ProjectChanges!, $note: String) {
      result: updateProject(id: $id, input: $input, note: $note) { ${CHANGE_FIELDS} } }`,
  },
  moveProject: {
    text: `mutation MoveProject($id: ID!, $input: ProjectMoveInput!, $note: String) {
      result: moveProject(id: $id, input: $input, note: $note) { id entityType: __typename entityId: id } }`,
  },
  recordFollowUp: {
    text: `mutation RecordFollowUp($input: FollowUpInput!, $note: String) {
      result: recordFollowUp(input: $input, note: $note) { id entityType: __typename entityId: id } }`,
  },
};

/** The picker queries: the global search's fields, one kind each (no chains or links asked for a firm). */
export const SEARCH_FIRMS: TypedQuery<
  Pick<GlobalSearchResult, 'searchEnterprises'>,
  { query: string; first: number }
> = {
  text: `query SearchFirms($query: String!, $first: Int) {
    searchEnterprises(query: $query, first: $first) { score enterprise { id name region { code name } } }
  }`,
};

export const SEARCH_LINK_PICKS: TypedQuery<
  Pick<GlobalSearchResult, 'searchLinks'>,
  { query: string; first: number }
> = {
  text: `query SearchLinkPicks($query: String!, $first: Int) {
    searchLinks(query: $query, first: $first) { score link { id name nameEn chains(first: 5) { id name nameEn } } }
  }`,
};
