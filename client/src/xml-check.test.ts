import { checkXml } from './xml-check';

describe('checkXml (the test helper itself)', () => {
  it('accepts a well-formed document and lists its elements', () => {
    expect(checkXml('<?xml version="1.0"?>\n<a x="1"><b/><c>t &amp; u</c></a>')).toEqual({
      root: 'a',
      elements: ['a', 'b', 'c'],
    });
  });
  it.each([
    ['<a><b></a></b>'],
    ['<a>'],
    ['<a/><b/>'],
    ['<a x=1/>'],
    ['<a>x & y</a>'],
    ['<a x="1" x="2"/>'],
    ['text<a/>'],
  ])('rejects %s', (xml) => {
    expect(() => checkXml(xml)).toThrow();
  });
});
