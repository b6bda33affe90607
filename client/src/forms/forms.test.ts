import type { EnterpriseDetail } from '../types';
import { enterpriseForm } from './enterprise-form';
import { changedFields, pickerValue } from './form-spec';
import { productionForm } from './production-form';
import { projectForm } from './project-form';

const firm: EnterpriseDetail = {
  id: 'f1',
  name: '测试铝业',
  aliases: ['测铝'],
  region: { code: '150581', name: '霍林郭勒市' },
  ownership: 'PRIVATE',
  tags: ['listed'],
  founded: '2001',
  employees: 120,
  revenueWan: null,
  website: null,
  source: '年报',
  asOf: '2024',
  produces: [],
  suppliers: [],
  customers: [],
  parents: [],
  projects: [],
  masterOf: [],
};

describe('enterprise form', () => {
  it('creates with the fields given, lists split, numbers as numbers, blanks left out', () => {
    const form = enterpriseForm({ mode: 'create' });
    const result = form.submit({
      ...form.initial,
      id: ' new-1 ',
      name: ' 新企业 ',
      region: '150581',
      aliases: '新企 | 新企业集团',
      tags: 'listed|srdi',
      employees: '30',
      revenueWan: '12.5',
      note: '新招引',
    });
    expect(result).toEqual({
      request: {
        mutation: 'createEnterprise',
        variables: {
          input: {
            id: 'new-1',
            name: '新企业',
            region: '150581',
            aliases: ['新企', '新企业集团'],
            tags: ['listed', 'srdi'],
            employees: 30,
            revenueWan: 12.5,
          },
          note: '新招引',
        },
      },
    });
  });

  it('refuses before sending: required fields, a fractional head count, a bad date', () => {
    const form = enterpriseForm({ mode: 'create' });
    const result = form.submit({ ...form.initial, id: 'a b', employees: '2.5', founded: '2001年' });
    expect('problems' in result && Object.keys(result.problems).sort()).toEqual(
      ['employees', 'founded', 'id', 'name', 'region'].sort(),
    );
  });

  it('updates only what changed, a cleared field as null', () => {
    const form = enterpriseForm({ mode: 'edit', firm });
    expect(form.initial['tags']).toBe('listed');
    expect(form.labels).toEqual({ region: '霍林郭勒市' });
    const result = form.submit({ ...form.initial, employees: '150', source: '', note: '核实' });
    expect(result).toEqual({
      request: {
        mutation: 'updateEnterprise',
        variables: { id: 'f1', input: { employees: 150, source: null }, note: '核实' },
      },
    });
  });

  it('sends an empty update when nothing changed (the server answers null, writes nothing)', () => {
    const form = enterpriseForm({ mode: 'edit', firm });
    expect(form.submit(form.initial)).toEqual({
      request: { mutation: 'updateEnterprise', variables: { id: 'f1', input: {}, note: null } },
    });
  });
});

describe('production form', () => {
  const ref = { id: 'f1', name: '测试铝业' };

  it('needs a unit with a capacity, and a number 0 or more', () => {
    const form = productionForm({ firm: ref, mode: 'create' });
    expect(form.submit({ ...form.initial, link: 'alumina', capacity: '-3' })).toEqual({
      problems: {
        capacity: { key: 'checkNegative', params: { text: '-3' } },
        unit: { key: 'checkUnitWithCapacity' },
      },
    });
  });

  it('creates a row for the firm', () => {
    const form = productionForm({ firm: ref, mode: 'create' });
    expect(form.submit({ ...form.initial, link: 'alumina', capacity: '80', unit: '万吨', asOf: '2024-06' })).toEqual({
      request: {
        mutation: 'createProduction',
        variables: {
          input: {
            enterprise: 'f1',
            link: 'alumina',
            status: 'OPERATING',
            capacity: 80,
            unit: '万吨',
            asOf: '2024-06',
          },
          note: null,
        },
      },
    });
  });

  it('edits the capacity of a row by its key, which cannot change', () => {
    const row = { link: { id: 'alumina', name: '氧化铝' }, capacity: 80, unit: '万吨', status: 'BUILDING' as const };
    const form = productionForm({ firm: ref, mode: 'edit', row });
    expect(form.fields.filter((f) => f.readOnly).map((f) => f.name)).toEqual(['link', 'status']);
    expect(form.submit({ ...form.initial, capacity: '100' })).toEqual({
      request: {
        mutation: 'updateProduction',
        variables: { enterprise: 'f1', link: 'alumina', status: 'BUILDING', input: { capacity: 100 }, note: null },
      },
    });
  });
});

describe('project form', () => {
  it('prefills link and region from the panel and proposes an id', () => {
    const form = projectForm({
      mode: 'create',
      link: { id: 'alumina', name: '氧化铝' },
      region: { code: '150581', name: '霍林郭勒市' },
      now: 36 ** 3,
    });
    expect(form.initial).toMatchObject({ id: 'proj-1000', link: 'alumina', region: '150581', status: 'SIGNED' });
    expect(form.labels).toEqual({ link: '氧化铝', region: '霍林郭勒市' });
  });

  it('checks the order of the dates like the importer', () => {
    const form = projectForm({ mode: 'create', now: 0 });
    const result = form.submit({
      ...form.initial,
      name: '新项目',
      region: '150581',
      link: 'alumina',
      signedOn: '2024-05',
      startedOn: '2024-04',
      producingOn: '2024',
    });
    expect(result).toEqual({
      problems: { startedOn: { key: 'checkDateOrder', params: { other: '@fieldSignedOn', date: '2024-05' } } },
    });
  });

  it('edits a project of the link panel (the link comes from the panel), sending the changes', () => {
    const project = {
      id: 'p1',
      name: '旧名',
      status: 'SIGNED' as const,
      region: { code: '150581', name: '霍林郭勒市' },
      enterprise: { id: 'f1', name: '测试铝业' },
      investmentYi: 10,
    };
    const form = projectForm({ mode: 'edit', project, link: { id: 'alumina', name: '氧化铝' } });
    expect(form.initial['link']).toBe('alumina');
    const result = form.submit({ ...form.initial, name: '新名', enterprise: '', status: 'STARTED' });
    expect(result).toEqual({
      request: {
        mutation: 'updateProject',
        variables: { id: 'p1', input: { name: '新名', enterprise: null, status: 'STARTED' }, note: null },
      },
    });
  });
});

describe('form helpers', () => {
  it('a picker gives the chosen id while its label is shown, otherwise the typed text', () => {
    const chosen = { id: '150581', label: '霍林郭勒市' };
    expect(pickerValue('霍林郭勒市', chosen)).toBe('150581');
    expect(pickerValue(' 150502 ', chosen)).toBe('150502');
    expect(pickerValue('x-link', null)).toBe('x-link');
  });

  it('changedFields compares lists by value', () => {
    expect(changedFields({ a: ['x'], b: 1 }, { a: ['x'], b: 2 })).toEqual({ b: 2 });
  });
});
