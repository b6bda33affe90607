import { ErrorCode } from '../graphql/errors.js';
import { httpStatusOf } from './error-status.js';

test('REST errors: the database being away is 503, a query stopped by the timeout 504, unknown codes 500', () => {
  expect(httpStatusOf(ErrorCode.DATABASE_UNAVAILABLE)).toBe(503);
  expect(httpStatusOf(ErrorCode.DATABASE_TIMEOUT)).toBe(504);
  expect(httpStatusOf(ErrorCode.FORBIDDEN)).toBe(403);
  expect(httpStatusOf(ErrorCode.INTERNAL_SERVER_ERROR)).toBe(500);
  expect(httpStatusOf('SOMETHING_ELSE')).toBe(500);
  expect(httpStatusOf(undefined)).toBe(500);
});
