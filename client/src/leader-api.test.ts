import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { CHAIN_MAP, CHAINS, ENTERPRISE, LINK_PRODUCERS, REGION, REGIONS } from './api';
import { CHAIN_GAPS, GLOBAL_SEARCH, LINK_FIRMS, LINK_PROJECTS, SEARCH_REGIONS } from './leader-api';

// The server's SDL: a query the server would refuse fails here, without a database.
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'server', 'graphql', 'schema.graphql'), 'utf8'));

describe("the chain leader's queries match the server schema", () => {
  it.each([
    ['CHAIN_GAPS', CHAIN_GAPS.text],
    ['LINK_FIRMS', LINK_FIRMS.text],
    ['LINK_PROJECTS', LINK_PROJECTS.text],
    ['SEARCH_REGIONS', SEARCH_REGIONS.text],
    ['GLOBAL_SEARCH', GLOBAL_SEARCH.text],
    // The map page's own queries (api.ts), which the firm panel and the link panel extend.
    ['CHAINS', CHAINS.text],
    ['REGIONS', REGIONS.text],
    ['REGION', REGION.text],
    ['CHAIN_MAP', CHAIN_MAP.text],
    ['LINK_PRODUCERS', LINK_PRODUCERS.text],
    ['ENTERPRISE', ENTERPRISE.text],
  ])('%s validates', (_, text) => {
    expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });
});
