import { parseArguments } from './cli-arguments.js';

test('a path and an optional batch size', () => {
  expect(parseArguments(['data'])).toEqual({ path: 'data', batchSize: 1000 });
  expect(parseArguments(['data.zip', '--batch-size', '250'])).toEqual({ path: 'data.zip', batchSize: 250 });
  expect(parseArguments(['--batch-size=10', 'x.json'])).toEqual({ path: 'x.json', batchSize: 10 });
});

test('mistakes are explained', () => {
  expect(parseArguments([])).toEqual({ error: 'the dataset path is missing' });
  expect(parseArguments(['a', 'b'])).toEqual({ error: 'only one dataset path is accepted (got a and b)' });
  expect(parseArguments(['a', '--batch-size', '0'])).toEqual({
    error: '--batch-size needs a positive whole number, not 0',
  });
  expect(parseArguments(['a', '--batch-size'])).toEqual({
    error: '--batch-size needs a positive whole number, not nothing',
  });
  expect(parseArguments(['a', '--batch'])).toEqual({ error: 'unknown option --batch' });
});
