import { buildSchema, getIntrospectionQuery, parse, validate, type OperationDefinitionNode } from 'graphql';
import * as mapApi from '../../client/src/api';
import * as analysisApi from '../../client/src/analysis-api';
import * as leaderApi from '../../client/src/leader-api';
import { loadConfig, type GraphQLLimits } from '../config/config';
import { loadTypeDefs } from '../graphql/schema';
import { checkOperation, checkQueryText, queryTooComplex, type LimitViolation } from './graphql-limits';

const schema = buildSchema(loadTypeDefs());
const config = loadConfig({});
const defaults = config.graphqlLimits;

/** Every limit check on one query text, as the server runs them; variables unknown are priced at maxPageSize. */
function check(
  query: string,
  options: { limits?: Partial<GraphQLLimits>; variables?: Record<string, unknown> } = {},
): LimitViolation | null {
  const limits = { ...defaults, ...options.limits };
  const text = checkQueryText({ query, limits });
  if (text) return text;
  const document = parse(query);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`invalid test query: ${errors.map((e) => e.message).join('; ')}`);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return checkOperation({
    schema,
    document,
    operation,
    variables: options.variables,
    limits,
    maxPageSize: config.maxPageSize,
  });
}

describe('the defaults', () => {
  it('are in the config, each with a value', () => {
    expect(defaults).toEqual({
      maxQueryChars: 20000,
      maxTokens: 3000,
      maxDepth: 12,
      maxAliases: 30,
      maxRootFields: 10,
      maxDirectives: 20,
      maxCost: 100000,
      assumedListSize: 20,
    });
  });

  it('read each limit from its variable, and refuse a bad value by name', () => {
    const c = loadConfig({ LIANPU_GQL_MAX_DEPTH: '5', LIANPU_GQL_MAX_COST: '999', LIANPU_INTROSPECTION: 'false' });
    expect(c.graphqlLimits.maxDepth).toBe(5);
    expect(c.graphqlLimits.maxCost).toBe(999);
    expect(c.introspection).toBe(false);
    expect(() => loadConfig({ LIANPU_GQL_MAX_ALIASES: '-1' })).toThrow(/LIANPU_GQL_MAX_ALIASES/);
  });
});

describe("the front end's queries", () => {
  const queries = Object.entries({ ...mapApi, ...analysisApi, ...leaderApi }).filter(
    (entry): entry is [string, { text: string }] =>
      typeof entry[1] === 'object' && entry[1] !== null && typeof (entry[1] as { text?: unknown }).text === 'string',
  );

  it('are all found', () => {
    // CHAINS, REGIONS, REGION, CHAIN_MAP, LINK_PRODUCERS, ENTERPRISE, TARGETS, CHAIN_TARGETS,
    // HEATMAP, REPORT, GAP_LINKS, CHAIN_GAPS, LINK_FIRMS, LINK_PROJECTS, SEARCH_REGIONS, GLOBAL_SEARCH
    expect(queries.length).toBeGreaterThanOrEqual(16);
  });

  it.each(
    Object.entries({ ...mapApi, ...analysisApi, ...leaderApi }).filter(
      ([, v]) => typeof (v as { text?: unknown })?.text === 'string',
    ),
  )('%s stays within the default limits even with every page at maxPageSize', (_name, query) => {
    expect(check((query as { text: string }).text)).toBeNull();
  });

  it('stay within half the default cost and depth, so a new field does not tip one over', () => {
    for (const [name, query] of queries) {
      const tight = check(query.text, { limits: { maxCost: defaults.maxCost / 2, maxDepth: defaults.maxDepth / 2 } });
      expect([name, tight]).toEqual([name, null]);
    }
  });
});

describe('each limit', () => {
  it('refuses a query nested deeper than maxDepth, counting through fragments', () => {
    const deep =
      '{ enterprise(id: "x") { subsidiaries { child { subsidiaries { child { ...F } } } } } } fragment F on Enterprise { subsidiaries { child { name } } }';
    expect(check(deep, { limits: { maxDepth: 7, maxCost: 1e9 } })).toEqual({ limit: 'depth', max: 7, actual: 8 });
    expect(check(deep, { limits: { maxDepth: 8, maxCost: 1e9 } })).toBeNull();
  });

  it('counts aliases, including those inside fragments', () => {
    const q =
      '{ a: chains(first: 1) { id } b: chains(first: 1) { x: id } ...F } fragment F on Query { c: health { ok } }';
    expect(check(q, { limits: { maxAliases: 2 } })).toEqual({ limit: 'aliases', max: 2, actual: 3 });
    expect(check(q, { limits: { maxAliases: 4 } })).toBeNull();
  });

  it('counts root fields, also when spread from a fragment', () => {
    const q = '{ health { ok } me { id } ...F } fragment F on Query { chains(first: 1) { id } }';
    expect(check(q, { limits: { maxRootFields: 2 } })).toEqual({ limit: 'rootFields', max: 2, actual: 3 });
  });

  it('counts directives', () => {
    const q = '{ health @include(if: true) { ok @skip(if: false) } me @include(if: true) { id } }';
    expect(check(q, { limits: { maxDirectives: 2 } })).toEqual({ limit: 'directives', max: 2, actual: 3 });
  });

  it('prices list fields by their first, capped at maxPageSize, and nested lists multiply', () => {
    // chains(first: 10) { id name links(first: 5) { position } }: 1 + 10*2 + 10*1 + 10*5*1 = 81
    const q = '{ chains(first: 10) { id name links(first: 5) { position } } }';
    expect(check(q, { limits: { maxCost: 81 } })).toBeNull();
    expect(check(q, { limits: { maxCost: 80 } })).toEqual({ limit: 'cost', max: 80, actual: 81 });
    // first: 100000 is priced at maxPageSize (200): 1 + 200 = 201
    expect(check('{ chains(first: 100000) { id } }', { limits: { maxCost: 201 } })).toBeNull();
  });

  it('prices a variable first at its value, or at maxPageSize when not sent', () => {
    const q = 'query Q($n: Int) { chains(first: $n) { id } }';
    expect(check(q, { limits: { maxCost: 10 }, variables: { n: 9 } })).toBeNull();
    // the walk stops where the count passes the limit: chains (1), then its ids (200)
    expect(check(q, { limits: { maxCost: 10 } })).toEqual({ limit: 'cost', max: 10, actual: 201 });
  });

  it('refuses the nested-lists attack the cost is for, however the depth is set', () => {
    const q =
      '{ enterprise(id: "x") { suppliers(first: 200) { supplier { suppliers(first: 200) { supplier { suppliers(first: 200) { volume } } } } } } }';
    expect(check(q)).toMatchObject({ limit: 'cost', max: defaults.maxCost });
  });

  it('stays fast on a fragment bomb (each fragment spreading the next twice)', () => {
    const n = 40;
    const fragments = Array.from(
      { length: n },
      (_, i) => `fragment F${i} on Enterprise { ${i + 1 < n ? `...F${i + 1} ...F${i + 1}` : 'name'} }`,
    ).join('\n');
    // Valid only if spread into an Enterprise; the walk stops at the cost limit, not after 2^40 visits.
    const q = `{ enterprise(id: "x") { ...F0 } } ${fragments}`;
    const started = Date.now();
    expect(check(q, { limits: { maxTokens: 100_000 } })).toMatchObject({ limit: 'cost' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses too many tokens before parsing, and a too-long text before lexing', () => {
    const q = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`;
    expect(checkQueryText({ query: q, limits: { maxTokens: 100, maxQueryChars: 100_000 } })).toEqual({
      limit: 'tokens',
      max: 100,
      actual: 101,
    });
    expect(checkQueryText({ query: q, limits: { maxTokens: 10_000, maxQueryChars: 100 } })).toEqual({
      limit: 'queryChars',
      max: 100,
      actual: q.length,
    });
    // A lexing error is the parser's to report, with its position.
    expect(checkQueryText({ query: '{ "unterminated }', limits: defaults })).toBeNull();
  });

  it('lets the standard introspection query through (its size is the schema, bounded by graphql-js)', () => {
    expect(check(getIntrospectionQuery())).toBeNull();
  });
});

describe('the error', () => {
  it('is QUERY_TOO_COMPLEX, HTTP 400, naming the limit and both numbers, Chinese first', () => {
    const error = queryTooComplex({ limit: 'depth', max: 12, actual: 13 });
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 12, actual: 13 });
    expect(error.extensions.http).toEqual({ status: 400 });
    expect(error.message).toBe(
      '查询过于复杂：嵌套深度 13 超过上限 12 (query too complex: nesting depth 13 exceeds the limit of 12)',
    );
  });
});
