import { strFromU8, unzipSync } from 'fflate';
import { rowsFromChainTargets, rowsFromTargets } from './target-table';
import { sampleChainTargets, sampleTargets } from './target-fixtures';
import { checkXml } from './xml-check';
import { columnName, tableToXlsx, targetsToXlsx, xmlText } from './xlsx';

const sheetOf = (file: Uint8Array) => strFromU8(unzipSync(file)['xl/worksheets/sheet1.xml']!);

describe('targetsToXlsx', () => {
  it('is a zip of the OOXML parts Excel needs, every part well-formed XML', () => {
    const parts = unzipSync(targetsToXlsx(rowsFromTargets(sampleTargets(), 'zh'), 'zh'));
    expect(Object.keys(parts).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ].sort(),
    );
    for (const part of Object.values(parts)) checkXml(strFromU8(part));
    expect(strFromU8(parts['xl/workbook.xml']!)).toContain('name="招商目标"');
  });

  it('holds a bold header row and one row per firm, names as inline strings and scores as numbers', () => {
    const sheet = sheetOf(targetsToXlsx(rowsFromTargets(sampleTargets(), 'zh'), 'zh'));
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">排名</t></is></c>');
    expect(sheet).toContain('江苏鼎盛新能源材料股份有限公司');
    expect(sheet).toContain('杭州锦江集团有限公司');
    expect(sheet.match(/<row /g)).toHaveLength(3);
    expect(sheet).toContain('<c r="G2"><v>61.5</v></c>');
    // Quotes in reasons are escaped, not breaking the XML.
    expect(sheet).toContain('&quot;单项冠军&quot;');
  });

  it('writes English headers and the gap links of the whole-chain list', () => {
    const sheet = sheetOf(targetsToXlsx(rowsFromChainTargets(sampleChainTargets(), 'en'), 'en'));
    expect(sheet).toContain('>Gap links<');
    expect(sheet).toContain('Battery foil, Aluminium strip');
    expect(sheet).not.toContain('>Scale<');
  });
});

describe('xlsx helpers', () => {
  it('names columns like Excel', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlText('a<b>&"c"\u0001\u0008')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });
  it('writes non-finite numbers as text rather than an invalid <v>', () => {
    const sheet = sheetOf(tableToXlsx({ table: { header: ['x'], rows: [[NaN]] } }));
    expect(sheet).toContain('<t xml:space="preserve">NaN</t>');
  });
});
