import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { mapError } from './executor';

const neo4jError = (code: string) => new Neo4jError('raw message with MATCH (n) internals', code, 'gql', 'desc');

describe('mapError', () => {
  it.each([
    ['ServiceUnavailable', 'DATABASE_UNAVAILABLE'],
    ['SessionExpired', 'DATABASE_UNAVAILABLE'],
    ['ProtocolError', 'DATABASE_UNAVAILABLE'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'DATABASE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'DATABASE_TIMEOUT'],
    ['Neo.ClientError.Transaction.LockClientStopped', 'DATABASE_TIMEOUT'],
    ['Neo.TransientError.Transaction.LockClientStopped', 'DATABASE_TIMEOUT'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
    ['Neo.ClientError.Statement.SyntaxError', 'INTERNAL_SERVER_ERROR'],
  ])('maps %s to %s without leaking the database message', (code, expected) => {
    const mapped = mapError(neo4jError(code));
    expect(mapped).toBeInstanceOf(GraphQLError);
    expect((mapped as GraphQLError).extensions.code).toBe(expected);
    expect(mapped.message).not.toContain('MATCH');
  });

  it('answers HTTP 503 for an unavailable database, so monitors see the outage', () => {
    expect((mapError(neo4jError('ServiceUnavailable')) as GraphQLError).extensions.http).toEqual({ status: 503 });
  });

  it('passes errors that are not from Neo4j through unchanged', () => {
    const error = new Error('boom');
    expect(mapError(error)).toBe(error);
  });
});
