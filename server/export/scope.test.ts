import { describeScope, scopeFrom } from './scope';

describe('scopeFrom', () => {
  it('is the whole knowledge base without arguments, else the chain or the region', () => {
    expect(scopeFrom({})).toEqual({ kind: 'all' });
    expect(scopeFrom({ chain: 'aluminium' })).toEqual({ kind: 'chain', chain: 'aluminium' });
    expect(scopeFrom({ region: '150581' })).toEqual({ kind: 'region', region: '150581' });
    expect(scopeFrom({ region: '150581-P01' })).toEqual({ kind: 'region', region: '150581-P01' });
  });

  it('refuses both at once, empty values and characters no id has, in Chinese and English', () => {
    expect(scopeFrom({ chain: 'aluminium', region: '150581' })).toEqual({
      error: '只能按一个产业链或一个地区导出 give a chain or a region, not both',
    });
    expect(scopeFrom({ chain: '' })).toEqual({ error: '缺少产业链编号 chain id the chain id is empty' });
    expect(scopeFrom({ region: '霍林郭勒市' })).toEqual({
      error: '地区代码 region code "霍林郭勒市" 只能包含字母、数字、- 和 _ may only contain letters, digits, - and _',
    });
  });
});

describe('describeScope', () => {
  it('names the scope for messages', () => {
    expect(describeScope({ kind: 'all' })).toBe('whole knowledge base');
    expect(describeScope({ kind: 'chain', chain: 'aluminium' })).toBe('chain aluminium');
  });
});
