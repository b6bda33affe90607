import { formatProgress, progressWriter } from './progress-bar.js';

test('formatProgress draws table, bar, done/total and percent', () => {
  expect(formatProgress({ table: 'enterprises', done: 1000, total: 3000 }, 10)).toBe(
    'enterprises  [###.......] 1000/3000  33%',
  );
  expect(formatProgress({ table: 'regions', done: 5, total: 5 }, 0)).toBe('regions      5/5 100%');
});

test('on a terminal the bar redraws in place and ends its table with a newline; otherwise one line per batch', () => {
  const written: string[] = [];
  const stream = { write: (text: string) => written.push(text) };
  const tty = progressWriter({ stream, interactive: true, width: 4 });
  tty({ table: 'links', done: 1, total: 2 });
  tty({ table: 'links', done: 2, total: 2 });
  expect(written).toEqual(['\rlinks        [##..] 1/2  50%', '\rlinks        [####] 2/2 100%\n']);

  written.length = 0;
  const log = progressWriter({ stream, interactive: false });
  log({ table: 'links', done: 1, total: 2 });
  expect(written).toEqual(['links        1/2  50%\n']);
});
