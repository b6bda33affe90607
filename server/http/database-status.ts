import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../graphql/errors.js';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
type ResponseType = typeof JSON_TYPE | typeof GRAPHQL_RESPONSE;

/**
 * The media type a GraphQL answer goes out in for this Accept header, as Apollo chooses
 * it: no header means application/json; otherwise the acceptable type with the highest
 * q, then the more specific match, then the one listed first in the header, then
 * application/json. Null when neither is acceptable (Apollo then answers 406).
 */
export function responseType(accept: string | null | undefined): ResponseType | null {
  if (accept === null || accept === undefined || accept.trim() === '') return JSON_TYPE;
  const ranges = accept.split(',').map((part, index) => {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return { range, q: q === undefined ? 1 : Number(q.slice(2)), index };
  });
  const score = (type: ResponseType) => {
    let best: { q: number; specificity: number; index: number } | null = null;
    for (const r of ranges) {
      const specificity = r.range === type ? 2 : r.range === 'application/*' ? 1 : r.range === '*/*' ? 0 : -1;
      if (specificity < 0 || !(r.q >= 0)) continue;
      if (best === null || specificity > best.specificity) best = { q: r.q, specificity, index: r.index };
    }
    return best !== null && best.q > 0 ? best : null;
  };
  const json = score(JSON_TYPE);
  const graphql = score(GRAPHQL_RESPONSE);
  if (graphql === null) return json === null ? null : JSON_TYPE;
  if (json === null) return GRAPHQL_RESPONSE;
  const prefersGraphql =
    graphql.q !== json.q
      ? graphql.q > json.q
      : graphql.specificity !== json.specificity
        ? graphql.specificity > json.specificity
        : graphql.index < json.index;
  return prefersGraphql ? GRAPHQL_RESPONSE : JSON_TYPE;
}

/**
 * The HTTP status of a GraphQL answer that failed only because the database timed out
 * (DATABASE_TIMEOUT): 504 when it goes out as application/graphql-response+json and has
 * no data (GraphQL over HTTP allows a non-2xx status only then: with non-null data it
 * must be 2xx), so monitors and clients see the timeout without reading the body. With
 * application/json the spec wants 200 for every well-formed request: the status is left
 * alone and the code in the body says it. DATABASE_UNAVAILABLE keeps its own 503 in both
 * (set on the error in server/db/executor.ts; docs/operations.md says why).
 */
export function timeoutStatus(options: {
  accept: string | null | undefined;
  data: unknown;
  codes: readonly unknown[];
}): { status: 504; contentType: string } | null {
  const { accept, data, codes } = options;
  if (codes.length === 0 || !codes.every((c) => c === ErrorCode.DATABASE_TIMEOUT)) return null;
  if (data !== null && data !== undefined) return null;
  if (responseType(accept) !== GRAPHQL_RESPONSE) return null;
  return { status: 504, contentType: `${GRAPHQL_RESPONSE}; charset=utf-8` };
}

/** Applies `timeoutStatus` to every single-result GraphQL answer. */
export function databaseStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const decided = timeoutStatus({
            accept: request.http?.headers.get('accept'),
            data,
            codes: (errors ?? []).map((e) => e.extensions?.code),
          });
          if (decided === null) return;
          response.http.status = decided.status;
          // Pinned, so the type sent is the one the status was chosen for.
          response.http.headers.set('content-type', decided.contentType);
        },
      };
    },
  };
}
