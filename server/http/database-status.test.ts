import { ErrorCode } from '../graphql/errors.js';
import { responseType, timeoutStatus } from './database-status.js';

test('responseType follows the Accept header the way Apollo negotiates it', () => {
  expect(responseType(undefined)).toBe('application/json');
  expect(responseType('')).toBe('application/json');
  expect(responseType('application/json')).toBe('application/json');
  expect(responseType('application/graphql-response+json')).toBe('application/graphql-response+json');
  // Both at q=1: the one listed first.
  expect(responseType('application/graphql-response+json, application/json')).toBe('application/graphql-response+json');
  expect(responseType('application/json, application/graphql-response+json')).toBe('application/json');
  // q decides before order.
  expect(responseType('application/json;q=0.9, application/graphql-response+json')).toBe(
    'application/graphql-response+json',
  );
  expect(responseType('application/graphql-response+json;q=0.5, application/json')).toBe('application/json');
  // A wildcard is less specific than the named type at the same q.
  expect(responseType('*/*, application/graphql-response+json')).toBe('application/graphql-response+json');
  expect(responseType('*/*')).toBe('application/json');
  expect(responseType('application/*;q=0.5, application/graphql-response+json;q=0.5')).toBe(
    'application/graphql-response+json',
  );
  expect(responseType('text/html')).toBeNull();
  expect(responseType('application/json;q=0')).toBeNull();
});

test('timeoutStatus: 504 only for a data-less timeout sent as graphql-response+json', () => {
  const timeout = [ErrorCode.DATABASE_TIMEOUT];
  const graphql = 'application/graphql-response+json';
  expect(timeoutStatus({ accept: graphql, data: null, codes: timeout })).toEqual({
    status: 504,
    contentType: 'application/graphql-response+json; charset=utf-8',
  });
  expect(timeoutStatus({ accept: graphql, data: undefined, codes: [...timeout, ...timeout] })?.status).toBe(504);
  // application/json: 200 for every well-formed request (GraphQL over HTTP).
  expect(timeoutStatus({ accept: 'application/json', data: null, codes: timeout })).toBeNull();
  expect(timeoutStatus({ accept: undefined, data: null, codes: timeout })).toBeNull();
  // Partial data must be 2xx.
  expect(timeoutStatus({ accept: graphql, data: { chain: null }, codes: timeout })).toBeNull();
  // Another error alongside, or none: not this rule's business.
  expect(timeoutStatus({ accept: graphql, data: null, codes: [...timeout, ErrorCode.NOT_FOUND] })).toBeNull();
  expect(timeoutStatus({ accept: graphql, data: null, codes: [] })).toBeNull();
  expect(timeoutStatus({ accept: graphql, data: null, codes: [ErrorCode.DATABASE_UNAVAILABLE] })).toBeNull();
});
