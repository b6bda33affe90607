import type { EnterpriseDetail } from '../types';
import { enterpriseForm } from './enterprise-form';
import { changedFields, pickerValue } from './form-spec';
import { productionForm } from './production-form';
import { moveChoices, projectForm, type ProjectRow } from './project-form';
import type { ProjectStatus } from '../types';

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
    const form = projectForm({ mode: 'edit', project, link: { id: 'alumina', name: '氧化铝' }, now: NOW });
    expect(form.initial['link']).toBe('alumina');
    const result = form.submit({ ...form.initial, name: '新名', enterprise: '' });
    expect(result).toEqual({
      request: {
        mutation: 'updateProject',
        variables: { id: 'p1', input: { name: '新名', enterprise: null }, note: null },
      },
    });
  });
});

// 2025-06-30T20:00Z is already 2025-07-01 in China (UTC+8): the move's default date.
const NOW = Date.UTC(2025, 5, 30, 20);
const project = (status: ProjectStatus, dates: Partial<ProjectRow> = {}): ProjectRow => ({
  id: 'p1',
  name: '铝箔项目',
  status,
  region: { code: '150581', name: '霍林郭勒市' },
  link: { id: 'battery_foil', name: '电池箔' },
  signedOn: '2025-03-01',
  ...dates,
});

describe('project moves (推进)', () => {
  it('offers only the moves the ledger allows from the current status', () => {
    expect(moveChoices({ status: 'SIGNED' })).toEqual(['STARTED', 'STALLED', 'CANCELLED']);
    expect(moveChoices({ status: 'STARTED' })).toEqual(['PRODUCING', 'STALLED', 'CANCELLED']);
    // A stalled project resumes where it stopped.
    expect(moveChoices({ status: 'STALLED' })).toEqual(['SIGNED', 'CANCELLED']);
    expect(moveChoices({ status: 'STALLED', startedOn: '2024-05' })).toEqual(['STARTED', 'CANCELLED']);
    expect(moveChoices({ status: 'PRODUCING' })).toEqual([]);
    expect(moveChoices({ status: 'CANCELLED' })).toEqual([]);
  });

  it('shows the status read-only on edit and the move control with the allowed moves only', () => {
    const form = projectForm({ mode: 'edit', project: project('SIGNED'), now: NOW });
    const status = form.fields.find((f) => f.name === 'status')!;
    expect(status.readOnly).toBe(true);
    expect(status.options?.map((o) => o.value)).toEqual(['SIGNED']);
    const to = form.fields.find((f) => f.name === 'to')!;
    expect(to.options?.map((o) => o.value)).toEqual(['', 'STARTED', 'STALLED', 'CANCELLED']);
    expect(to.options?.[0]?.label('zh')).toBe('— 不推进 —');
    expect(form.initial['on']).toBe('2025-07-01');
    // A final status offers nothing to move to and says so.
    const done = projectForm({ mode: 'edit', project: project('PRODUCING'), now: NOW });
    const final = done.fields.find((f) => f.name === 'to')!;
    expect(final.options?.map((o) => o.value)).toEqual(['']);
    expect(final.options?.[0]?.label('en')).toBe('— final status, no move —');
    // Creating keeps the plain status select.
    const create = projectForm({ mode: 'create', now: NOW });
    expect(create.fields.find((f) => f.name === 'status')?.options?.length).toBe(5);
    expect(create.fields.some((f) => f.name === 'to')).toBe(false);
  });

  it('sends a move as moveProject with its date and reason', () => {
    const form = projectForm({ mode: 'edit', project: project('SIGNED'), now: NOW });
    const result = form.submit({ ...form.initial, to: 'STALLED', reason: '资金未到位', note: '月度调度' });
    expect(result).toEqual({
      request: {
        mutation: 'moveProject',
        variables: { id: 'p1', input: { to: 'STALLED', on: '2025-07-01', reason: '资金未到位' }, note: '月度调度' },
      },
    });
  });

  it('says at the field what a move lacks before sending anything', () => {
    const form = projectForm({ mode: 'edit', project: project('STARTED', { startedOn: '2025-05-10' }), now: NOW });
    expect(form.submit({ ...form.initial, to: 'CANCELLED' })).toEqual({
      problems: { reason: { key: 'checkMoveReasonCANCELLED' } },
    });
    expect(form.submit({ ...form.initial, to: 'PRODUCING', on: '2025-07-02' })).toEqual({
      problems: {
        on: { key: 'checkMoveFuture', params: { today: '2025-07-01' } },
        capacity: { key: 'checkMoveCapacity' },
        unit: { key: 'checkMoveCapacity' },
      },
    });
    expect(form.submit({ ...form.initial, to: 'STALLED', on: '2025-05-09', reason: 'x' })).toEqual({
      problems: { on: { key: 'checkMoveBefore', params: { date: '2025-05-10' } } },
    });
    expect(form.submit({ ...form.initial, to: 'STALLED', on: '2025-06', reason: 'x' })).toEqual({
      problems: { on: { key: 'checkMoveDate', params: { text: '2025-06' } } },
    });
    // A status the table does not allow from here is never sent (a forged value, say).
    expect(form.submit({ ...form.initial, to: 'SIGNED' })).toEqual({ problems: { to: { key: 'checkRequired' } } });
  });

  it('a move to producing carries the capacity, unit and operator; other changes are saved apart', () => {
    const form = projectForm({ mode: 'edit', project: project('STARTED', { startedOn: '2025-05' }), now: NOW });
    const values = { ...form.initial, to: 'PRODUCING', capacity: '9', unit: '万吨', operator: 'local-op' };
    expect(form.submit(values)).toEqual({
      request: {
        mutation: 'moveProject',
        variables: {
          id: 'p1',
          input: { to: 'PRODUCING', on: '2025-07-01', operator: 'local-op', capacity: 9, unit: '万吨' },
          note: null,
        },
      },
    });
    expect(form.submit({ ...values, name: '改名' })).toEqual({ problems: { to: { key: 'checkMoveOnly' } } });
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
