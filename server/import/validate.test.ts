import { formatProblem } from './problems.js';
import type { RawDataset } from './raw-dataset.js';
import { readCsvFiles } from './read-dataset.js';
import { readJson } from './read-json.js';
import { EMPTY_KNOWLEDGE_BASE, referencedIds, type KnowledgeBase } from './references.js';
import type { RefTarget, RegionLevel } from './tables.js';
import { validateDataset } from './validate.js';

/** A dataset from CSV texts, as the folder reader would produce it. */
function csv(files: Record<string, string>): RawDataset {
  const encoded = new Map(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)]));
  return readCsvFiles({ files: encoded, where: 'test' });
}

/** A knowledge base holding exactly these ids (and region levels). */
function kb(known: Partial<Record<RefTarget, string[]>>, levels: Record<string, RegionLevel> = {}): KnowledgeBase {
  return {
    has: (target, id) => known[target]?.includes(id) ?? false,
    regionLevel: (code) => levels[code],
  };
}

/** Every reference resolves: for tests about other rules. */
const EVERYTHING: KnowledgeBase = { has: () => true, regionLevel: () => undefined };

function problems(files: Record<string, string>, knowledgeBase: KnowledgeBase = EVERYTHING): string[] {
  const dataset = csv(files);
  expect(dataset.problems).toEqual([]);
  return validateDataset({ dataset, knowledgeBase }).problems.map(formatProblem);
}

describe('columns', () => {
  test('an unknown column is reported on the header line, with the likely intended name', () => {
    expect(problems({ 'enterprises.csv': 'id,name,regoin\nE1,甲,150581\n' })).toEqual([
      'enterprises.csv:1: regoin: unknown column (expected one of id, name, aliases, region, ownership, tags, founded, ' +
        'employees, revenue_wan, website, source, as_of; did you mean region?)',
      'enterprises.csv:1: region: required column is missing from the header',
    ]);
  });

  test('a required column missing from the header is reported once, not on every row', () => {
    expect(problems({ 'links.csv': 'id,unit\nx,万吨\ny,万吨\n' })).toEqual([
      'links.csv:1: name: required column is missing from the header',
    ]);
  });

  test('an empty file has nothing to check', () => {
    expect(problems({ 'links.csv': '', 'chains.csv': '\n\n' })).toEqual([]);
  });

  test('a required value missing from a row', () => {
    expect(problems({ 'links.csv': 'id,name\nx,\n,电力\n' })).toEqual([
      'links.csv:2: name: a value is required',
      'links.csv:3: id: a value is required',
    ]);
  });
});

describe('values', () => {
  test('enums, including list vocabularies, ignore case and are stored lower case', () => {
    const dataset = csv({
      'chain_links.csv': 'chain,link,stage\nal,power,Upstream\nal,ore,middle\n',
      'enterprises.csv': 'id,name,region,ownership,tags\nE1,甲,150581,民营,listed|上市|SRDI\n',
    });
    const { records, problems: found } = validateDataset({ dataset, knowledgeBase: EVERYTHING });
    expect(found.map(formatProblem)).toEqual([
      'chain_links.csv:3: stage: "middle" is not one of upstream, midstream, downstream',
      'enterprises.csv:2: ownership: "民营" is not one of central_soe, local_soe, private, foreign, mixed (民营 is written private)',
      'enterprises.csv:2: tags: "上市" is not one of listed, global500, china500, private500, manufacturing500, srdi, ' +
        'little_giant, single_champion, high_tech (上市 is written listed)',
    ]);
    expect(records.chain_links[0]!.values.stage).toBe('upstream');
  });

  test('numbers: units, separators, negatives, whole numbers, ranges', () => {
    expect(
      problems({
        'produces.csv':
          'enterprise,link,capacity,unit,status\nE1,al,266万吨,,operating\nE1,foil,"1,234",万吨,operating\nE1,ore,-5,万吨,operating\n',
        'enterprises.csv': 'id,name,region,employees,revenue_wan\nE1,甲,150581,12.5,5亿\n',
        'subsidiaries.csv': 'child,parent,share\nE1,E2,120\nE3,E2,51%\n',
        'chain_links.csv': 'chain,link,stage,position\nal,power,upstream,-1\n',
      }),
    ).toEqual([
      'chain_links.csv:2: position: "-1" is negative (must be 0 or more)',
      'enterprises.csv:2: employees: "12.5" is not a whole number',
      'enterprises.csv:2: revenue_wan: "5亿" is not a number (write the number only, without a unit)',
      'produces.csv:2: capacity: "266万吨" is not a number (write the unit in the unit column)',
      'produces.csv:2: unit: required when capacity is given',
      'produces.csv:3: capacity: "1,234" is not a number (write it without thousands separators: 1234)',
      'produces.csv:4: capacity: "-5" is negative (must be 0 or more)',
      'subsidiaries.csv:2: share: "120" is not between 0 and 100',
      'subsidiaries.csv:3: share: "51%" is not a number (write the number without %)',
    ]);
  });

  test('a unit is required with a capacity or a volume, not without', () => {
    expect(
      problems({
        'produces.csv': 'enterprise,link,capacity,unit,status\nE1,al,,,operating\nE1,al,80,,building\n',
        'supplies.csv': 'supplier,customer,link,volume,unit\nE1,E2,al,30,\nE1,E2,power,,\n',
        'projects.csv': 'id,name,region,link,status,capacity\nP1,项目,150581,al,signed,10\n',
      }),
    ).toEqual([
      'produces.csv:3: unit: required when capacity is given',
      'supplies.csv:2: unit: required when volume is given',
      'projects.csv:2: unit: required when capacity is given',
    ]);
  });

  test('dates: formats, real calendar dates, and the project timeline', () => {
    expect(
      problems({
        'enterprises.csv': 'id,name,region,founded,as_of\nE1,甲,150581,2023-02-29,2022/11\n',
        'projects.csv':
          'id,name,region,link,status,signed_on,started_on,producing_on\n' +
          'P1,项目一,150581,al,producing,2022-05,2022-04-30,2023\n' + // started before signed
          'P2,项目二,150581,al,producing,2022-05,2022,2021-12\n' + //   same year is fine; producing before started
          'P3,项目三,150581,al,producing,2022,2022-05-10,2022-05\n', //   coarser dates compare on what both know
      }),
    ).toEqual([
      'enterprises.csv:2: founded: "2023-02-29" is not a real date (day 29)',
      'enterprises.csv:2: as_of: "2022/11" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD: 2022-11)',
      'projects.csv:2: started_on: "2022-04-30" is before signed_on "2022-05"',
      'projects.csv:3: producing_on: "2021-12" is before started_on "2022"',
    ]);
  });

  test('ids may only hold letters, digits, - and _', () => {
    expect(problems({ 'chains.csv': 'id,name\n铝链,铝\nal chain,铝\n' })).toEqual([
      'chains.csv:2: id: "铝链" may only contain letters, digits, - and _',
      'chains.csv:3: id: "al chain" may only contain letters, digits, - and _',
    ]);
  });
});

describe('regions', () => {
  test('levels and parents: province alone, city in province, county in city or province, park in county or city', () => {
    expect(
      problems(
        {
          'regions.csv':
            'code,name,level,parent\n' +
            '150000,内蒙古,province,\n' + //           2 ok
            '150500,通辽市,city,150000\n' + //          3 ok
            '150581,霍林郭勒市,county,150500\n' + //    4 ok
            '159001,直辖县,county,150000\n' + //        5 ok: 省直辖县级
            'P-1,园区一,park,150581\n' + //             6 ok
            'P-2,园区二,park,150500\n' + //             7 ok
            '210000,辽宁省,province,150000\n' + //      8 a province has no parent
            '150600,鄂尔多斯市,city,\n' + //            9 a city needs one
            '150700,呼伦贝尔市,city,150581\n' + //     10 a city in a county
            'P-3,园区三,park,150000\n' + //            11 a park in a province
            '150800,巴彦淖尔市,city,150800\n' + //     12 in itself
            '1508,乌兰察布,county,150500\n' + //       13 not a six-digit code
            'P-4,园区四,park,P-1\n', //                14 a park in a park
        },
        EMPTY_KNOWLEDGE_BASE,
      ),
    ).toEqual([
      'regions.csv:8: parent: a province has no parent',
      'regions.csv:9: parent: a value is required for a city (the code of the region it lies in)',
      'regions.csv:10: parent: a city lies in a province, but "150581" is a county',
      'regions.csv:11: parent: a park lies in a county or a city, but "150000" is a province',
      'regions.csv:12: parent: "150800" is also the code (a region cannot lie in itself)',
      'regions.csv:13: code: "1508" is not a six-digit GB/T 2260 code (only a park may have another id)',
      'regions.csv:14: parent: a park lies in a county or a city, but "P-1" is a park',
    ]);
  });

  test("a parent already in the knowledge base is checked with that region's level", () => {
    const knowledgeBase = kb({ regions: ['150000', '150581'] }, { '150000': 'province', '150581': 'county' });
    expect(
      problems(
        { 'regions.csv': 'code,name,level,parent\n150500,通辽市,city,150000\n150700,呼伦贝尔市,city,150581\n' },
        knowledgeBase,
      ),
    ).toEqual(['regions.csv:3: parent: a city lies in a province, but "150581" is a county']);
  });
});

describe('self references', () => {
  test('a firm supplying itself, a firm its own parent, a link feeding itself', () => {
    expect(
      problems({
        'supplies.csv': 'supplier,customer,link\nE1,E1,al\nE1,E2,al\n',
        'subsidiaries.csv': 'child,parent,share\nE2,E2,100\n',
        'feeds.csv': 'from,to\nal,al\nal,foil\n',
      }),
    ).toEqual([
      'feeds.csv:2: to: "al" is also the from (a link cannot feed itself)',
      'supplies.csv:2: customer: "E1" is also the supplier (a firm cannot supply itself)',
      'subsidiaries.csv:2: parent: "E2" is also the child (a firm cannot be its own parent)',
    ]);
  });
});

describe('duplicate keys', () => {
  test('the later row is reported with the line of the first', () => {
    expect(
      problems({
        'links.csv': 'id,name\nal,铝\nfoil,箔\nal,铝锭\nal,又一个\n',
        'produces.csv':
          'enterprise,link,capacity,unit,status\nE1,al,10,万吨,operating\nE1,al,20,万吨,building\nE1,al,30,万吨,Operating\n',
      }),
    ).toEqual([
      'links.csv:4: id: duplicate id "al" (also on line 2)',
      'links.csv:5: id: duplicate id "al" (also on line 2)',
      'produces.csv:4: enterprise+link+status: duplicate enterprise "E1", link "al", status "operating" (also on line 2)',
    ]);
  });
});

describe('references', () => {
  const files = {
    'regions.csv': 'code,name,level,parent\n150500,通辽市,city,150000\n',
    'links.csv': 'id,name\nfoil,铝箔\n',
    'enterprises.csv': 'id,name,region\nE1,甲,150500\nE2,乙,150599\nE3,丙,150581\n',
    'produces.csv': 'enterprise,link,status\nE1,foil,operating\nE1,al,operating\nE9,foil,planned\n',
    'masters.csv': 'enterprise,chain,region\nE1,aluminium,150500\n',
  };

  test('resolve against the dataset plus the knowledge base; the rest are reported where they are used', () => {
    const knowledgeBase = kb(
      { regions: ['150000', '150581'], chains: ['aluminium'], links: [] },
      { '150000': 'province', '150581': 'county' },
    );
    expect(problems(files, knowledgeBase)).toEqual([
      'enterprises.csv:3: region: unknown region "150599" (not in regions.csv nor in the knowledge base)',
      'produces.csv:3: link: unknown link "al" (not in links.csv nor in the knowledge base)',
      'produces.csv:4: enterprise: unknown enterprise "E9" (not in enterprises.csv nor in the knowledge base)',
    ]);
  });

  test('only ids the dataset does not define are looked up in the knowledge base', () => {
    expect(referencedIds(csv(files))).toEqual({
      regions: ['150000', '150599', '150581'],
      chains: ['aluminium'],
      links: ['al'],
      enterprises: ['E9'],
      projects: [],
      leads: [],
    });
  });

  test('references into a file that could not be read to its end are not reported', () => {
    expect(
      validateDataset({
        dataset: csv({
          'links.csv': 'id,name\nfoil,箔\nore,"unclosed\n',
          'produces.csv': 'enterprise,link,status\nE1,ore,operating\n',
        }),
        knowledgeBase: kb({ enterprises: ['E1'] }),
      }).problems,
    ).toEqual([]);
  });
});

describe('JSON datasets', () => {
  const json = (value: unknown): RawDataset => {
    const read = readJson({ file: 'data.json', bytes: new TextEncoder().encode(JSON.stringify(value)) });
    return { tables: read.tables, problems: read.problems };
  };

  test('problems name the table, row and field; references name the table', () => {
    const { problems: found } = validateDataset({
      dataset: json({
        links: [
          { id: 'al', name: '铝' },
          { id: 'al', name: '铝锭', nmae: 'x' },
        ],
        enterprises: [{ id: 'E1', name: '甲', region: 150599, employees: 1.5, aliases: 'a' }],
        produces: [{ enterprise: 'E1', link: 'al', status: 'operating', capacity: '266万吨', unit: '万吨' }],
        chain_links: [{ chain: 'c', link: 'al', stage: ['upstream'] }],
      }),
      knowledgeBase: kb({ chains: ['c'] }),
    });
    expect(found.map(formatProblem)).toEqual([
      'data.json: links row 2: nmae: unknown column (expected one of id, name, name_en, unit, source, as_of; did you mean name?)',
      'data.json: links row 2: id: duplicate id "al" (also on row 1)',
      'data.json: chain_links row 1: stage: expected one value, not a list',
      'data.json: enterprises row 1: employees: "1.5" is not a whole number',
      'data.json: enterprises row 1: region: unknown region "150599" (not in the regions table nor in the knowledge base)',
      'data.json: produces row 1: capacity: "266万吨" is not a number (write the unit in the unit column)',
    ]);
    expect(found[0]).toEqual({
      file: 'data.json',
      table: 'links',
      row: 2,
      column: 'nmae',
      message: expect.stringMatching(/^unknown column/),
    });
  });
});

describe('typed records', () => {
  test('values are typed, absent ones null, lists empty, position defaults to 0', () => {
    const { records, problems: found } = validateDataset({
      dataset: csv({
        'enterprises.csv':
          'id,name,aliases,region,tags,employees,revenue_wan,founded,source,as_of\n' +
          ' E1 ,甲, a | b ,150581,Listed,1200,350000.5,2017-06,"通辽日报",2022-11\n' +
          'E2,乙,,150581,,,,,,\n',
        'chain_links.csv': 'chain,link,stage,position\nal,power,upstream,\nal,ore,upstream,3\n',
      }),
      knowledgeBase: EVERYTHING,
    });
    expect(found).toEqual([]);
    expect(records.enterprises.map((r) => r.values)).toEqual([
      {
        id: 'E1',
        name: '甲',
        aliases: ['a', 'b'],
        region: '150581',
        ownership: null,
        tags: ['listed'],
        founded: '2017-06',
        employees: 1200,
        revenue_wan: 350000.5,
        website: null,
        source: '通辽日报',
        as_of: '2022-11',
      },
      {
        id: 'E2',
        name: '乙',
        aliases: [],
        region: '150581',
        ownership: null,
        tags: [],
        founded: null,
        employees: null,
        revenue_wan: null,
        website: null,
        source: null,
        as_of: null,
      },
    ]);
    expect(records.enterprises[1]!.at).toEqual({ file: 'enterprises.csv', line: 3 });
    expect(records.chain_links.map((r) => r.values.position)).toEqual([0, 3]);
    expect(records.regions).toEqual([]);
  });
});

describe('the ledger tables (project_moves, leads, followups)', () => {
  const T = '2026-03-02T01:30:00.000Z';
  const files = {
    'leads.csv':
      'id,enterprise,link,region,status,opened_on,closed_on,drop_reason,project,created_at,created_by\n' +
      `L1,E1,foil,150581,won,2026-03-01,2026-04-01,,P1,${T},alice\n` +
      `L2,E1,foil,150581,dropped,2026-03-01,2026-02-01,太远,,2026-03-02 09:30,\n` +
      `L3,E1,foil,150581,lost,2026-03-01,,,P9,${T},bob\n`,
    'followups.csv':
      'id,lead,kind,on,people,outcome,note,created_at,created_by\n' +
      `F1,L1,Visit,2026-03-01,张三|李四,同意考察,"a, ""b""",${T},alice\n` +
      `F2,L7,visit,2026-03-01,,,,2026-02-30T00:00:00Z,alice\n`,
    'project_moves.csv':
      'id,project,from,to,on,reason,operator,capacity,unit,investment_yi,user,at\n' +
      `M1,P1,signed,started,2026-03-05,,,80,万吨,35,nobody-here,${T}\n` +
      `M2,P1,started,stalled,2026-03-06,,E 1,80,,,alice,${T}\n`,
  };

  test('every problem with file, line and column; unknown usernames are no problem', () => {
    const knowledgeBase = kb({ enterprises: ['E1'], links: ['foil'], regions: ['150581'], projects: ['P1'] });
    expect(problems(files, knowledgeBase)).toEqual([
      'project_moves.csv:3: operator: "E 1" may only contain letters, digits, - and _',
      'project_moves.csv:3: unit: required when capacity is given',
      'leads.csv:3: created_at: "2026-03-02 09:30" is not a timestamp (write ISO 8601 with the time zone: 2026-05-01T08:30:00.000Z)',
      'leads.csv:3: created_by: a value is required',
      'leads.csv:3: closed_on: "2026-02-01" is before opened_on "2026-03-01"',
      'leads.csv:4: status: "lost" is not one of open, won, dropped',
      'leads.csv:4: project: unknown project "P9" (not in projects.csv nor in the knowledge base)',
      'followups.csv:3: created_at: "2026-02-30T00:00:00Z" is not a timestamp (write ISO 8601 with the time zone: 2026-05-01T08:30:00.000Z)',
      'followups.csv:3: lead: unknown lead "L7" (not in leads.csv nor in the knowledge base)',
    ]);
  });

  test('typed: timestamps as epoch milliseconds, kinds lower case, people as a list', () => {
    const { records } = validateDataset({ dataset: csv(files), knowledgeBase: EVERYTHING });
    expect(records.followups[0]!.values).toMatchObject({
      kind: 'visit',
      people: ['张三', '李四'],
      note: 'a, "b"',
      created_at: Date.UTC(2026, 2, 2, 1, 30),
    });
    expect(records.project_moves[0]!.values).toMatchObject({ user: 'nobody-here', at: Date.UTC(2026, 2, 2, 1, 30) });
  });

  test('the ledger references projects and leads, looked up when the dataset lacks them', () => {
    expect(referencedIds(csv(files))).toMatchObject({ projects: ['P1', 'P9'], leads: ['L7'] });
  });
});
