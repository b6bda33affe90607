import { start, type RunningServer } from '../server/main';
import type { Database } from '../server/db/database';
import { testConfig, testDatabase } from './support/database';

/**
 * GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/) as this server
 * answers it, plus the limits in front of it: each row is one request and what the spec
 * (or our hardening) says must come back.
 */
let db: Database;
let server: RunningServer;
let closed: RunningServer;

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

beforeAll(async () => {
  db = await testDatabase();
  server = await start({ config: testConfig(), db, log: () => undefined });
  closed = await start({
    config: { ...testConfig(), introspection: false, http: { ...testConfig().http, maxBodyBytes: 2048 } },
    db,
    log: () => undefined,
  });
});

afterAll(async () => {
  await server?.stop();
  await closed?.stop();
  await db?.close();
});

interface Row {
  /** What the row shows. */
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  /** For GET: the search parameters; for POST/PUT: the body (a string is sent as is). */
  params?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Against the server with introspection off and a 2 KB body limit. */
  onClosed?: boolean;
  status: number;
  /** Expected start of the Content-Type. */
  type?: string;
  /** Expected `errors[0].extensions.code`; null: no errors, and `data` present. */
  code?: string | null;
  /** Expected response headers. */
  expectHeaders?: Record<string, string>;
  /** Expected text in errors[0].message. */
  message?: RegExp;
}

const q = '{ health { ok } }';
// 13 levels, one item per page, so depth and not cost is what it passes.
const deep =
  '{ chains(first: 1) { links(first: 1) { link { chains(first: 1) { links(first: 1) { link { chains(first: 1) { links(first: 1) { link { chains(first: 1) { links(first: 1) { link { id } } } } } } } } } } } } }';
/** `{ health { a0: ok a1: ok ... } }`: aliases below the root, so only the alias limit counts them. */
const aliased = (n: number) => `{ health { ${Array.from({ length: n }, (_, i) => `a${i}: ok`).join(' ')} } }`;

const rows: Row[] = [
  // --- POST (spec: MUST accept application/json bodies)
  {
    name: 'POST JSON query answers 200 with data',
    method: 'POST',
    body: { query: q },
    status: 200,
    type: JSON_TYPE,
    code: null,
  },
  {
    name: 'Accept: application/graphql-response+json is honoured',
    method: 'POST',
    body: { query: q },
    headers: { accept: GRAPHQL_RESPONSE },
    status: 200,
    type: GRAPHQL_RESPONSE,
    code: null,
  },
  {
    name: 'parse error with graphql-response+json: 400',
    method: 'POST',
    body: { query: '{ health { ok }' },
    headers: { accept: GRAPHQL_RESPONSE },
    status: 400,
    type: GRAPHQL_RESPONSE,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'validation error with graphql-response+json: 400',
    method: 'POST',
    body: { query: '{ noSuchField }' },
    headers: { accept: GRAPHQL_RESPONSE },
    status: 400,
    type: GRAPHQL_RESPONSE,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'variables of the wrong type: 400',
    method: 'POST',
    body: { query: 'query ($n: Int) { chains(first: $n) { id } }', variables: { n: 'many' } },
    headers: { accept: GRAPHQL_RESPONSE },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'no query: 400', method: 'POST', body: { variables: {} }, status: 400, code: 'BAD_REQUEST' },
  {
    name: 'variables sent as a JSON string: 400',
    method: 'POST',
    body: { query: q, variables: '{}' },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'operationName not a string: 400',
    method: 'POST',
    body: { query: q, operationName: 3 },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a batch (JSON array) is refused: batching is off',
    method: 'POST',
    body: [{ query: q }, { query: q }],
    status: 400,
    message: /batching/i,
  },
  {
    name: 'broken JSON: 400 with a GraphQL error body',
    method: 'POST',
    body: '{"query": ',
    status: 400,
    type: JSON_TYPE,
    code: 'BAD_REQUEST',
    message: /JSON/,
  },
  {
    name: 'Accept that allows neither JSON type: 406',
    method: 'POST',
    body: { query: q },
    headers: { accept: 'text/html' },
    status: 406,
  },
  // --- CSRF prevention (Apollo's csrfPrevention, on)
  {
    name: 'a simple text/plain POST (a cross-site form) is refused',
    method: 'POST',
    body: JSON.stringify({ query: q }),
    headers: { 'content-type': 'text/plain' },
    status: 400,
    message: /Cross-Site Request Forgery/,
  },
  // --- GET (spec: MAY support GET; queries only)
  {
    name: 'GET query without a preflight header is refused (CSRF)',
    method: 'GET',
    params: { query: q },
    status: 400,
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'GET query with apollo-require-preflight: 200',
    method: 'GET',
    params: { query: q },
    headers: { 'apollo-require-preflight': '1', accept: GRAPHQL_RESPONSE },
    status: 200,
    type: GRAPHQL_RESPONSE,
    code: null,
  },
  {
    name: 'GET mutation: 405 with Allow: POST',
    method: 'GET',
    params: { query: 'mutation { logout }' },
    headers: { 'apollo-require-preflight': '1' },
    status: 405,
    expectHeaders: { allow: 'POST' },
  },
  {
    name: 'GET with variables as JSON in the URL',
    method: 'GET',
    params: { query: 'query ($n: Int) { chains(first: $n) { id } }', variables: '{"n":1}' },
    headers: { 'apollo-require-preflight': '1' },
    status: 200,
    code: null,
  },
  { name: 'PUT: 405', method: 'PUT', body: { query: q }, status: 405, expectHeaders: { allow: 'GET, POST' } },
  // --- limits
  {
    name: 'too deep: 400 QUERY_TOO_COMPLEX naming the limit',
    method: 'POST',
    body: { query: deep },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /嵌套深度 13 超过上限 12 \(query too complex: nesting depth 13 exceeds the limit of 12\)/,
  },
  {
    name: 'too many aliases: 400 QUERY_TOO_COMPLEX',
    method: 'POST',
    body: { query: aliased(31) },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /aliases 31 exceeds the limit of 30/,
  },
  {
    name: 'too many tokens: refused before parsing',
    method: 'POST',
    body: { query: `{ ${'a '.repeat(3001)}}` },
    headers: { accept: GRAPHQL_RESPONSE },
    status: 400,
    type: GRAPHQL_RESPONSE,
    code: 'QUERY_TOO_COMPLEX',
    message: /tokens 3001 exceeds the limit of 3000/,
  },
  {
    name: 'too costly: nested pages multiply',
    method: 'POST',
    body: {
      query:
        '{ enterprise(id: "x") { suppliers(first: 200) { supplier { suppliers(first: 200) { supplier { suppliers(first: 200) { volume } } } } } } }',
    },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /estimated cost/,
  },
  {
    name: 'body over the limit: 413 saying the limit',
    method: 'POST',
    body: { query: q, variables: { pad: 'x'.repeat(4096) } },
    onClosed: true,
    status: 413,
    type: JSON_TYPE,
    code: 'PAYLOAD_TOO_LARGE',
    message: /上限 2 KB \(request body too large; the limit is 2 KB\)/,
  },
  // --- introspection
  {
    name: 'introspection is on by default',
    method: 'POST',
    body: { query: '{ __schema { queryType { name } } }' },
    status: 200,
    code: null,
  },
  {
    name: 'LIANPU_INTROSPECTION=false closes it',
    method: 'POST',
    body: { query: '{ __schema { queryType { name } } }' },
    onClosed: true,
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /introspection/i,
  },
];

test.each(rows.map((row) => [row.name, row]))('%s', async (_name, row) => {
  const base = `${(row.onClosed ? closed : server).url}/graphql`;
  const url = row.method === 'GET' ? `${base}?${new URLSearchParams(row.params)}` : base;
  const headers: Record<string, string> = { ...row.headers };
  if (row.method !== 'GET' && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(url, {
    method: row.method,
    headers,
    ...(row.method === 'GET' ? {} : { body: typeof row.body === 'string' ? row.body : JSON.stringify(row.body) }),
  });
  const text = await res.text();
  expect([res.status, text.slice(0, 300)]).toEqual([row.status, expect.any(String)]);
  if (row.type) expect(res.headers.get('content-type')).toMatch(new RegExp(`^${row.type.replace(/[+]/g, '\\+')}`));
  for (const [header, value] of Object.entries(row.expectHeaders ?? {})) expect(res.headers.get(header)).toBe(value);
  if (row.code === undefined && row.message === undefined) return;
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  if (row.code === null) {
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();
    return;
  }
  if (row.code) expect(body.errors?.[0]?.extensions?.code).toBe(row.code);
  if (row.message) expect(body.errors?.[0]?.message).toMatch(row.message);
});

test('a query exactly at a limit passes', async () => {
  const atLimit = aliased(30);
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: atLimit }),
  });
  expect(res.status).toBe(200);
});
