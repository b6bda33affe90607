import { ApiError, CHAIN_MAP, CHAINS, createClient, ENTERPRISE, errorMessageKey, LINK_PRODUCERS } from './api';

type FakeResponse = { status?: number; body?: unknown; text?: string };

/** A fetch that records the request and answers with `res` (or throws `res` when it is an Error). */
function fakeFetch(res: FakeResponse | Error) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(input), init });
    if (res instanceof Error) throw res;
    const status = res.status ?? 200;
    const text = res.text ?? JSON.stringify(res.body);
    return new Response(text, { status, headers: { 'content-type': 'application/json' } });
  };
  return { fn: fn as typeof fetch, calls };
}

describe('createClient', () => {
  it('POSTs {query, variables} as JSON and returns data', async () => {
    const f = fakeFetch({ body: { data: { chains: [{ id: 'aluminium', name: '铝产业链', nameEn: 'Aluminium' }] } } });
    const api = createClient({ fetch: f.fn, endpoint: '/graphql' });
    const data = await api.request(CHAINS, { first: 50 });
    expect(data.chains[0]?.name).toBe('铝产业链');
    expect(f.calls).toHaveLength(1);
    expect(f.calls[0]?.url).toBe('/graphql');
    expect(f.calls[0]?.init?.method).toBe('POST');
    const body = JSON.parse(String(f.calls[0]?.init?.body));
    expect(body.variables).toEqual({ first: 50 });
    expect(body.query).toContain('chains(first: $first)');
  });

  it('turns a GraphQL error into an ApiError with the server code', async () => {
    const f = fakeFetch({
      status: 200,
      body: {
        data: null,
        errors: [{ message: 'Neo4j is not reachable', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
      },
    });
    const err = await createClient({ fetch: f.fn })
      .request(CHAINS, {})
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('DATABASE_UNAVAILABLE');
    expect((err as ApiError).message).toBe('Neo4j is not reachable');
    expect(errorMessageKey(err)).toBe('errorDatabase');
  });

  it('prefers the GraphQL error code over the HTTP status (Apollo sends 400 for bad input)', async () => {
    const f = fakeFetch({
      status: 400,
      body: { errors: [{ message: 'first > 200', extensions: { code: 'BAD_USER_INPUT' } }] },
    });
    const err = (await createClient({ fetch: f.fn })
      .request(CHAINS, { first: 999 })
      .catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.status).toBe(400);
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    const f = fakeFetch(new TypeError('fetch failed'));
    const err = (await createClient({ fetch: f.fn })
      .request(CHAINS, {})
      .catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('NETWORK_ERROR');
    expect(errorMessageKey(err)).toBe('errorNetwork');
  });

  it('reports a non-JSON error page as HTTP_ERROR with its status, and a proxy 502 as network trouble', async () => {
    const e500 = (await createClient({ fetch: fakeFetch({ status: 500, text: '<html>oops</html>' }).fn })
      .request(CHAINS, {})
      .catch((e: unknown) => e)) as ApiError;
    expect(e500.code).toBe('HTTP_ERROR');
    expect(e500.status).toBe(500);
    expect(errorMessageKey(e500)).toBe('errorHttp');
    const e502 = (await createClient({ fetch: fakeFetch({ status: 502, text: 'Bad Gateway' }).fn })
      .request(CHAINS, {})
      .catch((e: unknown) => e)) as ApiError;
    expect(errorMessageKey(e502)).toBe('errorNetwork');
  });

  it('reports a 200 that is not a GraphQL result as BAD_RESPONSE', async () => {
    const err = (await createClient({ fetch: fakeFetch({ text: '<!doctype html>' }).fn })
      .request(CHAINS, {})
      .catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('BAD_RESPONSE');
  });

  it.each(['QUERY_TOO_COMPLEX', 'PAYLOAD_TOO_LARGE'])(
    'shows %s (a request over a server limit) as bad input',
    (code) => {
      expect(errorMessageKey(new ApiError(code, 'x', 400))).toBe('errorBadInput');
    },
  );

  it('keeps unknown server codes and maps them to the generic message', async () => {
    const f = fakeFetch({ body: { errors: [{ message: 'x', extensions: { code: 'SOMETHING_NEW' } }] } });
    const err = (await createClient({ fetch: f.fn })
      .request(CHAINS, {})
      .catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('SOMETHING_NEW');
    expect(errorMessageKey(err)).toBe('errorUnknown');
    expect(errorMessageKey(new Error('plain'))).toBe('errorUnknown');
  });
});

/** The `{ ... }` selection set that follows the first `field(` or `field {` in a query, braces matched. */
function selectionOf(query: string, field: string): string {
  const start = query.search(new RegExp(`\\b${field}[({ ]`));
  if (start < 0) return '';
  const open = query.indexOf('{', start);
  let depth = 0;
  for (let i = open; i < query.length; i++) {
    if (query[i] === '{') depth++;
    if (query[i] === '}' && --depth === 0) return query.slice(open, i + 1);
  }
  return '';
}

describe('queries', () => {
  it('ask chainMap for everything the map draws, in one query', () => {
    for (const field of [
      'chainMap(chain: $chain, region: $region)',
      'enterprises',
      'capacity { value unit }',
      'pipelineCapacity',
      'masterEnterprises',
      'edges { from { id } to { id }',
      'leader',
      'masters',
    ]) {
      expect(CHAIN_MAP.text).toContain(field);
    }
  });

  it('ask for source and asOf with every figure of the panels', () => {
    expect(LINK_PRODUCERS.text).toMatch(
      /producers\(region: \$region, first: 50\)[\s\S]*capacity unit status source asOf/,
    );
    expect(LINK_PRODUCERS.text).toContain('enterprise { id name ownership tags region { code name } }');
    for (const rel of ['produces', 'suppliers', 'customers', 'projects', 'masterOf', 'parents']) {
      expect({ rel, selection: selectionOf(ENTERPRISE.text, rel) }).toEqual({
        rel,
        selection: expect.stringMatching(/\bsource asOf\b/),
      });
    }
    expect(selectionOf(ENTERPRISE.text, 'enterprise')).toMatch(/website source asOf/);
  });
});
