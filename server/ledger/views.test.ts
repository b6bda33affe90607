import {
  addQuantity,
  daysBetween,
  figuresByStatus,
  isMonth,
  leadCounts,
  overdueCutoff,
  pipelineOf,
  type Quantity,
} from './views';

describe('ledger views', () => {
  it('adds quantities per unit and never across units', () => {
    const list: Quantity[] = [];
    addQuantity(list, 10, '万吨');
    addQuantity(list, 5, 'km');
    addQuantity(list, 0.1, '万吨');
    addQuantity(list, 3, null);
    addQuantity(list, null, '万吨');
    expect(list).toEqual([
      { value: 10.1, unit: '万吨' },
      { value: 5, unit: 'km' },
    ]);
  });

  it('counts each project once per status, in pipeline order', () => {
    const rows = [
      { id: 'b', status: 'started' as const, investmentYi: 2, capacity: 1, unit: 't' },
      { id: 'a', status: 'signed' as const, investmentYi: null, capacity: null, unit: null },
      { id: 'b', status: 'started' as const, investmentYi: 2, capacity: 1, unit: 't' },
    ];
    expect(figuresByStatus(rows)).toEqual([
      { status: 'signed', projects: 1, investmentYi: 0, capacity: [] },
      { status: 'started', projects: 1, investmentYi: 2, capacity: [{ value: 1, unit: 't' }] },
    ]);
  });

  it('orders the pipeline by link as given and projects latest signed first, unknown dates last', () => {
    const p = pipelineOf([
      { id: 'x', link: 'L2', status: 'signed', investmentYi: 1, capacity: null, unit: null, signedOn: null },
      { id: 'y', link: 'L1', status: 'signed', investmentYi: 1, capacity: null, unit: null, signedOn: '2020' },
      { id: 'z', link: 'L2', status: 'started', investmentYi: 1, capacity: null, unit: null, signedOn: '2021-03-01' },
    ]);
    expect(p.links.map((l) => l.link)).toEqual(['L2', 'L1']);
    expect(p.order).toEqual(['z', 'y', 'x']);
    expect(p.total).toBe(3);
    expect(p.totals.map((t) => [t.status, t.projects])).toEqual([
      ['signed', 2],
      ['started', 1],
    ]);
  });

  it('works out the overdue cut-off and the days since a (coarse) signing date', () => {
    expect(overdueCutoff('2024-06-30', 180)).toBe('2024-01-02');
    expect(daysBetween('2024-06-01', '2024-06-30')).toBe(29);
    // "-31" of a short month is its last day.
    expect(daysBetween('2024-02-31', '2024-03-01')).toBe(1);
  });

  it('knows a month and counts a month of leads', () => {
    expect(isMonth('2024-06')).toBe(true);
    expect(isMonth('2024-13')).toBe(false);
    expect(leadCounts(['opened', 'won', 'opened'], ['call', 'visit', 'call'])).toEqual({
      opened: 2,
      won: 1,
      dropped: 0,
      followUps: [
        { kind: 'visit', count: 1 },
        { kind: 'call', count: 2 },
      ],
    });
  });
});
