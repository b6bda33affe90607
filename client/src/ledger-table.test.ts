import { buildSchema, parse, validate } from 'graphql';
import { loadTypeDefs } from '../../server/graphql/schema';
import { TARGETS } from './analysis-api';
import { LEDGER, MONTHLY_LEADS } from './ledger-api';
import type { LedgerData, LedgerProject } from './ledger-api';
import {
  currentMonth,
  dateUnknownTable,
  leadsTable,
  monthlyTable,
  overdueTable,
  parseMonth,
  pipelineTable,
  projectsTable,
} from './ledger-table';
import { tableToCsv } from './target-table';

const project = (id: string, extra: Partial<LedgerProject> = {}): LedgerProject => ({
  id,
  name: `项目${id}`,
  status: 'SIGNED',
  enterprise: { id: 'f1', name: '测试铝业' },
  region: { code: '150581', name: '霍林郭勒市' },
  link: { id: 'foil', name: '铝箔' },
  ...extra,
});

const pipeline: LedgerData['projectPipeline'] = {
  total: 3,
  links: [
    {
      link: { id: 'foil', name: '铝箔', nameEn: 'Aluminium foil' },
      statuses: [
        { status: 'SIGNED', projects: 2, investmentYi: 12.345, capacity: [{ value: 9, unit: '万吨' }] },
        {
          status: 'PRODUCING',
          projects: 1,
          investmentYi: 3,
          capacity: [
            { value: 1.5, unit: '万吨' },
            { value: 40, unit: '万千瓦' },
          ],
        },
      ],
    },
  ],
  totals: [{ status: 'SIGNED', projects: 2, investmentYi: 12.345, capacity: [{ value: 9, unit: '万吨' }] }],
  projects: [project('p1', { signedOn: '2025-03-01', investmentYi: 5, leader: '王副市长' }), project('p2')],
};

describe('ledger tables', () => {
  it('pipeline: a row per link and status, then the totals; capacities listed per unit, never summed', () => {
    const table = pipelineTable(pipeline, 'zh');
    expect(table.header).toEqual(['环节', '状态', '项目数', '投资额（亿元）', '产能']);
    expect(table.rows).toEqual([
      ['铝箔', '签约', 2, 12.35, '9万吨'],
      ['铝箔', '投产', 1, 3, '1.5万吨、40万千瓦'],
      ['合计', '签约', 2, 12.35, '9万吨'],
    ]);
    expect(pipelineTable(pipeline, 'en').rows[0]).toEqual(['Aluminium foil', 'Signed', 2, 12.35, '90 kt']);
  });

  it('projects: status, signing date (or "date unknown"), investment and leader', () => {
    expect(projectsTable(pipeline.projects, 'zh').rows).toEqual([
      ['p1', '项目p1', '测试铝业', '铝箔', '霍林郭勒市', '签约', '2025-03-01', 5, '王副市长'],
      ['p2', '项目p2', '测试铝业', '铝箔', '霍林郭勒市', '签约', '日期不详', '', ''],
    ]);
  });

  const overdue: LedgerData['overdueProjects'] = {
    days: 180,
    cutoff: '2025-01-02',
    overdueTotal: 1,
    dateUnknownTotal: 1,
    overdue: [{ signedOn: '2024-06', daysSinceSigned: 200, project: project('old', { investmentYi: 2 }) }],
    dateUnknown: [project('nodate', { enterprise: null })],
  };

  it('overdue: oldest first with days since signing; the date-unknown rows apart on screen, after them in the download', () => {
    expect(overdueTable(overdue, 'zh').rows).toEqual([
      ['old', '项目old', '测试铝业', '铝箔', '霍林郭勒市', '2024-06', 200, 2],
    ]);
    expect(overdueTable(overdue, 'en', { withUnknown: true }).rows[1]).toEqual([
      'nodate',
      '项目nodate',
      '',
      '铝箔',
      '霍林郭勒市',
      'date unknown',
      '',
      '',
    ]);
    expect(dateUnknownTable(overdue.dateUnknown, 'zh').rows).toEqual([
      ['nodate', '项目nodate', '', '铝箔', '霍林郭勒市', ''],
    ]);
  });

  it('the CSV of the overdue list is Excel-ready: BOM, header in the language, CRLF', () => {
    const csv = tableToCsv(overdueTable(overdue, 'zh', { withUnknown: true }));
    expect(csv.startsWith('\uFEFF项目编号,项目,投资企业,环节,所在地,签约时间,已签约天数,投资额（亿元）\r\n')).toBe(
      true,
    );
    expect(csv).toContain('nodate,项目nodate,,铝箔,霍林郭勒市,日期不详,,\r\n');
  });

  it('monthly moves and lead figures, every follow-up kind shown (0 when none)', () => {
    const moves = [{ to: 'STARTED' as const, projects: 1, investmentYi: 4, capacity: [] }];
    expect(monthlyTable(moves, 'zh').rows).toEqual([['开工', 1, 4, '']]);
    const leads = leadsTable({ opened: 2, won: 1, dropped: 0, followUps: [{ kind: 'CALL', count: 3 }] }, 'zh');
    expect(leads.rows).toEqual([
      ['新增线索', 2],
      ['转化为项目', 1],
      ['放弃线索', 0],
      ['走访', 0],
      ['电话', 3],
      ['会谈', 0],
    ]);
  });

  it('the default month is the current month in China; a typed month must be real', () => {
    expect(currentMonth(Date.UTC(2025, 5, 30, 20))).toBe('2025-07');
    expect(parseMonth(' 2025-02 ')).toBe('2025-02');
    expect(parseMonth('2025-13')).toBeNull();
    expect(parseMonth('2025-2')).toBeNull();
  });
});

describe('ledger queries', () => {
  it.each(Object.entries({ LEDGER, MONTHLY_LEADS, TARGETS }))('%s is valid against the server schema', (_n, op) => {
    const schema = buildSchema(loadTypeDefs());
    expect(validate(schema, parse(op.text)).map((e) => e.message)).toEqual([]);
  });
});
