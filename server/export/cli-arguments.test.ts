import { parseExportArguments } from './cli-arguments';
import { DEFAULT_PAGE_SIZE } from './dataset-export';

describe('parseExportArguments', () => {
  it('takes a path and at most one scope, with or without =', () => {
    expect(parseExportArguments(['out.zip'])).toEqual({
      path: 'out.zip',
      scope: { kind: 'all' },
      pageSize: DEFAULT_PAGE_SIZE,
      ledger: true,
    });
    expect(parseExportArguments(['--chain', 'aluminium', 'out'])).toEqual({
      path: 'out',
      scope: { kind: 'chain', chain: 'aluminium' },
      pageSize: DEFAULT_PAGE_SIZE,
      ledger: true,
    });
    expect(parseExportArguments(['out.json', '--region=150581', '--page-size=200'])).toEqual({
      path: 'out.json',
      scope: { kind: 'region', region: '150581' },
      pageSize: 200,
      ledger: true,
    });
  });

  it('includes the ledger unless --without-ledger', () => {
    expect(parseExportArguments(['out.zip', '--without-ledger'])).toMatchObject({ path: 'out.zip', ledger: false });
    expect(parseExportArguments(['--without-ledger=yes', 'out'])).toEqual({
      error: '未知选项 unknown option --without-ledger=yes',
    });
  });

  it('says what is wrong, Chinese first', () => {
    expect(parseExportArguments([])).toEqual({ error: '缺少输出路径 the output path is missing' });
    expect(parseExportArguments(['a', 'b'])).toEqual({
      error: '只能给一个输出路径 only one output path is accepted (got a and b)',
    });
    expect(parseExportArguments(['out', '--chain'])).toEqual({ error: '--chain 缺少取值 needs a value' });
    expect(parseExportArguments(['out', '--chain', '--region', '1'])).toEqual({
      error: '--chain 缺少取值 needs a value',
    });
    expect(parseExportArguments(['out', '--chain', 'a', '--chain', 'b'])).toEqual({
      error: '--chain 只能给一次 may be given once',
    });
    expect(parseExportArguments(['out', '--chain', 'a', '--region', '1'])).toHaveProperty(
      'error',
      '只能按一个产业链或一个地区导出 give a chain or a region, not both',
    );
    expect(parseExportArguments(['out', '--batch-size', '5'])).toEqual({
      error: '未知选项 unknown option --batch-size',
    });
    expect(parseExportArguments(['out', '--page-size', '0'])).toEqual({
      error: '--page-size 需要 1 到 100000 的整数 needs a whole number from 1 to 100000, not 0',
    });
  });
});
