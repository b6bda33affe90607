import {
  PROJECT_STATUSES,
  allowedMoves,
  checkMove,
  chinaToday,
  isIsoDate,
  latestDate,
  type ProjectState,
  type ProjectStatus,
} from './transitions';

const NO_DATES = { signedOn: null, startedOn: null, producingOn: null, stalledOn: null, cancelledOn: null };

const project = (status: ProjectStatus, dates: Partial<Record<string, string>> = {}): ProjectState => ({
  id: 'P1',
  name: '测试项目',
  status,
  dates: { ...NO_DATES, ...dates },
});

// Written out by hand from docs/ledger.md: change both on purpose or this fails.
const TABLE: Record<string, ProjectStatus[]> = {
  signed: ['started', 'stalled', 'cancelled'],
  started: ['producing', 'stalled', 'cancelled'],
  'stalled (never started)': ['signed', 'cancelled'],
  'stalled (had started)': ['started', 'cancelled'],
  producing: [],
  cancelled: [],
};

const STATES: Record<string, ProjectState> = {
  signed: project('signed', { signedOn: '2024-01-10' }),
  started: project('started', { signedOn: '2024-01-10', startedOn: '2024-02-01' }),
  'stalled (never started)': project('stalled', { signedOn: '2024-01-10', stalledOn: '2024-03-01' }),
  'stalled (had started)': project('stalled', {
    signedOn: '2024-01-10',
    startedOn: '2024-02-01',
    stalledOn: '2024-03-01',
  }),
  producing: project('producing', { signedOn: '2024-01-10', startedOn: '2024-02-01', producingOn: '2024-03-01' }),
  cancelled: project('cancelled', { signedOn: '2024-01-10', cancelledOn: '2024-03-01' }),
};

describe('project transitions', () => {
  for (const [name, state] of Object.entries(STATES)) {
    for (const to of PROJECT_STATUSES) {
      const allowed = TABLE[name]!.includes(to);
      it(`${name} → ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(allowedMoves(state).includes(to)).toBe(allowed);
        const problem = checkMove({ project: state, to, on: '2024-06-01', today: '2024-06-30', reason: 'why' });
        if (allowed) {
          expect(problem).toBeNull();
        } else {
          expect(problem?.kind).toBe('transition');
          // The message names the project, where it is and where it may go.
          expect(problem?.message).toContain('测试项目');
          expect(problem?.message).toContain('(P1)');
          expect(problem?.message).toContain(`is ${state.status} and cannot move to ${to}`);
          const list = TABLE[name]!.length === 0 ? 'none, the status is final' : TABLE[name]!.join(', ');
          expect(problem?.message).toContain(`allowed: ${list}`);
        }
      });
    }
  }

  const started = STATES.started!;
  it('refuses a date in the future (after today in China)', () => {
    const problem = checkMove({
      project: started,
      to: 'producing',
      on: '2024-07-01',
      today: '2024-06-30',
      reason: null,
    });
    expect(problem).toMatchObject({ kind: 'date' });
    expect(problem?.message).toContain('after today, 2024-06-30');
  });

  it('accepts today and refuses a date before the previous move', () => {
    expect(checkMove({ project: started, to: 'producing', on: '2024-06-30', today: '2024-06-30', reason: null })).toBe(
      null,
    );
    expect(checkMove({ project: started, to: 'producing', on: '2024-02-01', today: '2024-06-30', reason: null })).toBe(
      null,
    );
    const problem = checkMove({
      project: started,
      to: 'producing',
      on: '2024-01-31',
      today: '2024-06-30',
      reason: null,
    });
    expect(problem?.message).toContain('before its previous move, 2024-02-01');
  });

  it('compares with coarser imported dates on what they know', () => {
    const imported = project('started', { signedOn: '2022', startedOn: '2022-11' });
    expect(checkMove({ project: imported, to: 'producing', on: '2022-11-05', today: '2024-01-01', reason: null })).toBe(
      null,
    );
    expect(
      checkMove({ project: imported, to: 'producing', on: '2022-10-31', today: '2024-01-01', reason: null })?.kind,
    ).toBe('date');
  });

  it('refuses a date that is not a whole calendar date', () => {
    for (const on of ['2024-06', '2024-02-30', '24-06-01', '']) {
      expect(checkMove({ project: started, to: 'producing', on, today: '2024-06-30', reason: null })?.kind).toBe(
        'date',
      );
    }
  });

  it('needs a reason to stall or cancel, and none to start or produce', () => {
    for (const to of ['stalled', 'cancelled'] as const) {
      for (const reason of [null, '', '  ']) {
        const problem = checkMove({ project: started, to, on: '2024-06-01', today: '2024-06-30', reason });
        expect(problem?.kind).toBe('reason');
      }
    }
  });

  it('checks the transition before anything else', () => {
    const problem = checkMove({
      project: STATES.producing!,
      to: 'started',
      on: 'bad',
      today: '2024-06-30',
      reason: null,
    });
    expect(problem?.kind).toBe('transition');
  });
});

describe('dates', () => {
  it('takes the latest date whatever the precision', () => {
    expect(latestDate({ a: '2024-01-10', b: '2024-03', c: null })).toBe('2024-03');
    expect(latestDate({ a: null })).toBeNull();
  });
  it('knows which dates exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
  it('takes today in China (UTC+8)', () => {
    expect(chinaToday(Date.parse('2024-06-30T15:59:59Z'))).toBe('2024-06-30');
    expect(chinaToday(Date.parse('2024-06-30T16:00:00Z'))).toBe('2024-07-01');
  });
});
