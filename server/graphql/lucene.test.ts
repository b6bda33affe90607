import { toLuceneQuery } from './lucene';

describe('toLuceneQuery', () => {
  it('escapes Lucene syntax so a name is matched literally', () => {
    expect(toLuceneQuery('鼎胜(镇江):AB')).toBe('(鼎胜\\(镇江\\)\\:AB)');
  });

  it('ANDs whitespace-separated terms and folds full-width characters', () => {
    expect(toLuceneQuery('  联晟　 铝箔 ')).toBe('(联晟) AND (铝箔)');
    expect(toLuceneQuery('ＡＢＣ')).toBe('(ABC)');
  });

  it('returns null for text with no terms', () => {
    expect(toLuceneQuery('   ')).toBeNull();
  });
});
