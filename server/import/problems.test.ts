import { DatasetInvalidError, formatProblem, formatProblems, sortProblems, type Problem } from './problems.js';

describe('formatProblem', () => {
  test('CSV: file:line: column: message', () => {
    expect(
      formatProblem({ file: 'produces.csv', line: 7, column: 'capacity', message: '"266万吨" is not a number' }),
    ).toBe('produces.csv:7: capacity: "266万吨" is not a number');
    expect(formatProblem({ file: 'links.csv', line: 3, message: 'the row has 2 cells' })).toBe(
      'links.csv:3: the row has 2 cells',
    );
    expect(formatProblem({ file: 'enterprise.csv', message: 'unknown file' })).toBe('enterprise.csv: unknown file');
  });

  test('JSON: the table and 1-based row take the place of the line', () => {
    expect(
      formatProblem({
        file: 'dataset.json',
        table: 'enterprises',
        row: 3,
        column: 'region',
        message: 'unknown region',
      }),
    ).toBe('dataset.json: enterprises row 3: region: unknown region');
    expect(formatProblem({ file: 'dataset.json', table: 'chains', message: 'must be an array' })).toBe(
      'dataset.json: chains: must be an array',
    );
  });
});

test('formatProblems caps the list and says how many were left out', () => {
  const many: Problem[] = Array.from({ length: 205 }, (_, i) => ({ file: 'links.csv', line: i + 2, message: 'x' }));
  const lines = formatProblems(many);
  expect(lines).toHaveLength(201);
  expect(lines[199]).toBe('links.csv:201: x');
  expect(lines[200]).toBe('... and 5 more (还有 5 个问题)');
  expect(formatProblems(many.slice(0, 3), 3)).toEqual(['links.csv:2: x', 'links.csv:3: x', 'links.csv:4: x']);
});

test('sortProblems: dataset-wide first, then tables in dependency order, then by line, stable within a line', () => {
  const sorted = sortProblems([
    { file: 'produces.csv', line: 2, column: 'b', message: '1' },
    { file: 'regions.csv', line: 9, message: '2' },
    { file: 'produces.csv', line: 2, column: 'a', message: '3' },
    { file: 'data.zip', message: '4' },
    { file: 'regions.csv', line: 3, message: '5' },
    { file: 'd.json', table: 'links', row: 2, message: '6' },
    { file: 'd.json', table: 'chains', row: 5, message: '7' },
  ]);
  expect(sorted.map((p) => p.message)).toEqual(['4', '5', '2', '7', '6', '1', '3']);
});

test('DatasetInvalidError carries every problem and says nothing was written', () => {
  const problems: Problem[] = [{ file: 'links.csv', line: 2, column: 'name', message: 'a value is required' }];
  const error = new DatasetInvalidError(problems);
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe('DatasetInvalidError');
  expect(error.problems).toBe(problems);
  expect(error.message).toBe(
    '数据集有 1 个问题，未写入任何数据 The dataset has 1 problem; nothing was written.\nlinks.csv:2: name: a value is required',
  );
});
