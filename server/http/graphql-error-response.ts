import type { Request, Response } from 'express';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

export interface GraphQLErrorResponseOptions {
  req: Request;
  res: Response;
  /** HTTP status (400, 413, ...). */
  status: number;
  /** Chinese first, then English. */
  message: string;
  /** At least `code`; `http` is dropped (it is for Apollo, not for clients). */
  extensions: Record<string, unknown>;
}

/**
 * Answers like Apollo would for errors found before Apollo runs (body too large, bad
 * JSON, query too long): a GraphQL error body, in the media type the client accepts
 * (GraphQL over HTTP: application/graphql-response+json when asked for).
 */
export function sendGraphQLError(options: GraphQLErrorResponseOptions): void {
  const { req, res, status, message } = options;
  const extensions = { ...options.extensions };
  delete extensions.http;
  const type =
    req.accepts(['application/json', GRAPHQL_RESPONSE]) === GRAPHQL_RESPONSE ? GRAPHQL_RESPONSE : 'application/json';
  res
    .status(status)
    .type(`${type}; charset=utf-8`)
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}
