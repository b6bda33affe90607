import { checkFollowUp, followUpForm } from './followup-form';

// 2025-06-30T20:00Z is already 2025-07-01 in China (UTC+8).
const NOW = Date.UTC(2025, 5, 30, 20);
const target = {
  enterprise: { id: 'f1', name: '外省铝箔' },
  link: { id: 'foil', name: '铝箔' },
  region: { code: '150581', name: '霍林郭勒市' },
};

describe('follow-up form (记录跟进)', () => {
  it('starts as a visit today and says which firm, link and region it is for', () => {
    const form = followUpForm({ ...target, now: NOW });
    expect(form.initial).toMatchObject({ kind: 'VISIT', on: '2025-07-01' });
    expect(form.title).toEqual({ key: 'followUpFormTitle', params: { firm: '外省铝箔' } });
    expect(form.subtitle).toEqual({ key: 'followUpFormScope', params: { link: '铝箔', region: '霍林郭勒市' } });
    expect(form.fields.find((f) => f.name === 'kind')?.options?.map((o) => o.label('zh'))).toEqual([
      '走访',
      '电话',
      '会谈',
    ]);
  });

  it('sends recordFollowUp for the firm, link and region, people split into a list', () => {
    const form = followUpForm({ ...target, now: NOW });
    const result = form.submit({ ...form.initial, kind: 'MEETING', people: '张三 | 李四、张三', outcome: '有意向' });
    expect(result).toEqual({
      request: {
        mutation: 'recordFollowUp',
        variables: {
          input: {
            enterprise: 'f1',
            link: 'foil',
            region: '150581',
            kind: 'MEETING',
            on: '2025-07-01',
            people: ['张三', '李四'],
            outcome: '有意向',
          },
          note: null,
        },
      },
    });
  });

  it('refuses a future or partial date and more than 20 people before sending', () => {
    const values = { kind: 'CALL', on: '2025-07-02', people: '', outcome: '', note: '' };
    expect(checkFollowUp({ values, today: '2025-07-01' }).problems).toEqual({
      on: { key: 'checkMoveFuture', params: { today: '2025-07-01' } },
    });
    const many = Array.from({ length: 21 }, (_, i) => `人${i}`).join('|');
    expect(checkFollowUp({ values: { ...values, on: '2025-07', people: many }, today: '2025-07-01' }).problems).toEqual(
      {
        on: { key: 'checkMoveDate', params: { text: '2025-07' } },
        people: { key: 'checkPeopleMax', params: { max: 20 } },
      },
    );
  });
});
