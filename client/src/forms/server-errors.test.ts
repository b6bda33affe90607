import { ApiError } from '../api';
import { enterpriseForm } from './enterprise-form';
import { productionForm } from './production-form';
import { projectForm } from './project-form';
import { mapServerError } from './server-errors';

function apiError(code: string, message: string, extensions: Record<string, unknown> = {}): ApiError {
  return new ApiError(code, message, 400, [{ message, extensions: { code, ...extensions } }]);
}

const project = projectForm({ mode: 'create', now: 0 });

describe('mapServerError', () => {
  it('puts every problem of BAD_USER_INPUT at its field, in the server format', () => {
    const err = apiError('BAD_USER_INPUT', '字段 link 有误 (invalid link): unknown link "x"', {
      field: 'link',
      problems: [
        { field: 'link', message: 'unknown link "x" (not in input nor in the knowledge base)' },
        { field: 'unit', message: 'required when capacity is given' },
      ],
    });
    expect(mapServerError({ error: err, form: project })).toEqual({
      fields: {
        link: {
          key: 'serverField',
          params: {
            message: '字段 link 有误 (invalid link): unknown link "x" (not in input nor in the knowledge base)',
          },
        },
        unit: {
          key: 'serverField',
          params: { message: '字段 unit 有误 (invalid unit): required when capacity is given' },
        },
      },
      form: null,
      signIn: false,
    });
  });

  it('shows a problem of a field the form does not have on the form', () => {
    const form = productionForm({ firm: { id: 'f', name: 'F' }, mode: 'create' });
    const err = apiError('BAD_USER_INPUT', 'x', {
      field: 'enterprise',
      problems: [{ field: 'enterprise', message: 'unknown' }],
    });
    const mapped = mapServerError({ error: err, form });
    expect(mapped.fields).toEqual({});
    expect(mapped.form?.key).toBe('serverField');
  });

  it('puts a region refusal at the region field, a chain refusal at the link', () => {
    const region = apiError('FORBIDDEN', '你的账号只能修改 通辽市 的数据', { reason: 'region', outside: ['150502'] });
    expect(mapServerError({ error: region, form: enterpriseForm({ mode: 'create' }) }).fields).toEqual({
      region: { key: 'serverForbidden', params: { message: '你的账号只能修改 通辽市 的数据' } },
    });
    const chain = apiError('FORBIDDEN', 'chain', { reason: 'chain' });
    expect(Object.keys(mapServerError({ error: chain, form: project }).fields)).toEqual(['link']);
    const role = apiError('FORBIDDEN', '查看者无权修改企业', { reason: 'role' });
    expect(mapServerError({ error: role, form: project })).toMatchObject({
      fields: {},
      form: { key: 'serverForbidden' },
    });
  });

  it('a key that exists is shown at the id; a lost session asks for a sign-in', () => {
    expect(Object.keys(mapServerError({ error: apiError('CONFLICT', 'exists'), form: project }).fields)).toEqual([
      'id',
    ]);
    expect(mapServerError({ error: apiError('UNAUTHENTICATED', '请先登录'), form: project })).toEqual({
      fields: {},
      form: { key: 'sessionEnded' },
      signIn: true,
    });
    expect(mapServerError({ error: apiError('RATE_LIMITED', 'slow', { retryAfter: 7 }), form: project }).form).toEqual({
      key: 'serverRateLimited',
      params: { seconds: 7 },
    });
    expect(mapServerError({ error: new Error('offline'), form: project }).form).toEqual({
      key: 'serverOther',
      params: { message: 'offline' },
    });
  });
});
