import { buildSchema, parse, validate } from 'graphql';
import { loadTypeDefs } from '../../../server/graphql/schema';
import * as formsApi from './forms-api';

/** Every operation the sign-in and the forms send is valid against the server's own schema. */
const schema = buildSchema(loadTypeDefs());
const operations = {
  ME: formsApi.ME,
  LOGIN: formsApi.LOGIN,
  LOGOUT: formsApi.LOGOUT,
  SEARCH_FIRMS: formsApi.SEARCH_FIRMS,
  SEARCH_LINK_PICKS: formsApi.SEARCH_LINK_PICKS,
  ...formsApi.MUTATIONS,
};

describe('forms-api operations', () => {
  it.each(Object.entries(operations))('%s is valid against the schema', (_name, op) => {
    expect(validate(schema, parse(op.text)).map((e) => e.message)).toEqual([]);
  });

  it('logs in with the cookie, so the token never reaches page scripts', () => {
    expect(formsApi.LOGIN.text).toMatch(/useCookie: true/);
    expect(formsApi.LOGIN.text).not.toMatch(/\btoken\b/);
  });
});
