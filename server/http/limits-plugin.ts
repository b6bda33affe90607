import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GraphQLLimits } from '../config/config.js';
import { checkOperation, checkQueryText, queryTooComplex } from './graphql-limits.js';
import { sendGraphQLError } from './graphql-error-response.js';

export interface LimitsOptions {
  /** The configured limits (config.graphqlLimits). */
  limits: GraphQLLimits;
  /** Largest `first` any list accepts: the most a page can cost. */
  maxPageSize: number;
}

/**
 * Checks the operation Apollo is about to run, with its variables, after validation and
 * before any resolver (and before the access plugin counts a write against the rate limit).
 */
export function limitsPlugin(options: LimitsOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const violation = checkOperation({
            schema,
            document,
            operation,
            variables: request.variables,
            limits: options.limits,
            maxPageSize: options.maxPageSize,
          });
          if (violation) throw queryTooComplex(violation);
        },
      };
    },
  };
}

/**
 * Refuses an over-long or over-many-token query text before Apollo parses it; parsing
 * and validating a huge document is the work an attacker would want us to do.
 */
export function queryTextLimit(options: Pick<LimitsOptions, 'limits'>): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const query =
      req.method === 'GET'
        ? req.query.query
        : body !== null && typeof body === 'object' && !Array.isArray(body)
          ? (body as Record<string, unknown>).query
          : undefined;
    if (typeof query !== 'string') return next();
    const violation = checkQueryText({ query, limits: options.limits });
    if (!violation) return next();
    const error = queryTooComplex(violation);
    sendGraphQLError({ req, res, status: 400, message: error.message, extensions: error.extensions });
  };
}
