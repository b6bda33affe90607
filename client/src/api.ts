/**
 * A tiny fetch-based GraphQL client for `POST /graphql` and the typed queries the
 * front end uses. Every failure becomes an `ApiError` whose `code` is the server's
 * `extensions.code` (DATABASE_UNAVAILABLE, NOT_FOUND, ...) or one of the client-side
 * codes NETWORK_ERROR, HTTP_ERROR, BAD_RESPONSE.
 */
import type { MessageKey } from './i18n';
import type { ChainMap, ChainSummary, EnterpriseDetail, LinkDetail, Region } from './types';

/** Codes the server puts on `extensions.code` (server/graphql/errors.ts) plus client-side ones. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_TIMEOUT'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  /** Over a request limit (depth, cost, ...) or the body size limit (server/http/graphql-limits.ts). */
  | 'QUERY_TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE'
  /** No session (reads need a login, or it ended), not allowed, too many requests (docs/security.md). */
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  /** fetch failed: server down, offline, aborted by the timeout. */
  | 'NETWORK_ERROR'
  /** Non-2xx HTTP status without a GraphQL error body. */
  | 'HTTP_ERROR'
  /** 2xx but not a GraphQL JSON response (e.g. an HTML page from a proxy). */
  | 'BAD_RESPONSE';

export interface GraphQLErrorJson {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    /** The server's `extensions.code`, or a client-side code; unknown server codes are kept as sent. */
    readonly code: ApiErrorCode | (string & {}),
    message: string,
    /** HTTP status when there was a response. */
    readonly status?: number,
    /** All GraphQL errors of the response. */
    readonly errors: GraphQLErrorJson[] = [],
  ) {
    super(message);
  }
}

/** A GraphQL document tagged with its result and variables types. */
export interface TypedQuery<TData, TVars> {
  readonly text: string;
  /** Phantom fields: never set, only carry the types. */
  readonly __data?: TData;
  readonly __vars?: TVars;
}

function gql<TData, TVars>(text: string): TypedQuery<TData, TVars> {
  return { text };
}

export const defaults = {
  /** The GraphQL endpoint; same origin as the page. */
  endpoint: '/graphql',
  /** Abort a request after this many ms (the server's own query timeout is 15 s). */
  timeoutMs: 30000,
};

export interface ClientOptions extends Partial<typeof defaults> {
  /** The fetch to use (tests pass a fake); defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface GraphQLClient {
  request<TData, TVars>(query: TypedQuery<TData, TVars>, variables: TVars): Promise<TData>;
}

export function createClient(options: ClientOptions = {}): GraphQLClient {
  const o = { ...defaults, ...options };
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  return {
    async request<TData, TVars>(query: TypedQuery<TData, TVars>, variables: TVars): Promise<TData> {
      const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
      const timer = controller ? setTimeout(() => controller.abort(), o.timeoutMs) : undefined;
      let response: Response;
      try {
        response = await doFetch(o.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query: query.text, variables }),
          ...(controller ? { signal: controller.signal } : {}),
        });
      } catch (err) {
        throw new ApiError('NETWORK_ERROR', err instanceof Error ? err.message : String(err));
      } finally {
        if (timer !== undefined) clearTimeout(timer);
      }
      let body: { data?: TData | null; errors?: GraphQLErrorJson[] } | undefined;
      try {
        body = (await response.json()) as typeof body;
      } catch {
        body = undefined;
      }
      const errors = body && Array.isArray(body.errors) ? body.errors : [];
      const first = errors[0];
      if (first) {
        throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message, response.status, errors);
      }
      if (!response.ok) {
        throw new ApiError('HTTP_ERROR', `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
      }
      if (!body || typeof body !== 'object' || body.data == null) {
        throw new ApiError('BAD_RESPONSE', 'The response is not a GraphQL result', response.status);
      }
      return body.data;
    },
  };
}

/** The i18n message that explains an error to the user (with `{message}`/`{status}` params). */
export function errorMessageKey(err: unknown): MessageKey {
  if (!(err instanceof ApiError)) return 'errorUnknown';
  switch (err.code) {
    case 'NETWORK_ERROR':
      return 'errorNetwork';
    case 'DATABASE_UNAVAILABLE':
      return 'errorDatabase';
    case 'DATABASE_TIMEOUT':
      return 'errorTimeout';
    case 'BAD_USER_INPUT':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
    case 'QUERY_TOO_COMPLEX':
    case 'PAYLOAD_TOO_LARGE':
      return 'errorBadInput';
    case 'NOT_FOUND':
      return 'errorNotFound';
    case 'UNAUTHENTICATED':
      return 'signInNeeded';
    case 'INTERNAL_SERVER_ERROR':
    case 'BAD_RESPONSE':
      return 'errorInternal';
    case 'HTTP_ERROR':
      return err.status === 502 || err.status === 503 || err.status === 504 ? 'errorNetwork' : 'errorHttp';
    default:
      return 'errorUnknown';
  }
}

// ---------------------------------------------------------------------------------
// Queries

export const CHAINS = gql<{ chains: ChainSummary[] }, { first?: number }>(`
  query Chains($first: Int) { chains(first: $first) { id name nameEn } }
`);

export const REGIONS = gql<{ regions: Region[] }, { parent: string | null }>(`
  query Regions($parent: String) { regions(parent: $parent) { code name level } }
`);

export const REGION = gql<{ region: Region | null }, { code: string }>(`
  query Region($code: String!) {
    region(code: $code) { code name level path { code name level } }
  }
`);

export const CHAIN_MAP = gql<{ chainMap: ChainMap | null }, { chain: string; region: string | null }>(`
  query ChainMap($chain: ID!, $region: String) {
    chainMap(chain: $chain, region: $region) {
      chain { id name nameEn description source asOf }
      region { code name level path { code name level } }
      nodes {
        link { id name nameEn unit source asOf }
        stage
        position
        enterprises
        capacity { value unit }
        pipelineCapacity { value unit }
        masterEnterprises { id name }
      }
      edges { from { id } to { id } inputPerUnit note source asOf }
      masters { enterprise { id name } region { code name } source asOf }
      leader { name title region { code name } source asOf }
    }
  }
`);

/** Page size of the firms panel. */
export const PRODUCERS_PAGE = 50;

export const LINK_PRODUCERS = gql<{ link: LinkDetail | null }, { id: string; region: string | null }>(`
  query LinkProducers($id: ID!, $region: String) {
    link(id: $id) {
      id name nameEn unit source asOf
      producers(region: $region, first: ${PRODUCERS_PAGE}) {
        enterprise { id name ownership tags region { code name } }
        capacity unit status source asOf
      }
    }
  }
`);

export const ENTERPRISE = gql<{ enterprise: EnterpriseDetail | null }, { id: string }>(`
  query Enterprise($id: ID!) {
    enterprise(id: $id) {
      id name aliases ownership tags founded employees revenueWan website source asOf
      region { code name }
      produces(first: 50) { link { id name nameEn unit } capacity unit status source asOf }
      suppliers(first: 50) {
        supplier { id name } customer { id name } link { id name nameEn } volume unit source asOf
      }
      customers(first: 50) {
        supplier { id name } customer { id name } link { id name nameEn } volume unit source asOf
      }
      parents(first: 10) { parent { id name } share source asOf }
      subsidiaries(first: 50) { child { id name } share source asOf }
      projects(first: 50) {
        id name region { code name } link { id name nameEn }
        investmentYi capacity unit status signedOn startedOn producingOn leader source asOf
      }
      masterOf(first: 20) { chain { id name nameEn } region { code name } source asOf }
    }
  }
`);
