import { defaults as elementDefaults } from './elements';
import { defaults as layoutDefaults } from './layout';
import { CJK_FONT_STACK, chainMapStyle, defaults } from './style';

type Rule = { selector: string; style: Record<string, unknown> };
const rules = chainMapStyle() as unknown as Rule[];
const rule = (selector: string) => {
  const r = rules.find((x) => x.selector === selector);
  if (!r) throw new Error(`no rule ${selector}`);
  return r.style;
};

describe('chainMapStyle', () => {
  it('uses the CJK font stack', () => {
    expect(rule('node')['font-family']).toBe(CJK_FONT_STACK);
    expect(CJK_FONT_STACK.startsWith('"Noto Sans CJK SC"')).toBe(true);
  });

  it('draws missing links dashed and grey', () => {
    expect(rule('node.link.missing')).toMatchObject({
      'border-style': 'dashed',
      'background-color': defaults.missingFill,
    });
  });

  it('gives each stage its soft band colour', () => {
    expect(rule('node.stage-upstream')['background-color']).toBe(defaults.stageFill.UPSTREAM);
    expect(rule('node.stage-downstream')['background-color']).toBe(defaults.stageFill.DOWNSTREAM);
  });

  it('sizes link nodes from element data, with the same font metrics the element builder assumed', () => {
    expect(rule('node.link')).toMatchObject({ width: 'data(w)', height: 'data(h)', label: 'data(label)' });
    expect(rule('node.link')['font-size']).toBe(elementDefaults.fontSize);
    expect(rule('node.link')['line-height']).toBe(elementDefaults.lineHeight);
    expect(defaults.stagePadding).toBe(layoutDefaults.stagePadding);
  });

  it('takes options', () => {
    const custom = chainMapStyle({ missingFill: '#000000' }) as unknown as Rule[];
    expect(custom.find((r) => r.selector === 'node.link.missing')?.style['background-color']).toBe('#000000');
  });
});
